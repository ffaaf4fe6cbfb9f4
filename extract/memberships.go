package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Memberships and posts told by a verb of belonging or serving, or by a group's members
// named after it. Each shape has recall and precision cases in memberships_test.go:
//
//   - "X, who belongs to the Cambodian People's Party": membership of a body (never of a
//     firm: a firm "belongs to" its owner);
//   - "X, who serves in the Democratic Karen Buddhist Army", "X fought with the KNLA for a
//     decade": service in an armed group is membership, in a state force a post
//     (EMPLOYED_BY), and in any other body it is read as nothing;
//   - "X, a fighter from the DKBA": a fighter, soldier or militiaman from an armed group is a
//     member of it;
//   - "members of the DKBA, including X and Y": each person listed after a body's members;
//   - "X, a senior Cambodian People's Party official": a post after the body's name, with
//     a modifier of rank before the name the apposition rules do not take.

var (
	// reBelongsTo is the gap of "X, who belongs to the ".
	reBelongsTo = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:also|still|reportedly|allegedly|long|once)\s+)?(?:belongs|belonged|belong)\s+to\s+(?:the\s+)?$`)
	// reServesIn is the gap of "X, who serves in the ", "X fought with the ".
	reServesIn = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:also|still|reportedly|allegedly|long|once|later|previously|formerly)\s+)?(?:(?:has|had|have)\s+)?(?:served|serves|serve|serving|fought|fights|fight|fighting)\s+(?:(?:for\s+(?:years|decades|a\s+decade|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years)|since\s+\d{4})\s+)?(?:in|with|for)\s+(?:the\s+)?$`)
	// reFighterFrom is the gap of "X, a fighter from the ".
	reFighterFrom = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+(?:former\s+|senior\s+|veteran\s+)?(?:fighter|soldier|militiaman|militia\s+member|guerrilla|combatant|trooper)\s+(?:from|with|of|in)\s+(?:the\s+)?$`)
	// reMembersOfBefore ends the words before a body whose members are listed after it.
	reMembersOfBefore = regexp.MustCompile(`(?i)\b(?:members|officers|soldiers|fighters|commanders|leaders)\s+of\s+(?:the\s+)?$`)
	// reIncludingGap is the gap between that body and the first person listed.
	reIncludingGap = regexp.MustCompile(`^\s*,?\s*(?:including|among\s+them|such\s+as|namely)\s+$`)
	// reRankedOrgBefore is the gap of "X, a senior " before a body whose post follows it.
	reRankedOrgBefore = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:senior|top|local|veteran|high-ranking|ranking|leading|prominent|powerful|influential)\s+$`)
)

// membershipPair reads the shapes above between mentions ms[p] and ms[q] (adjacent) of one
// sentence.
func membershipPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 100 || pronounRef(ca) || pronounRef(cb) {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	gap := strings.ToLower(text[ca.e:cb.s])
	switch {
	case ta == model.Person && tb == model.Organization && !possessiveFollows(text, cb.e):
		sec := sectorOf(ents[cb.ent].name)
		switch {
		case reBelongsTo.MatchString(gap):
			setRole("member")
			add(ca.ent, cb.ent, model.MemberOf, 0.7)
		case reServesIn.MatchString(gap) && sec == model.SectorArmedGroup:
			setRole("member")
			add(ca.ent, cb.ent, model.MemberOf, 0.7)
		case reServesIn.MatchString(gap) && (sec == model.SectorPolice || sec == model.SectorMilitary) && !strings.Contains(gap, "fought") && !strings.Contains(gap, "fight"):
			add(ca.ent, cb.ent, model.EmployedBy, 0.7)
		case reFighterFrom.MatchString(gap) && sec == model.SectorArmedGroup:
			setRole(strings.Fields(strings.TrimLeft(gap, " ,"))[1])
			add(ca.ent, cb.ent, model.MemberOf, 0.7)
		case reRankedOrgBefore.MatchString(gap):
			if w, pred := roleAfter(strings.ToLower(text[cb.e:min(len(text), cb.e+50)])); pred != "" {
				setRole(w)
				add(ca.ent, cb.ent, pred, 0.75)
			}
		}
	case ta == model.Organization && tb == model.Person && reIncludingGap.MatchString(gap) &&
		reMembersOfBefore.MatchString(text[max(0, ca.s-30):ca.s]):
		// "members of the DKBA, including X and Y".
		setRole("member")
		add(cb.ent, ca.ent, model.MemberOf, 0.7)
		for _, k := range listAfter(text, cands, ents, ms, q) {
			add(cands[ms[k]].ent, ca.ent, model.MemberOf, 0.7)
		}
	}
}
