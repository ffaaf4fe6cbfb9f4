package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTitleBeforeDocumentName: a title word opening a document's name ("General Information
// Sheet") makes no person of the words after it; a titled person is still one.
func TestTitleBeforeDocumentName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a corporate filing's name",
			"His name appears in the General Information Sheet of the firm.",
			nil,
			[]string{"Person:Information Sheet"}},
		{"precision: a general's name",
			"General Aung Min Tun ordered the raid.",
			[]string{"Person:Aung Min Tun"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
