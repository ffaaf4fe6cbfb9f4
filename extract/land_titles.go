package extract

import (
	"regexp"
	"strings"
)

// Land titles and sales told with the words registries and reporters use. Two shapes recur
// across the development sets and fell between the land rules of leases.go:
//   - a title in an owner's name: "the lot on which X stands is titled in the name of A",
//     "the parcel on which the compound stands is registered under Transfer Certificate of
//     Title No. 112-2019004 in the name of A": A owns X;
//   - a sale told with a time that is no year: "B sold X last year to A", "B sold the X land
//     in 2023 to A": A, the buyer, owns X; the seller is left alone (he no longer owns it).

var (
	// reLandInNameOf is the gap after "the land on which X": the verb of the site, then the
	// title in a name. A registry number may stand between ("under TCT No. 112").
	reLandInNameOf = regexp.MustCompile(`^\s*(?:(?:stands|stood|sits|sat|lies|lay|is\s+built|was\s+built|was\s+erected|is\s+located)\s*,?\s+)?(?:is|was|has\s+been|had\s+been|remains)\s+(?:(?:still|also|now)\s+)?(?:registered|titled)\s+(?:under\s+[^;()]{1,80}?\s+)?in\s+the\s+names?\s+of\s+(?:the\s+)?(?:[a-z.-]+\s+){0,2}?$`)
	// reSoldWhenTo is the gap after "B sold X" when a time that is no year, or a land head
	// ("the X land"), stands before "to": " last year to ", " land in 2023 to ".
	reSoldWhenTo = regexp.MustCompile(`^\s+(?:(?:land|lot|plot|property|parcel|site|premises|building)\s+)?(?:(?:in\s+(?:\w+\s+)?\d{4}|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|(?:this|that|the\s+same|the\s+following|the\s+next)\s+year|(?:two|three|four|five|several|a\s+few)\s+years\s+(?:ago|later))\s*,?\s+)?to\s+(?:the\s+)?$`)
	// reTitleEnded follows the owner's name when the title or sale has ended: "in the name of
	// A until 2019".
	reTitleEnded = regexp.MustCompile(`^[^.;]{0,30}?\b(?:until|till|before|up\s+to)\b`)
	// reLaterSale in the rest of the sentence after the buyer tells a later sale: "to A, who
	// sold it in 2022 to B".
	reLaterSale = regexp.MustCompile(`\b(?:sold|resold|sells|transferred|handed)\b`)
)

// ownershipEnded reports that the words after the owner's name at end say the title ended or
// the site was sold on.
func ownershipEnded(text string, end int) bool {
	rest := strings.ToLower(text[end:min(len(text), end+200)])
	if k := strings.IndexAny(rest, ".;"); k >= 0 {
		rest = rest[:k]
	}
	return reTitleEnded.MatchString(rest) || reLaterSale.MatchString(rest)
}

// landInNameOf reports that the words before a site (before, lower case) put a land head on
// it and the gap after it registers that land in a name.
func landInNameOf(before, gap string) bool {
	return reLandBeforeSite.MatchString(before) && reLandInNameOf.MatchString(gap)
}
