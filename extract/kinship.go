package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// Family and associate ties told through coordination and clause structure, which the rules
// between two adjacent names miss:
//   - a relative coordinated with the first name: "Min Thein and his Chinese partner Zhou
//     Rui", "Lito Ramos and his daughter, provincial board member Ana Ramos-Cruz";
//   - a second predicate of the clause's subject: "Lim Heng serves as director of X and is a
//     business partner of Sok Vanna", "Chan Sophea, who is the finance manager of X and the
//     wife of Kim Rithy";
//   - a relative named through "whose" after a description of the person: "Daw Khin Khin, a
//     Yangon trader whose husband, U Zaw Min, ...";
//   - a hedged copula before a possessive kin noun: "Sok Rathy, who they say is Chea Vuthy's
//     nephew".

// actingFor are the people who act for a person (internal/lexicon/acting-for.txt): a lawyer or
// interpreter of X is X's associate.
var actingFor = set(lexicon.ActingFor()...)

// actingForAlt is actingFor as a regexp alternation.
var actingForAlt = strings.Join(lexicon.ActingFor(), "|")

// withActingFor adds the people who act for a person to the associate nouns.
func withActingFor(m map[string]bool) map[string]bool {
	for w := range actingFor {
		m[w] = true
	}
	return m
}

var (
	// reAndHisKin is the gap of "X and his [adjective] partner [, office] Y".
	reAndHisKin = regexp.MustCompile(`^\s*and\s+(?:his|her)\s+(?:[a-z-]+\s+){0,2}?` + tieNounRe() + `\s*(?:,\s*((?:[a-z-]+\s+){0,4}?))?$`)
	// reAndAnAssociate is the gap of "X and a Vietnamese accomplice, Y": an associate noun
	// only (an indefinite relative is anyone's).
	reAndAnAssociate = regexp.MustCompile(`^\s*and\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:business\s+partner|partner|associate|accomplice|confidant)\s*,\s*$`)
	// reInBusinessWith is the gap of "X, who is also in business with Y".
	reInBusinessWith = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|long\s+)?in\s+business\s+(?:together\s+)?with\s+$`)
	// reCommaPossKin follows a name set off with its kin to a possessor named before: ",
	// his common-law spouse", ", her husband,".
	reCommaPossKin = regexp.MustCompile(`^\s*,\s*(?:his|her)\s+(?:[a-z-]+\s+){0,2}?` + tieNounRe() + `\s*(?:[,.;)]|$)`)
	// reCoordTie ends the words before the second name of "X is V1 ... and (is) a KIN of Y".
	reCoordTie = regexp.MustCompile(`\s+and\s+(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+|(?:served|serves|acted|acts|worked|works)\s+as\s+)?(?:also\s+|now\s+|reportedly\s+|allegedly\s+)?(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+){0,2}?` + tieNounRe() + `\s+(?:of|to|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?$`)
	// reSubjectVerb opens the clause whose subject is the sentence's first name: a copula or
	// a verb of office, possibly inside a relative clause.
	reSubjectVerb = regexp.MustCompile(`^\s*(?:,[^,]{0,60},\s*|,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,4}?who\s+|,?\s*who\s+)?(?:(?:also|now|still|once|later|previously|formerly)\s+)?(?:is|was|has\s+been|had\s+been|serves|served|works|worked|acts|acted|remains|remained|became)\b`)
	// reThatClause ends the words before the subject of a complement clause: "... showed
	// that mr. ", "police said ".
	reThatClause = regexp.MustCompile(`\b(?:showed|shows|found|finds|said|says|revealed|reveals|established|alleges|alleged|stated|states|noted|notes)\s+that\s+(?:(?:mr|ms|mrs|dr|atty|the|defendant|accused)\.?\s+)*$`)
	// reWhoseKinDesc is the gap of "X, a Yangon trader whose husband, Y".
	reWhoseKinDesc = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?whose\s+(?:(?:eldest|youngest|younger|elder|older|late)\s+)?(` + kinWords + `)\s*,?\s*$`)
	// reActingPos is the gap of "his lawyer, Y" after the possessive pronoun.
	reActingPos = regexp.MustCompile(`^\s*(?:[a-z-]+\s+)?(?:` + actingForAlt + `)\s*,?\s*$`)
	// reServedAsTie is the gap of "X served as an aide to Y", "X, who acted as a frontman
	// for Y".
	reServedAsTie = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:also\s+|long\s+|once\s+|reportedly\s+|allegedly\s+)?(?:serves|served|acts|acted|works|worked|has\s+served|had\s+served|has\s+acted|had\s+acted)\s+as\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(` + associateAlt() + `|` + kinWords + `)\s+(?:to|of|for)\s+(?:the\s+)?$`)
	// reBeenPossGap opens "Y, who has long been X's frontman": the gap before X.
	reBeenPossGap = regexp.MustCompile(`^\s*,\s*(?:who\s+(?:has\s+long\s+been|has\s+been|had\s+been|is|was|remains|became)\s+(?:also\s+|long\s+)?)?$`)
	// reMarriedTo is the gap of "Y is married to X".
	reMarriedTo = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|has\s+been|had\s+been|became|got)\s+(?:also\s+|reportedly\s+|allegedly\s+|later\s+)?married\s+to\s+$`)
	// reWhoseKinIs is the gap of "Y, whose father-in-law is X".
	reWhoseKinIs = regexp.MustCompile(`^\s*,\s*whose\s+(?:(?:eldest|youngest|younger|elder|older|late)\s+)?(` + kinWords + `)\s+(?:is|was)\s+$`)
	// reHedgedIs is the gap of "Y, who they say is X's nephew".
	reHedgedIs = regexp.MustCompile(`^\s*,?\s*who\s+(?:(?:they|he|she|police|officials|sources|workers|survivors|witnesses|residents|investigators|prosecutors)\s+(?:say|said|says|believe|believed|allege|alleged|claim|claimed)\s+)?(?:is|was)\s+(?:also\s+)?$`)
)

