package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/scamgraph/scamgraph/model"
)

// reAddressCue opens the address a firm or body gives, right after its name: "(registered
// address: ", ", whose registered office is at ", ", with an office at ", " has its office
// on ". What follows it must be the address itself (addressParts).
var reAddressCue = regexp.MustCompile(`(?i)^\s*[,(]?\s*(?:((?:whose|with\s+(?:an?|its)|and\s+its|its|the|which\s+has\s+(?:an?|its)|has\s+(?:an?|its)|lists\s+(?:an?|its)))\s+)?(?:(?:registered|business|head|main|principal|listed)\s+)?(address|office|offices|headquarters)(?:\s+(?:is|was|are|were|lies))?(?:\s+(?:at|on|in))?\s*:?\s+`)

// reAddressOpen is a bare address after a firm's name and a comma, as sanctions notices
// print it: "GOLDEN REED CO., LTD., No. 12, Street 271, Phnom Penh": the first part opens
// with a number or a word for a unit of a building.
var reAddressOpen = regexp.MustCompile(`^\s*,\s*(?:No\.?\s*\d|#\s*\d|\d+[A-Za-z]?(?:/\d+)?\s|(?:Unit|Room|Suite|Floor|Lot|Building|Bldg\.?)\s)`)

// streetWords mark the parts of an address below a town: a street, a building, a unit.
var streetWords = set("no", "no.", "unit", "room", "suite", "floor", "flr", "building", "bldg", "bldg.", "tower", "block",
	"lot", "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "soi", "moo", "highway", "boulevard", "blvd", "plaza", "#")

// addressParts reports that s is the street part of an address, ending where the town's name
// starts: comma-separated parts that each hold a number or a street word, written with capitals,
// numbers and the joining words "at", "on" and "in" only. A part without either ("Sangkat Tuol
// Tumpung") is itself a place, so the town after it is not the first place of the address.
func addressParts(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "in"), ",")
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		marked := false
		for _, w := range strings.Fields(part) {
			low := strings.ToLower(w)
			r := []rune(w)
			switch {
			case streetWords[low] || streetWords[strings.TrimRight(low, ".")]:
				marked = true
			case unicode.IsDigit(r[0]) || r[0] == '#':
				marked = true
			case low == "at" || low == "on" || low == "in" || low == "the" || low == "of" || low == "-" || low == "/":
			case unicode.IsUpper(r[0]):
			default:
				return false // a lower-case word: a clause, not an address
			}
		}
		if !marked {
			return false
		}
	}
	return true
}

// firmAddress reports a firm, body or site whose address the text gives right after its name,
// and the place as the first town of that address: "Golden Reed Co., Ltd. (registered
// address: No. 12, Street 271, Phnom Penh, Cambodia)", "X, with an office at 12 Sukhumvit
// Road, Bangkok". The place must not be a street or a country (the chain rules place the town
// in the larger places after it), and a person's address is no seat.
func firmAddress(text string, ents []*docEntity, ca, cb candidate) bool {
	a, b := ents[ca.ent], ents[cb.ent]
	if (a.typ != model.Company && a.typ != model.Organization && a.typ != model.Compound) || b.typ != model.Location ||
		isCountry(b.name) || waterway(b.name) {
		return false
	}
	gap := text[ca.e:cb.s]
	if len(gap) > 120 {
		return false
	}
	if m := reAddressCue.FindStringSubmatchIndex(gap); m != nil {
		rest := gap[m[1]:]
		// "headquarters in Bangkok" is a body's seat, left to the plain rules (a state
		// body's headquarters is no placing); an address names its street first.
		// A firm's own "whose headquarters is in" or "has its office in" still names its seat.
		if strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "in")) == "" && !strings.EqualFold(gap[m[4]:m[5]], "address") &&
			m[2] < 0 && a.typ == model.Organization && sceneBefore(text, ca.s) {
			return false
		}
		return addressParts(rest)
	}
	if a.typ == model.Company && reAddressOpen.MatchString(gap) {
		return addressParts(strings.TrimPrefix(strings.TrimSpace(gap), ","))
	}
	return false
}

// sceneBefore reports a body's name after a preposition that places something by a building,
// a leading "the" aside ("outside the Royal Thai Police headquarters in Bangkok"): the
// building is the scene of what the sentence tells, and the writer does not say the body is
// seated there. "at the X office in Y" and "the head of the X office in Y" do say it.
func sceneBefore(text string, start int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, start-40):start]))
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "outside", "near", "inside", "opposite", "beside", "behind":
		return true
	}
	return false
}
