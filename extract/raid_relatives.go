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
//   - "X, a compound in Place where agents of A found 389 workers": a locative clause whose
//     bodies rescued, found, detained or arrested a number of people there (raidWhere);
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
	// reRaidWhereHead runs from the site to the body of a locative relative clause: ", where
	// the", ", a seven-building compound in Place where agents of the", " where officers of
	// Cambodia's". A description that places the site by another thing ("a compound near the
	// bridge where") leaves "where" to that thing and is not read.
	reRaidWhereHead = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()"“”]{1,90}?\s+|,\s*|\s+)where\s+` + raidRelativeCrew + `(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reWhereElsewhere is a word in that description placing the site by another thing.
	reWhereElsewhere = regexp.MustCompile(`(?i)\b(?:near|outside|beside|next\s+to|across|opposite|from|behind|along|off|past|between|towards?|close\s+to)\b`)
	// reRaidWhereAct follows the bodies: what they did to the people held there, a number of
	// them told ("rescued 300 workers", "on June 19 found 389 workers", "detained more than
	// 700 foreign nationals"). rescue verbs are a raid whoever acts; finding, detaining and
	// arresting people is one only for a state body (an armed group that detains workers at a
	// site may be its guard).
	reRaidWhereAct = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:later|then|finally|also|had|has|have|jointly|on\s+\w+(?:\s+\d{1,2})?|in\s+\w+|last\s+\w+)\s+)*(?:(rescued|freed|evacuated|liberated)|found|detained|arrested|apprehended)\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least|around|almost)\s+)?(?:[\d,]+|dozens|hundreds|thousands|scores)\s+(?:(?:of\s+)?[\w-]+\s+){0,4}?(?:suspects|` + rescuedPeopleW[3:] + `\b`)
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
		if !mentionsAny(low, "raided", "stormed", "searched", "shut down", "sealed", "closed", "control of", "cleared", "entered", "where ") {
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
				// "X, a compound where agents of A found 389 workers": a locative clause.
				if m := reRaidWhereAct.FindStringSubmatch(text[end:min(st.e, end+120)]); m != nil {
					raidWhere(text, cands, ents, ms, i, last, m[1] != "", isSite, func(a, site, s, e int) { emit(si, a, site, si, s, e) })
				}
				i = last
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

// raidWhere reads the locative clause whose bodies are the mentions ms[i..last]: the site is
// the nearest mention before them that is no place, with the head of reRaidWhereHead between
// (places written as "Place"). rescue tells a rescue verb; otherwise only state bodies raid.
func raidWhere(text string, cands []candidate, ents []*docEntity, ms []int, i, last int, rescue bool, isSite func(candidate) bool, emit func(a, site, s, e int)) {
	c := cands[ms[i]]
	for k := i - 1; k >= 0; k-- {
		p := cands[ms[k]]
		if p.e > c.s {
			continue
		}
		if p.ent >= 0 && ents[p.ent].typ == model.Location {
			continue // a place in the site's description
		}
		between := text[p.e:c.s]
		if !isSite(p) || strings.Contains(between, "\n") || reWhereElsewhere.MatchString(between) ||
			!reRaidWhereHead.MatchString(placesMasked(text, cands, ms[k+1:i], p.e, c.s)) {
			return
		}
		for r := i; r <= last; r++ {
			a := cands[ms[r]]
			if a.ent != p.ent && (rescue || mayJoinRaid(ents[a.ent])) {
				emit(a.ent, p.ent, p.s, a.e)
			}
		}
		return
	}
}