// tieNounRe is the alternation of kin, associate and acting-for nouns, one capture group.
func tieNounRe() string {
	return `(business\s+partner|partner|associate|confidant|right-hand\s+man|co-defendant|accomplice|` + actingForAlt + `|` + kinWords + `)`
}

// tiePred is the predicate a tie noun makes between two people.
func tiePred(w string) string {
	w = strings.Join(strings.Fields(w), " ")
	if familyWords[w] {
		return model.FamilyOf
	}
	return model.AssociateOf
}

// oneBeforeName are the words after which "one" introduces a name ("for one Xu").
var oneBeforeName = set("of", "for", "to", "with", "by", "from", "as")

// trimNameTitles drops title and honorific words that end a gap before a name ("... husband,
// u " reads "... husband, "), and a court's "one" after a preposition ("for one ").
func trimNameTitles(gap string) string {
	f := strings.Fields(gap)
	n := len(f)
	for n > 0 && !familyWords[f[n-1]] && !associateWords[f[n-1]] &&
		(titleWords[strings.Trim(f[n-1], ".")] || personTitles[strings.Trim(f[n-1], ".")] || nameHonorifics[f[n-1]]) {
		n--
	}
	n = trimTitlePhrase(f[:n]) // kin_name_leads.go
	// "a nominee for one Xu", "the cousin of one Wang": a court's "one" before a name it
	// introduces is how the name is written.
	if n >= 2 && f[n-1] == "one" && oneBeforeName[f[n-2]] {
		n--
	}
	if n == len(f) {
		return gap
	}
	out := strings.Join(f[:n], " ")
	if n > 0 {
		out = " " + out + " "
	}
	return out
}

