package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Coordinations matched member by member, which the pair rules read as one:
//
//   - "A and B, chairman and accountant of Y respectively", "A and B were respectively the
//     chairman and the accountant of Y": the i-th name holds the i-th post;
//   - "A and B, the chairmen of Y and Z respectively": the i-th name heads the i-th body;
//   - "A chaired and B managed Y": the first verb, left without its object, shares the
//     second's (right-node raising);
//   - "A founded and later ran Y": each verb of a coordination takes the object;
//   - "A is the president of Y and her husband B its treasurer": a copula clause whose verb
//     is left out in the second conjunct;
//   - "designated Y, its director A, and its operator B": each "its" of a list stands for
//     the member that heads the list, not for the name just before it.
//
// Recall and precision cases are in respectively_test.go.

var (
	// The joint between two members of a coordination: ", ", ", and ", " and ".
	reMemberJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$`)
	// "A and B, chairman and accountant of", "A and B were respectively the chairman and the
	// accountant of", "A and B are the owner and the manager of the".
	reRespPosts = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:are|were|is|was|served\s+as|serve\s+as|became|remain|remained)\s+)(?:respectively\s+)?((?:(?:the|a|an|its)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}(?:\s*,\s*(?:and\s+)?(?:(?:the|a|an|its)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}|\s+and\s+(?:(?:the|a|an|its)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2})+)\s+(?:of|at)\s+(?:the\s+)?$`)
	// "A and B, the chairmen of", "A and B were respectively directors of the".
	reRespPlural = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:are|were|served\s+as|serve\s+as|became)\s+)(?:respectively\s+)?((?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+(?:s|men))\s+(?:of|at)\s+(?:the\s+)?$`)
	// The closing "respectively" after the last body: " respectively", ", respectively".
	reRespClose = regexp.MustCompile(`^\s*,?\s*respectively\b`)
	// "A chaired and B managed Y": the first verb, then "and" before the second subject.
	reRaisedFirst = regexp.MustCompile(`^\s+(?:also\s+|jointly\s+)?(owned|owns|chaired|chairs|ran|runs|managed|manages|headed|heads|led|leads|controlled|controls|operated|operates|founded|guarded|guards|protected|protects|built|developed)\s*,?\s+(?:while\s+|and\s+|but\s+)(?:(?:his|her|their)\s+[a-z-]+\s+)?$`)
	// The second verb right before the shared object.
	reRaisedSecond = regexp.MustCompile(`^\s+(?:also\s+|jointly\s+)?(owned|owns|chaired|chairs|ran|runs|managed|manages|headed|heads|led|leads|controlled|controls|operated|operates|founded|guarded|guards|protected|protects|built|developed)\s+(?:the\s+)?$`)
)

var (
	// "founded and later ran the": two verbs sharing subject and object.
	reTwoVerbsObject = regexp.MustCompile(`^\s+(?:also\s+|jointly\s+|allegedly\s+|reportedly\s+)?(owned|owns|chaired|chairs|ran|runs|managed|manages|headed|heads|led|leads|controlled|controls|operated|operates|founded|co-founded|established|set\s+up|built|developed|guarded|guards|protected|protects)\s*,?\s+and\s+(?:(?:also|later|then|now|still|jointly)\s+)?(owned|owns|chaired|chairs|ran|runs|managed|manages|headed|heads|led|leads|controlled|controls|operated|operates|guarded|guards|protected|protects|directed|directs)\s+(?:the\s+)?$`)
	// "is the president of the": the first conjunct's copula and post.
	reCopulaPostOf = regexp.MustCompile(`\s(?:is|was|are|were|remains|remained|became)\s+(?:also\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+of\s+(?:the\s+)?$`)
	// " and her husband" before the second conjunct's subject.
	reGappedSubjectJoin = regexp.MustCompile(`^\s*,?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,1}[a-z-]+\s*,?\s+)?$`)
	// " its treasurer." after it: the post with the verb left out.
	reGappedPost = regexp.MustCompile(`^\s*,?\s+its\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*(?:[.;]|,\s|$)`)
)

// reListIts opens a list member told by its tie to the head: ", its director", " and its
// owner,", ", and its operator".
var reListIts = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)its\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*,?\s*$`)

