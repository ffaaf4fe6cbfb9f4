package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSpeakerPartners holds the shape of speaker_partners.go: a speaker's own tie told by a
// possessive pronoun in his reported clause; and sentences that must give no tie.
func TestSpeakerPartners(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"admitted on cross-examination", "Rodrigo Manalastas admitted on cross-examination that Zhou Lei had been his business partner since 2019 in a quarry venture.",
			assoc("Rodrigo Manalastas", "Zhou Lei"), nil},
		{"a description, then told senators", `Rosalinda Tan Mercado, a member of the provincial board, told senators that Zhou Mingxuan had been her "business consultant" from 2020 until 2023.`,
			assoc("Rosalinda Tan Mercado", "Zhou Mingxuan"), nil},
		{"acknowledged, a quoted partner", `Ricardo Santiago acknowledged that Lin Weiguo had been his "business partner in a poultry venture" since 2016.`,
			assoc("Ricardo Santiago", "Lin Weiguo"), nil},
		{"confirmed, a long-time associate", "Somchai Rattanawong confirmed that Chen Baoguo was his long-time associate.",
			assoc("Somchai Rattanawong", "Chen Baoguo"), nil},
		// Must not fire.
		{"the partner's driver", "Rodrigo Manalastas admitted that Zhou Lei had been his partner's driver.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
		{"a body speaks", "Police said that Zhou Lei had been his business partner since 2019, naming Rodrigo Manalastas.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
		{"the partner's own relative", "Rodrigo Manalastas admitted that Zhou Lei's brother had been his business partner.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
		{"a lawyer speaks for a client", "Teh Wei Xiang, the lawyer for the family, said that Boss Chen was her business partner.",
			nil, assoc("Teh Wei Xiang", "Boss Chen")},
		{"another clause before the verb", "Rodrigo Manalastas met reporters and said that Zhou Lei had been his business partner.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
		{"no that", "Rodrigo Manalastas said Zhou Lei had been his business partner.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
		{"the pronoun disagrees with a title", "Ms Chanida Kaewmanee told police that Li Zhenhao had been his business partner.",
			nil, assoc("Chanida Kaewmanee", "Li Zhenhao")},
		{"a lawyer, not a partner", "Rodrigo Manalastas admitted that Zhou Lei had been his lawyer since 2019.",
			nil, assoc("Rodrigo Manalastas", "Zhou Lei")},
	})
}
