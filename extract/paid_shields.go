package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Protection by an official or a body told around the protector rather than right after it:
//   - paid protection: "X received monthly payments from Y in exchange for protecting the
//     hub from inspections", "X was paid to shield Z" — the one paid is the protector, not
//     the payer (the payment is read by paidFor, payments.go);
//   - a pronoun clause that points back to the protector named before it in the sentence:
//     "Police suspended Colonel X, deputy chief of the city police, over allegations that he
//     provided protection to Z";
//   - the progressive: "X, deputy commander of the provincial police, was protecting Z".
// The site is the compound named (or referred to) right after the act.

// shieldActW are the acts of protecting a site, as a gerund or a past form, up to the site.
const shieldActW = `(?:protect(?:ing|ed)|shield(?:ing|ed)|guard(?:ing|ed)|provid(?:ing|ed)\s+(?:armed\s+)?(?:protection|security|cover)\s+(?:to|for|at))`

var (
	// rePronounShield ends right before a site that a pronoun's referent protected: "
	// allegations that he provided protection to the", " saying she had shielded".
	rePronounShield = regexp.MustCompile(`(?i)\b(?:that|after|when|because|saying|claiming|alleging)\s+(?:he|she)\s+(?:(?:had|has|allegedly|reportedly|was|secretly|personally|also)\s+)*` + shieldActW + `\s+(?:the\s+)?$`)
	// reWasProtecting follows a protector up to the site: " was protecting ", ", deputy
	// commander of the police, was shielding the".
	reWasProtecting = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*[^,;.()]{1,90},\s*)?(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:(?:allegedly|reportedly|also|still|openly)\s+)*(?:protecting|shielding|guarding)\s+(?:the\s+)?$`)
)

// paidShields calls emit(si, protector, site, siteSent, s, e) for each shape above in
// sentence si; cands and bySent hold each sentence's mentions, references included.
func paidShields(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	agent := protectorMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "protect", "shield", "guard", "security") {
			continue // cheap test before the regular expressions
		}
		for j, m := range ms {
			site := cands[m]
			if !isSite(site) {
				continue
			}
			// Paid protection: the agent whose words up to the site read as paid for it
			// (past a payer named in between, and past an apposition of the agent: "X, a DKBA
			// colonel, has received payments from Y in exchange for guarding Z").
			paid := false
			for i := j - 1; i >= 0 && !paid; i-- {
				c := cands[ms[i]]
				if c.e > site.s || c.ent == site.ent || !agent(c) || site.s-c.e > 200 {
					continue
				}
				if gap := text[c.e:site.s]; !strings.Contains(gap, ";") {
					if _, paid = paidFor(gap, reBoughtShield, true); paid {
						emit(si, c.ent, site.ent, si, st.s, site.e)
					}
				}
			}
			if paid {
				continue
			}
			// The nearest agent before the site, for the pronoun and the progressive.
			for i := j - 1; i >= 0; i-- {
				c := cands[ms[i]]
				if c.e > site.s || c.ent == site.ent || c.ent < 0 || !agent(c) && ents[c.ent].typ != model.Person {
					continue
				}
				if !agent(c) {
					break
				}
				switch {
				case ents[c.ent].typ == model.Person && site.s-c.e <= 200 && rePronounShield.MatchString(text[max(c.e, site.s-80):site.s]) && !personBetween(cands, ents, ms, i, j):
					// "Colonel X ... over allegations that he provided protection to Z".
					emit(si, c.ent, site.ent, si, st.s, site.e)
				case site.s-c.e <= 120 && !prepositionBefore(text, c.s) && reWasProtecting.MatchString(text[c.e:site.s]):
					// "X, deputy commander of the police, was protecting Z".
					emit(si, c.ent, site.ent, si, st.s, site.e)
				}
				if ents[c.ent].typ == model.Person {
					break // a nearer person is the only one the clause may speak of
				}
				if !reWasProtecting.MatchString(text[c.e:site.s]) && site.s-c.e > 120 {
					break
				}
			}
		}
	}
}

// personBetween reports a person named between mentions i and j other than mention i's.
func personBetween(cands []candidate, ents []*docEntity, ms []int, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c := cands[ms[k]]; c.ent >= 0 && c.ent != cands[ms[i]].ent && ents[c.ent].typ == model.Person {
			return true
		}
	}
	return false
}