// listPossessives reads "Y, its director A, and its operator B" from mention i (Y) on.
func listPossessives(text string, cands []candidate, ents []*docEntity, ms []int, si, i int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64)) {
	cy := cands[ms[i]]
	prev := cy
	for j := i + 1; j < len(ms) && j <= i+6; j++ {
		cx := cands[ms[j]]
		if cx.ent < 0 || cx.s < prev.e || cx.ent == cy.ent || possessiveFollows(text, cx.e) {
			return
		}
		m := reListIts.FindStringSubmatch(strings.ToLower(text[prev.e:cx.s]))
		if m == nil {
			return
		}
		if w, pred := rolePhrase(m[1]); pred != "" && typed(pred, ents[cx.ent].typ, ents[cy.ent].typ, "") {
			emit(si, ms[j], ms[i], cx.ent, cy.ent, pred, w, 0.75)
		}
		prev = cx
	}
}

// splitMembers splits "chairman and the accountant", "owner, manager and cashier" into its
// members without their articles.
func splitMembers(s string) []string {
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		for _, d := range []string{"the ", "a ", "an ", "its "} {
			p = strings.TrimPrefix(p, d)
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// respectiveTies reads the coordinations above in each sentence; emit gets the sentence, the
// two mentions, the relation and the post.
func (x *Extractor) respectiveTies(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64)) {
	for si, st := range sents {
		ms := withoutPronouns(cands, bySent[si])
		if len(ms) < 2 {
			continue
		}
		lower := strings.ToLower(text[st.s:st.e])
		if strings.Contains(lower, "respectively") {
			x.respectivePosts(text, cands, ents, ms, si, emit)
			x.respectiveLists(text, cands, ents, ms, si, emit, func(int, int, bool) {})
		}
		for i := 0; i+1 < len(ms); i++ {
			if c := cands[ms[i]]; c.ent >= 0 && ents[c.ent].typ != model.Person && ents[c.ent].typ != model.Location {
				listPossessives(text, cands, ents, ms, si, i, emit)
			}
			ca, cy := cands[ms[i]], cands[ms[i+1]]
			if ca.ent < 0 || cy.ent < 0 || ca.e > cy.s || ca.ent == cy.ent || possessiveFollows(text, cy.e) {
				continue
			}
			// "A founded and later ran Y".
			if m := reTwoVerbsObject.FindStringSubmatch(strings.ToLower(text[ca.e:cy.s])); m != nil && m[1] != m[2] {
				for _, v := range m[1:3] {
					x.verbRelation(ca.ent, cy.ent, ents, v, func(a, b int, pred string, conf float64) {
						emit(si, ms[i], ms[i+1], a, b, pred, "", conf*0.9)
					})
				}
			}
			// "A is the president of Y and her husband B its treasurer".
			if i+2 < len(ms) && ents[ca.ent].typ == model.Person && reCopulaPostOf.MatchString(strings.ToLower(text[ca.e:cy.s])) {
				cb := cands[ms[i+2]]
				if cb.ent < 0 || cb.s < cy.e || ents[cb.ent].typ != model.Person || cb.ent == ca.ent || !reGappedSubjectJoin.MatchString(strings.ToLower(text[cy.e:cb.s])) {
					continue
				}
				end := min(len(text), cb.e+60)
				if i+3 < len(ms) {
					end = min(end, cands[ms[i+3]].s)
				}
				if m := reGappedPost.FindStringSubmatch(strings.ToLower(text[cb.e:end])); m != nil {
					if w, pred := rolePhrase(m[1]); pred != "" && typed(pred, model.Person, ents[cy.ent].typ, "") {
						emit(si, ms[i+2], ms[i+1], cb.ent, cy.ent, pred, w, 0.7)
					}
				}
			}
		}
		// "A chaired and B managed Y".
		for i := 0; i+2 < len(ms); i++ {
			ca, cb, cy := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cb.ent < 0 || cy.ent < 0 || ca.e > cb.s || cb.e > cy.s || ca.ent == cy.ent || cb.ent == cy.ent || ca.ent == cb.ent {
				continue
			}
			if ents[ca.ent].typ != ents[cb.ent].typ || ents[ca.ent].typ == model.Location || possessiveFollows(text, cy.e) {
				continue
			}
			m1 := reRaisedFirst.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
			if m1 == nil || !reRaisedSecond.MatchString(strings.ToLower(text[cb.e:cy.s])) {
				continue
			}
			x.verbRelation(ca.ent, cy.ent, ents, m1[1], func(a, b int, pred string, conf float64) {
				emit(si, ms[i], ms[i+2], a, b, pred, "", conf*0.9)
			})
		}
	}
}

// respectivePosts reads "A and B, chairman and accountant of Y respectively" and "A and B,
// the chairmen of Y and Z respectively" in one sentence.
func (x *Extractor) respectivePosts(text string, cands []candidate, ents []*docEntity, ms []int, si int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64)) {
	for i := 0; i < len(ms); i++ {
		// The names: two or more persons joined member by member.
		j := i
		for j+1 < len(ms) {
			c, n := cands[ms[j]], cands[ms[j+1]]
			if c.ent < 0 || n.ent < 0 || ents[c.ent].typ != model.Person || ents[n.ent].typ != model.Person || c.e > n.s || !reMemberJoin.MatchString(text[c.e:n.s]) {
				break
			}
			j++
		}
		k := j - i + 1
		if k < 2 || j+1 >= len(ms) {
			continue
		}
		last, next := cands[ms[j]], cands[ms[j+1]]
		if next.ent < 0 || next.s < last.e {
			i = j
			continue
		}
		gap := strings.ToLower(text[last.e:next.s])
		if m := reRespPosts.FindStringSubmatch(gap); m != nil && reRespClose.MatchString(strings.ToLower(text[next.e:min(len(text), next.e+20)])) || m != nil && strings.Contains(gap, "respectively") {
			posts := splitMembers(m[1])
			if len(posts) == k {
				for r := 0; r < k; r++ {
					w, pred := rolePhrase(posts[r])
					if pred == "" || !typed(pred, model.Person, ents[next.ent].typ, "") {
						continue
					}
					emit(si, ms[i+r], ms[j+1], cands[ms[i+r]].ent, next.ent, pred, w, 0.75)
				}
			}
		} else if m := reRespPlural.FindStringSubmatch(gap); m != nil {
			// The bodies: k names joined member by member, then "respectively".
			plural := m[1]
			if p, ok := strings.CutSuffix(plural, "men"); ok {
				plural = p + "man"
			}
			w, pred := rolePhrase(plural)
			bodies := []int{j + 1}
			for b := j + 1; b+1 < len(ms) && len(bodies) < k; b++ {
				c, n := cands[ms[b]], cands[ms[b+1]]
				if n.ent < 0 || c.e > n.s || !reMemberJoin.MatchString(text[c.e:n.s]) {
					break
				}
				bodies = append(bodies, b+1)
			}
			lb := cands[ms[bodies[len(bodies)-1]]]
			if pred != "" && len(bodies) == k && reRespClose.MatchString(strings.ToLower(text[lb.e:min(len(text), lb.e+20)])) {
				for r := 0; r < k; r++ {
					b := cands[ms[bodies[r]]]
					if typed(pred, model.Person, ents[b.ent].typ, "") {
						emit(si, ms[i+r], ms[bodies[r]], cands[ms[i+r]].ent, b.ent, pred, w, 0.75)
					}
				}
			}
		}
		i = j
	}
}

