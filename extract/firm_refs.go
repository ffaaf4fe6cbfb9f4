package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Owners of a firm told through "its", the firm named before (site_refs.go reads the
// same shapes for a site's owner or runner). Each rule has recall and precision cases in
// firm_refs_test.go:
//
//   - "Its sole shareholder is X", "its parent company was X, a Macau firm", "Its
//     shareholders are X and Y": "its" stands for the firm the sentence before is about
//     (subjectAntecedent); each holder named after the copula owns it ("It is owned by X" is
//     left to the reference rules, which weigh the rivals for "it").

var (
	// "Its sole shareholder is ", "its parent company was ": group 1 is the post.
	reItsFirmHolderIs = regexp.MustCompile(`(?i)\bits\s+(?:(?:sole|only|single|largest|biggest|main|majority|controlling|principal|registered|ultimate|beneficial|real|true|two|three)\s+)*(shareholders?|stockholders?|owners?|parent\s+company|parent\s+firm|holding\s+company)\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been|remains|remained)\s+(?:now\s+|still\s+|reportedly\s+|allegedly\s+|said\s+to\s+be\s+)*`)
)

// firmRefs reads the rules above over each sentence; emit gets the sentence, the mention of
// the owner (an index into all), the firm, the sentence that named it, the predicate
// and the span read.
func firmRefs(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, obj, objSent int, pred string, s, e int)) {
	holder := func(c candidate) bool {
		return c.ent >= 0 && !pronounRef(c) && agentType(ents[c.ent].typ)
	}
	for si, st := range sents {
		ms := typedSent[si]
		if len(ms) == 0 {
			continue
		}
		low := strings.ToLower(text[st.s:st.e])
		if !strings.Contains(low, "its ") {
			continue
		}
		read := func(re *regexp.Regexp, types []string, plural func(m []int) bool) {
			for _, m := range re.FindAllStringSubmatchIndex(text[st.s:st.e], 2) {
				at, end := st.s+m[0], st.s+m[1]
				obj, from := subjectAntecedent(sents, cands, ents, bySent, si, at, types)
				if obj < 0 {
					continue
				}
				// The holders after the copula: the first, and with a plural post the others
				// of a list ("X, Y and Z").
				prev := end
				for _, mi := range ms {
					c := all[mi]
					if c.s < end {
						continue
					}
					gap := strings.ToLower(text[prev:c.s])
					if prev != end && !reListJoint.MatchString(trimHonorifics(gap)) {
						break
					}
					if prev == end && !reSitePostHolderGap.MatchString(trimHonorifics(gap)) {
						break
					}
					if !holder(c) || c.ent == obj {
						break
					}
					emit(si, mi, obj, from, model.Owns, at, c.e)
					if !plural(m) {
						break
					}
					prev = c.e
				}
			}
		}
		read(reItsFirmHolderIs, []string{model.Company}, func(m []int) bool {
			return strings.HasSuffix(strings.ToLower(text[st.s+m[2]:st.s+m[3]]), "s")
		})
	}
}
