package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Passives shared across a coordination, which the rules between adjacent names miss:
//   - coordinated subjects: "A and B were designated by C" (the gap rules read only B);
//   - coordinated verb phrases: "the park is run by A, a firm headed by X, and guarded by
//     soldiers of B" (B's verb belongs to the park, not to the names just before it).
var (
	// reSubjAnd joins the two subjects of a shared passive: " and ", ", and the".
	reSubjAnd = regexp.MustCompile(`^\s*,?\s*and\s+(?:the\s+)?$`)
	// rePluralPassive opens the passive a plural subject shares: "were designated by",
	// "have been sanctioned by". The plural verb is what makes both names its subject.
	rePluralPassive = regexp.MustCompile(`^\s*(?:were|are|have\s+been|had\s+been)\s`)
	// reAndPassive opens a second passive of a coordination: ", and guarded by", " and
	// was later sealed by".
	reAndPassive = regexp.MustCompile(`^\s*,?\s*and\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+)?(?:(?:also|later|then|reportedly|allegedly|heavily|openly)\s+)*(?:[a-z]+ed|run|led|built|set\s+up)\s+(?:[\w-]+\s+){0,3}?by\s`)
)

// reAndAux is a second passive with its own auxiliary: " and was raided by".
var reAndAux = regexp.MustCompile(`^\s*and\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s`)

// coordinatedPassives reads the two coordinations above in each sentence; emit gets the
// sentence, the relation's ends and predicate, and the span read. ms lists each sentence's
// mentions in order.
func (x *Extractor) coordinatedPassives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred string, conf float64, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+2 < len(ms); i++ {
			ca, cb, cc := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cb.ent < 0 || cc.ent < 0 || ca.e > cb.s || cb.e > cc.s || ca.ent == cb.ent {
				continue
			}
			// "A and B were designated by C": A shares B's passive.
			if reSubjAnd.MatchString(text[ca.e:cb.s]) && !possessiveFollows(text, cb.e) && !listBefore(text, sents[si].s, ca.s) {
				gap := strings.ToLower(text[cb.e:cc.s])
				// "by the Treasury Department's Office of Foreign Assets Control": the
				// possessed body is the agent.
				if i+3 < len(ms) && possessiveFollows(text, cc.e) {
					if cd := cands[ms[i+3]]; cd.ent >= 0 && cd.s >= cc.e && strings.TrimSpace(strings.TrimLeft(text[cc.e:cd.s], "'’s")) == "" {
						cc = cd
					}
				}
				if rePluralPassive.MatchString(gap) {
					if m := submatch(rePassive, gap, true); m != nil {
						x.verbRelation(cc.ent, ca.ent, ents, m[1], func(a, b int, pred string, conf float64) {
							emit(si, a, b, pred, conf*0.95, ca.s, cc.e)
						})
					}
				}
			}
		}
		// "S is V1 by A, ..., and V2 by B": B's verb takes S.
		for i := 0; i+1 < len(ms); i++ {
			cs, ca := cands[ms[i]], cands[ms[i+1]]
			if cs.ent < 0 || ca.ent < 0 || cs.e > ca.s {
				continue
			}
			ts := ents[cs.ent].typ
			if ts != model.Compound && ts != model.Company {
				continue
			}
			gap := strings.ToLower(text[cs.e:ca.s])
			if !strings.Contains(gap, " by") || strings.Contains(gap, ",") || submatch(rePassive, gap, true) == nil {
				continue
			}
			for j := i + 2; j < len(ms) && j <= i+4; j++ {
				prev, cb := cands[ms[j-1]], cands[ms[j]]
				if cb.ent < 0 || prev.e > cb.s || cb.ent == cs.ent {
					continue
				}
				g2 := strings.ToLower(text[prev.e:cb.s])
				loc := reAndPassive.FindStringIndex(g2)
				// "a company registered in Macau and chaired by X" coordinates inside the
				// apposition: the second passive needs a comma or its own auxiliary.
				if loc == nil || !strings.HasPrefix(strings.TrimLeft(g2, " "), ",") && !reAndAux.MatchString(g2) {
					continue
				}
				rest := " " + strings.TrimLeft(g2[strings.Index(g2, "and")+3:], " ")
				one := func(a, b int, pred string, conf float64) { emit(si, a, b, pred, conf*0.95, cs.s, cb.e) }
				switch {
				case reProtectOf.MatchString(rest):
					one(cb.ent, cs.ent, model.Protects, 0.8)
				default:
					if m := submatch(rePassive, rest, true); m != nil {
						x.verbRelation(cb.ent, cs.ent, ents, m[1], one)
					}
				}
				break
			}
		}
	}
}

// listBefore reports a name that ends a list ("X, Y and Z were ..."): the list reader and the
// sanctions list rules read those; only a pair of subjects is read here.
func listBefore(text string, sentStart, s int) bool {
	t := strings.TrimRight(text[sentStart:s], " ")
	return strings.HasSuffix(t, ",")
}

// reWhoOpen opens a restrictive relative clause on a person: " who provides", no comma.
var reWhoOpen = regexp.MustCompile(`^\s*who\s`)

// rePrepBefore ends the words before a name that is the object of a preposition: "a
// commander in the", "an officer of".
var rePrepBefore = regexp.MustCompile(`(?i)\b(?:in|of|with|from|for|at)\s+(?:the\s+)?$`)

// whoAfterBody reports "a commander in the Karen BGF who provides protection to X": a
// "who" clause with no comma after a body or place named inside a prepositional phrase
// describes the person the phrase belongs to, not the body; the pair then says nothing.
func whoAfterBody(text string, ca candidate, gap, ta string) bool {
	if ta == model.Person || !reWhoOpen.MatchString(gap) {
		return false
	}
	return rePrepBefore.MatchString(text[max(0, ca.s-20):ca.s])
}
