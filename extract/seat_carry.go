package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Seats told beside a party, which seatPair (seats.go) does not reach because a second body
// stands between the person and the seat or the verb is one of taking a seat:
//
//   - "X, a member of the ruling People's Party who sits in the National Assembly": the
//     relative clause after the party is the person's, so the chamber is a MEMBER_OF too;
//   - "X, who was appointed to the Senate in 2024 as a member of the ruling People's Party":
//     being appointed or elected to a legislature is a seat in it, and the party named "as a
//     member of" or "for" after it is the person's;
//   - "X, a second-term member of the House of Representatives for the Thai Prosperity
//     Party": the party a chamber seat is held for.
//
// Only a legislature takes these readings: "appointed to the board of the bank" is a post,
// and a staff body or a council of officials is left to the post rules.

var (
	// reMemberOfGap is the gap of "X, a senior member of the " before a body.
	reMemberOfGap = regexp.MustCompile(`^\s*,\s*(?:who\s+is\s+)?(?:a|an)\s+(?:[a-z'’-]+\s+){0,2}?member\s+of\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?$`)
	// reWhoSitsIn is the gap between that body and the chamber: " who sits in the ".
	reWhoSitsIn = regexp.MustCompile(`^\s*,?\s*who\s+(?:(?:also|now|still)\s+)?(?:sits|sat|serves|served|has\s+sat|has\s+served)\s+in\s+(?:the\s+)?$`)
	// reTakenSeat is the gap of "X, who was appointed to the " before a legislature.
	reTakenSeat = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:first|later|also|newly|re-?)\s*)?(?:appointed|elected|named|voted)\s+to\s+(?:the\s+)?$`)
	// reSeatParty is the gap between the chamber and the party a seat is held for.
	reSeatParty = regexp.MustCompile(`^\s+(?:in\s+\d{4}\s+|last\s+year\s+)?(?:for|representing|as\s+a\s+member\s+of)\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?$`)
)

// legislatureName reports a chamber of lawmakers (not a council or a board of officials).
func legislatureName(name string) bool {
	if sectorOf(name) == model.SectorLegislature {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "assembly", "hluttaw", "parliament", "senate", "congress", "legislature":
			return true
		}
	}
	return false
}

// seatCarryPair reads the shapes above from mention ms[p], a person.
func seatCarryPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca := cands[ms[p]]
	if q != p+1 || ca.ent < 0 || ents[ca.ent].typ != model.Person || pronounRef(ca) {
		return
	}
	org := func(k int) (candidate, bool) {
		if k >= len(ms) {
			return candidate{}, false
		}
		c := cands[ms[k]]
		return c, c.ent >= 0 && c.ent != ca.ent && ents[c.ent].typ == model.Organization
	}
	cb, ok := org(q)
	if !ok || cb.s < ca.e || cb.s-ca.e > 100 {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	nameB := ents[cb.ent].name
	switch {
	case partyName(nameB) && reMemberOfGap.MatchString(gap):
		// "X, a member of the P who sits in the C".
		if cc, ok := org(q + 1); ok && cc.s >= cb.e && cc.s-cb.e <= 40 && legislatureName(ents[cc.ent].name) &&
			reWhoSitsIn.MatchString(strings.ToLower(text[cb.e:cc.s])) {
			setRole("member")
			add(ca.ent, cc.ent, model.MemberOf, 0.75)
		}
	case legislatureName(nameB):
		taken := reTakenSeat.MatchString(gap)
		if !taken && !reMemberOfGap.MatchString(gap) {
			return
		}
		if taken {
			setRole("member")
			add(ca.ent, cb.ent, model.MemberOf, 0.75)
		}
		if cc, ok := org(q + 1); ok && cc.s >= cb.e && partyName(ents[cc.ent].name) &&
			reSeatParty.MatchString(strings.ToLower(text[cb.e:cc.s])) {
			setRole("member")
			add(ca.ent, cc.ent, model.MemberOf, 0.75)
		}
	}
}
