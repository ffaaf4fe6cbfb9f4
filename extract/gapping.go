package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Gapping: a clause whose verb is left out after the first conjunct of a coordination, and
// a verb coordination that shares its agent. The gap rules read only the names next to a
// verb; these read each conjunct the verb was shared with. Recall and precision cases are
// in gapping_test.go.
//
//   - "Y is 40 percent owned by A, 30 percent by B and 30 percent by his sister, C": each
//     share after the first names its holder after "by" with no verb of its own;
//   - "A holds 55 percent of Y, B 25 percent and C the remaining 20 percent": a holder and a
//     share with the verb and the firm left out;
//   - "Y is owned and chaired by X": each participle of the coordination takes the agent.

// gapShare is a share: "40 percent", "12.5%", "the remaining 30 per cent", "another 10%".
const gapShare = `(?:(?:the\s+(?:remaining|other|rest\s+of\s+the)|another|a\s+further|roughly|about|around|some|nearly|almost)\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)`

// gapHolderLead is what may stand between "by" (or the conjunction) and a holder's name: a
// kin or business possessive ("her brother", "their mother,"), a descriptor ("Chinese
// national"), or nothing.
const gapHolderLead = `(?:(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,?\s+)?(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon|investor|company|firm)\s*,?\s+|(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon|investor)\s*,?\s+)?`

var (
	// "is 40 percent owned by", "was 60% held by the": the first share of a passive chain.
	reGapPassiveOpen = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+)?` + gapShare + `\s+(?:owned|held|controlled)\s+by\s+` + gapHolderLead + `$`)
	// The holder's trailing apposition, then ", 30 percent by", " and 30 percent by her".
	reGapPassiveNext = regexp.MustCompile(`^(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:a|an|the|his|her|their)\s+[^,;()]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)` + gapShare + `\s+(?:(?:is|was)\s+(?:owned|held)\s+)?by\s+` + gapHolderLead + `$`)
	// "holds 55 percent of", "owned a 40% stake in the": the first clause of an active chain.
	reGapActiveOpen = regexp.MustCompile(`^\s*(?:also\s+|still\s+|now\s+|jointly\s+)?(?:owns|owned|holds|held|controls|controlled)\s+(?:a\s+)?` + gapShare + `\s+(?:stake\s+|share\s+|interest\s+)?(?:of|in)\s+(?:the\s+)?(?:shares\s+(?:of|in)\s+(?:the\s+)?)?$`)
	// ", B" or " and her husband, B" before the gapped share.
	reGapActiveJoin = regexp.MustCompile(`^(?:\s*\([^()]{1,60}\))?(?:\s*,?\s*` + gapShare + `)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)` + gapHolderLead + `$`)
	// The gapped share right after the second holder: " 25 percent", ", the remaining 20%".
	reGapActiveShare = regexp.MustCompile(`^\s*,?\s*` + gapShare + `(?:\s+(?:of\s+the\s+shares|stake))?\s*(?:[,;.)]|\s+and\s|$)`)
	// "is owned and chaired by": two participles sharing one agent.
	reGapTwoVerbs = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+|both\s+)?(owned|run|operated|controlled|founded|chaired|managed|headed|led|built|developed)\s*,?\s+and\s+(?:later\s+|also\s+)?(owned|run|operated|controlled|chaired|managed|headed|led|built|developed|directed|guarded|protected)\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon)\s+)?$`)
)

// reKinLead is a kin possessive ending the words before a holder: "and her husband,".
var reKinLead = regexp.MustCompile(`\b(?:his|her)\s+([a-z-]+)\s*,?\s*(?:(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman)\s+)?$`)

// reGapBareOpen opens an active chain whose firm was named before: "holds 55 percent of the
// shares, ".
var reGapBareOpen = regexp.MustCompile(`^\s*(?:also\s+|still\s+|now\s+)?(?:owns|owned|holds|held)\s+` + gapShare + `(?:\s+of\s+(?:the|its)\s+(?:shares|company|firm|stock))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)` + gapHolderLead + `$`)

// reGapBareBefore ends the first clause of a chain whose holder is no name: "the founder
// holds 55 percent of the shares, ".
var reGapBareBefore = regexp.MustCompile(`\b(?:owns|owned|holds|held)\s+` + gapShare + `(?:\s+of\s+(?:the|its)\s+(?:shares|company|firm|stock))?\s*,\s*$`)

// kinOfPrevious emits a tie of kin between two holders of a chain when the words before the
// second name it through the first: "B 15 percent and her husband, C".
func kinOfPrevious(text string, cands []candidate, ents []*docEntity, ms []int, si, p, q int, emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	cp, cb := cands[ms[p]], cands[ms[q]]
	if ents[cp.ent].typ != model.Person || ents[cb.ent].typ != model.Person {
		return
	}
	if m := reKinLead.FindStringSubmatch(strings.ToLower(text[cp.e:cb.s])); m != nil && familyWords[m[1]] {
		emit(si, ms[p], ms[q], cp.ent, cb.ent, model.FamilyOf, 0.7)
	}
}

// gapHolder reports a mention that may hold shares: a person, a company or a body.
func gapHolder(ents []*docEntity, c candidate) bool {
	if c.ent < 0 || pronounRef(c) {
		return false
	}
	switch ents[c.ent].typ {
	case model.Person, model.Company, model.Organization:
		return true
	}
	return false
}

