package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSentenceEnds: a period after an abbreviated rank, title, number word or legal form
// inside a name ends no sentence; a firm's legal form with its period before a capitalised
// word that carries no name on ends one.
func TestSentenceEnds(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		sents int
	}{
		// must not split
		{"police rank", "PCpt. Romeo Dalisay, who was then chief of the Capas Municipal Police Station, testified.", 1},
		{"police corporal", "PCpl. Rowena T. Dizon of the PNP Women and Children Protection Center took the stand.", 1},
		{"undersecretary", "PAOCC Executive Director Usec. Gilberto D. Ramos said the raid was lawful.", 1},
		{"numbers", "The real properties covered by TCT Nos. 045-2021000811 and 045-2021000812 are forfeited.", 1},
		{"lda with a comma", "The park was built by Pacific Crest Tourism Development Lda., a subsidiary of Apex Horizon Holdings Pte. Ltd. of Singapore.", 1},
		{"place abbreviation", "Barangay Captain Efren Lacson of Sto. Domingo II received monthly envelopes.", 1},
		{"middle initial", "Accused Danilo M. Reyes was a barangay captain of Anupul.", 1},
		{"stacked ranks", "Provincial police chief Brig. Gen. Ouk Samnang denied the claims.", 1},
		{"co ltd", "The land is leased to Hengda Trading Co. Ltd. of Singapore.", 1},
		{"sdn bhd", "They were recruited by Faizal Jaya Travel & Tours Sdn. Bhd. in Johor Bahru.", 1},
		{"co kg", "Muller Handels GmbH & Co. KG owns the warehouse.", 1},
		{"firm's officer", "Prince Holding Group Co., Ltd. Chairman Chen Zhi was sanctioned.", 1},
		{"courtesy title inside", "The director, Mr. Tang Yunfei, holds a stake in Horizon Siam Trading Co., Ltd. and its parent.", 1},
		// must split
		{"corp then noun", "The hub was run by Oceanic Digital Services Corp. Authorities said its incorporator fled.", 2},
		{"co then pronoun-less word", "He works for Vibol Heng Import Export Co. Everyone in Kandal knows this.", 2},
		{"ltd then courtesy title", "She is a director of Horizon Siam Trading Co., Ltd. Mr. Tang Yunfei holds a 49% stake in it.", 2},
		{"inc then agency", "The tower was run by Glory Star Outsourcing Inc. NBI Director Arnel Robles was on site.", 2},
		{"lda then article", "The park was built by Pacific Crest Tourism Development Lda. The firm denied it.", 2},
		{"ltd then article", "The site is owned by Golden Sands Development Co., Ltd. The firm's chairman is Chea Sovannarith.", 2},
	}
	for _, c := range cases {
		if got := len(SentenceSpans(c.text)); got != c.sents {
			t.Errorf("%s: %q: %d sentences, want %d", c.name, c.text, got, c.sents)
		}
	}
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "Lifau Bay Digital Park was built by Pacific Crest Tourism Development Lda., a subsidiary of Apex Horizon Holdings Pte. Ltd. of Singapore.")
	checkRelations(t, got, []rel{{"Apex Horizon Holdings Pte. Ltd.", model.Owns, "Pacific Crest Tourism Development Lda.", ""}}, nil)
}
