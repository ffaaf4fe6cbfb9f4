package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told through what one does for the other, or through a possessor
// the word rules of pair stop at. Each shape has recall and precision cases in
// acting_ties_test.go:
//
//   - "Zhang's long-time associate Ye Htet Aung", "Heng's daughter, Heng Sreypich": the tie
//     noun of a named possessor (an associate or a relative) names the person after it. An
//     agent's noun ("Guo's lawyer, X") is left out: on the held-out sets it added a wrong
//     edge and no right one;
//   - "X has worked for years as a driver for Y", "X acts as accountant for Y": a service
//     done for a person makes an associate (and for a body, staff: EMPLOYED_BY);
//   - "X held land on behalf of Y", "X holds a stake in the company on Y's behalf", "X, a
//     nominee shareholder for Y", "X worked for Y",
//     "X acted as Y's proxy", "police described X as a business partner of Y", "X went
//     into business with Y": holding, acting or working in a person's stead or with them;
//   - "X is the nephew of Hengda Holdings' chairman, Y", "X, who is married to Heng's
//     daughter, Y": the relative is the person the possessed noun names, not its possessor;
//   - "the spouses A, its president, and B", "the brothers A and B": a pair of relatives.

// nomineeNoun is a holder in another's stead: "nominee", "front", "nominee shareholder".
const nomineeNoun = `(?:nominee|proxy|front|frontman|dummy)(?:\s+(?:shareholder|owner|director|stockholder|holder))?`

// servants are the nouns of a service done for a person, besides the associate and
// acting-for nouns: a driver or a nominee of X is X's associate.
const servants = `driver|bodyguard|nominee|accountant|bookkeeper|frontman|front\s+man|proxy|go-between|middleman|secretary|representative`

