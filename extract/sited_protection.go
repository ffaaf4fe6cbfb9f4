package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Sited protection: a site that heads its clause, a predicate of where it stands or what it
// is, and then the body that shields it, told in one of two constructions:
//   - a place apposed to the site's predicate: "Baoli Park sits near the village of Min Let
//     Pan, in territory held by the KNA", "the casino lies in an area controlled by the UWSA";
//   - a second verb phrase of the same subject: "the park sits on the river and has operated
//     under the protection of the KNA", "the resort stands beside the road and is guarded by
//     the DKBA".
//
// Between the site and the tail only places may be named (another site, firm or body would be
// the nearer subject or holder), and no clause may open: a relative ("which", "that"), a
// contrast ("but", "while"), speech ("said", "denied"), a negation or a past that ended
// ("once", "formerly", "no longer", "until"). The gap is bounded, so the cost is linear.

// reSitedLead ends right before a site that heads its clause: the sentence's start or a
// reported clause ("said that").
// Only the last sitedLeadMax bytes before the site are read, so the cost stays linear.
var reSitedLead = regexp.MustCompile(`(?i)\b(?:that|said|says|say)\s*(?:the\s+)?$`)

// reSitedStart is a site at its sentence's start.
var reSitedStart = regexp.MustCompile(`(?i)^\s*(?:the\s+)?$`)

// sitedLeadMax bounds the text read before the site.
const sitedLeadMax = 24

// reSitedVerb opens the site's predicate: where it stands or what it is, after the site's
// kind if the name is used as a modifier ("the X compound stands") and a hedge.
var reSitedVerb = regexp.MustCompile(`(?i)^\s+(?:(?:compound|complex|park|resort|casino|site)\s+)?(?:(?:reportedly|allegedly|also|still|now)\s+)?(?:(?:has|had|have)\s+)?(?:sits|sat|lies|lay|stands|stood|is|was|are|were|operates|operated|runs|ran|occupies|occupied|straddles|sprawls|sprawled|rises|rose|(?:is|was)\s+(?:located|situated|built|based))\b`)

// reSitedTerritory is a place held by the body, apposed to the predicate: ", in territory
// held by the ", " in an area under the control of the ".
var reSitedTerritory = regexp.MustCompile(`(?i),?\s+(?:deep\s+)?in\s+(?:the\s+|an?\s+)?(?:territory|areas?|zone|region|enclave|strip|stretch)\s+(?:(?:held|controlled|run|administered|governed)\s+by|under\s+(?:the\s+)?control\s+of)\s+(?:the\s+)?$`)

// reSitedSecondVP is a second verb phrase of the site: " and has operated under the protection
// of the ", " and is guarded by troops of the ".
var reSitedSecondVP = regexp.MustCompile(`(?i)\s+and\s+(?:(?:has|have|had)\s+(?:long\s+|reportedly\s+|allegedly\s+)?(?:operated|functioned|run)|(?:operates|functions|runs|ran|operated|functioned))\s+(?:since\s+\d{4}\s+)?under\s+the\s+(?:protection|patronage)\s+of\s+(?:the\s+)?$|(?i)\s+and\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:reportedly\s+|allegedly\s+|long\s+|heavily\s+)?(?:guarded|protected|shielded)\s+by\s+(?:(?:armed\s+)?(?:troops|soldiers|fighters|militiamen|men)\s+(?:of|from)\s+)?(?:the\s+)?$`)

// reSitedBreak is what opens another clause or ends the claim inside the gap.
var reSitedBreak = regexp.MustCompile(`(?i)[;"“”]|\b(?:which|who|whom|whose|that|but|while|whereas|although|though|said|says|told|denied|denies|deny|not|never|once|formerly|former|previously|until|no\s+longer|nor|if|whether|because|after|before)\b`)

// sitedGapMax bounds the gap between the site and the body.
const sitedGapMax = 160

// sitedProtection calls emit(si, body, site, s, e) for each construction above in sentence si.
func sitedProtection(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "territory", "area", "zone", "region", "enclave", "strip", "stretch", "protection", "patronage", "guarded", "protected", "shielded") {
			continue // cheap test before the regular expressions
		}
		for k, m := range ms {
			site := cands[m]
			if site.ent < 0 || ents[site.ent].typ != model.Compound || strings.EqualFold(site.text, "it") {
				continue
			}
			lo := max(st.s, site.s-sitedLeadMax)
			lead := text[lo:site.s]
			if !(lo == st.s && reSitedStart.MatchString(lead)) && !reSitedLead.MatchString(lead) || !reSitedVerb.MatchString(text[site.e:min(st.e, site.e+40)]) {
				continue
			}
			// The body is the first mention after the site that is no place; every mention
			// between must be a place.
			for _, n := range ms[k+1:] {
				body := cands[n]
				if body.s < site.e {
					continue
				}
				if body.s-site.e > sitedGapMax {
					break
				}
				if body.ent < 0 {
					continue
				}
				typ := ents[body.ent].typ
				if typ == model.Location {
					continue
				}
				if body.ent == site.ent {
					break
				}
				gap := text[site.e:body.s]
				var tail []int
				if typ == model.Organization {
					tail = reSitedTerritory.FindStringIndex(gap)
				}
				if tail == nil && (typ == model.Organization || typ == model.Person) {
					tail = reSitedSecondVP.FindStringIndex(gap)
				}
				if tail != nil && !reSitedBreak.MatchString(gap[:tail[0]]) && !reSitedBreak.MatchString(gap[tail[0]:]) {
					emit(si, body.ent, site.ent, st.s, st.e)
				}
				break
			}
		}
	}
}
