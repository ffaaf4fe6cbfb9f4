package extract

import (
	"testing"
)

// TestTitleBeforeDocumentName: a title word opening a document's name ("General Information
// Sheet") makes no person of the words after it; a titled person is still one.
func TestTitleBeforeDocumentName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a corporate filing's name",
			"His name appears in the General Information Sheet of the firm.",
			nil,
			[]string{"Person:Information Sheet"}},
		{"precision: a general's name",
			"General Aung Min Tun ordered the raid.",
			[]string{"Person:Aung Min Tun"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
