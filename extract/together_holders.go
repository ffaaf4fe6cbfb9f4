package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Two holders coordinated before a relative clause that says they hold something together:
// "A, 52, a former councillor, and his wife, B, who together own Y Co. and Z Co.", "the
// agency, Y Co., is registered to A and his wife, B, who together hold all of its shares",
// "Y Inc., a family corporation of the spouses A, its president, and B, its treasurer, who
// together own all of its shares". The shape recurs across the development sets (couples and
// partners behind trading, property and travel firms); the pair rules read at most B, and
// the descriptions between the names keep the coordination rules (joint_holders.go,
// coordination.go) from seeing A. Both hold each firm named after the verb, or, for "its
// shares", the firm named last before A. A former holding ("who together owned Y until
// 2020", "who once owned"), a denial and a verb other than holding stay silent. Recall and
// precision cases are in together_holders_test.go.

var (
	// reTogetherJoin is the raw gap from the first holder to the second: an optional
	// description set off by commas (", 52, a former councillor,", ", its president,"), then
	// "and", with an optional kin or partner noun ("and his wife, ").
	reTogetherJoin = regexp.MustCompile(`^(?:\s*,[^;:()"“”]{1,80}?,)?\s+and\s+(?:(?:his|her)\s+(?:[a-z-]+\s+)?(?:` + kinWords + `|partner|business\s+partner)\s*,?\s*)?$`)
	// reTogetherHold is the raw gap from the second holder to what is held: an optional
	// post (", its treasurer"), then ", who together own ".
	reTogetherHold = regexp.MustCompile(`^(?:\s*,\s*(?:its|the)\s+[a-z -]{1,30}?)?\s*,\s*who\s+(?:together|jointly|between\s+them)\s+(?:own|hold|control)\s+(?:all\s+(?:of\s+)?(?:its|the\s+company['’]s|the\s+firm['’]s)\s+(?:shares|stock|capital)|(?:all\s+(?:of\s+)?)?(?:the\s+)?)`)
	// reTogetherIts marks the held as the earlier firm: "all of its shares".
	reTogetherIts = regexp.MustCompile(`\ball\s+(?:of\s+)?(?:its|the\s+company['’]s|the\s+firm['’]s)\s+(?:shares|stock|capital)`)
	// reTogetherAnd joins a second held firm: " and ", ", and ".
	reTogetherAnd = regexp.MustCompile(`^\s*,?\s+and\s+(?:the\s+)?$`)
	// reTogetherDenied after the held says the holding is denied or past: ", which they deny",
	// "formerly". A holding that ended or was sold is ownershipEnded's (land_titles.go).
	reTogetherDenied = regexp.MustCompile(`^[^.;]{0,40}?\b(?:deny|denied|denies|formerly|previously)\b`)
)

// togetherHolders reads the shape above in each sentence; emit gets the sentence, each holder
// and the firm, and the span read.
func togetherHolders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 || !mentionsAny(lowerASCII(text[st.s:st.e]), "together", "jointly", "between them") {
			continue
		}
		for i := 0; i+1 < len(ms); i++ {
			ca := cands[ms[i]]
			if ca.ent < 0 || ents[ca.ent].typ != model.Person || pronounRef(ca) || togetherOfBefore(text, ca.s) {
				continue
			}
			// The second holder: the next person; only places may stand between.
			j := i + 1
			for j < len(ms) && cands[ms[j]].ent >= 0 && ents[cands[ms[j]].ent].typ == model.Location {
				j++
			}
			if j >= len(ms) {
				continue
			}
			cb := cands[ms[j]]
			if cb.ent < 0 || cb.ent == ca.ent || ents[cb.ent].typ != model.Person || pronounRef(cb) || ca.e > cb.s {
				continue
			}
			if !reTogetherJoin.MatchString(strings.ToLower(text[ca.e:cb.s])) {
				continue
			}
			rest := strings.ToLower(text[cb.e:min(len(text), cb.e+120)])
			loc := reTogetherHold.FindStringIndex(rest)
			if loc == nil {
				continue
			}
			var held []int // entity ids, with the end of the span read
			end := cb.e + loc[1]
			if reTogetherIts.MatchString(rest[:loc[1]]) {
				// "all of its shares": the firm named last before the first holder, when it is
				// the only firm before: with two ("Y, a subsidiary of Z, is run by A and B, who
				// together hold all of its shares") the last may not be the clause's subject.
				for k := i - 1; k >= 0; k-- {
					c := cands[ms[k]]
					if c.ent < 0 || ents[c.ent].typ == model.Location {
						continue
					}
					if ents[c.ent].typ == model.Company && !otherFirmBefore(cands, ents, ms[:k], c.ent) {
						held = append(held, c.ent)
					}
					break
				}
			} else {
				// The firms right after the verb, joined by "and".
				at := cb.e + loc[1]
				for k := j + 1; k < len(ms); k++ {
					c := cands[ms[k]]
					if c.ent < 0 || c.s < at || strings.TrimSpace(text[at:c.s]) != "" && !reTogetherAnd.MatchString(strings.ToLower(text[at:c.s])) {
						break
					}
					if ents[c.ent].typ != model.Company && ents[c.ent].typ != model.Compound || possessedName(text, c.e) {
						break
					}
					// A firm after "and" closes the clause ("..., and Z Co." then , . ;), or it
					// may start the sentence's next subject ("..., and Z Co. were named").
					if len(held) > 0 && !closesClause(text, c.e) {
						break
					}
					held = append(held, c.ent)
					at, end = c.e, c.e
				}
			}
			if len(held) == 0 || togetherEnded(text, end) {
				continue
			}
			for _, h := range held {
				if h == ca.ent || h == cb.ent {
					continue
				}
				emit(si, ca.ent, h, ca.s, end)
				emit(si, cb.ent, h, ca.s, end)
			}
		}
	}
}

var (
	// reTogetherOf is an "of" right before the first holder: "the partner of A and B, who
	// together own Y" may join the partner, not A, to B.
	reTogetherOf = regexp.MustCompile(`\b(?:of|between|among)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?$`)
	// reTogetherSpouses is the "of" a couple follows, which the holders make up: "a family
	// corporation of the spouses ".
	reTogetherSpouses = regexp.MustCompile(`\bof\s+(?:the\s+)?(?:spouses|couple|siblings|brothers|sisters)\s+$`)
)

// togetherOfBefore reports whether an "of" that may take only the first holder stands before start.
func togetherOfBefore(text string, start int) bool {
	w := strings.ToLower(text[max(0, start-40):start])
	return reTogetherOf.MatchString(w) && !reTogetherSpouses.MatchString(w)
}

// otherFirmBefore reports whether a firm other than ent is named among the mentions ms.
func otherFirmBefore(cands []candidate, ents []*docEntity, ms []int, ent int) bool {
	for _, k := range ms {
		if c := cands[k]; c.ent >= 0 && c.ent != ent && ents[c.ent].typ == model.Company {
			return true
		}
	}
	return false
}

// closesClause reports whether the name ending at end is followed by , . ; or the end of the text.
func closesClause(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	return rest == "" || strings.IndexByte(",.;", rest[0]) >= 0
}

// togetherEnded reports that the words after end say the holding ended, was sold or is denied.
func togetherEnded(text string, end int) bool {
	return ownershipEnded(text, end) || reTogetherDenied.MatchString(lowerASCII(text[end:min(len(text), end+60)]))
}
