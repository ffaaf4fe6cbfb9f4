package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Daily operations: the one who runs a site told through its day-to-day running, the site a
// possessive or a reference rather than a name beside the runner (pair readers see only the
// words between neighbouring names, and an apposition with names of its own stands between):
//   - "TOUCH VISOTH, son of Touch Rithisak, who manages the resort's day-to-day operations";
//   - "X, a subsidiary of Y, manages the resort's day-to-day operations";
//   - "a supervisor known as X, who they said ran the daily operations of the complex";
//   - "X, a Chinese national who manages day-to-day scam operations at the compound".
// The runner is the first person or firm of the clause whose words up to the verb are an
// aside set off by a comma (or nothing but "who"); the qualifier "day-to-day" or "daily" is
// required, and "its day-to-day operations" is left alone ("its" may be the firm's own). A
// negation or a denial before the verb ("has no role in the daily operations", "denied that
// he ran the daily operations of the resort") leaves the pair alone. Cases in
// daily_operations_test.go.

var (
	// reDailyOps is the verb and its object, up to the site: group 1 is a possessed
	// description ("the resort"), group 2 a preposition before the site.
	reDailyOps = regexp.MustCompile(`(?i)\b(?:manages|managed|manage|managing|oversees|oversaw|oversee|overseeing|runs|ran|run|running|directs|directed|direct|directing|supervises|supervised|supervise|supervising|handles|handled|handling)\s+(?:the\s+(?:day-to-day|day\s+to\s+day|daily)|(the\s+(?:compound|resort|complex|park|site|casino|hub|zone|tower|plaza|building|estate))['’]s\s+(?:day-to-day|day\s+to\s+day|daily)|(?:day-to-day|day\s+to\s+day|daily))\s+(?:scam\s+|casino\s+)?(?:operations?|running|management|affairs)\b(?:\s+((?:of|at|in|inside)\s+(?:the\s+)?))?`)
	// reDailyRunnerGap runs from the runner to the verb: an aside set off by commas (or
	// closed by "who", "which", "that" or "and"), or "who", then adverbs.
	reDailyRunnerGap = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^;:()]{0,160}?(?:,|\bwho|\bwhich|\bthat|\band)\s+(?:(?:they|workers|survivors|officials|police|investigators|prosecutors)\s+(?:said|say|says)\s+)?|,?\s*(?:who\s+|which\s+|that\s+)?)(?:(?:also|personally|still|reportedly|allegedly|effectively|now|later|then|had|has|have)\s+)*$`)
	// reRelativeWord is a relative clause opened in a runner's gap.
	reRelativeWord = regexp.MustCompile(`(?i)\b(?:who|whom|which|that)\b`)
	// reDailyNegation marks a gap that negates or denies the running.
	reDailyNegation = regexp.MustCompile(`(?i)\b(?:not|never|no|denied|denies|deny|denying|rejected|rejects|whose)\b`)
)

// dailyOperations reads the shapes above; emit gets the sentence, the runner, the site, the
// site's sentence and the span read.
func dailyOperations(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "day-to-day", "day to day", "daily") {
			continue // cheap test before the regular expressions
		}
		for _, loc := range reDailyOps.FindAllStringSubmatchIndex(text[st.s:st.e], -1) {
			vs, ve := st.s+loc[0], st.s+loc[1]
			// The site: the possessed description or the mention after the preposition.
			site := -1
			switch {
			case loc[2] >= 0:
				// "the compound's": the reference and the site named last before must agree
				// (a heading's "Compound" may draw the reference away from the site told).
				site = mentionAt(cands, ms, st.s+loc[2], isSite)
				if site >= 0 && site != lastSiteBefore(cands, bySent, isSite, si, st.s+loc[2]) {
					site = -1
				}
			case loc[4] >= 0:
				site = mentionAt(cands, ms, ve, isSite)
			}
			if site < 0 {
				continue
			}
			// The runner: the first person or firm of the clause whose words up to the verb
			// are an aside.
			for _, m := range ms {
				c := cands[m]
				if c.e > vs {
					break
				}
				if c.ent < 0 || c.ent == site || ents[c.ent].typ != model.Person && ents[c.ent].typ != model.Company {
					continue
				}
				gap := text[c.e:vs]
				if strings.ContainsAny(gap, ";") || reDailyNegation.MatchString(gap) || !reDailyRunnerGap.MatchString(gap) {
					continue
				}
				if personInRelative(text, cands, ents, ms, c.e, vs) {
					continue // "X, who employed Y, a Chinese national who runs ...": Y runs it
				}
				emit(si, c.ent, site, si, c.s, ve)
				break
			}
		}
	}
}

// personInRelative reports a person mention of ms within the gap [s, e) after a relative
// word the gap opened: "X, who employed Li Ming, a Chinese national who runs" (the later "who"
// belongs to the name inside), not "X, son of Y, who manages" (the aside closes before "who").
func personInRelative(text string, cands []candidate, ents []*docEntity, ms []int, s, e int) bool {
	for _, m := range ms {
		if c := cands[m]; c.s >= s && c.e <= e && c.ent >= 0 && ents[c.ent].typ == model.Person && reRelativeWord.MatchString(text[s:c.s]) {
			return true
		}
	}
	return false
}

// mentionAt returns the entity of the mention of ms that starts at off and passes keep; -1 when
// there is none.
func mentionAt(cands []candidate, ms []int, off int, keep func(candidate) bool) int {
	for _, m := range ms {
		if c := cands[m]; c.s == off && keep(c) {
			return c.ent
		}
	}
	return -1
}

// lastSiteBefore returns the site of the last site mention before off in sentence si, else in
// the nearest of the three sentences before that names one; -1 when none.
func lastSiteBefore(cands []candidate, bySent map[int][]int, isSite func(candidate) bool, si, off int) int {
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		site := -1
		for _, m := range bySent[sj] {
			if c := cands[m]; isSite(c) && (sj < si || c.e <= off) {
				site = c.ent
			}
		}
		if site >= 0 {
			return site
		}
	}
	return -1
}
