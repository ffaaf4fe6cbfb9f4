package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// Work for a firm or a body told by a verb of working whose object the word rules of pair do
// not reach. Each shape has recall and precision cases in work_ties_test.go:
//
//   - the employer described before its name: "X worked only for a tea export firm, Y", "X
//     works for an agency in Yangon called Y", "X was employed by a security company, Y";
//   - the job named before the employer: "X worked as a driver at Y", "X, who worked as an
//     interpreter for Y";
//   - "X was on the payroll of Y".
//
// A partner or associate "for" a firm holds no post in it, and a leading post is left to the
// rules that read leadership.

var (
	// reWorkDescribed is the gap of "X worked for a tea export firm, " before the employer.
	reWorkDescribed = regexp.MustCompile(`^\s*(?:,?\s*who\s+)?(?:(?:has|had|have)\s+)?(?:(?:also|only|previously|once|still|now|later|reportedly|allegedly)\s+)*(?:worked|works|work|working|(?:was|is|were|are|had\s+been|has\s+been)\s+(?:(?:also|only|previously|once|still|now)\s+)?employed)\s+(?:only\s+)?(?:for|at|by|with)\s+(?:a|an)\s+([^,;:()]{1,50}?)(?:\s*,\s*|\s+(?:called|named|known\s+as)\s+)$`)
	// reWorkAsAt is the gap of "X worked as a driver at " before the employer.
	reWorkAsAt = regexp.MustCompile(`^\s*(?:,\s*who\s+)?(?:(?:has|had|have)\s+)?(?:(?:also|only|previously|once|still|now|later|reportedly|allegedly)\s+)*(?:worked|works|work|working|is\s+employed|was\s+employed)\s+(?:(?:for\s+(?:years|months|a\s+year|two\s+years|three\s+years)|since\s+\d{4}|in\s+\d{4})\s+)?as\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:at|for|with|in)\s+(?:the\s+)?$`)
	// rePayroll is the gap of "X was on the payroll of ".
	rePayroll = regexp.MustCompile(`^\s*(?:,\s*who\s+)?(?:(?:is|was|were|are|had\s+been|has\s+been)\s+)(?:(?:also|still|secretly|reportedly|allegedly)\s+)?on\s+(?:the\s+)?payroll\s+of\s+(?:the\s+)?$`)
	// reWorkBreak is what the employer's description may not hold: a clause, an owner.
	reWorkBreak = regexp.MustCompile(`\b(?:who|which|that|owned|run|controlled|by|of|said|and|or)\b`)
	// reEmployerHead ends the description with a noun of an employer.
	reEmployerHead = regexp.MustCompile(`\b(?:firm|company|agency|business|group|operator|exporter|importer|trader|contractor|developer|bank|exchange|casino|hotel|factory|office|organi[sz]ation|outfit|subsidiary|corporation|conglomerate|shop|restaurant|consultancy|provider|processor|platform|network|department|ministry|unit)\b(?:\s+in\s+[a-z' -]{1,30})?$`)
)

// workTiePair reads the shapes above between mentions ms[p] (a person) and ms[q] (a firm or a
// body).
func workTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 160 || ents[ca.ent].typ != model.Person || pronounRef(ca) ||
		ents[cb.ent].typ != model.Company && ents[cb.ent].typ != model.Organization || possessiveFollows(text, cb.e) || !namedMention(cb) {
		return
	}
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Location {
			return // only a place may stand in the description ("an agency in Yangon called Y")
		}
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if relativeOfTie(text, ca.s, ca.e, gap) {
		return // "the brother of X who works for Y": the brother works there (relative_heads.go)
	}
	if m := reWorkDescribed.FindStringSubmatch(gap); m != nil && !reWorkBreak.MatchString(m[1]) && reEmployerHead.MatchString(m[1]) && !speechFollows(text, cb.e) {
		add(ca.ent, cb.ent, model.EmployedBy, 0.75)
		return
	}
	if q != p+1 {
		return
	}
	if m := reWorkAsAt.FindStringSubmatch(gap); m != nil {
		w, pred := rolePhrase(m[1])
		if pred == "" && nonStaffPost(w) || pred != "" && pred != model.EmployedBy { // false_ties.go
			return // "worked as a partner for Y"; a leading post is read by the rules of leadership
		}
		setRole(w)
		add(ca.ent, cb.ent, model.EmployedBy, 0.75)
		return
	}
	if rePayroll.MatchString(gap) {
		add(ca.ent, cb.ent, model.EmployedBy, 0.75)
	}
}

// namedMention reports a mention that names its entity rather than referring to it by a
// description ("the agency"), whose antecedent may be another body.
func namedMention(c candidate) bool {
	r, _ := utf8.DecodeRuneInString(c.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
