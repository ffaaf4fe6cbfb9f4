package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A site is often placed before it is named: "the 8-hectare compound in Capas, Tarlac,
// known as the Sunrise Meridian Technology Park", "a casino-hotel in Tachileik, in eastern
// Shan State, known as Golden Sands Club". The name comes after the place, so the readers
// that take "X, a compound in Y" miss it. knownSites places the named site in the first
// place of the run only (the sets label the site's town, not each larger place after it).

var (
	// reKnownSiteIn is the site's noun and "in" right before the first place.
	reKnownSiteIn = regexp.MustCompile(`(?i)\b(?:compound|complex|site|hub|casino|casino-hotel|resort|park|development|tower|facility|plaza|enclave)\s+in\s+(?:the\s+(?:town|city|village|district|province)\s+of\s+)?$`)
	// reKnownRunGap joins the places of the run: "Capas, Tarlac", "Tachileik, in eastern Shan State".
	reKnownRunGap = regexp.MustCompile(`^\s*,\s*(?:in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?)?$`)
	// reKnownAs is the gap between the last place and the site's name.
	reKnownAs = regexp.MustCompile(`(?i)^\s*,\s*(?:(?:known|referred\s+to)\s+(?:locally\s+)?as|locally\s+called|called|named)\s+(?:the\s+)?["“]?$`)
)

// knownSites reads "a <site> in P[, Q], known as N" in each sentence and emits N placed in P.
func knownSites(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, sn := range sents {
		ms := bySent[si]
		for k := 0; k < len(ms); k++ {
			cp := cands[ms[k]]
			if cp.ent < 0 || ents[cp.ent].typ != model.Location || !reKnownSiteIn.MatchString(text[max(sn.s, cp.s-60):cp.s]) {
				continue
			}
			last := cp
			for j := k + 1; j < len(ms) && j < k+4; j++ {
				cn := cands[ms[j]]
				if cn.ent < 0 || cn.s < last.e {
					break
				}
				gap := text[last.e:cn.s]
				if ents[cn.ent].typ == model.Location && reKnownRunGap.MatchString(gap) {
					last = cn
					continue
				}
				if ents[cn.ent].typ == model.Compound && reKnownAs.MatchString(gap) {
					emit(si, cn.ent, cp.ent, cp.s, cn.e)
				}
				break
			}
		}
	}
}
