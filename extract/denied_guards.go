package extract

import (
	"regexp"
	"strings"
	"unicode"

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
	isSite := siteMention(ents)
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
				// The site's name or a reference to it ("the compound") right after the verb.
				if c := cands[m]; c.s >= end-4 && c.s <= end && isSite(c) {
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

// reGuardsWear ends right before a body whose marks a site's guards wear, named before the
// mark: "guards at the park wear " + "Karen National Army" + " patches"; reMarksAfter
// follows the body. (A body named after the mark, "uniforms of the X", is reGuardsWore's.)
var (
	reGuardsWear = regexp.MustCompile(`(?i)\bguards?\b(?:\s+(?:at|of|in|inside|there)\b[^,.;]{0,60}?)?\s+(?:(?:all|also|reportedly|openly|often|still)\s+)*(?:wore|wear|wears|wearing|bore|bear|bears|bearing|sported|sport|sports|sporting)\s+(?:the\s+)?$`)
	reMarksAfter = regexp.MustCompile(`^\s+(?:uniforms?|insignia|insignias|patches|badges|fatigues|armbands|emblems?)\b`)
)

// namedSitesOnly reports that every capitalised word of text[s:e] after its first lies in a
// site's mention: "Guards at Shunda wear" names a place that was not read as a site, so the
// guards may be another site's than the one named before.
func namedSitesOnly(text string, s, e int, ms []int, cands []candidate, ents []*docEntity) bool {
	off := s
	for i, w := range strings.Fields(text[s:e]) {
		at := off + strings.Index(text[off:e], w)
		off = at + len(w)
		if i == 0 || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		in := false
		for _, m := range ms {
			if c := cands[m]; c.ent >= 0 && ents[c.ent].typ == model.Compound && c.s <= at && at < c.e {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}
