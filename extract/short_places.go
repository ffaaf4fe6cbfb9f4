package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// joinPlaceShortForms joins a name that only its shape called a place ("... Bay", "... Road") to
// the firm or site of the same document whose longer name it begins: "Bayon Crest" after
// "Bayon Crest Development Co., Ltd.", "Northport Bay" beside "Northport Bay Resort". A
// place no list holds that opens a firm's or a site's name is, in one document, that
// firm's or site's short form; a listed place ("Shwe Kokko") keeps its own entity, and so
// do a single word ("Myawaddy" before "Myawaddy Chamber ...") and a name the words around
// it called a place ("in Chbar Ampov", "Moc Bai border gate": a firm may take its
// district's name).
func joinPlaceShortForms(text string, cands []candidate, ents []*docEntity) {
	for k, e := range ents {
		if e.typ != model.Location || e.gaz >= 0 || len(e.cands) == 0 {
			continue
		}
		n := len(strings.Fields(e.nkey))
		if n < 2 || n > 3 {
			continue
		}
		shapeOnly := true
		for _, ci := range e.cands {
			if c := cands[ci]; c.gaz >= 0 || c.conf > 0.8 || c.conf <= 0.65 || placeKindAfter(text, c.e) || placeKindAfter(lastWord(c.text), 0) {
				shapeOnly = false
			}
		}
		if !shapeOnly {
			continue
		}
		target := soleLongerForm(ents, k, func(f *docEntity) bool {
			return f.gaz < 0 && (f.typ == model.Company || f.typ == model.Compound)
		})
		if target >= 0 {
			moveMentions(cands, ents, k, target)
		}
	}
}

// placeAfterWords are lower-case words that say the name before them is a place ("Tani
// district", "Moc Bai border gate").
var placeAfterWords = set("district", "province", "state", "region", "township", "town", "village", "city", "commune",
	"border", "subdistrict", "municipality", "county", "prefecture")

// placeKindAfter reports such a word right after the byte offset e.
func placeKindAfter(text string, e int) bool {
	f := strings.Fields(text[e:min(len(text), e+30)])
	return len(f) > 0 && placeAfterWords[strings.TrimRight(f[0], ",.;:)")]
}

// lastWord returns the last space-separated word of s ("Tani district" -> "district").
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
