package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// joinWeakShortForms joins a short form whose mentions the words around it typed in
// contradicting weak ways to the one firm, site or body of the document whose longer name it
// begins: "Golden Sands remains the majority shareholder" (a person by shape) and "his stake in
// Golden Sands" (a place by "in") after "Golden Sands Investment Group"; "Baofu Land was
// incorporated" after "Baofu Land Development Inc.". joinPrefixShortForms and
// joinPlaceShortForms take names that only one weak reading typed; a name no list holds that
// two weak readings disagree on, or that a firm's words follow ("stake in", "shareholders in",
// "messages sent to"), is the firm's short form. A titled person, a name with a place's class
// word after it ("Tani district") and a listed name keep their own entity.
func joinWeakShortForms(text string, cands []candidate, ents []*docEntity) {
	for k, e := range ents {
		if e.gaz >= 0 || len(e.cands) == 0 || e.typ != model.Person && e.typ != model.Location {
			continue
		}
		n := len(strings.Fields(e.nkey))
		if n < 2 || n > 3 {
			continue
		}
		weak, person, place, firmWords := true, false, false, false
		for _, ci := range e.cands {
			c := cands[ci]
			switch {
			case c.gaz >= 0 || c.conf > 0.75 || placeKindAfter(text, c.e) || placeKindAfter(lastWord(c.text), 0):
				weak = false
			case c.typ == model.Person:
				person = true
			case c.typ == model.Location && c.conf <= 0.65:
				place = true
				firmWords = firmWords || holdingBefore(text, c.s)
			default:
				weak = false
			}
		}
		if weak && person && !place && articledSite(text, cands, ents, k, n) {
			continue
		}
		if !weak || !(person && place || firmWords) {
			continue
		}
		target := soleLongerForm(ents, k, func(f *docEntity) bool {
			return f.gaz < 0 && (f.typ == model.Company || f.typ == model.Compound || f.typ == model.Organization) &&
				len(strings.Fields(f.nkey)) > n
		})
		if target >= 0 {
			moveMentions(cands, ents, k, target)
		}
	}
}

// holdingNouns stand before "in" or "to" and a firm's name: what one holds in a firm or sends
// to it ("a stake in", "shareholders in", "questions sent to").
var holdingNouns = set("stake", "stakes", "share", "shares", "shareholder", "shareholders", "shareholding", "interest",
	"interests", "investment", "investments", "investor", "investors", "messages", "questions", "letters", "emails")

// holdingBefore reports "stake in " or "messages sent to " (a holding noun, an optional
// participle, and the preposition) right before offset s.
func holdingBefore(text string, s int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, s-40):s]))
	if len(f) < 2 || f[len(f)-1] != "in" && f[len(f)-1] != "to" {
		return false
	}
	prev := f[len(f)-2]
	if (prev == "sent" || prev == "addressed" || prev == "held") && len(f) >= 3 {
		prev = f[len(f)-3]
	}
	return holdingNouns[prev]
}

// siteOfFirmName reports a site the text names by its kind ("the Ruby Dragon compound") whose
// name is what a firm of the same document folds to without its legal form ("Ruby Dragon
// Holdings Co., Ltd."): the site is not the firm, though their keys would meet.
func siteOfFirmName(cands []candidate, c candidate) bool {
	if c.typ != model.Compound || c.conf < 0.85 {
		return false
	}
	k := foldName(c.text, c.typ)
	for _, o := range cands {
		if o.typ == model.Company && o.gaz < 0 && !o.weak && foldName(o.text, o.typ) == k && NameKey(o.text) != k {
			return true
		}
	}
	return false
}

// articledSite joins a short form written after "the" every time ("raided the Golden Lotus",
// "The Golden Lotus sits on ...") to the one site whose longer name it begins, when a firm's
// name begins with it too ("Golden Lotus Resort", "Golden Lotus Entertainment Co., Ltd."): no
// person's name takes the article, and writers set it before a site's short name and not
// before a firm's. It reports whether it joined them.
func articledSite(text string, cands []candidate, ents []*docEntity, k, n int) bool {
	for _, ci := range ents[k].cands {
		c := cands[ci]
		if c.conf > 0.6 || !precededBy(text, c.s, "the") {
			return false
		}
	}
	target := soleLongerForm(ents, k, func(f *docEntity) bool {
		return f.gaz < 0 && f.typ == model.Compound && len(strings.Fields(f.nkey)) > n
	})
	if target < 0 {
		return false
	}
	moveMentions(cands, ents, k, target)
	return true
}
