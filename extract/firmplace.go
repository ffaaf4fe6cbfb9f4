package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Where a firm is registered or based, told with the place as a modifier: "Phoenix Crown
// Group — Hong Kong-registered;", "the Macau-registered firm Lucky Horse Ltd.", "a Nairobi
// company called Skyward Placements Ltd".
var (
	// reDashOrComma is the gap from a firm to a place that a "-registered" modifier follows.
	reDashOrComma = regexp.MustCompile(`^\s*(?:[—–:]|,|\s-)\s*$`)
	// reRegisteredFirm is the gap from a place to a firm: "-registered firm ", "-based
	// holding company, ".
	reRegisteredFirm = regexp.MustCompile(`^[-‑](?:based|registered|headquartered|incorporated)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|agency|distributor|broker|trader|dealer|supplier|recruiter|operator|developer|processor|lender|bank|exchange|conglomerate|subsidiary|group|business|entity)\s*,?\s*$`)
	// reFirmCalled is the gap from a place to a firm that a noun and "called" introduce:
	// " company called ", " recruitment agency named ".
	reFirmCalled = regexp.MustCompile(`^\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|agency|distributor|broker|trader|dealer|supplier|recruiter|operator|developer|processor|lender|bank|exchange|conglomerate|subsidiary|business)\s+(?:called|named|known\s+as)\s+$`)
)

// Places told with a verb, a possessive or a modifier the gap rules of locatedIn leave out.
var (
	// reSitsInside: " sits just inside the", " lies deep within".
	reSitsInside = regexp.MustCompile(`^\s+(?:(?:still|now)\s+)?(?:sits|sat|lies|lay|stands|stood|is|was)\s+(?:just|right|deep|well)\s+(?:inside|within)\s+(?:the\s+)?$`)
	// reHeadquartersIn: " has its headquarters in", " keeps its registered office in".
	reHeadquartersIn = regexp.MustCompile(`^\s+(?:(?:also|still)\s+)?(?:has|had|keeps|kept|maintains|maintained)\s+(?:its|their)\s+(?:headquarters|head\s+office|registered\s+office|main\s+office|registered\s+address|seat)\s+in\s+(?:the\s+)?$`)
	// rePlacesSite follows a place in the possessive whose site the name before it is:
	// "'s largest casino".
	rePlacesSite = regexp.MustCompile(`^['’]s\s+(?:(?:largest|biggest|newest|oldest|main|best-known|best\s+known|most\s+notorious|notorious|largest\s+scam|only)\s+)?(?:[a-z-]+\s+)?(?:casino|compound|complex|resort|park|hub|tower|zone|scam\s+centre|scam\s+center)\b`)
	// reFrontedLocated ends a fronted participle before a place: "Located in", "Nestled on
	// the outskirts of".
	reFrontedLocated = regexp.MustCompile(`(?i)(?:^|[.;:!?]\s+|\n)\s*(?:located|situated|based|built|nestled|set)\s+(?:in|inside|within|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$`)
	// rePlaceInPlace: a place that lies in a larger one, with a verb: " lies in eastern ".
	rePlaceInPlace = regexp.MustCompile(`^\s+(?:lies|lay|sits|sat|is|was)\s+(?:just\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+)?$`)
)

// reDatelineDash closes a dateline's places: " — ", " – ".
var reDatelineDash = regexp.MustCompile(`^\s*(?:\([^()]*\)\s*)?[—–]`)

