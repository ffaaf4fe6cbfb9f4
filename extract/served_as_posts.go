package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A person's post told after "as" in a relative clause on the person, the body named as the
// post's possessor: "Wang Fang, who served as Shenglong's head of finance", "Tran Thi Bich
// Ngoc, a Vietnamese national whom the police described as Xinrui's human resources manager",
// "X, who now works as the ministry's liaison officer". The clause must be the person's own
// (a comma, an optional short apposition, then who or whom) and end in "as" right before the
// possessor, so a post of another body or another person's post is not read.

// reServedAsLead is the gap between the person and the possessor.
var reServedAsLead = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,40}?\s+)?(?:who|whom)\s+((?:[a-z]+\s+){0,4}?)as\s+(?:the\s+)?$`)

// reServedAsBreak is what the free words of the clause before "as" may not hold: a denial
// ("who never worked as", "who was not employed as") or a report of another's post ("who
// said his wife worked as"). subject_posts.go reads the same words after an age.
var reServedAsBreak = regexp.MustCompile(`\b(?:not|never|no|denied|denies|deny|said|says|claimed|claims|his|her|their)\b`)

// servedAsClause reports the words of a relative clause that end in "as", free of a break.
func servedAsClause(re *regexp.Regexp, gap string) bool {
	m := re.FindStringSubmatch(gap)
	return m != nil && !reServedAsBreak.MatchString(m[1])
}

// reServedAsVerb names the verbs of the clause that tell a post: serving, working, acting,
// a copula, or others' describing, naming or listing the person.
var reServedAsVerb = regexp.MustCompile(`\b(?:serves|served|serving|works|worked|acts|acted|is|was|has\s+been|had\s+been|described|named|identified|listed|employed|hired|appointed)\s+as\s+(?:the\s+)?$`)

// reHiredByLead is the gap of the second shape: the person's own relative clause telling
// employment, the body right after: "Lam Thi Hoa, a Vietnamese national who recruits workers
// for the complex and is employed by Y", "a manager they called "Brother Long" who, they
// said, worked for Y".
var reHiredByLead = regexp.MustCompile(`^["'”’]?\s*,?\s*(?:(?:a|an|the)\s+[^;()]{1,60}?\s+)?(?:who|whom)\b[^;.]{0,80}?\b(?:(?:is|was|were|are|has\s+been|had\s+been)\s+(?:employed|hired)\s+by|works\s+for|worked\s+for|recruits\s+for|recruited\s+for)\s+(?:the\s+)?$`)

// servedAsPosts reads the shape above; emit is possessedPosts'.
func servedAsPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			cp, cb := cands[ms[i]], cands[ms[i+1]]
			if !personThenBody(cp, cb, ents) {
				continue
			}
			gap := strings.ToLower(text[cp.e:cb.s])
			if len(gap) <= 140 && reHiredByLead.MatchString(gap) && !strings.Contains(gap, "forced") {
				emit(si, ms[i], ms[i+1], cp.ent, cb.ent, model.EmployedBy, "", false)
				continue
			}
			if len(gap) > 100 || !servedAsClause(reServedAsLead, gap) || !reServedAsVerb.MatchString(gap) {
				continue
			}
			m := rePostAfterPossessor.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)]))
			if m == nil {
				continue
			}
			post := m[1]
			if fieldInPost(post) {
				post = strings.Fields(post)[0] // "head of finance": the head noun, then the field below
			}
			w, pred := rolePhrase(post)
			if pred == "" || w != post || militaryPostOfFirm(ents[cb.ent].typ, w) {
				continue
			}
			// "Shenglong's head of finance": a post heading a part of the body is
			// employment in the whole.
			if pred == model.Directs && (m[2] == "for" || m[2] == "in" || m[2] == "at" || m[2] == "on" || fieldInPost(m[1])) {
				pred = model.EmployedBy
			}
			emit(si, ms[i], ms[i+1], cp.ent, cb.ent, pred, m[1], false)
		}
	}
}
