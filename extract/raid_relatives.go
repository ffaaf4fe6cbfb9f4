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
//     clause hangs on (the site, or the site and a description naming only places); the
//     clause's subject may be the body's men ("that officers of Cambodia's General
//     Commissariat of National Police raided") or bodies joined by "and" ("which the PAOCC and
//     the Philippine National Police raided on 12 August"), and the description may end in
//     places set off by commas ("X in Lapu-Lapu City, Cebu, which the NBI raided") when the
//     verb is a raid's own;
//   - "The Tatmadaw says its troops have taken control of X", "the ministry said its officers
//     had cleared X": the body whose men took the site raided it.
// The raiders are bodies that can raid (raid_crews.go). A clause whose verb is no raid ("that
// the NBI visited") is not read.

// raidRelativeCrew is an optional word for a body's men before it: "officers of the", "agents
// from".
const raidRelativeCrew = `(?:(?:officers|agents|operatives|troops|soldiers|personnel|members|units|teams|policemen)\s+(?:of|from)\s+)?`

var (
	// reRaidRelativeHead runs from the site to the body: an optional description set off by a
	// comma, then "that" or "which", and a country's possessive.
	reRaidRelativeHead = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()"“”]{1,90}?\s+|,\s*|\s+)(?:that|which)\s+` + raidRelativeCrew + `(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reRaidRelativePlaces is the same run when the site's description ends in places set off
	// by commas, each place written as "Place": " in Place, Place, which the ", ", a complex in
	// Place, Place, that officers of the ". It is read only with a raid verb proper (raided,
	// stormed, searched): a town may be "sealed" or "closed", not raided.
	reRaidRelativePlaces = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()"“”]{0,90}?\b(?:in|at|of)\s+Place|\s+(?:in|at)\s+Place)(?:,\s*Place)*,\s*(?:that|which)\s+` + raidRelativeCrew + `(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reRaidRelativeJoin joins the raiders of one clause: " and the ", ", ", " (PAOCC) and
	// officers of the ".
	reRaidRelativeJoin = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)` + raidRelativeCrew + `(?:the\s+)?$`)
	// reRaidRelativeProper is the raid verb proper at the start of the words after the raiders.
	reRaidRelativeProper = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:later|then|finally|eventually|also|had|has|have|jointly)\s+)*(?:raided|stormed|searched)\b`)
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
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
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
			// The relative clause: the bodies are its subject, the site before them its object.
			// Raiders joined by "and" or commas share the clause ("which A and B raided").
			last := i
			for last+1 < len(ms) {
				n := cands[ms[last+1]]
				if n.s < cands[ms[last]].e || !raider(n) || !reRaidRelativeJoin.MatchString(text[cands[ms[last]].e:n.s]) {
					break
				}
				last++
			}
			end := cands[ms[last]].e
			after := text[end:min(st.e, end+40)]
			if !reRaidRelativeVerb.MatchString(after) {
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
				between := text[p.e:c.s]
				if isSite(p) && !strings.Contains(between, "\n") && (reRaidRelativeHead.MatchString(between) ||
					reRaidRelativeProper.MatchString(after) && reRaidRelativePlaces.MatchString(placesMasked(text, cands, ms[k+1:i], p.e, c.s))) {
					for r := i; r <= last; r++ {
						if a := cands[ms[r]]; a.ent != p.ent {
							emit(si, a.ent, p.ent, si, p.s, a.e)
						}
					}
				}
				break
			}
			i = last
		}
	}
}

// placesMasked returns text[from:to] with each place among the mentions ms written as
// "Place" (mentions of other types are left as written).
func placesMasked(text string, cands []candidate, ms []int, from, to int) string {
	var b strings.Builder
	pos := from
	for _, m := range ms {
		c := cands[m]
		if c.s < pos || c.e > to {
			continue
		}
		b.WriteString(text[pos:c.s])
		b.WriteString("Place")
		pos = c.e
	}
	b.WriteString(text[pos:to])
	return b.String()
}