// firmPlacePair reads the placings above between two mentions; it reports whether it read
// one. ca is the first mention, gap the lower-cased words between.
func firmPlacePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	if tb == model.Location && possessiveFollows(text, cb.e) && !rePlacesSite.MatchString(text[cb.e:min(len(text), cb.e+50)]) {
		return false // "lies in Myanmar's Kayin State": the place is the possessed one
	}
	switch {
	case ta == model.Company && tb == model.Location && reDashOrComma.MatchString(gap) && reBasedAfter.MatchString(text[cb.e:min(len(text), cb.e+20)]):
		// "Phoenix Crown International Group — Hong Kong-registered;".
		add(a, b, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Company && reRegisteredFirm.MatchString(gap):
		// "the Macau-registered firm Lucky Horse Ltd.".
		add(b, a, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Location && !isCountry(ents[a].name) && strings.TrimSpace(gap) == "," && lineStart(text, ca.s) && reDatelineDash.MatchString(text[cb.e:min(len(text), cb.e+6)]):
		// A dateline: "MABALACAT, Pampanga — Agents of ...".
		add(a, b, model.LocatedIn, 0.6)
	case ta == model.Compound && tb == model.Location && reSitsInside.MatchString(gap):
		// "Ruby Park sits just inside Myawaddy township".
		add(a, b, model.LocatedIn, 0.75)
	case (ta == model.Company || ta == model.Organization) && tb == model.Location && reHeadquartersIn.MatchString(gap):
		// "Orchid Holdings Ltd. has its headquarters in Singapore".
		add(a, b, model.LocatedIn, 0.8)
	case ta == model.Compound && tb == model.Location && !isCountry(ents[b].name) && strings.TrimSpace(gap) == "," && rePlacesSite.MatchString(text[cb.e:min(len(text), cb.e+50)]):
		// "Golden Mile Resort, Tachileik's largest casino".
		add(a, b, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Compound && reFrontedLocated.MatchString(text[max(0, ca.s-40):ca.s]) && reFrontedGap.MatchString(gap):
		// "Located in Kampot, Ocean Pearl Resort employs 400."
		add(b, a, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Location && !isCountry(ents[a].name) && rePlaceInPlace.MatchString(gap):
		// "Mong La lies in eastern Shan State".
		add(a, b, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Company && reFirmCalled.MatchString(gap) && articleBefore(text, ca.s):
		// "a Nairobi company called Skyward Global Placements Ltd".
		add(b, a, model.LocatedIn, 0.65)
	default:
		return false
	}
	return true
}

// reFrontedGap runs from the place of a fronted participle to the site it places: ", the",
// " province, ".
var reFrontedGap = regexp.MustCompile(`^\s*(?:(?:province|district|town|city|township|state)\s*)?,\s*(?:the\s+)?$`)

// articleBefore reports "a" or "an" right before an offset.
func articleBefore(text string, s int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, s-6):s]))
	return len(f) > 0 && (f[len(f)-1] == "a" || f[len(f)-1] == "an")
}

// reBothFirmsIn opens a sentence that places the firms the sentence before named: "Both
// companies are registered in", "The two firms were based in".
var reBothFirmsIn = regexp.MustCompile(`(?i)^\W*(?:both(?:\s+the)?|the\s+two|all\s+three|the\s+three|both\s+of\s+the)\s+(?:companies|firms|entities|businesses)\s+(?:are|were)\s+(?:(?:also|all|both)\s+)?(?:registered|based|incorporated|headquartered|located)\s+in\s+(?:the\s+)?$`)

// firmsPlacedTogether reads "Both companies are registered in Bangkok" after a sentence that
// names the firms: each of them is in the place, when the sentence before names as many
// firms as the count says (two for "both" and "the two", three for "three"). emit gets the
// sentence, the firm, the place, the firms' sentence and the span read.
func firmsPlacedTogether(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, firmSent, s, e int)) {
	for si := 1; si < len(sents); si++ {
		st := sents[si]
		var place candidate
		found := false
		for _, m := range bySent[si] {
			if c := cands[m]; c.ent >= 0 && ents[c.ent].typ == model.Location {
				place, found = c, true
				break
			}
		}
		if !found || !reBothFirmsIn.MatchString(text[st.s:place.s]) {
			continue
		}
		want := 2
		if strings.Contains(strings.ToLower(text[st.s:place.s]), "three") {
			want = 3
		}
		var firms []int
		for _, m := range bySent[si-1] {
			if c := cands[m]; c.ent >= 0 && ents[c.ent].typ == model.Company && !slices.Contains(firms, c.ent) {
				firms = append(firms, c.ent)
			}
		}
		if len(firms) != want {
			continue
		}
		for _, f := range firms {
			emit(si, f, place.ent, si-1, st.s, place.e)
		}
	}
}
