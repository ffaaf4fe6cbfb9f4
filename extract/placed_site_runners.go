package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Placed site runners: a site placed by a run of places, then a relative clause that names who
// runs it: "the Grand Emperor Compound in Sihanoukville, Cambodia, which was run by Huangdi
// International Group"; "the Lotus Garden compound in Kampot province, which is operated by
// Lotus Star Co., Ltd.". The pair readers see only the words between neighbouring names, and
// the places stand between the site and the runner. (A runner described first, "run by a criminal organization known as the Big Four
// Company", is a gang, not the firm its name suggests: not read.) The clause belongs to the
// site only when nothing but the places and their nouns stands between; a clause after a place
// named with another noun ("a casino in Bavet, a town which is run by ...") is the place's.
// Only a firm is read as the runner: towns and regions are run by armed groups and families ("a
// casino in Mong La, which is run by the NDAA"), seldom by a company. Zones and new cities are
// run by firms, so a run of two places or more is read only when it ends in a country
// ("Sihanoukville, Cambodia"), not in a province with a zone before it ("Dara Sakor, Koh Kong
// province"); a runner whose run has ended ("run by X until it sold the site") is left alone.

var (
	// reSitePlaceLead is the gap from the site to its first place: " in", " compound in the".
	reSitePlaceLead = regexp.MustCompile(`^\s+(?:compound\s+|complex\s+|park\s+)?(?:in|near|outside|at)\s+(?:the\s+)?$`)
	// rePlaceRunGap joins two places of the run: ", ", " province, ".
	rePlaceRunGap = regexp.MustCompile(`^\s*(?:province|district|township|state|region|city|municipality)?\s*,\s*(?:the\s+)?$`)
	// rePlacedRunBy follows the last place up to the runner: ", which was run by the", "
	// province, which is operated by".
	// rePastRunner follows a runner whose run has ended: " until it sold the site in 2020".
	rePastRunner  = regexp.MustCompile(`^\s*,?\s*(?:until|till|before)\b`)
	rePlacedRunBy = regexp.MustCompile(`^\s*(?:province|district|township|state|region|city|municipality)?\s*,\s*(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|reportedly|allegedly|still|now|then|jointly|effectively)\s+)*(?:run|operated|managed)\s+(?:day[- ]to[- ]day\s+)?by\s+(?:the\s+)?$`)
)

// placedSiteRunners reads the shape above; emit gets the sentence, the runner, the site, the
// site's sentence and the span read.
func placedSiteRunners(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 {
			continue
		}
		if !mentionsAny(lowerASCII(text[st.s:st.e]), "which", "that") {
			continue // cheap test before the regular expressions
		}
		for i := 0; i+2 < len(ms); i++ {
			c := cands[ms[i]]
			if c.ent < 0 || ents[c.ent].typ != model.Compound {
				continue
			}
			// The run of places after the site.
			j, prev := i+1, c
			for ; j < len(ms); j++ {
				p := cands[ms[j]]
				if p.s < prev.e || p.ent < 0 || ents[p.ent].typ != model.Location {
					break
				}
				gap := text[prev.e:p.s]
				if j == i+1 && !reSitePlaceLead.MatchString(gap) || j > i+1 && !rePlaceRunGap.MatchString(gap) {
					break
				}
				prev = p
			}
			if j == i+1 || j >= len(ms) {
				continue // no place, or nothing after the places
			}
			r := cands[ms[j]]
			if r.s < prev.e || r.ent < 0 || r.ent == c.ent {
				continue
			}
			if ents[r.ent].typ != model.Company {
				continue // an armed group or a person "which runs" may be the town's ("Mong La, which is run by the NDAA")
			}
			if !rePlacedRunBy.MatchString(text[prev.e:r.s]) || rePastRunner.MatchString(text[r.e:min(st.e, r.e+60)]) {
				continue
			}
			if j > i+2 && !isCountry(ents[prev.ent].name) {
				continue // "in Dara Sakor, Koh Kong province, which is run by": the zone's runner
			}
			emit(si, r.ent, c.ent, si, c.s, r.e)
		}
	}
}
