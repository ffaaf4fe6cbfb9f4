package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// placeChainTail reports that the mention ms[q] continues a chain of places ending at the
// mention before it: "a compound in Sihanoukville, Cambodia" names Cambodia as where
// Sihanoukville is, not as the words after an inserted clause ("A, a cousin of X, was ...").
// ms[p] is the name the clause would belong to.
func placeChainTail(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	q = possessedTail(text, cands, ents, ms, q) // "in Mong Hpayak, in Myanmar's Shan State" (possessed_places.go)
	if q-1 <= p || q >= len(ms) {
		return false
	}
	prev, cb := cands[ms[q-1]], cands[ms[q]]
	if prev.ent < 0 || cb.ent < 0 || ents[prev.ent].typ != model.Location || ents[cb.ent].typ != model.Location || prev.e > cb.s {
		return false
	}
	gap := classedComma(strings.TrimSpace(text[prev.e:cb.s]))
	if f := strings.Fields(gap); len(f) == 1 && strings.HasSuffix(f[0], ",") && locationEnds[strings.TrimSuffix(f[0], ",")] {
		gap = "," // "in Ream commune, Preah Sihanouk province": the class word ends the first place
	}
	// "a compound in Laukkaing, in the Kokang region": the second place phrase places the
	// first place, not the name before the comma.
	return gap == "," || reCommaInThe.MatchString(gap)
}

// reCommaInThe joins a place to the larger one a second place phrase names: ", in the".
var reCommaInThe = regexp.MustCompile(`^,\s*in(?:\s+the)?$`)

// reApposLocus is an apposition that says what a site or business is and where: ", a
// casino and residential compound in", ", a walled cluster of apartment blocks on the
// outskirts of", ", an agency in". Group 1 holds the descriptive words, group 2 the
// preposition. No verb may stand in it (a clause would move the place to another noun).
var reApposLocus = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+((?:[a-z0-9][a-z0-9'’-]*\s+){1,9}?)(?:(?:located|situated|based|nestled)\s+)?(in|inside|within|at|on|along|on\s+the\s+(?:(?:northern|southern|eastern|western|far)\s+)?(?:outskirts|edge|banks?|shore|shores)\s+of|on\s+the\s+(?:outskirts|edge|banks?)\s+of\s+the)\s+(?:the\s+)?(?:(?:city|town|capital|province|country)['’]s\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|heart\s+of|centre\s+of|center\s+of)\s+)?$`)

// locusHeads are the nouns that make such an apposition a description of a place or a
// business: a "cousin of the governor in" or "a raid in" is no locus.
var locusHeads = set("compound", "compounds", "complex", "casino", "resort", "hotel", "park", "zone", "development",
	"building", "buildings", "tower", "towers", "block", "blocks", "cluster", "site", "hub", "facility", "centre",
	"center", "estate", "enclave", "project", "villa", "villas", "property", "campus", "office", "offices",
	"company", "firm", "agency", "business", "bank", "operator", "developer", "group", "conglomerate", "corporation",
	"lender", "exchange", "platform", "network", "syndicate", "organisation", "organization", "charity", "township")

// waterways name places one is "on" or "along" rather than "in".
var waterways = set("river", "lake", "road", "street", "avenue", "highway", "coast", "island", "bay", "canal", "boulevard")

// apposLocus reports the apposition of a non-person first name that places it in the second:
// the descriptive words must hold a site or business noun and no verb, and "on"/"along"
// only take a river, road or coast. The place must be the head's own (ownLocusHead).
func apposLocus(gap, second string) bool {
	m := reApposLocus.FindStringSubmatch(ofList(groupedFigures(gap))) // "of casinos, flats and shops" (of_lists.go)
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	for _, w := range words {
		if verbLike[w] {
			return false
		}
	}
	if !ownLocusHead(words) {
		return false
	}
	if p := m[2]; p == "on" || p == "along" {
		return siteWater(second)
	}
	return true
}

// verbLike are finite verbs and relative words that open a clause inside an apposition.
var verbLike = set("is", "was", "are", "were", "has", "had", "have", "that", "which", "who", "whose", "where", "runs", "owns",
	"said", "says", "by", "near", "opposite", "from", "across", "outside", "beside", "next")

// reListLocus is a place phrase that a verb gives the whole list before it: "A and B, both
// based in", "A and B are located in". A bare "in" ("A, B and the casino in Poipet")
// modifies only the nearest noun.
var reListLocus = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:which|that)\s+)?(?:are|were|all|both|each|is|was|\s)*\s*(?:located|based|registered|headquartered|incorporated|situated)\s+(?:in|at)\b`)

