package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAcronymRepeats covers a weak acronym ("KPA soldiers", no cue of its own) written before
// a standing repeat of it ("the KPA said"): both join the name the acronym abbreviates
// (entities.go, pass 2), so what the weak one's sentence says is read; and the cases where it
// must stay as it was.
func TestAcronymRepeats(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"a weak acronym before its standing repeat",
			"The Kayin Peace Army (KPA) controls this stretch of the border. Jinhai Park is a walled compound in Myawaddy. Workers said KPA soldiers staffed the checkpoints around the compound. The KPA denied it.",
			prot("Kayin Peace Army", "Jinhai Park"), nil},
		{"the fuller name written after the acronym",
			"Jinhai Park is a walled compound in Myawaddy. Workers said DKFA soldiers guard its gates. The DKFA, the Democratic Karen Frontier Army, denied it. The Democratic Karen Frontier Army controls the river bank.",
			prot("Democratic Karen Frontier Army", "Jinhai Park"), nil},
		// Precision.
		{"the men of a body that raided the site",
			"The Kayin Peace Army (KPA) controls this stretch of the border. Jinhai Park is a walled compound in Myawaddy. Workers said KPA soldiers raided the compound in May. The KPA confirmed it.",
			nil, prot("Kayin Peace Army", "Jinhai Park")},
		{"an acronym no fuller name in the page abbreviates",
			"The Kayin Peace Army controls this stretch of the border. Jinhai Park is a walled compound in Myawaddy. Workers said KNDA soldiers staffed the checkpoints around the compound. The KNDA denied it.",
			nil, prot("Kayin Peace Army", "Jinhai Park")},
	}
	checkRelCases(t, x, cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[0].text}
	x.Analyze(&d)
	checkNames(t, entityNames(d), []string{"Organization:Kayin Peace Army"}, []string{"Organization:KPA"})
}
