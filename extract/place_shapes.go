package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Places told in shapes the gap rules of located.go and located_more.go leave out:
//
//   - a crossing point named with its class, then the place it is in: "the O'Smach border
//     crossing in Oddar Meanchey province", "the Chong Chom checkpoint, in Surin province";
//   - a site on a river's bank or along it: "sits on the west bank of the Moei River", ", a
//     3,000-hectare enclave on the Mekong River", ", along the Moei River,";
//   - a town named through its country and kind: "the Myanmar border town of Myawaddy",
//     "Thailand's border town of Mae Sot";
//   - a site whose apposition puts its place before the site noun: "X, a Bokeo province
//     compound", "X, the largest Myawaddy casino";
//   - a firm followed by "of" and its place: "Apex Horizon Holdings Pte. Ltd. of Singapore".

var (
	// reCrossingTo is the class of a crossing point between its name and the place it lies in
	// (not one it leads into, across a border): " border crossing in ", " checkpoint, in ".
	reCrossingTo = regexp.MustCompile(`^\s+(?:border\s+|international\s+|main\s+)?(?:crossing|checkpoint|border\s+gate|border\s+post|border\s+checkpoint|port\s+of\s+entry|friendship\s+bridge)\s*,?\s*in\s+(?:the\s+)?$`)
	// reOnBank is a site's description up to the waterway whose bank or course it lies on: ",
	// a compound on the west bank of the", " sits on the western bank of the", ", along the".
	reOnBank = regexp.MustCompile(`^\s*,?\s*(?:(?:a|an|the)\s+((?:[\w,'’-]+\s+){0,6}?)|(?:which|that)\s+(?:is\s+|was\s+)?(?:sits|sat|lies|lay|stands|stood|located|situated|built|runs)?\s*|(?:is|was|sits|sat|lies|lay|stands|stood|located|situated|built|perched|nestled)\s+)?(?:on|along)\s+the\s+(?:(?:[a-z]+\s+)?(?:bank|banks|riverbank|shore|shores)\s+of\s+(?:the\s+)?)?$`)
	// reKindTownOf follows a country up to a town it names by kind: " border town of ", "'s
	// port city of ".
	reKindTownOf = regexp.MustCompile(`^(?:['’]s)?\s+(?:(?:border|frontier|northern|southern|eastern|western|northeastern|northwestern|coastal|riverside|casino)\s+)?(?:town|city|village|port|port\s+city|district|province|state|township|enclave)\s+of\s+$`)
	// reSiteNounAfter follows a place that qualifies the site noun after it: " province
	// compound", " casino", " border complex".
	reSiteNounAfter = regexp.MustCompile(`^\s+(?:(?:province|district|city|town|township|state|border|riverside|riverfront|beachfront)\s+)?(?:[a-z-]+\s+)?(?:compound|casino|complex|resort|park|hub|enclave|development|tower|towers)\b`)
	// reApposDetOnly is an apposition's opening up to a place that qualifies its head: ", a ",
	// ", the largest ", ", a sprawling ".
	reApposDetOnly = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?$`)
	// reApposBodyIn is a firm's or body's apposition that names its kind and where it is: ",
	// a shell company in ", ", a rights group based in ", ", one of the largest casinos in ".
	reApposBodyIn = regexp.MustCompile(`^\s*,\s*(?:a|an|the|one\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?)\s*(?:[a-z-]+\s+){0,3}?(company|companies|firm|firms|shell|agency|agencies|bank|broker|brokerage|exchange|subsidiary|conglomerate|developer|operator|recruiter|group|organisation|organization|ngo|charity|foundation|association|compounds|casinos|complexes|resorts|parks|hubs)\s+(?:(?:registered|based|incorporated|headquartered|located)\s+)?in\s+(?:the\s+)?$`)
	// reOneOfIn is a site told as one of the sites in a place: " is one of several compounds
	// in ", " was among the largest casinos in ".
	reOneOfIn = regexp.MustCompile(`^\s+(?:is|was|remains|remained)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:compounds|casinos|complexes|resorts|parks|hubs|scam\s+centres|scam\s+centers|sites)\s+in\s+(?:the\s+)?$`)
	// rePlaceFirmNoun is the gap from a place that qualifies a business noun to the firm the
	// noun introduces: " firm ", " shell company ", " recruitment agency ".
	rePlaceFirmNoun = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:company|firm|agency|distributor|broker|trader|dealer|supplier|recruiter|developer|lender|bank|exchange|conglomerate|subsidiary|shell\s+company|holding\s+company)\s+$`)
)

