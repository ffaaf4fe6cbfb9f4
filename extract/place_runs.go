package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A run of places parted by bare commas after a locative preposition is a chain, each place
// inside the next: "a complex in Barangay Santa Lucia, Capas, Tarlac that police raided",
// "he is held in Sihanoukville, Cambodia and cannot leave", "a hub in Porac, Pampanga, was
// raided". The pair rules of located.go read such a chain only when its last place closes the
// phrase; a run whose words after the last place go on as a clause is still a chain when a
// preposition of place opens it. A list is no chain: a run whose last place is followed by
// "and" or "or" and one more place ("in Bangkok, Chon Buri and Tak"), or that follows
// "between", places nothing, nor does a run whose next place is itself placed ("Laukkaing
// in the Kokang zone, Mong La in Special Region 4").

// reRunOpener ends the words before a run's first place: a preposition of place, an article
// aside.
var reRunOpener = regexp.MustCompile(`(?i)\b(?:in|at|inside|near|outside|from|to|around|opposite|within)\s+(?:the\s+)?$`)

// reRunList is the gap between a run's last place and one more place that makes the run a
// list: " and ", ", or ", ", as well as ".
var reRunList = regexp.MustCompile(`^\s*,?\s*(?:and|or|as\s+well\s+as|and\s+in|or\s+in)\s+(?:the\s+)?$`)

// placeRuns reads the runs of each sentence; emit gets the sentence, the inner place, the
// outer place and the span read.
func placeRuns(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for k := 0; k < len(ms); k++ {
			c := cands[ms[k]]
			if c.ent < 0 || ents[c.ent].typ != model.Location || !reRunOpener.MatchString(text[max(sents[si].s, c.s-24):c.s]) ||
				strings.Contains(strings.ToLower(text[max(sents[si].s, c.s-12):c.s]), "between") {
				continue
			}
			j := k
			for j+1 < len(ms) && runLink(text, cands, ents, cands[ms[j]], cands[ms[j+1]]) {
				j++
			}
			if j == k || runListed(text, cands, ents, ms, j) {
				k = j
				continue
			}
			for i := k; i < j; i++ {
				ca, cb := cands[ms[i]], cands[ms[i+1]]
				if ca.ent != cb.ent && !isCountry(ents[ca.ent].name) {
					emit(si, ca.ent, cb.ent, ca.s, cb.e)
				}
			}
			k = j
		}
	}
}

// runLink reports two places parted by a bare comma, a class word of the first aside
// ("Mae Sot district, Tak province", "Ream commune, Preah Sihanouk").
func runLink(text string, cands []candidate, ents []*docEntity, ca, cb candidate) bool {
	if cb.ent < 0 || ents[cb.ent].typ != model.Location || ca.e > cb.s || ca.ent == cb.ent {
		return false
	}
	gap := classedComma(strings.TrimSpace(text[ca.e:cb.s]))
	if f := strings.Fields(gap); len(f) == 1 && strings.HasSuffix(f[0], ",") && locationEnds[strings.TrimSuffix(f[0], ",")] {
		gap = ","
	}
	if gap != "," || largerAreaFirst(text, ents, ca, cb) {
		return false
	}
	// "Laukkaing in the Kokang zone, Mong La in Special Region 4, and ...": a place placed in
	// turn opens the next item of a list.
	rest := strings.ToLower(text[placeEnd(text, cb.e):min(len(text), placeEnd(text, cb.e)+4)])
	return !strings.HasPrefix(rest, " in ")
}

// runListed reports a run whose last place, ms[j], is followed by a possessive or by "and"
// or "or" and one more place: a list of places, or a place that owns the noun after it.
func runListed(text string, cands []candidate, ents []*docEntity, ms []int, j int) bool {
	last := cands[ms[j]]
	end := placeEnd(text, last.e)
	if rest := text[end:min(len(text), end+3)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	if j+1 >= len(ms) {
		return false
	}
	next := cands[ms[j+1]]
	if next.ent < 0 || ents[next.ent].typ != model.Location || next.s < end {
		return false
	}
	return reRunList.MatchString(text[end:next.s])
}

// reSiteRunGap is the gap between a site's name and a run of places right after it: ", ",
// a closing quote and a comma.
var reSiteRunGap = regexp.MustCompile(`^["”’']?\s*,\s*$`)

// reListLead ends the words before a name that opens or continues a list of names: "such
// as ", "including ", ", ", " and ".
var reListLead = regexp.MustCompile(`(?i)(?:such\s+as|including|,|\band|\bor)\s*["“]?\s*$`)

// siteRuns reads a site named right before a closed run of places, "NEW SITE: \"Blue Dragon
// Plaza\", Ton Pheung district, Bokeo, Laos." (an address line): the site is in the run's
// first place, the chain's own links read by placeRuns and located.go. The run must end the
// sentence, clause or brackets, and the site must not stand in a list of names, nor after a
// preposition of place ("located in Clark Freeport Zone, Angeles City": a zone so written is
// the chain's first place).
func siteRuns(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for k := 0; k+2 < len(ms); k++ {
			cx, c1 := cands[ms[k]], cands[ms[k+1]]
			if cx.ent < 0 || c1.ent < 0 || ents[cx.ent].typ != model.Compound || ents[c1.ent].typ != model.Location || cx.e > c1.s ||
				!reSiteRunGap.MatchString(text[cx.e:c1.s]) || reListLead.MatchString(text[max(sents[si].s, cx.s-12):cx.s]) ||
				reRunOpener.MatchString(text[max(sents[si].s, cx.s-24):cx.s]) {
				continue
			}
			j := k + 1
			for j+1 < len(ms) && runLink(text, cands, ents, cands[ms[j]], cands[ms[j+1]]) {
				j++
			}
			if j == k+1 || runListed(text, cands, ents, ms, j) || !closesPhrase(text, placeEnd(text, cands[ms[j]].e)) {
				continue
			}
			emit(si, cx.ent, c1.ent, cx.s, c1.e)
		}
	}
}

// largerAreas are the class words of a state-sized area.
var largerAreas = set("state", "province", "region", "division", "prefecture", "zone")

// largerAreaFirst reports "Kayin State, Myawaddy" and "Tak Province, Mae Sot": a state or
// province named first, then a place with no class word and no country, is the area the
// place is in, not a place in it ("In Kayin State, Myawaddy, the district capital, ...").
func largerAreaFirst(text string, ents []*docEntity, ca, cb candidate) bool {
	f := strings.Fields(strings.ToLower(ca.text))
	return len(f) > 1 && largerAreas[f[len(f)-1]] && cb.ent >= 0 && !isCountry(ents[cb.ent].name) && !namesKindOfPlace(text, cb.text, cb.e)
}