var (
	// "A and B own Y and Z, respectively": the verb between the two lists.
	reRespActive = regexp.MustCompile(`^\s*,?\s+(?:respectively\s+)?(?:(?:allegedly|reportedly|also|still|now|currently)\s+)?(own|owned|run|ran|operate|operated|manage|managed|control|controlled|chair|chaired|head|headed|lead|led|guard|guarded|protect|protected|raided|stormed)\s+(?:the\s+)?$`)
	// "Y and Z are owned by A and B respectively".
	reRespPassive = regexp.MustCompile(`^\s+(?:are|were|is|was|have\s+been|had\s+been)\s+(?:respectively\s+)?(owned|run|operated|managed|controlled|chaired|headed|led|guarded|protected|raided|stormed)\s+by\s+(?:the\s+)?$`)
)

// reTiedMemberJoin joins a person told by a tie to the one before: "A and his brother B",
// "A and her business partner, B". The run still pairs member by member: "A and his brother B
// own Y and Z, respectively" gives B only Z.
var reTiedMemberJoin = regexp.MustCompile(`(?i)^\s*,?\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+\s*,?\s*$`)

// memberRun returns the index of the last mention of the coordination that starts at ms[i]:
// names of one kind (a person; or a firm, body or site) joined by ", " or "and".
func memberRun(text string, cands []candidate, ents []*docEntity, ms []int, i int) int {
	kind := func(c candidate) int {
		if c.ent < 0 || pronounRef(c) {
			return -1
		}
		switch ents[c.ent].typ {
		case model.Person:
			return 0
		case model.Company, model.Organization, model.Compound:
			return 1
		}
		return -1
	}
	j := i
	for j+1 < len(ms) {
		c, n := cands[ms[j]], cands[ms[j+1]]
		if kind(c) < 0 || kind(c) != kind(n) || c.e > n.s || c.ent == n.ent ||
			!reMemberJoin.MatchString(text[c.e:n.s]) && (kind(c) != 0 || !reTiedMemberJoin.MatchString(text[c.e:n.s])) {
			break
		}
		j++
	}
	return j
}

