package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's or a body's name used as a modifier before a staff noun, then the person's name
// after a verb of naming: "a Kylin employee named Alex Tan", "a former Acme guard called X",
// "a Wanli manager he knew as Lao Chen", "one Acme recruiter, known as X,". The person holds
// the post in that firm or body. Recall and precision cases are in named_staff_test.go:
//
//   - the noun must be a post rolePhrase reads as staff or leadership; "a Kylin client named
//     X", "a Kylin partner named X" give nothing;
//   - the firm must open the noun phrase ("a", "an", "one", "another", optionally "former");
//     "an employee of a Kylin contractor named X" is no post in Kylin;
//   - a site's name before the noun is left to the site rules ("a KK Park manager named X");
//   - "a Kylin employee named X's brother, Y" gives X nothing (the name is possessed).

var (
	// The words before the firm: "a ", "one former ".
	reStaffFirmLead = regexp.MustCompile(`(?:^|[^a-z])(?:a|an|one|another)\s+(?:former\s+|senior\s+|junior\s+)?$`)
	// The words between the firm and the person: " employee named ", " floor manager he knew
	// as ", " recruiter, known as ". Group 1 is the post.
	reStaffNamed = regexp.MustCompile(`^\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*,?\s+(?:named|called|known\s+(?:only\s+)?as|(?:whom\s+)?(?:he|she|they|we|i|workers|survivors|victims|witnesses)\s+(?:knew|know|identified)\s+(?:only\s+)?as)\s+(?:(?:mr|ms|mrs)\.?\s+)?["“]?$`)
)

// namedStaffPair reads the shape above between mentions ms[p] (the firm or body) and ms[q]
// (the person).
func namedStaffPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.e > cb.s || cb.s-ca.e > 60 || ents[cb.ent].typ != model.Person || pronounRef(cb) ||
		ents[ca.ent].typ != model.Company && ents[ca.ent].typ != model.Organization || !namedMention(ca) || !namedMention(cb) {
		return
	}
	if rest := text[cb.e:min(len(text), cb.e+4)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return
	}
	if !reStaffFirmLead.MatchString(strings.ToLower(text[max(0, ca.s-20):ca.s])) {
		return
	}
	m := reStaffNamed.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil {
		return
	}
	w, pred := rolePhrase(m[1])
	if pred != model.EmployedBy && pred != model.Directs || nonStaffPost(w) {
		return
	}
	setRole(w)
	add(cb.ent, ca.ent, pred, 0.75)
}