// kinTies reads the four shapes above in each sentence; ms lists each sentence's mentions
// (references included) in order; emit gets the sentence, the two mentions' indexes, the
// relation and whether the author states it as a description (an apposition).
func kinTies(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64, appos bool)) {
	person := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Person }
	for si, st := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			ca, cb, j := cands[ms[i]], cands[ms[i+1]], i+1
			// "His partner in the resort, Thai investor Y": the place read as a reference
			// stands between (pronoun_partners.go).
			if k := partnerPastPlace(text, cands, ents, ms, i); k > 0 {
				emit(si, ms[i], ms[k], cands[ms[k]].ent, ca.ent, model.AssociateOf, 0.75, true)
				continue
			}
			// "his brother-in-law, a Chinese named Y" (described_kin.go).
			if k, pred := describedKinPair(text, cands, ents, ms, i); k > 0 && !crowdedPronoun(cands, ents, bySent[si-1], ms, i) {
				// Not an apposition for the grade: a closing attribution ("..., police
				// said.") reaches the description, which the writer does not vouch for.
				emit(si, ms[i], ms[k], cands[ms[k]].ent, ca.ent, pred, 0.75, false)
				continue
			}
			// "X, a Yangon trader whose husband, Y": a place inside the description.
			for j+1 < len(ms) && j < i+3 && !person(cb) && ents[cb.ent].typ == model.Location {
				j++
				cb = cands[ms[j]]
			}
			if !person(ca) || !person(cb) || ca.ent == cb.ent || ca.e > cb.s {
				continue
			}
			gap := strings.ToLower(text[ca.e:cb.s])
			if len(gap) > 120 {
				continue
			}
			// A closing quote after a nickname belongs to the first name: `"Ah Long" and`.
			tg := trimNameTitles(strings.TrimLeft(gap, "\"”’"))
			// "His daughter is Y." (kin_copula_first.go)
			if pronounRef(ca) && j == i+1 && kinFirstCopula(tg) != "" {
				emit(si, ms[i], ms[i+1], cb.ent, ca.ent, model.FamilyOf, 0.75, false)
				continue
			}
			// "His lawyer, Y": the one person a possessive pronoun stands for.
			// A described partner is never a fronted phrase's: "with her partner, a Thai
			// national named Y" (pronoun_partners.go).
			if pronounRef(ca) && (reActingPos.MatchString(tg) && !frontedPhrase(text, ca.s) || pronounPartnerGap(tg)) {
				emit(si, ms[i], ms[i+1], cb.ent, ca.ent, model.AssociateOf, 0.75, true)
				continue
			}
			// "X and his partner Y": the words after a comma are an office, never a name.
			if m := reAndHisKin.FindStringSubmatch(tg); m != nil && j == i+1 && !possessiveFollows(text, cb.e) {
				emit(si, ms[i], ms[i+1], cb.ent, ca.ent, tiePred(m[1]), 0.75, true)
				// "and his two sons, A and B": every name of the list after a plural noun.
				if strings.HasSuffix(strings.TrimSpace(m[1]), "s") {
					for k := i + 2; k < len(ms); k++ {
						prev, ck := cands[ms[k-1]], cands[ms[k]]
						g := strings.TrimSpace(strings.ToLower(text[prev.e:ck.s]))
						if !person(ck) || prev.e > ck.s || g != "and" && g != "," && g != ", and" {
							break
						}
						emit(si, ms[i], ms[k], ck.ent, ca.ent, tiePred(m[1]), 0.75, true)
					}
				}
				continue
			}
			// "Y is his wife." (copula_kin.go resolved "his").
			if j == i+1 && pronounRef(cb) && reCopulaGap.MatchString(gap) {
				if m := reKinWordAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); m != nil {
					emit(si, ms[i], ms[i+1], ca.ent, cb.ent, tiePred(m[1]), 0.75, false)
					continue
				}
			}
			// "X, 34, and her husband Y", "X, 58, of Tha Sai subdistrict, and his wife, Y".
			if m := reAgedAndKin.FindStringSubmatch(tg); m != nil && agedGapNames(cands, ents, ms, i, j) && !possessiveFollows(text, cb.e) {
				emit(si, ms[i], ms[j], cb.ent, ca.ent, tiePred(m[1]), 0.75, true)
				continue
			}
			// "X, 31, from Can Tho, whose husband, Y, ..." (kin_apposed.go).
			if reAgedWhoseKin.MatchString(tg) && agedGapNames(cands, ents, ms, i, j) && !possessiveFollows(text, cb.e) {
				emit(si, ms[i], ms[j], cb.ent, ca.ent, model.FamilyOf, 0.8, true)
				continue
			}
			if j == i+1 && reAndAnAssociate.MatchString(tg) {
				emit(si, ms[i], ms[i+1], cb.ent, ca.ent, model.AssociateOf, 0.75, true)
				continue
			}
			if j == i+1 && reInBusinessWith.MatchString(tg) {
				emit(si, ms[i], ms[i+1], ca.ent, cb.ent, model.AssociateOf, 0.75, false)
				continue
			}
			// "X, a Yangon trader whose husband, Y".
			if m := reWhoseKinDesc.FindStringSubmatch(tg); m != nil {
				emit(si, ms[i], ms[j], cb.ent, ca.ent, model.FamilyOf, 0.8, false)
				continue
			}
			if j == i+1 && reMarriedTo.MatchString(tg) {
				emit(si, ms[i], ms[i+1], ca.ent, cb.ent, model.FamilyOf, 0.8, false)
				continue
			}
			if j == i+1 && reWhoseKinIs.MatchString(tg) {
				emit(si, ms[i], ms[i+1], ca.ent, cb.ent, model.FamilyOf, 0.8, true)
				continue
			}
			// "X served as an aide to Y".
			if j == i+1 && reServedAsTie.MatchString(tg) {
				if m := reServedAsTie.FindStringSubmatch(tg); m != nil {
					emit(si, ms[i], ms[i+1], ca.ent, cb.ent, tiePred(m[1]), 0.75, false)
					continue
				}
			}
			// "Y, X's right-hand man," and "Y, who has long been X's frontman".
			if j == i+1 && reBeenPossGap.MatchString(gap) {
				if m := rePossTieAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil {
					emit(si, ms[i], ms[i+1], ca.ent, cb.ent, tiePred(m[1]), 0.75, !strings.Contains(gap, "who"))
					continue
				}
			}
			// "Y, who they say is X's nephew".
			if j == i+1 && reHedgedIs.MatchString(gap) {
				if m := reKinAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+50)])); m != nil {
					emit(si, ms[i], ms[i+1], ca.ent, cb.ent, tiePred(m[1]), 0.75, false)
				}
			}
		}
		// "the name of ANALYN PASCUAL, his common-law spouse": the possessor is the one other
		// person named before in the sentence.
		for i, m := range ms {
			cy := cands[m]
			if !person(cy) || pronounRef(cy) {
				continue
			}
			k := reCommaPossKin.FindStringSubmatch(strings.ToLower(text[cy.e:min(len(text), cy.e+60)]))
			if k == nil {
				continue
			}
			owner, oi := -1, -1
			for _, m2 := range ms[:i] {
				if c := cands[m2]; person(c) && c.ent != cy.ent && !pronounRef(c) {
					if owner >= 0 && owner != c.ent {
						owner = -2
						break
					}
					owner, oi = c.ent, m2
				}
			}
			if owner >= 0 {
				emit(si, oi, m, cy.ent, owner, tiePred(k[1]), 0.75, true)
			}
		}
		// "X serves as director of A and is a partner of Y": X opens the sentence.
		if len(ms) < 2 {
			continue
		}
		// The subject: the sentence's first name, or the first person named after
		// "showed that", "said that" with no person before ("Investigation by the AMLC
		// showed that Mr. Ocampo is ...").
		f0 := -1
		for k, m := range ms {
			c := cands[m]
			if person(c) && !pronounRef(c) {
				before := text[st.s:c.s]
				if k == 0 && subjectLead(before) || reThatClause.MatchString(strings.ToLower(before)) {
					f0 = k
				}
				break
			}
		}
		if f0 < 0 {
			continue
		}
		first := cands[ms[f0]]
		if after := strings.ToLower(text[first.e:min(st.e, first.e+140)]); !reSubjectVerb.MatchString(after) && !reApposOpens.MatchString(after) {
			continue
		}
		for j := f0 + 1; j < len(ms) && j <= f0+5; j++ {
			cb := cands[ms[j]]
			if cb.s < first.e {
				continue
			}
			if person(cb) && cb.ent != first.ent {
				before := strings.ToLower(text[max(first.e, cb.s-80):cb.s])
				if m := reCoordTie.FindStringSubmatch(trimNameTitles(before)); m != nil && j >= f0+2 {
					// Another person named between the subject and the "and" may own the
					// second predicate: read only a clause whose other names are not people.
					// ("the brother-in-law of Wang Decheng and a dummy for Wang": the same
					// person again is no other).
					clean := true
					for k := f0 + 1; k < j; k++ {
						if c := cands[ms[k]]; person(c) && c.ent != cb.ent {
							clean = false
						}
					}
					if clean {
						emit(si, ms[f0], ms[j], first.ent, cb.ent, tiePred(m[1]), 0.75, false)
					}
					break
				}
				// The first object of the clause: a later mention of the same person may
				// still end a coordinated predicate.
				if j+1 < len(ms) && cands[ms[j+1]].ent == cb.ent {
					continue
				}
				break
			}
		}
	}
}

