package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// siteNamedLikeFirm reports a site whose own words say it is a site ("Prime Ocean Resort",
// "Hengli Plaza": the last word is a site's kind) while a firm of the same document bears the
// same name with a legal form after it ("Prime Ocean Resort Co., Ltd."): developers name their
// firm after the site they build, and the writer who drops the legal form means the site, so
// the two are not one entity though their keys would meet. A name given in brackets right
// after the firm's ("Prime Ocean Resort Co., Ltd. (Prime Ocean Resort)") is the firm's short
// form and stays with it, and so does a name with a bracket after it, which the firm's name
// goes on from.
func siteNamedLikeFirm(text string, cands []candidate, c candidate) bool {
	if c.typ != model.Compound || c.gaz >= 0 || c.weak || c.conf < 0.6 || c.e > len(text) || text[c.s:c.e] != c.text {
		// A name read from a list row or a rebuilt phrase is not the writer's mention.
		return false
	}
	w := strings.Fields(NameKey(c.text))
	if len(w) < 2 || !siteKindLast(w[len(w)-1]) {
		return false
	}
	if s := strings.TrimSpace(text[max(0, c.s-2):c.s]); strings.HasSuffix(s, "(") || strings.HasSuffix(s, "（") {
		return false
	}
	if rest := strings.TrimSpace(text[c.e:min(len(text), c.e+3)]); strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") {
		return false // "Imperial Gaming Resort (Cambodia) Co., Ltd.": the firm's own name goes on
	}
	k := NameKey(c.text)
	for _, o := range cands {
		if o.typ == model.Company && o.gaz < 0 && !o.weak && foldName(o.text, o.typ) == k && NameKey(o.text) != k &&
			strings.HasPrefix(o.text, c.text+" ") && !strings.HasPrefix(o.text[len(c.text)+1:], "(") {
			// The firm's name is the site's and a legal form ("... Co., Ltd."), nothing between.
			return true
		}
	}
	return false
}

// siteKindLast reports a last word that names a kind of site: a resort, a plaza, a park, a
// zone, a tower.
func siteKindLast(w string) bool {
	return strongCompoundCues[w] || siteCompoundWord(w) || siteKindNames[w]
}

// siteKindNames are site kinds that end a site's name but are too common to type a name alone.
var siteKindNames = set("resort", "plaza", "tower", "towers", "park", "zone", "complex", "compound", "casino", "garden", "gardens", "city", "building", "hub")