// listLocus reports whether the gap between a list's last item and a place places every item.
func listLocus(gap string) bool { return reListLocus.MatchString(gap) }

// dropPred returns ties without those drop reports.
func dropPred[T any](ties []T, drop func(T) bool) []T {
	out := ties[:0:0]
	for _, t := range ties {
		if !drop(t) {
			out = append(out, t)
		}
	}
	return out
}

var (
	// reFirmAfter is the business noun a place qualifies in an apposition: "Jinfeng Pacific
	// Holdings Ltd., a Hong Kong company".
	reFirmAfter = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:(?:limited|unlimited)\s+liability\s+|private\s+limited\s+|public\s+limited\s+)?(?:company|firm|business|holding\s+company|conglomerate|bank|developer|corporation|casino\s+operator|shell(?:\s+company)?|front\s+company|subsidiary|agency|distributor|broker|brokerage|trader|dealer|supplier|recruiter|processor|lender|remittance\s+business|money\s+exchange|exchange|entity|holding|(?:investment\s+|offshore\s+|holding\s+)?vehicle)\b`)
	// reOnWater is a site that lies on or along a river, road or coast.
	reOnWater = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were)\s+)?(?:located|situated|lies|lay|sits|sat|stands|stood|built|perched|nestled|runs|stretches)\s+(?:on|along)\s+(?:the\s+)?(?:(?:banks?|shores?|edge)\s+of\s+(?:the\s+)?)?$`)
	// reOfName ends in "of" and a name up to a body's short form: "a meeting of the National
	// Committee for Counter Trafficking (" — the place after it is where the meeting was.
	reOfName = regexp.MustCompile(`\bof\s+(?:the\s+)?[A-Z][^,.;()]*\(\s*$`)
	// reInPlace is a place inside a larger one: " in ", ", in eastern ".
	// reOnSideOf ends a site's description before the country whose side of a river it is
	// on: ", a scam compound on the", " located on the"; reSideAfter follows the country.
	reOnSideOf  = regexp.MustCompile(`^\s*,?\s*(?:(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,4}?|(?:which|that)\s+)?(?:is\s+|was\s+)?(?:located|situated|sits|sat|lies|lay|stands|stood|built)?\s*)on\s+the\s+$`)
	reSideAfter = regexp.MustCompile(`^\s+(?:side|bank|banks|riverbank|shore)\s+of\b`)
	// reBracketPlace opens a place in brackets after a firm's name: " (", " (registered in ".
	reBracketPlace = regexp.MustCompile(`^\s*\(\s*(?:(?:registered|based|incorporated|headquartered)\s+in\s+)?$`)
	// reCrossingIn is the class of a crossing point between its name and the place it is in:
	// " border crossing in ", " checkpoint in the ".
	reCrossingIn = regexp.MustCompile(`^\s+(?:border\s+|international\s+)?(?:crossing|checkpoint|border\s+gate|gate|pass|bridge|port\s+of\s+entry)\s+in\s+(?:the\s+)?$`)
	reInPlace    = regexp.MustCompile(`^\s*,?\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|far\s+north|far\s+south)\s+(?:of\s+(?:the\s+)?)?)?$`)
)

