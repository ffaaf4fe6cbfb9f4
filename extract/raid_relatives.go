package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told in a relative clause whose object is the site, and raids a body tells of its own
// men:
//   - "X, an office complex in Kandal province that Cambodia's General Commissariat of National
//     Police raided in July", "X, which the NBI stormed last year": the body raided the site the
//     clause hangs on (the site, or the site and a description naming only places);
//   - "The Tatmadaw says its troops have taken control of X", "the ministry said its officers
//     had cleared X": the body whose men took the site raided it.
// The raiders are bodies that can raid (raid_crews.go). A clause whose verb is no raid ("that
// the NBI visited") is not read.

var (
	// reRaidRelativeHead runs from the site to the body: an optional description set off by a
	// comma, then "that" or "which", and a country's possessive.
	reRaidRelativeHead = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()"“”]{1,90}?\s+|,\s*|\s+)(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reRaidRelativeVerb follows the body: adverbs and the raid verb.
	reRaidRelativeVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:later|then|finally|eventually|also|had|has|have|jointly)\s+)*(?:raided|stormed|searched|shut\s+down|sealed|closed)\b`)
	// reOwnMenTook runs from a body to the site its men took: " says its troops have taken
	// control of ", " said its officers had raided the ".
	reOwnMenTook = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:said|says|say|announced|reported|claimed|claims)\s+(?:on\s+\w+\s+)?(?:that\s+)?its\s+(?:own\s+)?(?:troops|soldiers|forces|officers|agents|units|personnel|men|investigators)\s+(?:(?:had|have|has|also|jointly)\s+)*(?:taken\s+(?:full\s+)?control\s+of|seized\s+(?:full\s+)?control\s+of|raided|stormed|cleared|entered)\s+(?:the\s+)?$`)
)

// raidRelatives reads the shapes above. emit gets the sentence, the raider, the site, the
// site's sentence and the span read.
func raidRelatives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	raider := raiderMention(ents)
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "raided", "stormed", "searched", "shut down", "sealed", "closed", "control of", "cleared", "entered") {
			continue // cheap test before the regular expressions
		}
		for i, m := range ms {
			c := cands[m]
			if !raider(c) {
				continue
			}
			// The body's own men took the site named next ("its" refers to the body itself).
			next := i + 1
			for next < len(ms) && cands[ms[next]].ent == c.ent {
				next++
			}
			if next < len(ms) {
				n := cands[ms[next]]
				if n.s >= c.e && isSite(n) && reOwnMenTook.MatchString(text[c.e:n.s]) {
					emit(si, c.ent, n.ent, si, c.s, n.e)
					continue
				}
			}
			// The relative clause: the body is its subject, the site before it its object.
			if !reRaidRelativeVerb.MatchString(text[c.e:min(st.e, c.e+40)]) {
				continue
			}
			for k := i - 1; k >= 0; k-- {
				p := cands[ms[k]]
				if p.e > c.s {
					continue
				}
				if p.ent >= 0 && ents[p.ent].typ == model.Location {
					continue // a place in the site's description, or the body's country
				}
				if isSite(p) && reRaidRelativeHead.MatchString(text[p.e:c.s]) && !strings.Contains(text[p.e:c.s], "\n") {
					emit(si, c.ent, p.ent, si, p.s, c.e)
				}
				break
			}
		}
	}
}