// speechVerbs follow the subject of a clause of speech: "and Tan Wei said ...".
var speechVerbs = set("said", "says", "told", "denied", "denies", "added", "insisted", "claimed", "claims",
	"confirmed", "stated", "declined", "argued", "admitted", "maintained", "acknowledged", "testified", "wrote")

// speechFollows reports that the word after offset e is a verb of speech: the name ending at
// e is the subject of its own clause, not an item of a list before it.
func speechFollows(text string, e int) bool {
	rest := strings.Fields(text[e:min(len(text), e+40)])
	if len(rest) > 1 && (rest[0] == "also" || rest[0] == "later" || rest[0] == "then") {
		rest = rest[1:]
	}
	return len(rest) > 0 && speechVerbs[strings.Trim(rest[0], ",.;:")]
}

// pronounRef reports a mention that is a possessive pronoun standing for a name.
func pronounRef(c candidate) bool {
	return c.gaz < 0 && possessivePronouns[strings.ToLower(c.text)]
}

// leadWords may stand before a subject's name in a court's or a police text: "The
// defendant X", "Accused X".
var leadWords = set("the", "defendant", "accused", "respondent", "suspect", "one")

// subjectLead reports that the words before a sentence's first name leave it the subject:
// nothing, titles, honorifics, or a court's designation.
func subjectLead(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".")
		if !titleWords[w] && !personTitles[w] && !nameHonorifics[w] && !leadWords[w] {
			return false
		}
	}
	return true
}

// rePossTieAfter follows the possessor of a tie noun set off after a person: "'s right-hand
// man,", "'s longtime frontman." Every associate noun counts, multiword ones first.
var rePossTieAfter = regexp.MustCompile(`^['’]s\s+(?:(?:longtime|long-time|close|trusted|former|business|key|top|chief|personal|main)\s+)*(` + associateAlt() + `)\s*(?:[,.;)]|$|\s+(?:and|who|since|until|from|in|was|is|has|had|said|told|fled)\b)`)

// associateAlt is the associate nouns as a regexp alternation, longest first.
func associateAlt() string {
	ws := make([]string, 0, len(associateWords))
	for w := range associateWords {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	slices.SortFunc(ws, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return strings.Join(ws, "|")
}