var (
	// rePossTieGap is the gap of "POSSESSOR's [modifiers] NOUN[,] " before the named one.
	rePossTieGap = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(business\s+partner|partner|associate|confidant|right-hand\s+man|accomplice|` + kinWords + `)\s*,?\s*$`)
	// reServiceFor is the gap of "X, who has worked for years as a driver for ".
	reServiceFor = regexp.MustCompile(`^\s*(?:,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?who\s+|,?\s*(?:who\s+)?)(?:(?:also|long|once|reportedly|allegedly|later|previously|formerly|still)\s+)?(?:(?:has|had|have)\s+(?:also\s+|long\s+)?(?:been\s+)?)?(?:serves|served|serve|serving|acts|acted|act|acting|works|worked|work|working)\s+(?:(?:for\s+(?:years|decades|a\s+decade|some\s+time|(?:many|several|two|three|four|five)\s+years)|since\s+\d{4}|in\s+\d{4}|until\s+\d{4})\s+)?as\s+(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(` + servants + `|business\s+partner|partner|associate|confidant|right-hand\s+man|accomplice|` + actingForAlt + `)\s+(?:for|to|of)\s+(?:the\s+)?$`)
	// reAsNominee is the gap of "X, a former cashier, held her shares as a nominee of ", of
	// "X, held his stake as nominee for " (a subject set off by commas and a verb of holding,
	// the article left out) and of "X, a nominee shareholder for ": a holding in another's
	// stead. A trust ("held the shares in trust for") is not read: lawyers, banks and guardians
	// hold in trust for clients, depositors and minors.
	reAsNominee = regexp.MustCompile(`^\s*(?:,[^,;()]{1,60},\s*(?:who\s+)?(?:[a-z0-9%.'’-]+\s+){0,6}?as\s+(?:(?:a|an|the|his|her|their)\s+)?|(?:who\s+)?(?:[a-z0-9%.'’-]+\s+){0,6}?as\s+(?:(?:a|an|the|his|her|their)\s+)?|,\s*(?:who\s+)?(?:(?:also|allegedly|reportedly|secretly)\s+)?(?:held|holds|hold|holding|kept|keeps)\s+(?:[a-z0-9%.'’-]+\s+){1,6}?as\s+(?:(?:a|an|the|his|her|their)\s+)?|,?\s*(?:a|an|the|his|her|their)\s+)(?:[a-z-]+\s+){0,2}?` + nomineeNoun + `\s+(?:of|for)\s+(?:the\s+)?$`)
	// reNomineeRefused is what, before "as nominee", states no holding: a refusal, an offer or
	// a request ("refused to serve as", "declined an offer to act as", "was asked to act as"),
	// an ending ("resigned as", "was replaced as"), or a holding in custody ("held in custody
	// as"); reNomineeVote is a proxy's vote at a meeting, no one's stead in a business.
	reNomineeRefused = regexp.MustCompile(`\b(?:refus\w*|declin\w*|reject\w*|offer\w*|ask\w*|request\w*|invit\w*|urg\w*|sought|seek\w*|propos\w*|want\w*|agree\w*|resign\w*|replac\w*|remov\w*|dismiss\w*|quit\w*|stepp?\w*\s+down|ceas\w*|stopp?\w*|ended|no\s+longer|would|could|might|custody|detain\w*|arrest\w*|hostage|captive)\b|\bheld\s+(?:in|at|by|under|without)\b`)
	reNomineeVote    = regexp.MustCompile(`\bvot\w*\b`)
	reNomineeMeeting = regexp.MustCompile(`^[^.;]{0,60}\b(?:meeting|agm|egm|vote|votes|voting|ballot|assembly)\b`)
	// reWhoseIn is a "whose" clause in a nominee's gap: "X, whose firm holds shares as nominee
	// for Y" names the firm, not X, as the nominee.
	reWhoseIn = regexp.MustCompile(`\bwhose\b`)
	// reWorkedForPerson is the gap of "X, who worked for " a person, "X went into business
	// with ", "X fronted for ".
	reWorkedForPerson = regexp.MustCompile(`^\s*(?:,\s*who\s+|\s+)(?:(?:also|once|previously|formerly|long|later|reportedly|allegedly)\s+)?(?:(?:has|had|have)\s+(?:also\s+|long\s+)?)?(?:(?:worked|works|work|working)\s+(?:for|under)|(?:went|goes|go|gone)\s+into\s+business\s+with|(?:fronted|fronts|front)\s+for)\s+$`)
	// reAsPossLead is the gap of "X acted as " or "X is known as " before a person whose tie
	// noun follows the name ("... as Chen Zhi's proxy").
	reAsPossLead = regexp.MustCompile(`^\s*(?:,\s*who\s+|\s+)(?:(?:also|once|previously|formerly|long|later|reportedly|allegedly)\s+)?(?:(?:has|had|have)\s+)?(?:acted|acts|act|served|serves|serve|worked|works|(?:is|was|has\s+been|had\s+been)\s+(?:known|described|identified|named|listed|seen))\s+as\s+$`)
	// reDescribedAs ends the words before a person described as another's associate: "Police
	// described ", "two sources named ".
	reDescribedAs = regexp.MustCompile(`\b(?:described|describe|describes|identified|identifies|named|names|listed|lists|cited|cites)\s+$`)
	// reAsTieOf is the gap of "X as a business partner of ".
	reAsTieOf = regexp.MustCompile(`^\s+as\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(business\s+partner|partner|associate|confidant|right-hand\s+man|accomplice|nominee|frontman|front\s+man|proxy|` + actingForAlt + `)\s+(?:of|to|for)\s+(?:the\s+)?$`)
	// reOnBehalf ends the gap of "X received transfers and held land on behalf of ".
	reOnBehalf = regexp.MustCompile(`^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?who\s+)?(?:[a-z0-9$.,%-]+\s+){0,12}?(?:and\s+)?(?:held|holds|hold|holding|kept|keeps|registered|bought|buys|purchased|owned|owns|managed|manages|ran|runs|acted|acts|acting|signed|signs)\s+(?:[a-z0-9-]+\s+){0,4}?on\s+behalf\s+of\s+(?:the\s+)?$`)
	// reOnPossBehalf is the gap of "X, a Burmese national, holds a 10 percent stake in the
	// company on " before "Y's behalf".
	reOnPossBehalf = regexp.MustCompile(`^\s*(?:,[^,;()]{1,60},\s*)?(?:who\s+)?(?:(?:has|had|have)\s+)?(?:(?:also|long|allegedly|reportedly|secretly)\s+)?(?:held|holds|hold|holding|kept|keeps|registered|bought|buys|purchased|owned|owns|managed|manages|ran|runs|acted|acts|acting|signed|signs|negotiated|negotiates)\b[^;:()]{0,80}?\son\s+$`)
	// reBehalfAfter follows Y: "'s behalf".
	reBehalfAfter = regexp.MustCompile(`^['’]s\s+behalf\b`)
	// reOnBehalfBreak is what may not stand inside that gap: another clause, a report, or a
	// denial ("in his own name, not on Y's behalf", "rather than on Y's behalf").
	reOnBehalfBreak = regexp.MustCompile(`\b(?:which|that|said|says|told|tells|according|while|whereas|but|not|never|rather|instead)\b|;|:`)
	// reKinOfPossessor is the gap of "X is the nephew of [the] " before a possessor whose noun
	// names the relative, and of "X, who is married to ".
	reKinOfPossessor = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|became)\s+)?(?:also\s+|reportedly\s+|allegedly\s+)?(?:(?:the|a|an)\s+(?:(?:eldest|youngest|younger|elder|older|late)\s+)?(` + kinWords + `)\s+of|married(?:\s+to)?)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?$`)
	// rePairKinBefore ends right before the first of two relatives named as a pair: "the
	// spouses ", "the brothers ".
	rePairKinBefore = regexp.MustCompile(`(?i)\b(?:spouses|married\s+couple|couple|brothers|sisters|siblings|cousins)\s+$`)
	// rePairKinGap joins the two: " and ", ", its president, and ".
	rePairKinGap = regexp.MustCompile(`^\s*(?:,\s*(?:its|their|his|her|the|a|an)\s+[^,;()]{1,40},\s*)?and\s+$`)
	// rePossessedNoun is the gap of "POSSESSOR's [modifiers] NOUN[,] " before the person the
	// noun names.
	rePossessedNoun = regexp.MustCompile(`^['’]s?\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,?\s*$`)
)

// nomineeProxyVote reports a proxy at a vote: "voted as proxy for Y", "as proxy for Y at the
// shareholders' meeting".
func nomineeProxyVote(gap, after string) bool {
	if !strings.Contains(gap, "proxy") {
		return false
	}
	return reNomineeVote.MatchString(gap) || reNomineeMeeting.MatchString(after)
}

// reNomineeCommaHeld opens a nominee's gap with a comma and a verb of holding: "X, held the
// shares as a nominee for Y".
var reNomineeCommaHeld = regexp.MustCompile(`^\s*,\s*(?:(?:also|allegedly|reportedly|secretly)\s+)?(?:held|holds|hold|holding|kept|keeps)\b`)

// nameIsObject reports a name whose preceding words end in a lower-case word, the object of
// a verb or preposition ("Dara Sokhom met Chea Vuthy, held the shares as a nominee for Y":
// the holder is the subject, not Chea Vuthy); a name after a comma, "and" or a sentence's
// start heads its own clause.
func nameIsObject(before string) bool {
	b := strings.TrimRight(before, " \t\n")
	if b == "" {
		return false
	}
	f := strings.Fields(b)
	w := f[len(f)-1]
	if w == "and" || w == "but" || w == "while" || w == "whereas" {
		return false
	}
	r := w[len(w)-1]
	return r >= 'a' && r <= 'z'
}

// actingTiePair reads the shapes above between mentions ms[p] and ms[q] of one sentence.
func actingTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 220 {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	if ta != model.Person {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	tg := trimNameTitles(stripNameAsides(gap)) // ", 36, known as "Big"," (respective_posts.go)
	if q == p+1 && tb == model.Person && !pronounRef(ca) {
		if m := rePossTieGap.FindStringSubmatch(tg); m != nil {
			add(cb.ent, ca.ent, tiePred(m[1]), 0.8)
			return
		}
		if m := reServiceFor.FindStringSubmatch(tg); m != nil {
			add(ca.ent, cb.ent, tiePred(m[1]), 0.75)
			return
		}
		if reAsNominee.MatchString(tg) && !reOnBehalfBreak.MatchString(tg) && !reWhoseIn.MatchString(tg) &&
			!reNomineeRefused.MatchString(tg) && !nomineeProxyVote(tg, strings.ToLower(text[cb.e:min(len(text), cb.e+80)])) &&
			!strings.HasPrefix(text[cb.e:], "'") && !strings.HasPrefix(text[cb.e:], "’") &&
			!(reNomineeCommaHeld.MatchString(tg) && nameIsObject(text[max(0, ca.s-40):ca.s])) {
			// "nominee director for Huang's firm", "for Y's children": the possessed is the
			// principal, not Y.
			add(ca.ent, cb.ent, model.AssociateOf, 0.75)
			return
		}
		if reWorkedForPerson.MatchString(tg) {
			add(ca.ent, cb.ent, model.AssociateOf, 0.75)
			return
		}
		// "X acted as Chen Zhi's proxy", "X is known as Chen Zhi's right-hand man".
		if reAsPossLead.MatchString(tg) {
			if m := rePossTieAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil {
				add(ca.ent, cb.ent, tiePred(m[1]), 0.75)
				return
			}
		}
		// "Police described X as a business partner of Y".
		if m := reAsTieOf.FindStringSubmatch(tg); m != nil && reDescribedAs.MatchString(strings.ToLower(text[max(0, ca.s-40):ca.s])) {
			add(ca.ent, cb.ent, tiePred(m[1]), 0.75)
			return
		}
	}
	// "X holds a 10 percent stake in the company on Y's behalf", "X has acted on Y's behalf":
	// a firm or place named in between is what X holds or where, not the principal.
	if tb == model.Person && !pronounRef(ca) && !pronounRef(cb) && noPersonBetween(cands, ents, ms, p, q) &&
		reOnPossBehalf.MatchString(tg) && !reOnBehalfBreak.MatchString(tg) && !reProfessional.MatchString(tg) &&
		reBehalfAfter.MatchString(text[cb.e:min(len(text), cb.e+12)]) {
		add(ca.ent, cb.ent, model.AssociateOf, 0.75)
		return
	}
	if q == p+1 && (tb == model.Company || tb == model.Organization) {
		// A service for a body is a post in it; a partner of a body is no one's staff.
		if m := reServiceFor.FindStringSubmatch(tg); m != nil && !familyWords[m[1]] && !partnerNouns[strings.Join(strings.Fields(m[1]), " ")] {
			setRole(strings.Join(strings.Fields(m[1]), " "))
			add(ca.ent, cb.ent, model.EmployedBy, 0.75)
			return
		}
	}
	// "the spouses A, its president, and B": a pair of relatives.
	if q == p+1 && tb == model.Person && rePairKinGap.MatchString(tg) && rePairKinBefore.MatchString(text[max(0, ca.s-24):ca.s]) {
		add(ca.ent, cb.ent, model.FamilyOf, 0.75)
		return
	}
	if tb == model.Person && reOnBehalf.MatchString(tg) && !reOnBehalfBreak.MatchString(tg) && onlyOthers(cands, ents, ms, p, q) {
		add(ca.ent, cb.ent, model.AssociateOf, 0.7)
		return
	}
	// "X is the nephew of Hengda Holdings' chairman, Y": the middle name is a possessor.
	if tb == model.Person && q >= p+2 {
		cm := cands[ms[q-1]]
		if cm.ent < 0 || cm.ent == ca.ent || cm.ent == cb.ent || cm.s < ca.e || cb.s < cm.e {
			return
		}
		for k := p + 1; k < q-1; k++ {
			if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Location {
				return
			}
		}
		g1 := strings.ToLower(text[ca.e:cands[ms[p+1]].s])
		m := reKinOfPossessor.FindStringSubmatch(trimNameTitles(g1))
		if m == nil || !rePossessedNoun.MatchString(trimNameTitles(strings.ToLower(text[cm.e:cb.s]))) {
			return
		}
		add(ca.ent, cb.ent, model.FamilyOf, 0.75)
	}
}

// partnerNouns are the tie nouns of an equal, not of a service.
var partnerNouns = set("business partner", "partner", "associate", "confidant", "right-hand man", "accomplice")

// onlyOthers reports that no person other than the two ends is named between ms[p] and ms[q].
func onlyOthers(cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ == model.Person {
			return false
		}
	}
	return true
}
