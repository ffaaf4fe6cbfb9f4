package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Places told in shapes the pair rules of located.go and place_shapes.go leave out:
//   - a town described by its kind and where it lies: "Bavet, a border town in Svay Rieng
//     province", "Mong Pawk, a small town in the north of Shan State";
//   - a town with its region in brackets after "in": "in Laukkaing (Kokang)";
//   - a country's place written with a bare apostrophe ("Laos' Bokeo province"), and a town
//     named as a region's capital ("Kayin State's capital, Hpa-an");
//   - a firm's or body's office in a place: "Huanya's office in Myawaddy", "Hong Yun Tian's
//     Hpa-an office", "the Legal Aid Mission office in Phnom Penh";
//   - a site described on a river and then placed: "X, a 22-storey tower on the Mekong in
//     Ton Pheung district" (the site is in the district; the river is not);
//   - a site or firm named after its place: "a place in Boten called Silk Road Plaza", "a
//     smaller hub in Bagac, Bataan, called Bataan Bay Resort".

// reTownAppos is the apposition of a town that says its kind and where it lies.
var reTownAppos = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z][a-z'’-]*\s+){0,3}?(?:town|city|village|township|port|municipality|commune|district|subdistrict|capital)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest)(?:\s+of)?\s+(?:the\s+)?)?$`)

// reCapitalAppos is the gap of "Kayin State's capital, Hpa-an": a region, its capital or
// main town, and the town's name.
var reCapitalAppos = regexp.MustCompile(`^['’]s\s+(?:(?:provincial|state|regional|district)\s+)?(?:capital|main\s+town|largest\s+city|largest\s+town|seat)\s*,\s*$`)

// reOfficeIn follows a firm or body up to the place of its office: "'s office in ", "'s
// headquarters in ", " office in the ".
var reOfficeIn = regexp.MustCompile(`^(?:['’]s)?\s+(?:(?:main|head|regional|local|registered)\s+)?(?:office|offices|headquarters|head\s+office|branch)\s+in\s+(?:the\s+)?$`)

// reOfficeAfter follows the place in "Hong Yun Tian's Hpa-an office".
var reOfficeAfter = regexp.MustCompile(`^\s+(?:office|offices|headquarters|head\s+office)\b`)

// reSiteOnWater is a site's apposition that puts it on a river, up to the river's name: ", a
// 22-storey tower on the ", ", a walled compound along the ".
var reSiteOnWater = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+((?:[a-z0-9][a-z0-9'’-]*\s+){1,6}?)(?:on|along)\s+(?:the\s+)?(?:(?:banks?|shores?|edge)\s+of\s+(?:the\s+)?)?$`)

// reSiteNounIn ends the words before a place that a site's or firm's noun puts the site in,
// its name to come after "called": "a place in ", "a smaller hub in the ".
var reSiteNounIn = regexp.MustCompile(`(?i)\b(?:place|hub|compound|complex|building|resort|casino|park|site|facility|tower|estate|office|company|firm)\s+(?:(?:based|located|registered|just|right)\s+)?in\s+(?:the\s+)?$`)

// reSiteKindIn follows a site's name written with its kind, up to the place it is in: "
// building complex in ", " casino in the ".
var reSiteKindIn = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:compound|complex|casino|resort|park|building|tower|hotel|enclave)\s+in\s+(?:the\s+)?$`)

// reBasedNoun is the gap of a place made a firm's modifier with a business noun before the
// firm's name: "-based contractor ", "-registered shell company ".
var reBasedNoun = regexp.MustCompile(`^[-‑](?:based|headquartered|registered)\s+(?:[a-z-]+\s+)?(?:company|firm|contractor|developer|operator|builder|lender|bank|broker|trader|distributor|supplier|agency|investor|conglomerate|subsidiary|group|shell\s+company|holding\s+company)\s+$`)

// specialRegion reports a region named as an administrative unit of its own ("Special
// Region 4", "Kokang Self-Administered Zone"): a town "in" it lies in it.
func specialRegion(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) >= 3 && f[0] == "special" && f[1] == "region" {
		return true
	}
	return len(f) >= 2 && adminRegion(f)
}

// placeTriples reads the shapes above in each sentence; emit gets the sentence, the placed
// entity, the place and the span read.
func placeTriples(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for k := 0; k+1 < len(ms); k++ {
			ca, cb := cands[ms[k]], cands[ms[k+1]]
			if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || ca.e > cb.s {
				continue
			}
			ea, eb := ents[ca.ent], ents[cb.ent]
			gap := text[ca.e:cb.s]
			lgap := strings.ToLower(gap)
			switch {
			case ea.typ == model.Location && eb.typ == model.Location && !isCountry(ea.name) && reTownAppos.MatchString(lgap) &&
				!strings.HasPrefix(text[cb.e:], "'s") && !strings.HasPrefix(text[cb.e:], "’s"):
				// "Mae Sot, a town in Thailand's Tak province": the town is in the place the
				// possessive country owns, read by the pair after it.
				emit(si, ca.ent, cb.ent, ca.s, cb.e)
			case ea.typ == model.Location && eb.typ == model.Company && reBasedNoun.MatchString(lgap):
				emit(si, cb.ent, ca.ent, ca.s, cb.e) // "Kuala Lumpur-based contractor Permata Indah Construction Berhad"
			case ea.typ == model.Compound && eb.typ == model.Location && reSiteKindIn.MatchString(lgap):
				emit(si, ca.ent, cb.ent, ca.s, cb.e) // "the Riverside Garden building complex in Ton Pheung district"
			case ea.typ == model.Location && eb.typ == model.Location && !isCountry(ea.name) && (lgap == " in " || lgap == " in the ") &&
				specialRegion(eb.name) && !precededBy(text, ca.s, "between", "and", "or"):
				emit(si, ca.ent, cb.ent, ca.s, cb.e) // "Mong La in Special Region 4"
			case ea.typ == model.Location && eb.typ == model.Location && !isCountry(ea.name) && strings.TrimSpace(gap) == "(" &&
				strings.HasPrefix(strings.TrimLeft(text[cb.e:], " "), ")") && precededBy(text, ca.s, "in", "at", "inside"):
				emit(si, ca.ent, cb.ent, ca.s, cb.e)
			case ea.typ == model.Location && eb.typ == model.Location && isCountry(ea.name) && !isCountry(eb.name) &&
				(gap == "' " || gap == "’ ") && strings.HasSuffix(ca.text, "s"):
				emit(si, cb.ent, ca.ent, ca.s, cb.e) // "Laos' Bokeo province"
			case ea.typ == model.Location && eb.typ == model.Location && !isCountry(eb.name) && reCapitalAppos.MatchString(lgap):
				emit(si, cb.ent, ca.ent, ca.s, cb.e) // "Kayin State's capital, Hpa-an"
			case officeHolder(ea, ca) && eb.typ == model.Location && reOfficeIn.MatchString(lgap):
				emit(si, ca.ent, cb.ent, ca.s, cb.e)
			case officeHolder(ea, ca) && eb.typ == model.Location && (gap == "'s " || gap == "’s ") && reOfficeAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+20)])):
				emit(si, ca.ent, cb.ent, ca.s, cb.e) // "Hong Yun Tian's Hpa-an office"
			case (ea.typ == model.Compound || ea.typ == model.Company) && eb.typ == model.Location && k+2 < len(ms):
				m := reSiteOnWater.FindStringSubmatch(lgap)
				cc := cands[ms[k+2]]
				if m == nil || cc.ent < 0 || cc.ent == cb.ent || cb.e > cc.s || ents[cc.ent].typ != model.Location || isCountry(ents[cc.ent].name) {
					continue
				}
				if g := strings.ToLower(text[cb.e:cc.s]); g != " in " && g != " in the " {
					continue
				}
				head := false
				for _, w := range strings.Fields(m[1]) {
					if verbLike[w] {
						head = false
						break
					}
					head = head || locusHeads[w]
				}
				if head {
					emit(si, ca.ent, cc.ent, ca.s, cc.e)
				}
			case ea.typ == model.Location && (eb.typ == model.Compound || eb.typ == model.Company) && reSiteNounIn.MatchString(text[max(0, ca.s-60):ca.s]):
				if reCalledGap.MatchString(gap) {
					emit(si, cb.ent, ca.ent, ca.s, cb.e) // "a place in Boten called X"
				}
			case ea.typ == model.Location && eb.typ == model.Location && k+2 < len(ms) && strings.TrimSpace(gap) == "," &&
				reSiteNounIn.MatchString(text[max(0, ca.s-60):ca.s]):
				// "a smaller hub in Bagac, Bataan, called X": the site is in the first place.
				cc := cands[ms[k+2]]
				if cc.ent >= 0 && cb.e <= cc.s && (ents[cc.ent].typ == model.Compound || ents[cc.ent].typ == model.Company) &&
					reCalledGap.MatchString(text[placeEnd(text, cb.e):cc.s]) {
					emit(si, cc.ent, ca.ent, ca.s, cc.e)
				}
			}
		}
	}
}

// waterBeforeIn reports a place written right after "on the" or "along the" and followed by
// "in": "a tower on the Mekong in Ton Pheung district". What is on a river is in the place
// after it; the river itself is not.
func waterBeforeIn(text string, ca candidate, gap string) bool {
	if g := strings.ToLower(gap); g != " in " && g != " in the " {
		return false
	}
	before := strings.ToLower(text[max(0, ca.s-12):ca.s])
	return strings.HasSuffix(before, " on the ") || strings.HasSuffix(before, " along the ")
}

// officeHolder reports a firm, or a body that is no arm of a state, whose office a text places:
// a state's police or ministry "headquarters in Bangkok" is where its officers were seen, not
// news of where the body is.
func officeHolder(e *docEntity, c candidate) bool {
	if e.typ == model.Company {
		return true
	}
	if e.typ != model.Organization || genericBody(c.text) {
		return false
	}
	switch sectorOf(e.name) {
	case model.SectorGovernment, model.SectorLegislature, model.SectorJudiciary, model.SectorPolice, model.SectorMilitary:
		return false
	}
	return true
}