// moreLocus reads the placings the gap rules of locatedIn leave out, and returns the
// confidence of one it reads, -1 for a pair that must not be placed, or 0: a firm whose apposition names its place ("a Hong Kong
// company"), a site on a river or road, and a province or district in a larger place.
func moreLocus(text string, ents []*docEntity, ca, cb candidate, gap string) float64 {
	if ents[ca.ent].typ == model.Location && waterBeforeIn(text, ca, gap) {
		return -1 // "a tower on the Mekong in Ton Pheung district" (place_triples.go)
	}
	if sidePlace(text, ents, ca, cb, gap) {
		return 0.7 // "a fenced compound of dormitories on the Myanmar bank of the Moei" (side_places.go)
	}
	if c := localLocus(text, ents, ca, cb, gap); c != 0 {
		return c
	}
	if bodyAtPlace(text, ents, ca, cb, gap) {
		return 0.6 // "a researcher at the X Institute in Chiang Mai," (body_at_places.go)
	}
	if siteExtent(ents, ca, cb, gap) {
		return 0.7 // "X covers about 400 hectares in Tonpheung district" (site_extents.go)
	}
	if copulaLocus(ents, ca, cb, gap) {
		return 0.7 // "X is a walled compound of eleven buildings in Y" (copula_locus.go)
	}
	if c := placeShapes(text, ents, ca, cb, gap); c > 0 {
		return c // place_shapes.go
	}
	if classedTownIn(text, ents, ca, cb, gap) {
		return 0.6 // "from Lipa City in Batangas" (classed_towns.go)
	}
	ta, na, nb := ents[ca.ent].typ, ents[ca.ent].name, ents[cb.ent].name
	switch {
	case ta == model.Compound && isCountry(nb) && reOnSideOf.MatchString(gap) && reSideAfter.MatchString(text[cb.e:min(len(text), cb.e+20)]):
		// "a compound on the Myanmar bank of the Moei River": the bank names the country.
		return 0.7
	case ta != model.Location && ta != model.Person && reBracketPlace.MatchString(gap) && strings.HasPrefix(strings.TrimLeft(text[cb.e:], " "), ")"):
		// "Kirin Pay Co., Ltd. (Phnom Penh)", "Anchor OTC Exchange (registered in Seychelles)".
		return 0.7
	case ta == model.Organization && strings.TrimSpace(gap) == "in" && genericBody(ca.text):
		// "Thai police in Mae Sai said": officers of a national body posted in a town, not
		// the body's seat.
		return -1
	case (ta == model.Company || ta == model.Compound) && reApposBased.MatchString(gap) && reFirmAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])):
		return 0.7
	case ta == model.Organization && strings.TrimSpace(gap) == "in" && !isCountry(nb) && !locativeBefore(text, ca.s) &&
		!reOfName.MatchString(text[max(0, ca.s-120):ca.s]):
		// "the Ministry of Public Security in Beijing": a body's seat.
		return 0.6
	case ta == model.Location && reCrossingIn.MatchString(gap) && locativeBefore(text, ca.s):
		// "at the Daluo border crossing in Yunnan": a crossing point lies in the place after.
		return 0.6
	case ta == model.Compound && reOnWater.MatchString(gap) && waterway(nb):
		return 0.75
	case ta == model.Location && !isCountry(na) && reInPlace.MatchString(gap) && (locativeBefore(text, ca.s) || namesKindOfPlace(text, ca.text, ca.e) || namesKindOfPlace(text, na, ca.e)) &&
		(isCountry(nb) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, nb, cb.e)):
		// "Trat province in Thailand", "around Tachileik, in eastern Shan State"
		return 0.6
	}
	return 0
}

// waterway reports a name that ends in a river, road or coast word ("Moei River").
func waterway(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && waterways[f[len(f)-1]]
}

// nearOnly reports a preposition that places a thing by another, not in it ("near", "close
// to", "outside"): LOCATED_IN is containment ("KK Park near Myawaddy" may stand across a border).
func nearOnly(prep string) bool {
	return prep == "near" || prep == "close to" || prep == "outside" || prep == "just outside"
}

// placeClasses are the class words a place name may carry after it ("Banteay Meanchey
// province", "Tuol Kork district").
var placeClasses = set("province", "district", "state", "region", "city", "town", "township", "municipality", "county", "prefecture")