// respectiveLists reads "A and B own Y and Z, respectively" and "Y and Z are owned by A and
// B respectively": the i-th name of one list goes with the i-th of the other. emit gets each
// matched pair; cross gets each pair the lists do not match, which no rule may tie, and each
// pair of members of one list (peers), which it ties as no associates.
func (x *Extractor) respectiveLists(text string, cands []candidate, ents []*docEntity, ms []int, si int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64), cross func(a, b int, peers bool)) {
	for i := 0; i < len(ms); i++ {
		j := memberRun(text, cands, ents, ms, i)
		k := j - i + 1
		if k < 2 || j+1 >= len(ms) {
			continue
		}
		last, next := cands[ms[j]], cands[ms[j+1]]
		if next.ent < 0 || next.s < last.e {
			i = j
			continue
		}
		gap := strings.ToLower(text[last.e:next.s])
		active := reRespActive.FindStringSubmatch(gap)
		passive := reRespPassive.FindStringSubmatch(gap)
		if active == nil && passive == nil {
			i = j
			continue
		}
		l := memberRun(text, cands, ents, ms, j+1)
		lb := cands[ms[l]]
		if l-j != k || !strings.Contains(gap, "respectively") && !reRespClose.MatchString(strings.ToLower(text[lb.e:min(len(text), lb.e+20)])) {
			i = j
			continue
		}
		for r := 0; r < k; r++ {
			// "A and B own Y and Z, respectively": A and B each hold their own, not jointly;
			// the members of one list are not associates by it ("The brothers A and B own Y and
			// Z, respectively" still says they are kin).
			// A join that tells the tie ("A and his business partner B") still says it.
			for c := r + 1; c < k; c++ {
				for _, base := range []int{i, j + 1} {
					p, q := cands[ms[base+r]], cands[ms[base+c]]
					if c == r+1 && p.e <= q.s && reTiedMemberJoin.MatchString(text[p.e:q.s]) {
						continue
					}
					cross(p.ent, q.ent, true)
				}
			}
			for c := 0; c < k; c++ {
				first, second := ms[i+r], ms[j+1+c]
				agent, object := first, second
				verb := ""
				if active != nil {
					verb = active[1]
				} else {
					agent, object, verb = second, first, passive[1]
				}
				a, b := cands[agent].ent, cands[object].ent
				if r != c {
					cross(a, b, false)
					continue
				}
				x.verbRelation(a, b, ents, verb, func(a, b int, pred string, conf float64) {
					emit(si, agent, object, a, b, pred, "", conf*0.9)
				})
			}
		}
		i = l
	}
}

// Kinds of pair a "respectively" sets apart (respectiveCrossings).
const (
	respCrossed = 1 // across the lists: no tie ("A and B own Y and Z, respectively": A and Z)
	respPeers   = 2 // inside one list: no ASSOCIATE_OF (A and B hold their own, not jointly)
)

// respectiveCrossings lists, per sentence, the pairs that a "respectively" does not match:
// "A and B own Y and Z, respectively" says nothing of A and Z (respCrossed), nor ties A and
// B as associates (respPeers).
func (x *Extractor) respectiveCrossings(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int) map[[3]int]int {
	var out map[[3]int]int
	for si, st := range sents {
		if !strings.Contains(strings.ToLower(text[st.s:st.e]), "respectively") {
			continue
		}
		ms := withoutPronouns(cands, bySent[si])
		x.respectiveLists(text, cands, ents, ms, si, func(int, int, int, int, int, string, string, float64) {}, func(a, b int, peers bool) {
			if out == nil {
				out = map[[3]int]int{}
			}
			k := respCrossed
			if peers {
				k = respPeers
			}
			if out[[3]int{si, a, b}] != respCrossed {
				out[[3]int{si, a, b}], out[[3]int{si, b, a}] = k, k
			}
		})
	}
	return out
}
