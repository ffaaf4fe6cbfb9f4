package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareSplitRules holds each rule of share_splits.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestShareSplitRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// The owner of a firm's shares.
		{"the sole beneficial owner of the shares",
			"The court declared that Teo Boon Hock is the sole beneficial owner of the shares in Marina Crest Holdings Pte Ltd, the judgment says.",
			[]rel{{"Teo Boon Hock", model.Owns, "Marina Crest Holdings Pte Ltd", ""}},
			nil},
		{"a claimed share of a court party",
			"Teo Boon Hock claims to be the owner of 35% of the shares in the first defendant, Marina Crest Holdings Pte Ltd, a Singapore company.",
			[]rel{{"Teo Boon Hock", model.Owns, "Marina Crest Holdings Pte Ltd", ""}},
			nil},
		{"the owner of a firm's building is no shareholder",
			"Teo Boon Hock is the owner of the building that houses Marina Crest Holdings Pte Ltd, the judgment says.",
			nil,
			[]rel{{"Teo Boon Hock", model.Owns, "Marina Crest Holdings Pte Ltd", ""}}},
		{"a buyer of the shares is no holder yet",
			"Teo Boon Hock offered to buy the shares in Marina Crest Holdings Pte Ltd last year.",
			nil,
			[]rel{{"Teo Boon Hock", model.Owns, "Marina Crest Holdings Pte Ltd", ""}}},
		// Shares split between holders.
		{"a firm's shares split between a person and a described firm",
			"Lotus Peak Leisure Ltd's shares are split between Ho Man Kit and a Seychelles vehicle, Brightwater Ventures Inc., filings show.",
			[]rel{{"Ho Man Kit", model.Owns, "Lotus Peak Leisure Ltd", ""}, {"Brightwater Ventures Inc.", model.Owns, "Lotus Peak Leisure Ltd", ""}},
			nil},
		{"the shares of a firm divided among three holders",
			"The shares of Lotus Peak Leisure Ltd are divided among Ho Man Kit, Chan Siu Ling and Brightwater Ventures Inc., the registry shows.",
			[]rel{{"Ho Man Kit", model.Owns, "Lotus Peak Leisure Ltd", ""}, {"Chan Siu Ling", model.Owns, "Lotus Peak Leisure Ltd", ""}, {"Brightwater Ventures Inc.", model.Owns, "Lotus Peak Leisure Ltd", ""}},
			nil},
		{"profits split between partners are no shares",
			"Lotus Peak Leisure Ltd's profits are split between Ho Man Kit and Chan Siu Ling, the workers said.",
			nil,
			[]rel{{"Ho Man Kit", model.Owns, "Lotus Peak Leisure Ltd", ""}, {"Chan Siu Ling", model.Owns, "Lotus Peak Leisure Ltd", ""}}},
		{"a split after another verb is no holding",
			"Lotus Peak Leisure Ltd's shares fell sharply, and the losses are split between Ho Man Kit and Chan Siu Ling.",
			nil,
			[]rel{{"Ho Man Kit", model.Owns, "Lotus Peak Leisure Ltd", ""}}},
	}
	checkRelCases(t, x, cases)
}
