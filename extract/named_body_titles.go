package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A staff post written as a title made of the body's own name and the post noun, right
// before the holder's name: "Huanya executive Xie Yunfeng said", "a Kylin Management employee
// named Alex Tan", "a Wanli manager he knew as Lao Chen", "National Bureau of Investigation
// agent Ramon Cruz". The body is the name written in the title (not one named further back, as
// body_titles.go reads "Ministry spokesman X"), so the holder works there: EMPLOYED_BY, with
// the post as role. Only posts the role table reads as staff (EMPLOYED_BY) are read: a
// leading post ("Prince Group chairman X") is read by the post rules, and a rank or a member
// of an armed group ("DKBA soldier X") by the rank rules. The title and the name are the span
// graded, since the writer tells the post. Cases are in named_body_titles_test.go.

// reNamedBodyTitle is the gap between the body's name and the holder's: " executive ", "
// employee named ", " manager he knew as ", " official Pol. Col. ". Group 1 is the post.
var reNamedBodyTitle = regexp.MustCompile(`^\s+((?:(?:senior|junior|former|assistant|regional|local|field|site|floor|security|finance|marketing|operations|sales|recruitment|project|human[- ]resources|hr|legal|compliance|liaison|payroll|it)\s+){0,2}(?:employee|staffer|executive|manager|official|officer|accountant|recruiter|spokesman|spokeswoman|spokesperson|engineer|agent|supervisor|guard|adviser|advisor|consultant|investigator|researcher|analyst|clerk|cashier|interpreter|translator|bookkeeper|secretary|prosecutor|inspector|auditor))\s+(?:(?:named|called|known\s+as|identified\s+as|(?:he|she|they|we|i)\s+knew\s+as)\s+)?(?:(?:pol\.?|police|lt\.?|col\.?|gen\.?|maj\.?|capt\.?|sgt\.?|colonel|major|captain|lieutenant|sergeant|mr\.?|ms\.?|mrs\.?|dr\.?)\s+){0,3}$`)

// namedTitlePair reads the shape above between mentions ms[p] (the body) and ms[q] (the
// holder), adjacent in the sentence.
func namedTitlePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if q != p+1 || ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 60 || ents[cb.ent].typ != model.Person || pronounRef(ca) {
		return
	}
	if t := ents[ca.ent].typ; t != model.Company && t != model.Organization {
		return
	}
	if strings.HasPrefix(strings.ToLower(ca.text), "the ") {
		return // "the company executive X": a reference, not the body's name as a title
	}
	m := reNamedBodyTitle.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil {
		return
	}
	role, pred := rolePhrase(m[1])
	if pred == "" {
		posts := postsOf(m[1])
		if len(posts) != 1 {
			return
		}
		role, pred = posts[0].role, posts[0].pred
	}
	if pred != model.EmployedBy || headPost(pred, role, ents[ca.ent]) != model.EmployedBy {
		return // "a Wanli manager": a firm's bare manager heads it, which this title does not tell
	}
	setRole(role)
	add(cb.ent, ca.ent, model.EmployedBy, 0.7)
}
