package extract

import (
	"regexp"
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

// firmPlacePair reads the placings above between two mentions; it reports whether it read
// one. ca is the first mention, gap the lower-cased words between.
func firmPlacePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	switch {
	case ta == model.Company && tb == model.Location && reDashOrComma.MatchString(gap) && reBasedAfter.MatchString(text[cb.e:min(len(text), cb.e+20)]):
		// "Phoenix Crown International Group — Hong Kong-registered;".
		add(a, b, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Company && reRegisteredFirm.MatchString(gap):
		// "the Macau-registered firm Lucky Horse Ltd.".
		add(b, a, model.LocatedIn, 0.7)
	case ta == model.Location && tb == model.Company && reFirmCalled.MatchString(gap) && articleBefore(text, ca.s):
		// "a Nairobi company called Skyward Global Placements Ltd".
		add(b, a, model.LocatedIn, 0.65)
	default:
		return false
	}
	return true
}

// articleBefore reports "a" or "an" right before an offset.
func articleBefore(text string, s int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, s-6):s]))
	return len(f) > 0 && (f[len(f)-1] == "a" || f[len(f)-1] == "an")
}