// gappedClauses reads the three shapes above in each sentence; emit gets the sentence, the
// two mentions and the relation.
func (x *Extractor) gappedClauses(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cy, ca := cands[ms[i]], cands[ms[i+1]]
			if cy.ent < 0 || ca.ent < 0 || cy.e > ca.s || cy.ent == ca.ent {
				continue
			}
			ty := ents[cy.ent].typ
			gap := strings.ToLower(text[cy.e:ca.s])
			// "Y is 40 percent owned by A, 30 percent by B and 30 percent by C".
			if (ty == model.Company || ty == model.Compound) && gapHolder(ents, ca) && reGapPassiveOpen.MatchString(gap) {
				emit(si, ms[i+1], ms[i], ca.ent, cy.ent, model.Owns, 0.75)
				prev := i + 1
				for j := i + 2; j < len(ms) && j <= i+6; j++ {
					cp, cb := cands[ms[prev]], cands[ms[j]]
					if cb.ent >= 0 && ents[cb.ent].typ == model.Location {
						continue // a place inside the holder's apposition
					}
					if cb.s < cp.e || !gapHolder(ents, cb) || cb.ent == cy.ent {
						break
					}
					if !reGapPassiveNext.MatchString(strings.ToLower(text[cp.e:cb.s])) {
						break
					}
					emit(si, ms[j], ms[i], cb.ent, cy.ent, model.Owns, 0.75)
					kinOfPrevious(text, cands, ents, ms, si, prev, j, emit)
					prev = j
				}
			}
			// "Y is owned and chaired by X".
			if (ty == model.Company || ty == model.Compound || ty == model.Organization) && gapHolder(ents, ca) && !possessiveFollows(text, ca.e) {
				if m := reGapTwoVerbs.FindStringSubmatch(gap); m != nil && m[1] != m[2] {
					for _, v := range m[1:3] {
						x.verbRelation(ca.ent, cy.ent, ents, v, func(a, b int, pred string, conf float64) {
							emit(si, ms[i+1], ms[i], a, b, pred, conf*0.9)
						})
					}
				}
			}
		}
		// "A holds 55 percent of the shares, B 15 percent and her husband, C, the remaining
		// 30 percent": the firm was named before; only the kin the chain tells is read.
		for i := 0; i+1 < len(ms); i++ {
			ca, cb := cands[ms[i]], cands[ms[i+1]]
			if !gapHolder(ents, ca) || !gapHolder(ents, cb) || ca.e > cb.s || ca.ent == cb.ent {
				continue
			}
			// The first holder is a name ("A holds ..., B ..."), or a description before the
			// first name ("The founder holds ..., B 15 percent").
			from := sents[si].s
			if i > 0 {
				from = max(from, cands[ms[i-1]].e)
			}
			named := reGapBareOpen.MatchString(strings.ToLower(text[ca.e:cb.s]))
			described := !named && reGapBareBefore.MatchString(strings.ToLower(text[from:ca.s])) && reGapActiveShare.MatchString(strings.ToLower(text[ca.e:cb.s]))
			if !named && !described {
				continue
			}
			prev := i
			for j := i + 1; j < len(ms) && j <= i+5; j++ {
				cp, cn := cands[ms[prev]], cands[ms[j]]
				if cn.s < cp.e || !gapHolder(ents, cn) || cn.ent == cp.ent {
					break
				}
				re := reGapActiveJoin
				if j == i+1 && named {
					re = reGapBareOpen
				}
				if !re.MatchString(strings.ToLower(text[cp.e:cn.s])) {
					break
				}
				end := sents[si].e
				if j+1 < len(ms) {
					end = cands[ms[j+1]].s
				}
				if !reGapActiveShare.MatchString(strings.ToLower(text[cn.e:max(cn.e, end)])) {
					break
				}
				if j > i+1 || described {
					kinOfPrevious(text, cands, ents, ms, si, prev, j, emit)
				}
				prev = j
			}
		}
		// "A holds 55 percent of Y, B 25 percent and C the remaining 20 percent".
		for i := 0; i+2 < len(ms); i++ {
			ca, cy := cands[ms[i]], cands[ms[i+1]]
			if !gapHolder(ents, ca) || cy.ent < 0 || ca.e > cy.s || ca.ent == cy.ent {
				continue
			}
			if ty := ents[cy.ent].typ; ty != model.Company && ty != model.Compound {
				continue
			}
			if !reGapActiveOpen.MatchString(strings.ToLower(text[ca.e:cy.s])) {
				continue
			}
			// The first clause's share is followed by the firm; each later holder by a share.
			prev := i + 1
			for j := i + 2; j < len(ms) && j <= i+6; j++ {
				cp, cb := cands[ms[prev]], cands[ms[j]]
				if cb.s < cp.e || !gapHolder(ents, cb) || cb.ent == cy.ent {
					break
				}
				if !reGapActiveJoin.MatchString(strings.ToLower(text[cp.e:cb.s])) {
					break
				}
				end := sents[si].e
				if j+1 < len(ms) {
					end = cands[ms[j+1]].s
				}
				if !reGapActiveShare.MatchString(strings.ToLower(text[cb.e:max(cb.e, end)])) {
					break
				}
				emit(si, ms[j], ms[i+1], cb.ent, cy.ent, model.Owns, 0.75)
				if prev > i+1 {
					kinOfPrevious(text, cands, ents, ms, si, prev, j, emit)
				}
				prev = j
			}
		}
	}
}
