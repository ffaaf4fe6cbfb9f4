package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body's staff member named after the post: "a Kylin employee named Alex Tan", "one Silver
// Wing recruiter called Tran Mai". The body stands as a modifier before a staff post (a post
// roleWords gives EMPLOYED_BY: employee, recruiter, security guard, clerk, not a lead post or
// a stake), and the name follows a verb of naming.
// The post is read for a company and for an organisation that is no armed group, army or
// legislature (their men are members, read by the comma shape "A DKBA officer, Saw X").
// A manager is left out: a later stage reads the role as a lead and published DIRECTS.
// Not read: a pretence before it ("a man posing as a Kylin employee named X"), a name whose
// possessive follows ("a Kylin guard named X's brother"). Cases are in named_staff_test.go.

// reNamedStaffGap is the gap between the body and the name: the post with up to three
// modifiers, then "named", "called", "known (only) as", "identified as" or "he knew as".
var reNamedStaffGap = regexp.MustCompile(`^\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:named|called|known\s+(?:only\s+)?as|identified\s+as|(?:he|she|they|we|i|workers|survivors|victims)\s+(?:knew|know)\s+(?:only\s+)?as)\s+$`)

// reNamedStaffLead ends the text before the body: an indefinite article, "one" or
// "another", and "former" perhaps.
var reNamedStaffLead = regexp.MustCompile(`(?:^|[^a-z0-9-])(?:a|an|one|another)\s+(former\s+)?$`)

// reNamedStaffPretence is a pretence or a doubt in the words before the article: the post
// is the speaker's claim, not the body's staff.
var reNamedStaffPretence = regexp.MustCompile(`\b(?:pos(?:e|es|ed|ing)|pretend\w*|impersonat\w*|fake|bogus|purported\w*|self-styled|claim\w*|masquerad\w*)\b`)

// namedStaffPair reads "a BODY POST named PERSON" between mentions ms[p] and ms[q].
func namedStaffPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || pronounRef(ca) ||
		ents[cb.ent].typ != model.Person || !namedStaffBody(ents[ca.ent]) {
		return
	}
	m := reNamedStaffGap.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil {
		return
	}
	lead := strings.ToLower(text[max(0, ca.s-60):ca.s])
	l := reNamedStaffLead.FindStringSubmatch(lead)
	if l == nil || reNamedStaffPretence.MatchString(lead) || possessiveFollows(text, cb.e) {
		return
	}
	w, pred := rolePhrase(m[1])
	if pred != model.EmployedBy || strings.HasSuffix(w, "manager") {
		return // a manager's edge is read as a lead by a later stage: "a Wanli manager" gave DIRECTS
	}
	if l[1] != "" {
		w = "former " + w
	}
	setRole(w)
	add(cb.ent, ca.ent, model.EmployedBy, 0.75)
}

// namedStaffBody reports that staff of e are its employees: a company, or an organisation
// whose name gives no armed, military or legislative sector.
func namedStaffBody(e *docEntity) bool {
	switch e.typ {
	case model.Company:
		return true
	case model.Organization:
		for _, n := range append([]string{e.name}, e.aliases...) {
			switch sectorOf(n) {
			case "armed-group", "military", "legislature":
				return false
			}
		}
		return true
	}
	return false
}
