package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Protection bought: a police force, army unit, armed group or state office paid to stay away
// from a site, or whose men collect its payments at the site.
//   - The force paid, in the active or the passive: "guards bragged of paying the provincial
//     police to stay away", "officers of X visited regularly and were paid in cash to leave
//     the compound alone", "officers of X were paid every month to stay away", "the compound
//     paid X to look the other way".
//   - The force's men collecting cash at the site: "officers from X collected envelopes of
//     cash at the gate each month", "men in uniform from X collected envelopes from the
//     compound's finance office".
// The site is the one the sentence names (the payer, or the place paid for), else the one site
// of the nearest of the two sentences before (guard_suppliers.go), else the page's one site
// named in two sentences or more with no other site told since; a sentence naming two sites
// reads nothing. A quote may open before what the force was paid for: officers of X "were
// paid every month to stay away". Only a body that can protect (police, military, armed group, government) is
// read. Hedges and attributions grade it as the pipeline does ("workers said": alleged).

// payCrewW are the men of a body who are paid or collect.
const payCrewW = `(?:officers|officials|men|members|soldiers|troops|policemen|police\s+officers|commanders|fighters|militiamen)`

var (
	// reStayAwayTail is what the force is paid for, after it: " in cash every month to stay
	// away", " to look the other way", " to leave the compound alone".
	reStayAwayTail = regexp.MustCompile(`(?i)^\s*(?:(?:in\s+cash|every\s+month|each\s+month|monthly|regularly|well|handsomely|off)\s+)*to\s+(?:(?:stay|keep)\s+away|look\s+the\s+other\s+way|turn\s+a\s+blind\s+eye|leave\s+[^,;.]{1,50}?\s+alone)\b`)
	// rePayerBefore ends right before the force paid: "paying the ", "paid officers of the ".
	rePayerBefore = regexp.MustCompile(`(?i)\b(?:paid|paying|pays|pay|bribed|bribing|bribes|bribe)\s+(?:off\s+)?(?:the\s+)?(?:` + payCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reCrewBefore ends right before a body named through its men: "officers of the ", "men
	// in uniform from the ".
	reCrewBefore = regexp.MustCompile(`(?i)\b` + payCrewW + `\s+(?:in\s+uniform\s+)?(?:of|from)\s+(?:the\s+)?$`)
	// reCrewAfterBody is the body's men named after it and a short form: " (PSPP) officers".
	reCrewAfterBody = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:` + payCrewW + `\b)?`)
	// rePaidPassive runs from the men to "were paid", over a short verb phrase of theirs
	// coordinated before: " visited regularly and were paid", " were paid".
	rePaidPassive = regexp.MustCompile(`(?i)^\s*["“]?(?:(?:[a-z]+\s+){1,4}and\s+)?(?:(?:also|reportedly|allegedly|regularly)\s+)*(?:were|was|are|is|had\s+been|have\s+been|has\s+been|got|get|gets)\s+(?:(?:also|reportedly|allegedly|regularly)\s+)*paid`)
	// reCollectsAt runs from the men to where they collect: " collected envelopes of cash at
	// the gate", " collected envelopes from the ".
	reCollectsAt = regexp.MustCompile(`(?i)^\s*(?:(?:also|reportedly|allegedly|regularly)\s+)*(?:collected|collect|collects|collecting|picked\s+up|pick\s+up|picks\s+up)\s+(?:(?:monthly|weekly|regular)\s+)?(?:an?\s+)?(?:envelopes?|bribes|cash\s+payments|protection\s+money)(?:\s+(?:of|stuffed\s+with|full\s+of)\s+(?:cash|money))?\s+(?:at\s+the\s+(?:main\s+|front\s+)?gates?\b|from\s+(?:the\s+)?)`)
	// reCollectFromBare is a site told by its kind after "from the".
	reCollectFromBare = regexp.MustCompile(`(?i)^(?:site|compound|complex|resort|park|hub|tower|zone|casino|building)\b`)
)

// paidAway reads the shapes above. emit gets the sentence, the force, the site, the site's
// sentence and the span read.
func paidAway(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	canProtect := func(c candidate) bool {
		if c.ent < 0 || ents[c.ent].typ != model.Organization {
			return false
		}
		switch entitySector(ents[c.ent], cands) {
		case model.SectorPolice, model.SectorMilitary, model.SectorArmedGroup, model.SectorGovernment:
			return true
		}
		return false
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		sent := text[st.s:st.e]
		low := lowerASCII(sent)
		paid := mentionsAny(low, "stay away", "keep away", "other way", "blind eye", "alone")
		collect := mentionsAny(low, "envelope", "bribes", "cash payments", "protection money")
		if !paid && !collect || raidSceneTold(sent) {
			continue // cheap test before the regular expressions
		}
		// The site: the one the sentence names, else the one of the two sentences before.
		site, siteSent := oneSite(cands, ms, isSite), si
		if site == -2 {
			continue
		}
		if site < 0 {
			site, siteSent = nearGuardSite(text, sents, cands, bySent, isSite, si, st.s)
			if site < 0 {
				// Farther back, the page's one site, named in two sentences or more, with no
				// other site told since (as guard_acts.go reads "its gates").
				from := -1
				if site, from = soleAntecedent(cands, ents, bySent, si, st.s, model.Compound); site < 0 || !namedInSentences(cands, bySent, site, si, 2) || otherSiteSince(text, sents, from, si) {
					continue
				}
				siteSent = from
			}
		}
		done := map[int]bool{}
		for i, m := range ms {
			c := cands[m]
			if !canProtect(c) || done[c.ent] || i > 0 && cands[ms[i-1]].e > c.s {
				continue
			}
			before := text[max(st.s, c.s-60):c.s]
			after := text[c.e:min(st.e, c.e+160)]
			crew := reCrewAfterBody.FindStringIndex(after)
			rest := after[crew[1]:]
			read := -1
			switch {
			case paid && rePayerBefore.MatchString(before):
				if t := reStayAwayTail.FindStringIndex(rest); t != nil {
					read = c.e + crew[1] + t[1]
				}
			case paid && (reCrewBefore.MatchString(before) || crew[1] > 0 && toldLeads(text, st, c.s)):
				if p := rePaidPassive.FindStringIndex(rest); p != nil {
					if t := reStayAwayTail.FindStringIndex(rest[p[1]:]); t != nil {
						read = c.e + crew[1] + p[1] + t[1]
					}
				}
			}
			if read < 0 && collect && (reCrewBefore.MatchString(before) || crew[1] > 0 && toldLeads(text, st, c.s)) {
				if p := reCollectsAt.FindStringIndex(rest); p != nil {
					at := c.e + crew[1] + p[1]
					ok := len(rest) >= p[1] && rest[p[1]-1] != ' ' // "at the gate"
					if !ok {
						// "from the compound's ...", or "from S".
						tail := text[at:min(st.e, at+40)]
						ok = reCollectFromBare.MatchString(tail)
						for _, n := range ms[i+1:] {
							if d := cands[n]; d.s > at {
								break // the names up to "from" only: bounded by the window read
							} else if d.s == at && isSite(d) {
								ok = true
							}
						}
					}
					if ok {
						read = at
					}
				}
			}
			if read < 0 {
				continue
			}
			done[c.ent] = true
			emit(si, c.ent, site, siteSent, c.s, read)
		}
	}
}
