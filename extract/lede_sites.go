package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A news lede often places a site before naming it: "Twenty workers escaped from a casino
// complex in Bavet on Sunday. They had been held at the Golden Dragon Casino, ..." The
// indefinite description ("a casino complex in Bavet") introduces the site with its place;
// the next sentence gives its name. When a sentence names no site but describes one with an
// indefinite article and a place after in, on or inside, and the sentence right after it names
// exactly one site, which the text has not named before, that site lies in the place
// (LOCATED_IN; an indefinite description introduces a new referent that a following name
// most often identifies, Vieira & Poesio 2000). "near" and "outside" place nothing, and a
// naming sentence that speaks of the place again ("X, a compound south of Y") is left to say
// where the site is itself. The claim quotes both sentences.

// reLedeSite ends the words before the place of an indefinite site description: "a 30-storey
// tower in the ", "A casino and office complex on the ", "a call-centre scam compound in ",
// "a casino complex in the Cambodian border town of ".
var reLedeSite = regexp.MustCompile(`(?:^|[^\w-])[Aa]n?\s+(?:[a-z0-9][a-z0-9-]*\s+(?:and\s+)?){0,4}(?:compound|complex|tower|casino|hub|park|resort|building|enclave|block|zone)\s+(?:in|on|inside)\s+(?:the\s+)?(?:[A-Za-z][a-z-]*\s+){0,3}?(?:of\s+)?$`)

// ledeSites finds sites named right after a sentence that described them unnamed with their
// place; emit gets the naming sentence, the site, the place, the describing sentence and the
// site mention's span.
func ledeSites(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, site, place, ps, s, e int)) {
	named := map[int]bool{} // sites named in the sentences read so far
	for sj := 0; sj+1 < len(sents); sj++ {
		ms := bySent[sj]
		place := -1
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 {
				continue
			}
			if place < 0 && ents[c.ent].typ == model.Location {
				loc := reLedeSite.FindStringIndex(text[sents[sj].s:c.s])
				if loc != nil && (i == 0 || cands[ms[i-1]].e <= sents[sj].s+loc[0]) {
					place = c.ent
				}
			}
		}
		// The sentence names no site.
		other := false
		for _, m := range ms {
			if c := cands[m]; c.ent >= 0 && ents[c.ent].typ == model.Compound {
				other = true
				named[c.ent] = true
			}
		}
		if place < 0 || other {
			continue
		}
		site, sm := -1, -1
		for _, m := range bySent[sj+1] {
			c := cands[m]
			if c.ent == place {
				site = -2 // the naming sentence places the site itself ("a compound south of X")
				break
			}
			if c.ent < 0 || ents[c.ent].typ != model.Compound {
				continue
			}
			if site >= 0 && site != c.ent {
				site = -2 // two sites named: which one was described is open
				break
			}
			if site < 0 {
				site, sm = c.ent, m
			}
		}
		if site < 0 || named[site] || placedElsewhere(text, cands, ents, bySent[sj+1], sm, place) {
			continue
		}
		emit(sj+1, site, place, sj, cands[sm].s, cands[sm].e)
	}
}

// reMovedTo ends the words before a site that things or people were taken to from the
// described one: "were moved to ", "later transferred to the ".
var reMovedTo = regexp.MustCompile(`(?i)\b(?:moved|transferred|taken)\s+to\s+(?:the\s+)?$`)

// reNearOrIn ends the words before a town that places a site: "in ", "near the ".
var reNearOrIn = regexp.MustCompile(`(?i)\b(?:in|near|inside|outside)\s+(?:the\s+)?$`)

// placedElsewhere reports a naming sentence whose site is likely a second one: a town or
// area of its own follows it after "in" or "near" ("were moved to Huanya Park, a scam compound near Myawaddy",
// "Huanya Park in Myawaddy", "which lies in Myawaddy"; a river or road beside it may face
// the described town, a country or a town "opposite" may hold it), or the site is where something was moved to from the described one.
// ms are the sentence's mentions and sm the site's.
func placedElsewhere(text string, cands []candidate, ents []*docEntity, ms []int, sm, place int) bool {
	site := cands[sm]
	if reMovedTo.MatchString(text[max(0, site.s-40):site.s]) {
		return true
	}
	for _, m := range ms {
		c := cands[m]
		if c.s < site.e || c.ent < 0 || c.ent == place || ents[c.ent].typ != model.Location {
			continue
		}
		if n := ents[c.ent].name; !waterway(n) && !landform(n) && !isCountry(n) && reNearOrIn.MatchString(text[max(site.e, c.s-12):c.s]) {
			return true
		}
	}
	return false
}