// placeEnd returns where a place's phrase ends: after a class word that follows the name
// ("in Poipet, Banteay Meanchey province, near ..."), else at the name's end.
func placeEnd(text string, end int) int {
	rest := text[end:min(len(text), end+16)]
	t := strings.TrimLeft(rest, " ")
	if len(t) == len(rest) || t == "" {
		return end // no blank: a comma or stop follows the name itself
	}
	w := t
	if i := strings.IndexAny(t, " ,.;:)"); i >= 0 {
		w = t[:i]
	}
	if placeClasses[w] {
		return end + (len(rest) - len(t)) + len(w)
	}
	return end
}

// rePlaceFirmGap is the gap after a place that qualifies a business noun set off before a
// firm's name: " employment agency, ", "-based operator, ".
var rePlaceFirmGap = regexp.MustCompile(`^(?:[-‑](?:based|registered|headquartered)\s+|\s+)(?:[a-z-]+\s+)?(?:company|firm|agency|distributor|broker|trader|dealer|supplier|recruiter|operator|developer|processor|lender|bank|exchange|conglomerate|subsidiary|vehicle|entity|shell)\s*,\s*$`)

// placeFirmBefore reports "a Jakarta employment agency, PT Cahaya": an article, the place,
// a business noun, and the firm's name in apposition.
func placeFirmBefore(text string, placeStart int, gap string) bool {
	if !rePlaceFirmGap.MatchString(gap) {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, placeStart-6):placeStart]))
	return len(f) > 0 && (f[len(f)-1] == "a" || f[len(f)-1] == "an")
}

// firmApposPlace reports a firm's apposition that names its place and a business noun
// (", a Mae Sot fuel distributor"): it describes the firm even when the firm ends an
// inserted phrase ("X, the owner of Y Co., a Mae Sot fuel distributor"), for a person is
// no distributor.
func firmApposPlace(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	return ents[ca.ent].typ == model.Company && ents[cb.ent].typ == model.Location && reApposBased.MatchString(gap) &&
		reFirmAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)]))
}

// countryPlace reports "Myanmar's Karen State": a country in the possessive, then a place
// that is no country and does not just modify a noun after it ("Thailand's Mae Sot
// crackdown" still places Mae Sot, but "China's Myanmar policy" names no place in China).
func countryPlace(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	return (gap == "'s " || gap == "’s ") && ents[ca.ent].typ == model.Location && ents[cb.ent].typ == model.Location &&
		isCountry(ents[ca.ent].name) && !isCountry(ents[cb.ent].name) || townPart(text, ents, ca, cb, gap)
}

// rePlaceDescribed is the gap of a place told as a description of a name: an apposition that
// opens with the place or places the name (", a ", ", a walled compound on the ", ", a firm
// registered in "), or a place modifying the name ("-based ", "-registered ").
var rePlaceDescribed = regexp.MustCompile(`(?i)^(?:\s*,\s*(?:a|an|the)\s+(?:[^,;:()]{1,80}?\s+(?:in|on|at|inside|within|of|(?:registered|based|incorporated|headquartered|located)\s+in)\s+(?:the\s+)?` + placeOwner + `)?|[-‑](?:based|registered|headquartered|incorporated)\s+(?:[a-z-]+\s+){0,3}?(?:the\s+)?)$`)

// reLocative is a locative phrase right after a name (" in ", " complex in the border town of
// ": "the X complex in Y"), which says where the named thing is.
var reLocative = regexp.MustCompile(`(?i)^(?:\s+(?:compound|complex|park|zone|building|tower|resort|casino|hub|site))?\s+(?:in|inside)\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:town|city|district|township|province|state|village|area|region)\s+of\s+|the\s+)?` + placeOwner + `$`)

// placeOwner is a country or region in the possessive before the place ("in Myanmar's
// Myawaddy township", "in Laos's Bokeo province"): the place is still the one the phrase gives.
// It is read case-sensitively inside the (?i) expressions, and the owner must name a country
// or region (ownerIsPlace): "in the town's", "in its owner's" own no place.
const placeOwner = `(?-i:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+)?`

