package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A country in the possessive before a place is part of the place's phrase: "in Myanmar's
// eastern Shan State" names Shan State, inside Myanmar. The readers here let such a phrase
// stand where a bare place would:
//   - the place is in the country even with a compass word between them ("Myanmar's
//     eastern Shan State"; located.go reads only the bare "Myanmar's Kayin State");
//   - a town's apposition of its kind places the town in the possessed place ("Payathonzu, a
//     town in Myanmar's Kayin State");
//   - a site on a river placed in a possessed place is in that place ("X, a compound on the
//     Moei River in Myanmar's Kayin State");
//   - a chain that goes on with ", in" and a possessed place ("a compound in Mong Hpayak, in
//     Myanmar's Shan State") places the town, not the site before it (placeChainTail).

// rePossessedGap is the gap between a country and the place it owns: "'s ", "'s eastern ".
var rePossessedGap = regexp.MustCompile(`^['’]s\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|far\s+(?:north|south|east|west|northern|southern|eastern|western))\s+)?$`)

// possessedBy reports a country mention ca owning the place mention cb right after it.
func possessedBy(text string, ents []*docEntity, ca, cb candidate) bool {
	return ca.ent >= 0 && cb.ent >= 0 && ca.ent != cb.ent && ca.e <= cb.s && ents[ca.ent].typ == model.Location &&
		ents[cb.ent].typ == model.Location && isCountry(ents[ca.ent].name) && !isCountry(ents[cb.ent].name) &&
		rePossessedGap.MatchString(text[ca.e:cb.s])
}

// possessedPlaces reads the first three shapes above in each sentence; emit gets the
// sentence, the placed entity, the place and the span read.
func possessedPlaces(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for k := 0; k+1 < len(ms); k++ {
			ca, cb := cands[ms[k]], cands[ms[k+1]]
			if possessedBy(text, ents, ca, cb) && strings.TrimSpace(text[ca.e:cb.s]) != "'s" && strings.TrimSpace(text[ca.e:cb.s]) != "’s" {
				emit(si, cb.ent, ca.ent, ca.s, cb.e) // "Myanmar's eastern Shan State"
			}
			if k+2 >= len(ms) || ca.ent < 0 || cb.ent < 0 || ca.e > cb.s {
				continue
			}
			cc := cands[ms[k+2]]
			ea := ents[ca.ent]
			lgap := strings.ToLower(text[ca.e:cb.s])
			switch {
			case ea.typ == model.Location && !isCountry(ea.name) && possessedBy(text, ents, cb, cc) && reTownAppos.MatchString(lgap):
				emit(si, ca.ent, cc.ent, ca.s, cc.e) // "Payathonzu, a town in Myanmar's Kayin State"
			case (ea.typ == model.Compound || ea.typ == model.Company) && ents[cb.ent].typ == model.Location && waterway(ents[cb.ent].name) && k+3 < len(ms):
				cd := cands[ms[k+3]]
				m := reSiteOnWater.FindStringSubmatch(lgap)
				if m == nil || !possessedBy(text, ents, cc, cd) || cb.e > cc.s {
					continue
				}
				if g := strings.ToLower(text[cb.e:cc.s]); g != " in " && g != " in the " {
					continue
				}
				if siteWords(m[1]) {
					emit(si, ca.ent, cd.ent, ca.s, cd.e) // "X, a compound on the Moei River in Myanmar's Kayin State"
				}
			}
		}
	}
}

// siteWords reports an apposition's words that hold a site's or business's noun and no verb.
func siteWords(words string) bool {
	head := false
	for _, w := range strings.Fields(words) {
		if verbLike[w] {
			return false
		}
		head = head || locusHeads[w]
	}
	return head
}

// possessedTail returns the index in ms to read a chain's last link from: the country before
// ms[q] when it owns ms[q] ("in Mong Hpayak, in Myanmar's Shan State"), else q.
func possessedTail(text string, cands []candidate, ents []*docEntity, ms []int, q int) int {
	if q >= 1 && q < len(ms) && possessedBy(text, ents, cands[ms[q-1]], cands[ms[q]]) {
		return q - 1
	}
	return q
}
