package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post told after "as" in the person's own main clause, the body named (or referred to) as
// the post's possessor: "His daughter, X, works as the holding company's liaison officer",
// "The sixth respondent, X, is alleged to have served as Y's head of human resources", "X
// allegedly served as the company's human resources head". served_as_posts.go reads the same
// post in a relative clause ("X, who served as Y's ..."); this file also lets an age stand
// between the person and that clause ("X, 39, who worked as the firm's bookkeeper").
//
// The person must open the clause (first in the sentence, or after a short apposition head
// such as "His daughter," or a title such as "accused"), so "the wife of X worked as Y's
// accountant" gives X nothing; only the adverbs below may stand before the verb, so "X never
// worked as Y's accountant" and "X denied having served as ..." give nothing. A former post
// ("previously", "once") is read as the neighbouring rules read it. Cases are in
// subject_posts_test.go.

var (
	// reSubjectServedAs is the gap between the subject and the possessor: "works as the ",
	// ", 39, is alleged to have served as ".
	reSubjectServedAs = regexp.MustCompile(`^\s*,?\s*(?:\d{1,3}\s*,)?\s*(?:(?:allegedly|reportedly|also|now|then|later|previously|once|formerly|still|currently)\s+)*(?:(?:is|was|are|were)\s+(?:alleged|said|believed|reported|accused|thought|understood)\s+to\s+have\s+|(?:has|had|have)\s+(?:also\s+|previously\s+)?)?(?:served|serves|worked|works|acted|acts)\s+(?:(?:until|since|from|in)\s+\d{4}\s+)?as\s+(?:the\s+)?$`)
	// reAgedWhoServedAs is the relative clause after an age: ", 39, who worked as the ".
	reAgedWhoServedAs = regexp.MustCompile(`^\s*,\s*\d{1,3}\s*,\s*(?:who|whom)\s+((?:[a-z]+\s+){0,4}?)as\s+(?:the\s+)?$`)
	// reServedSubjectLead is what may stand before the subject in its sentence: nothing, a short
	// apposition head ("His daughter, ", "The sixth respondent, ") or a title ("Accused ").
	reServedSubjectLead = regexp.MustCompile(`^\W*(?:(?:the|his|her|their|its)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*,\s*)?(?:(?:accused|defendant|respondent|mr\.?|ms\.?|mrs\.?|dr\.?)\s+)?$`)
	// rePostAfterSubjectPossessor is the post after the possessor, which may run on to whom
	// the post deals with: "'s liaison officer with provincial authorities".
	rePostAfterSubjectPossessor = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,3}?[a-z-]+?)\s*(?:[,.;)]|$|\s+(and|who|since|until|from|for|in|at|on|with)\b)`)
)

// subjectPosts reads the shapes above; emit is possessedPosts'.
func subjectPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si, st := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			cp, cb := cands[ms[i]], cands[ms[i+1]]
			if !personThenBody(cp, cb, ents) || cb.s-cp.e > 90 || pronounRef(cp) {
				continue
			}
			gap := strings.ToLower(text[cp.e:cb.s])
			if reAgedWhoServedAs.MatchString(gap) {
				if !servedAsClause(reAgedWhoServedAs, gap) || !reServedAsVerb.MatchString(gap) {
					continue
				}
			} else if !reSubjectServedAs.MatchString(gap) || cp.s < st.s || !reServedSubjectLead.MatchString(strings.ToLower(text[st.s:cp.s])) {
				continue
			}
			m := rePostAfterSubjectPossessor.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)]))
			if m == nil {
				continue
			}
			post := m[1]
			if fieldInPost(post) {
				post = strings.Fields(post)[0] // "head of human resources": the head noun, then the field below
			}
			w, pred := rolePhrase(post)
			if pred == "" && w == post && staffHead(w) {
				pred = model.EmployedBy // "the company's liaison officer": a job no word list names
			}
			if pred == "" || w != post || militaryPostOfFirm(ents[cb.ent].typ, w) {
				continue
			}
			if pred == model.Directs && (m[2] == "for" || m[2] == "in" || m[2] == "at" || m[2] == "on" || fieldInPost(m[1])) {
				pred = model.EmployedBy // a post heading a part of the body is employment in the whole
			}
			emit(si, ms[i], ms[i+1], cp.ent, cb.ent, pred, m[1], false)
		}
	}
}

// staffHeads end the names of jobs on a firm's or a body's staff that the role words do not
// list: "liaison officer", "receptionist", "field interpreter".
var staffHeads = set("officer", "liaison", "bookkeeper", "receptionist", "interpreter", "translator", "assistant",
	"driver", "supervisor", "cashier", "clerk", "accountant", "auditor", "consultant", "coordinator")

// staffHead reports a post whose last word is a staff job and that is no partner's, kin's or
// investor's post (false_ties.go).
func staffHead(w string) bool {
	f := strings.Fields(w)
	return len(f) > 0 && staffHeads[f[len(f)-1]] && !nonStaffPost(w)
}