// reRegionOwner is a region's name that may own a place: a state, region or province of a
// country ("Karen State's Myawaddy", "Sagaing Region's"), or a region named so.
var reRegionOwner = regexp.MustCompile(`^(?:[A-Z][\w-]*\s+){1,2}(?:State|Region|Province)$|^(?:Southeast\s+Asia|South\s+Asia|East\s+Asia|Asia|Hong\s+Kong|Macau|Macao)$`)

// gapOwner reports whether re matches gap, and the possessive owner before the place that the
// match names ("" for none).
func gapOwner(re *regexp.Regexp, gap string) (bool, string) {
	m := re.FindStringSubmatchIndex(gap)
	if m == nil {
		return false, ""
	}
	if i := re.SubexpIndex("owner"); i >= 0 && m[2*i] >= 0 {
		return true, gap[m[2*i]:m[2*i+1]]
	}
	return true, ""
}

// ownerIsPlace reports that a place's possessive owner, if any, is a country or a region.
func ownerIsPlace(owner string) bool {
	return owner == "" || isCountry(owner) || reRegionOwner.MatchString(owner)
}

// reApposHedge is a doubt on where the phrase places the name ("according to a disputed map",
// "allegedly in", "reportedly"): the place is then a claim, not the writer's description.
var reApposHedge = regexp.MustCompile(`(?i)\b(?:according\s+to|allegedly|reportedly|purportedly|supposedly|believed|disputed|unconfirmed|unverified|claimed|said\s+to\s+be)\b`)

// placeDoubted reports a place a question or a hedge doubts within the phrase that tells it:
// gap is the phrase before the place, after the sentence after it, read to the phrase's end
// (a comma, a semicolon or the sentence's end). "X in Thailand's Mae Sot? No, ..." asks.
func placeDoubted(gap, after string) bool {
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	return strings.Contains(after, "?") || reApposHedge.MatchString(gap) || reApposHedge.MatchString(after)
}

// reWitnessSource is an attribution to people who were there (survivors, workers, residents,
// sources): where they place a site is their account, not an authority's or the writer's.
var reWitnessSource = regexp.MustCompile(`(?i)\b(?:survivors?|workers?|victims?|residents?|witness(?:es)?|escapees?|sources?|relatives?|families|interviewees)\b`)

// locativePlace reports a place told by a locative phrase after a name in a sentence whose
// attribution, if any, is an authority's or the writer's: "Officers raided X in Y, the ministry
// said" states where X is as background; "the men were held at X in Y, a survivor said" stays
// the survivor's account.
func locativePlace(sent, gap, after string) bool {
	ok, owner := gapOwner(reLocative, gap)
	return ok && ownerIsPlace(owner) && !reWitnessSource.MatchString(sent) && !placeDoubted(gap, after)
}

// placeDescribed reports a place told by an apposition or a modifier of a name (rePlaceDescribed)
// and not doubted in it. Where the apposition gives the place after a country's possessive,
// locativePlace's witness guard holds too: "Survivors said they were held at X, a compound in
// Myanmar's Myawaddy township" stays the survivors' account. (The guard on every apposition
// lowered a keep grade the writer's description had right.)
func placeDescribed(sent, gap, after string) bool {
	ok, owner := gapOwner(rePlaceDescribed, gap)
	return ok && ownerIsPlace(owner) && !placeDoubted(gap, after) &&
		!(owner != "" && reWitnessSource.MatchString(sent))
}

// placeGiven reports a place the name's apposition or locative phrase gives in sentence st:
// the first name ends at firstEnd, the place spans secondStart to secondEnd.
func placeGiven(text string, st sentence, firstEnd, secondStart, secondEnd int) bool {
	if secondEnd < secondStart || secondEnd > st.e || secondStart > len(text) {
		secondEnd = secondStart
	}
	sent, gap, after := text[st.s:st.e], text[firstEnd:secondStart], text[secondEnd:max(secondEnd, st.e)]
	return placeDescribed(sent, gap, after) || locativePlace(sent, gap, after)
}
