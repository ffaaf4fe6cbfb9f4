package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A raid reported by the ministry or police command whose forces made it, the report told
// after the raid: "Provincial police raided X on Tuesday, detaining 771 people, the Ministry
// of Public Security said"; "police detained 680 people in a sweep of X, the ministry said on
// Sunday". The body that reports its own forces' raid is credited with it; a body outside
// the police and the government (a rights group, an embassy, a newspaper) only reports.
// Cases in raid_reports_test.go.

var (
	// reReportedRaidBefore ends the words before the site of a raid: "raided ", "a sweep of the ".
	reReportedRaidBefore = regexp.MustCompile(`(?i)\b(?:raided|stormed|searched|(?:raid|raids|sweep|crackdown|operation)\s+(?:of|on|at|in|against))\s+(?:the\s+)?$`)
	// reSaidAfterBody follows the reporting body to the sentence's end: " said on Sunday.",
	// " said, in the largest crackdown this year.".
	reSaidAfterBody = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:said|says|announced|reported)(?:\s+(?:on|last)\s+\w+|\s+today|\s+yesterday)?(?:\s*,\s*(?:in|as|during|after)\s[^;:"“]{0,140})?\s*[.!"”]*\s*$`)
	// reSaidBeforeBody ends the words before it: ", the ".
	reSaidBeforeBody = regexp.MustCompile(`,\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$`)
)

// raidReports reads the shape above in each sentence; emit gets the reporting body and the
// site.
func raidReports(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		last := cands[ms[len(ms)-1]]
		if last.ent < 0 || ents[last.ent].typ != model.Organization || !reSaidAfterBody.MatchString(text[last.e:st.e]) ||
			!reSaidBeforeBody.MatchString(text[max(st.s, last.s-12):last.s]) {
			continue
		}
		if sec := sectorOf(ents[last.ent].name); sec != model.SectorPolice && sec != model.SectorGovernment {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if strings.Contains(low, "embassy") || strings.Contains(low, "consulate") {
			continue
		}
		for _, m := range ms[:len(ms)-1] {
			c := cands[m]
			if isSite(c) && c.ent != last.ent && reReportedRaidBefore.MatchString(text[max(st.s, c.s-30):c.s]) {
				emit(si, last.ent, c.ent, c.s, last.e)
				break
			}
		}
	}
}
