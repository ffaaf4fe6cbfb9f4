package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts and seats told with a shared verb after their holders, and asides after a name. Each
// shape has recall and precision cases in respective_posts_test.go:
//
//   - "A, a Cambodian national, and B, who served respectively as Y's chairman and chief
//     executive officer", "A and B served respectively as chairman and CEO of Y": the first
//     holder takes the first post, the second the second;
//   - "X holds a 35 percent stake in Y and sits on its board": the board of the body the
//     first verb phrase names;
//   - "X, 36, known as "Big", has worked as an aide to Y": an age or a nickname set off after
//     the name says nothing of the tie (stripNameAsides, used by the person-to-person rules).

var (
	// reRespectivePosts ends the words before the body: "who served respectively as the
	// chairman and chief executive officer of ", or before its possessive: "... as ".
	reRespectivePosts = regexp.MustCompile(`(?:who\s+)?(?:served|serve|serves|were|are|acted|act|worked|work)\s+(?:respectively\s+)?as\s+(?:the\s+|its\s+)?(?:((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+and\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?:\s*,\s*respectively)?\s+(?:of|at)\s+(?:the\s+)?)?$`)
	// reRespectivePossAfter is the posts after the body's possessive: "'s chairman and chief
	// executive officer".
	reRespectivePossAfter = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+and\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:,\s*respectively)?\s*(?:[,.;:)]|$)`)
	// reBoardOfObject follows the body a holding verb names: " and sits on its board".
	reBoardOfObject = regexp.MustCompile(`^\s+and\s+((?:also\s+)?(?:sits|sat|serves|served|has\s+a\s+seat)\s+on\s+its\s+(?:supervisory\s+|executive\s+)?board\b)`)
	// reHoldingVerbGap is the gap of "X holds a 35 percent stake in ".
	reHoldingVerbGap = regexp.MustCompile(`^\s+(?:also\s+)?(?:holds|held|owns|owned|has|had|controls|controlled)\s+(?:[a-z0-9%.-]+\s+){0,6}?(?:in|of)\s+(?:the\s+)?$`)
	// reNameAside is an age or a nickname set off after a name: ", 36,", `, known as "Big",`.
	reNameAside = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}|(?:also\s+)?known\s+as\s+["“][^"”]{1,30}["”]|a\.k\.a\.\s+["“][^"”]{1,30}["”])\s*,`)
)

// stripNameAsides removes the ages and nicknames set off at the start of gap.
func stripNameAsides(gap string) string {
	for {
		m := reNameAside.FindString(gap)
		if m == "" || len(m) >= len(gap) {
			return gap
		}
		gap = "," + gap[len(m):] // the next aside opens with the comma that closed this one
	}
}

// respectivePosts reads the shapes above over each sentence's mentions; emit gets the
// sentence, the two mentions' indexes, the holder, the body, the predicate and the role.
func respectivePosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string)) {
	for si, st := range sents {
		ms := bySent[si]
		respective := strings.Contains(strings.ToLower(text[st.s:st.e]), "respectively")
		for j := 1; j < len(ms); j++ {
			cb := cands[ms[j]]
			if cb.ent < 0 || ents[cb.ent].typ != model.Company && ents[cb.ent].typ != model.Organization {
				continue
			}
			ca := cands[ms[j-1]]
			if ca.ent >= 0 && ents[ca.ent].typ == model.Person && ca.e <= cb.s {
				// "X holds a stake in Y and sits on its board".
				after := strings.ToLower(text[cb.e:min(len(text), cb.e+90)])
				if m := reBoardOfObject.FindStringSubmatchIndex(after); m != nil && reHoldingVerbGap.MatchString(strings.ToLower(text[ca.e:cb.s])) {
					// "... owns 40 percent of A and sat on its board until 2021": a former seat
					// (ended_posts.go). The second clause opens where the match's verb does, so
					// any whitespace before "and" reads alike.
					role := "board member"
					if endedSecondPost(text[ca.e:cb.s], after[m[2]:], after[m[2]:]) {
						role = formerRole(role)
					}
					emit(si, ms[j-1], ms[j], ca.ent, cb.ent, model.Directs, role)
				}
			}
			if !respective || j < 2 {
				continue
			}
			// The two holders: the last two people named before the body.
			var hs []int
			for k := j - 1; k >= 0 && len(hs) < 2; k-- {
				if c := cands[ms[k]]; c.ent >= 0 && ents[c.ent].typ == model.Person {
					hs = append(hs, k)
				}
			}
			if len(hs) < 2 {
				continue
			}
			first, second := cands[ms[hs[1]]], cands[ms[hs[0]]]
			if first.ent == second.ent || first.e > second.s || second.e > cb.s || !strings.Contains(strings.ToLower(text[first.e:second.s]), " and ") {
				continue
			}
			m := reRespectivePosts.FindStringSubmatch(strings.ToLower(text[second.e:cb.s]))
			if m == nil {
				continue
			}
			p1, p2 := m[1], m[2]
			if p1 == "" {
				pm := reRespectivePossAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+90)]))
				if pm == nil {
					continue
				}
				p1, p2 = pm[1], pm[2]
			}
			for _, hp := range [][2]string{{p1, "first"}, {p2, "second"}} {
				w, pred := rolePhrase(hp[0])
				if pred == "" || w != strings.Join(strings.Fields(hp[0]), " ") || pred != model.Directs && pred != model.EmployedBy && pred != model.Owns {
					continue
				}
				h := hs[1]
				if hp[1] == "second" {
					h = hs[0]
				}
				emit(si, ms[h], ms[j], cands[ms[h]].ent, cb.ent, pred, w)
			}
		}
	}
}
