package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Seats in a legislature told by a verb of sitting: "a tycoon who has sat in the Senate for
// the People's Party since 2018", "X has represented Kampot in the National Assembly for the
// People's Party", "a businessman who sat in the State Hluttaw from 2016 to 2021". The seat is
// a membership of the chamber (publicTie gives a legislature's members the project's post
// predicate) and the party the seat is held "for" is a MEMBER_OF too. Only a chamber (a
// legislature, a council, a board) takes a seat: "served in the army" is no seat.

var (
	// reSeatIn is the gap between the person and the chamber: "who has sat in the ".
	reSeatIn = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?who\s+|,?\s*who\s+|\s+)(?:(?:also|still|now|once|previously|formerly|later|long)\s+)?(?:(?:has|had|have)\s+(?:also\s+|long\s+)?)?(?:sat|sits|sit|served|serves|serve|been|held\s+a\s+seat)\s+in\s+(?:the\s+)?$`)
	// reRepresentedPlace is the gap before the place a member represents: "has represented ".
	reRepresentedPlace = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?who\s+|,?\s*who\s+|\s+)(?:(?:also|still|now|once|previously|formerly|later|long)\s+)?(?:(?:has|had|have)\s+(?:also\s+|long\s+)?)?(?:represented|represents|represent)\s+$`)
	reInThe            = regexp.MustCompile(`^\s+in\s+(?:the\s+)?$`)
	// reSeatFor is the gap between the chamber and the party the seat is held for.
	reSeatFor = regexp.MustCompile(`^\s+(?:for|representing|on\s+behalf\s+of|as\s+a\s+member\s+of)\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?$`)
)

// chamberName reports a body that members sit in: a legislature, a council or a board.
func chamberName(name string) bool {
	if sectorOf(name) == model.SectorLegislature {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "council", "board", "assembly", "hluttaw", "parliament", "senate", "congress", "legislature":
			return true
		}
	}
	return false
}

// partyName reports a political party's name.
func partyName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "party" || w == "coalition" || w == "front" || w == "league" {
			return true
		}
	}
	return false
}

// seatPair reads a seat between mentions ms[p] (a person) and ms[q] (the chamber), and the
// party after the chamber.
func seatPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 160 || ents[ca.ent].typ != model.Person ||
		ents[cb.ent].typ != model.Organization || !chamberName(ents[cb.ent].name) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	seated := false
	switch {
	case q == p+1:
		seated = reSeatIn.MatchString(gap)
	case q == p+2:
		// "X has represented Kampot in the National Assembly".
		cm := cands[ms[p+1]]
		seated = cm.ent >= 0 && ents[cm.ent].typ == model.Location && cm.s >= ca.e && cm.e <= cb.s &&
			reRepresentedPlace.MatchString(strings.ToLower(text[ca.e:cm.s])) && reInThe.MatchString(strings.ToLower(text[cm.e:cb.s]))
	}
	if !seated {
		return
	}
	setRole("member")
	add(ca.ent, cb.ent, model.MemberOf, 0.75)
	if q+1 < len(ms) {
		if cp := cands[ms[q+1]]; cp.ent >= 0 && cp.s >= cb.e && ents[cp.ent].typ == model.Organization && partyName(ents[cp.ent].name) &&
			reSeatFor.MatchString(strings.ToLower(text[cb.e:cp.s])) {
			setRole("")
			add(ca.ent, cp.ent, model.MemberOf, 0.75)
		}
	}
}
