package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told through a reference to one end, named in full just before:
//   - the site as "it", the raiders named in the passive: "Kim ran X until it was raided
//     by the Y", "X opened in 2021. In May it was stormed by troops of the Y";
//   - the raiders as "the police", "the army", "the commission" (a head noun of a raider
//     named in the sentence before or the one before that): "The Y Police raided X on
//     Monday. The police also raided Z".
// "it" stands for the site only when the site is the nearest name before it; the head noun
// must end a raider's name, so "the police" never stands for an army or a firm.

var (
	// reItRaidedBy ends right before the raiders of a passive whose subject is "it".
	reItRaidedBy = regexp.MustCompile(`(?i)\bit\s+(?:was|had\s+been|has\s+been)\s+(?:(?:later|also|first|reportedly|jointly|eventually)\s+)*(?:raided|stormed|searched)\s+(?:(?:on|in|last|this|early|late)\s+[\w ,]{1,25}?\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reHeadRaided ends right before the site a raider's head noun raided: "The police also
	// raided the ", "; the army later stormed ".
	reHeadRaided = regexp.MustCompile(`(?i)(?:^|[,;:]\s*|\bthen\s+|\bthat\s+)(?:the\s+)(police|army|military|commission|gendarmerie|militia)\s+(?:(?:also|later|then|subsequently|again|next)\s+)*(?:raided|stormed)\s+(?:the\s+)?$`)
)

// raidRefs calls emit(si, raider, site, siteSent, s, e) for each shape above in sentence si.
func raidRefs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	raider := func(c candidate) bool { return c.ent >= 0 && mayJoinRaid(ents[c.ent]) }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "raided", "stormed", "searched") {
			continue // cheap test before the regular expressions
		}
		for i, m := range ms {
			c := cands[m]
			before := text[max(st.s, c.s-120):c.s]
			if raider(c) {
				loc := reItRaidedBy.FindStringIndex(before)
				if loc == nil {
					continue
				}
				itAt := max(st.s, c.s-120) + loc[0]
				// The nearest name before "it": in this sentence, else the last of the one before.
				site, siteSent := -1, si
				for k := i - 1; k >= 0; k-- {
					if p := cands[ms[k]]; p.e <= itAt && p.ent >= 0 {
						if isSite(p) {
							site = p.ent
						}
						break
					}
				}
				if site < 0 && si > 0 && firstBefore(cands, ms, itAt) {
					if prev := bySent[si-1]; len(prev) > 0 && isSite(cands[prev[len(prev)-1]]) {
						site, siteSent = cands[prev[len(prev)-1]].ent, si-1
					}
				}
				if site >= 0 && otherSite(cands, ents, bySent[siteSent], site, itAt) {
					site = -1 // "X and Y were crowded. Then it was raided": "it" is neither
				}
				if site >= 0 {
					emit(si, c.ent, site, siteSent, st.s, min(st.e, c.e+40))
				}
				continue
			}
			if !isSite(c) {
				continue
			}
			loc := reHeadRaided.FindStringSubmatchIndex(before)
			if loc == nil {
				continue
			}
			head := lowerASCII(before[loc[2]:loc[3]])
			headAt := max(st.s, c.s-120) + loc[2]
			if body := headBody(text, cands, ents, bySent, si, headAt, head, raider); body >= 0 && body != c.ent {
				emit(si, body, c.ent, si, st.s, min(st.e, c.e+40))
			}
		}
	}
}

// otherSite reports whether mentions ms name, before off, a site other than site.
func otherSite(cands []candidate, ents []*docEntity, ms []int, site, off int) bool {
	for _, m := range ms {
		if c := cands[m]; c.e <= off && c.ent >= 0 && c.ent != site && ents[c.ent].typ == model.Compound {
			return true
		}
	}
	return false
}

// firstBefore reports whether no mention of the sentence ends before off.
func firstBefore(cands []candidate, ms []int, off int) bool {
	for _, m := range ms {
		if cands[m].e <= off && cands[m].ent >= 0 {
			return false
		}
	}
	return true
}

// headBody returns the raider whose name ends with head, named last before off in sentence
// si or in the two before it; -1 when none or when two different raiders share the head.
func headBody(text string, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, head string, raider func(candidate) bool) int {
	for k := si; k >= 0 && k >= si-2; k-- {
		found := -1
		for _, m := range bySent[k] {
			c := cands[m]
			if c.e > off || !raider(c) {
				continue
			}
			n := lowerASCII(ents[c.ent].name)
			if !strings.HasSuffix(n, " "+head) {
				continue
			}
			if found >= 0 && found != c.ent {
				return -1
			}
			found = c.ent
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}