// reInKindOf places a site or firm in a town named through its kind: ", in the Cambodian
// border town of ", " is located in the port city of ".
var reInKindOf = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|lies|lay|sits|sat|located|based|situated)\s+)*in\s+the\s+(?:[a-z-]+\s+){1,2}?(?:town|city|village|port|district|province|township|municipality)\s+of\s+$`)

// reBuiltIn places a site where it was built or opened, a date aside: ", built in 2019 in ",
// ", which opened in March 2021 in ".
var reBuiltIn = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?)?(?:built|opened|established|constructed|set\s+up|founded)\s+(?:(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?\d{4}\s+)?in\s+(?:the\s+)?$`)

// reOperatesIn places a site that operates in a town: " operates in ", ", which has operated
// in ".
var reOperatesIn = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|had|still|now)\s+)*(?:operates|operated|operating)\s+in\s+(?:the\s+)?$`)

// reInBigger is the gap of a place inside a larger one: " in ", " in northern ".
var reInBigger = regexp.MustCompile(`^\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+)?$`)

// reBracketMore follows the first place in a firm's brackets: ", Trat)", " province, Cambodia)".
var reBracketMore = regexp.MustCompile(`^(?:\s+(?:province|district|city|town|township|state))?\s*,\s*[^()\n]{1,40}\)`)

// precededBy reports whether the word right before offset start is one of words (case aside).
func precededBy(text string, start int, words ...string) bool {
	f := strings.Fields(text[max(0, start-30):start])
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",;:"))
	for _, w := range words {
		if last == w {
			return true
		}
	}
	return false
}

// placeFirmNoun reports "the Shenzhen firm Golden Harbor Ltd.": an article, the place, a
// business noun and the firm's name right after it.
func placeFirmNoun(text string, placeStart int, gap string) bool {
	if !rePlaceFirmNoun.MatchString(gap) {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, placeStart-6):placeStart]))
	return len(f) > 0 && (f[len(f)-1] == "a" || f[len(f)-1] == "an" || f[len(f)-1] == "the")
}

// placeShapes reads the shapes above between mentions ca and cb (gap the lower-cased words
// between) and returns the confidence of a placing of ca in cb, or 0.
func placeShapes(text string, ents []*docEntity, ca, cb candidate, gap string) float64 {
	ta, tb, na, nb := ents[ca.ent].typ, ents[cb.ent].typ, ents[ca.ent].name, ents[cb.ent].name
	if tb != model.Location {
		return 0
	}
	switch {
	case ta == model.Location && !isCountry(na) && !waterway(na) && !landform(na) && reInBigger.MatchString(gap) && !precededBy(text, ca.s, "between", "and", "or") &&
		(isCountry(nb) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, nb, cb.e)) &&
		!namesKindOfPlace(text, ca.text, ca.e) && !namesKindOfPlace(text, na, ca.e):
		// "power lines running from Mae Sot in Tak province", "examines Laukkaing in Shan
		// State": a town, then "in" and a larger place the text marks as one (a country, or
		// a name with its province or state). locatedIn asks for a locative word before
		// the town; the kind of the second place is mark enough. A river, road or
		// mountain is no town: "across the Moei River in Thailand" places what is across.
		return 0.6
	case ta == model.Company && strings.TrimSpace(gap) == "in" && !isCountry(nb) && ofNotOffice(text, ca.s) && closesPhrase(text, placeEnd(text, cb.e)):
		// "a recruiter of StarPath Manpower Services in Manila", "a director of Golden Harbor
		// Ltd. in Phnom Penh": "of" ties the firm to a person or post, and the place after
		// it is the firm's (an office or branch "of" a firm in a town is not its seat).
		return 0.6
	case (ta == model.Compound || ta == model.Company) && reInKindOf.MatchString(gap):
		// "X, in the Cambodian border town of Poipet,"
		return 0.7
	case ta == model.Compound && (reBuiltIn.MatchString(gap) || reOperatesIn.MatchString(gap)):
		// "X, built in 2019 in Sihanoukville,", "X operates in Sihanoukville"
		return 0.7
	case ta == model.Location && !isCountry(na) && strings.TrimSpace(gap) == "," && commaChain(text, ca, cb, nb):
		// "built in Capas, Tarlac is owned", "Myawaddy, Kayin State, is home to", "taken from
		// Poipet, Cambodia to Bangkok": a place, a comma, and the larger place.
		return 0.6
	case (ta == model.Company || ta == model.Organization) && reBracketPlace.MatchString(gap) && reBracketMore.MatchString(text[cb.e:min(len(text), cb.e+50)]):
		// "Trat Eastern Money Exchange Co., Ltd. (Khlong Yai, Trat)": the first place in the
		// brackets is the firm's.
		return 0.7
	case ta == model.Location && !isCountry(na) && reCrossingTo.MatchString(gap) &&
		(isCountry(nb) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, nb, cb.e)):
		// "the Chong Chom checkpoint, in Surin province"
		return 0.6
	case ta == model.Compound && waterway(nb):
		m := reOnBank.FindStringSubmatch(gap)
		if m == nil {
			return 0
		}
		if m[1] != "" {
			// An apposition's words: a site noun, and no verb or word of nearness.
			head := false
			for _, w := range strings.Fields(m[1]) {
				w = strings.Trim(w, ",")
				if verbLike[w] {
					return 0
				}
				head = head || locusHeads[w]
			}
			if !head {
				return 0
			}
		}
		return 0.7
	case ta == model.Compound && reApposDetOnly.MatchString(gap) && reSiteNounAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])):
		// "Silver Bay Park, a Bokeo province compound".
		return 0.7
	case ta == model.Company || ta == model.Organization || ta == model.Compound:
		if m := reApposBodyIn.FindStringSubmatch(gap); m != nil && apposKindFits(ta, m[1]) {
			// "Golden Harbor Ltd., a shell company in Samoa", "Silver Bay Park, one of the
			// largest compounds in Myawaddy".
			return 0.7
		}
		if ta == model.Compound && reOneOfIn.MatchString(gap) {
			return 0.7 // "Silver Bay Park is one of several compounds in Myawaddy"
		}
		if ta == model.Company && strings.TrimSpace(gap) == "of" && firmFormEnds(na) && closesPhrase(text, placeEnd(text, cb.e)) {
			return 0.7 // "Apex Horizon Holdings Pte. Ltd. of Singapore."
		}
	case ta == model.Company && strings.TrimSpace(gap) == "of" && firmFormEnds(na) && closesPhrase(text, placeEnd(text, cb.e)):
		// "Apex Horizon Holdings Pte. Ltd. of Singapore."
		return 0.7
	}
	return 0
}

// firmFormEnds reports a company name that ends in its legal form ("Co., Ltd.", "Pte. Ltd.",
// "Inc."): the place after "of" is then the firm's seat, not part of its name.
func firmFormEnds(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ".,") {
	case "ltd", "limited", "inc", "llc", "corp", "plc", "bhd", "jsc", "llp", "gmbh", "lda", "fz-llc", "sa", "ag", "bv", "pvt":
		return true
	}
	return false
}

// countryTown reports "the Myanmar border town of Myawaddy": a country, the kind of a town,
// "of" and the town, which is in the country.
func countryTown(ents []*docEntity, ca, cb candidate, gap string) bool {
	return ents[ca.ent].typ == model.Location && ents[cb.ent].typ == model.Location && isCountry(ents[ca.ent].name) &&
		!isCountry(ents[cb.ent].name) && reKindTownOf.MatchString(gap)
}

// apposKindFits reports an apposition's head noun that suits the first name's type: a firm is
// a company or agency, a body a group or organisation, a site one of the compounds.
func apposKindFits(typ, head string) bool {
	switch head {
	case "compounds", "casinos", "complexes", "resorts", "parks", "hubs":
		return typ == model.Compound
	case "group", "organisation", "organization", "ngo", "charity", "foundation", "association", "agency", "agencies":
		return typ == model.Organization || typ == model.Company
	}
	return typ == model.Company
}

// landform reports a name that ends in a word for a mountain or hill ("Bokor Mountain") or
// names a numbered road: a feature one is on or across, not a settlement.
func landform(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "mountain", "mountains", "mount", "hill", "hills", "range", "plateau", "valley", "pass":
		return true
	}
	for _, w := range f {
		if w == "road" || w == "highway" || w == "route" { // "National Road 4"
			return true
		}
	}
	return false
}

// reListGoesOn follows the second place of a pair when the pair is part of a list: ", and",
// " or", ", Hanoi".
var reListGoesOn = regexp.MustCompile(`^\s*(?:,\s*)?(?:and|or|&)\s|^\s*,\s*[A-Z]`)

// commaChain reports "A, B" where B is the larger place A is in, though what follows B is no
// stop: B names its kind or is a country, or A stands after a locative word and B ends
// the phrase or a clause goes on after it. A list ("in Bangkok, Phnom Penh and Hanoi") and a
// possessive after B ("Poipet, Cambodia's border town") are no chain.
func commaChain(text string, ca, cb candidate, nb string) bool {
	end := placeEnd(text, cb.e)
	rest := text[end:min(len(text), end+40)]
	if possessiveFollows(text, cb.e) || possessiveFollows(text, end) {
		return false
	}
	if f := strings.Fields(strings.ToLower(ca.text)); len(f) > 1 && (kindWords[f[len(f)-1]] || f[len(f)-1] == "zone") &&
		!namesKindOfPlace(text, cb.text, cb.e) && !namesKindOfPlace(text, nb, cb.e) && !isCountry(nb) {
		return false // "in the Kokang Self-Administered Zone, Mong La in ...": a region is in no town
	}
	if isCountry(nb) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, nb, cb.e) {
		return !reListGoesOn.MatchString(rest) || strings.HasPrefix(strings.TrimLeft(rest, " "), ",") && !reListAnd.MatchString(rest)
	}
	return locativeBefore(text, ca.s) && !reListGoesOn.MatchString(rest)
}

// reListAnd is a list's conjunction right after a comma: ", and", ", or".
var reListAnd = regexp.MustCompile(`^\s*,\s*(?:and|or)\s`)

// ofNotOffice reports a name right after "of" whose noun before it is no office, branch or
// part: "director of X", "Ramos of X", but not "the Bangkok office of X".
func ofNotOffice(text string, start int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, start-40):start]))
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	n := len(f)
	if n < 2 || f[n-1] != "of" {
		return false
	}
	switch strings.Trim(f[n-2], ",;:\"'()") {
	case "office", "offices", "branch", "branches", "headquarters", "subsidiary", "subsidiaries", "arm", "unit", "outskirts", "edge", "premises", "site", "compound":
		return false
	}
	return true
}

// reFirmNounIn ends the words before a place that a firm's noun puts the firm in, the name
// to come after "called": "an agency in ", "a recruitment firm based in the ".
var reFirmNounIn = regexp.MustCompile(`(?i)\b(?:company|firm|agency|broker|recruiter|distributor|trader|supplier|developer|lender|bank|exchange|business)\s+(?:(?:based|registered|headquartered)\s+)?in\s+(?:the\s+)?$`)

// reCalledGap is the gap from that place to the firm's name: " called ", ", named ".
var reCalledGap = regexp.MustCompile(`^\s*,?\s*(?:called|named|known\s+as)\s+$`)

// firmCalledAfterPlace reports "an agency in Yangon called Golden Step Co., Ltd.": a firm's
// noun, "in" and the place, then "called" and the firm's name.
func firmCalledAfterPlace(text string, placeStart int, gap string) bool {
	return reCalledGap.MatchString(gap) && reFirmNounIn.MatchString(text[max(0, placeStart-60):placeStart])
}

// A place phrase fronted before the clause it sets: "In Mong La, the capital of Special
// Region 4, the Peacock Gate Casino City is operated by ...". The site or firm that opens
// the clause is in the place.
var (
	// reFrontedIn opens a sentence with "In" right before the place.
	reFrontedIn = regexp.MustCompile(`^\s*(?:[A-Z]{2,}[A-Z ,]*\s+[—–-]\s+)?In\s+(?:the\s+)?$`)
	// reFrontedPlaceEnd follows the place up to the clause's subject: ", the", ", the capital
	// of Special Region 4, the" (an apposition of the place, no verb in it).
	reFrontedPlaceEnd = regexp.MustCompile(`^(?:\s+(?:province|district|city|town|township|state))?(?:\s*,\s*(?:the|a|an)\s+[^,;.]{1,60}?)?\s*,\s*(?:the\s+)?$`)
)

// frontedPlaces reads the sentences above. emit gets the sentence, the site or firm, the
// place and the span read.
func frontedPlaces(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !strings.HasPrefix(strings.TrimLeft(text[st.s:st.e], " \t\n—–-\"“"), "In ") && !strings.Contains(text[st.s:min(st.e, st.s+40)], "— In ") {
			continue // cheap test before the regular expressions
		}
		place := cands[ms[0]]
		if place.ent < 0 || ents[place.ent].typ != model.Location || !reFrontedIn.MatchString(text[st.s:place.s]) {
			continue
		}
		for _, m := range ms[1:] {
			c := cands[m]
			if c.s < place.e || c.ent < 0 || c.ent == place.ent {
				continue
			}
			gap := text[place.e:c.s]
			if (ents[c.ent].typ == model.Compound || ents[c.ent].typ == model.Company) && reFrontedPlaceEnd.MatchString(gap) && !verbLikeIn(gap) {
				emit(si, c.ent, place.ent, place.s, c.e)
			}
			break // only the name that opens the clause
		}
	}
}

// verbLikeIn reports a finite verb or a word of nearness in a short stretch of text.
func verbLikeIn(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if verbLike[strings.Trim(w, ",;:")] {
			return true
		}
	}
	return false
}
