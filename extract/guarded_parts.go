package extract

import (
	"regexp"
	"strings"
)

// A site's gates or perimeter said to be guarded by a body, the site named before: "Survivors
// of X said the gates were guarded by fighters of the DKBA", "X opened in 2019. Its gates are
// guarded by soldiers of the KNA." The part belongs to the last site named in the sentence,
// or in the one before when the part is the sentence's own subject.

// reGuardedPart ends right before the body that guards a site's part: "the gates were
// guarded by fighters of the", "its perimeter is patrolled by the".
var reGuardedPart = regexp.MustCompile(`(?i)\b(?:the|its|their)\s+(?:(?:main|front|outer|back|only)\s+)?(?:gates?|perimeter|entrances?|checkpoints?|walls|fences?|exits?)(?:\s+(?:at|of)\s+(?:the|its)\s+(?:(?:main|front)\s+)?(?:gates?|entrance))?\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|also|heavily|still|always|openly)\s+)*(?:guarded|protected|patrolled|manned|secured|watched)\s+by\s+(?:the\s+)?(?:(?:armed\s+|uniformed\s+)?` + guardMen + `\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?)?$`)

// guardedParts reads the sentences above. emit gets the sentence, the guard, the site, the
// site's sentence and the span read.
func guardedParts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	site := siteMention(ents)
	guard := func(c candidate) bool {
		return c.ent >= 0 && (agentType(ents[c.ent].typ))
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !strings.Contains(low, " by ") {
			continue // cheap test before the regular expression
		}
		for i, m := range ms {
			c := cands[m]
			if !guard(c) {
				continue
			}
			loc := reGuardedPart.FindStringIndex(text[st.s:c.s])
			if loc == nil {
				continue
			}
			partAt := st.s + loc[0]
			// The site: the last named before the part in this sentence, or, when the part
			// opens the sentence, the last named in the sentence before.
			b, bs := -1, si
			for k := i - 1; k >= 0; k-- {
				if p := cands[ms[k]]; p.e <= partAt && site(p) {
					b = p.ent
					break
				}
			}
			if b < 0 && si > 0 && strings.TrimSpace(text[st.s:partAt]) == "" {
				for _, m2 := range bySent[si-1] {
					if p := cands[m2]; site(p) {
						b, bs = p.ent, si-1
					}
				}
			}
			if b >= 0 && b != c.ent {
				emit(si, c.ent, b, bs, st.s, c.e)
			}
		}
	}
}
