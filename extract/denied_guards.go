package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A body's denial that its own men guard a site: "Kim Sovann, a spokesman for the provincial
// police, denied that any of its officers had guarded the compound", "the army denied that
// the force's troops protect Lucky Dragon City". The denial names the claim it contests: the
// body (the one named last before the denial, whose men "its" points to) PROTECTS the site,
// graded alleged and marked denied by the denial in its sentence. A denial of another act
// ("denied that its troops raided the site") and a denial about someone else's men ("denied
// that local gangs guarded it") read nothing.

// reDeniedGuard is a denial that the body's own men guard what follows it.
var reDeniedGuard = regexp.MustCompile(`(?i)\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:claims|reports|allegations|accusations|suggestions)\s+)?(?:that\s+)?(?:any\s+of\s+)?(?:its|their|the\s+(?:force|group|army|militia|police|unit|battalion|brigade|command|military)['’]s?)\s+(?:own\s+)?(?:troops|officers|soldiers|men|members|forces|units|personnel|fighters|policemen|guards)\s+(?:had\s+|have\s+|has\s+|ever\s+|were\s+|was\s+|are\s+|is\s+)*(?:guarded|protected|shielded|secured|guard|guards|protect|protects|shield|shields|guarding|protecting|provided\s+security\s+(?:for|at|to)|provide\s+security\s+(?:for|at|to))\s+(?:the\s+)?`)

// reSiteNoun is a site told by its class noun right after the denial ("the compound").
var reSiteNoun = regexp.MustCompile(`^(?i)(?:site|compound|complex|resort|park|hub|casino|zone|premises|facility)\b`)

// deniedGuards calls emit(si, body, site, siteSent, s, e) for each such denial in sentence si;
// cands and bySent hold each sentence's mentions, references included.
func deniedGuards(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Compound }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		for _, loc := range reDeniedGuard.FindAllStringIndex(text[st.s:st.e], 2) {
			at, end := st.s+loc[0], st.s+loc[1]
			body := -1
			for _, m := range ms {
				c := cands[m]
				if c.ent >= 0 && c.e <= at && ents[c.ent].typ == model.Organization {
					body = c.ent
				}
			}
			if body < 0 {
				continue
			}
			site, siteSent := -1, -1
			for _, m := range ms {
				if c := cands[m]; c.s == end && isSite(c) {
					site, siteSent = c.ent, si
				}
			}
			if site < 0 && reSiteNoun.MatchString(text[end:min(len(text), end+12)]) {
				// "the compound": the site named last, in this sentence or the three before.
				for sj := si; sj >= 0 && sj >= si-3 && site < 0; sj-- {
					for i := len(bySent[sj]) - 1; i >= 0; i-- {
						if c := cands[bySent[sj][i]]; isSite(c) && (sj < si || c.e <= at) {
							site, siteSent = c.ent, sj
							break
						}
					}
				}
			}
			if site >= 0 {
				emit(si, body, site, siteSent, st.s, st.e)
			}
		}
	}
}
