package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Agents of a raid or a designation beyond the first one a rule reads, and the unit that acts
// when a body is named through its parent.
//
//   - Coordinated agents after "by": "sanctioned by the United Kingdom in 2025 and by the
//     European Union in 2026", "raided in May by the NBI, the Bureau of Immigration and the
//     Coast Guard". Each body the coordination joins to the agent is an agent too.
//   - A partner after the site of an active raid: "Kandal police raided the compound this
//     morning together with the Department of Anti-Cyber Crime".
//   - A unit named through its parent: "The Criminal Investigation Department of Sri Lanka
//     Police raided X": the head of the phrase, the department, raided, not the police force
//     named after "of".
//   - Parties designated together: "X was sanctioned by the United States in 2023 along
//     with its founder, Y".

// reByBefore ends the words before an agent of a passive: "by the", "and by agents of the".
var reByBefore = regexp.MustCompile(`\bby\s+(?:the\s+)?(?:` + raidMen + `)?$`)

// reCoAgentGap joins one agent to the next: ", the", " and the", " in 2025 and by the", ",
// and by troops of the", and ") and the" after an agent's acronym read as its own mention
// ("by the Presidential Anti-Organized Crime Commission (PAOCC) and the ..."). A comma alone
// may be an apposition; the chain needs a conjunction.
var reCoAgentGap = regexp.MustCompile(`^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:in|on|last|this|earlier|since)\s+[\w ]{1,20}?\s*)?(,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:also|later|then|again|separately)\s+)?(?:by\s+)?(?:the\s+)?(?:(?:in|on)\s+[\w ]{1,20}?\s+)?(?:` + raidMen + `)?$`)

// reClauseAfter follows a name that opens a clause of its own: "the NBI said", "Canada has
// not", "the police later denied". A name so followed is no further agent of the verb before.
var reClauseAfter = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:said|says|say|told|tells|has|have|had|is|are|was|were|will|would|could|may|might|did|does|do|also|then|later|declined|denied|denies|confirmed|announced|stated|added|refused|[a-z]+ed)\b`)

// rePartnerAfterSite follows the site of an active raid up to a body that took part in it: "
// this morning together with the", " on monday, in cooperation with the".
var rePartnerAfterSite = regexp.MustCompile(`^\s*(?:compound|casino|resort|park|complex|hub)?\s*(?:(?:on|in|last|this|early|late|before|at)\s+[\w ]{1,25}?\s*)?,?\s*(?:together\s+with|along\s+with|jointly\s+with|alongside|in\s+(?:cooperation|coordination|collaboration|partnership)\s+with|with\s+(?:the\s+)?(?:assistance|help|support|participation|backing)\s+of)\s+(?:the\s+)?(?:` + raidMen + `)?$`)

// reUnitOf is the "of" that ties a unit to its parent body: " of the", " (CID) of".
var reUnitOf = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$`)

// coAgentBody reports a name that may share the agent's act: a raiding body (mayJoinRaid), or
// for a designation an organisation or a country.
func coAgentBody(e *docEntity, pred string) bool {
	if pred == model.Raided {
		return mayJoinRaid(e)
	}
	return e.typ == model.Organization || e.typ == model.Location && isCountry(e.name)
}

// coAgents returns the further agents of pred joined to agent, whose mention lies in the span
// [lo, hi] read for the relation; target is the raided site or the designated party. ms are
// the sentence's mentions in order.
func coAgents(text string, all []candidate, ents []*docEntity, ms []int, pred string, agent, target, lo, hi int) []int {
	var out []int
	for i, m := range ms {
		c := all[m]
		if c.ent != agent || c.s < lo || c.e > hi+30 {
			continue
		}
		low := strings.ToLower(text[max(0, c.s-60):c.s])
		if reByBefore.MatchString(low) {
			// The agent of a passive: further agents joined to it by coordination.
			var chain []int
			conj := false
			last := c
			for j := i + 1; j < len(ms); j++ {
				n := all[ms[j]]
				if n.ent == last.ent || n.s < last.e {
					last = n // the agent's acronym in brackets, or a nested mention
					continue
				}
				g := reCoAgentGap.FindStringSubmatch(strings.ToLower(text[last.e:n.s]))
				if g != nil && j+1 < len(ms) && possessorOf(text, n, all[ms[j+1]]) {
					// "and the Philippine National Police's Criminal Investigation and Detection
					// Group": the unit the possessor owns is the agent.
					j++
					n = all[ms[j]]
				}
				if g == nil || n.ent < 0 || n.ent == target || !coAgentBody(ents[n.ent], pred) {
					break
				}
				conj = conj || strings.TrimSpace(g[1]) != ","
				chain = append(chain, n.ent)
				last = n
			}
			if conj && len(chain) > 0 && !reClauseAfter.MatchString(text[last.e:min(len(text), last.e+30)]) {
				out = append(out, chain...)
			}
		}
		if pred == model.Raided {
			// An active raid's partner named after the site.
			for j := i + 1; j+1 < len(ms); j++ {
				site := all[ms[j]]
				if site.ent != target {
					continue
				}
				if n := all[ms[j+1]]; n.ent >= 0 && n.s >= site.e && n.ent != agent && mayJoinRaid(ents[n.ent]) &&
					rePartnerAfterSite.MatchString(strings.ToLower(text[site.e:n.s])) {
					out = append(out, n.ent)
				}
				break
			}
		}
	}
	return out
}

// unitOfParent returns the unit whose parent body, mentioned at lo, the relation read as the
// raider: "The Criminal Investigation Department of Sri Lanka Police raided X" reads the
// police force, but the department raided. It returns -1 and lo when no unit comes first.
func unitOfParent(text string, all []candidate, ents []*docEntity, ms []int, agent, lo int) (int, int) {
	for i, m := range ms {
		c := all[m]
		if c.ent != agent || c.s != lo || i == 0 {
			continue
		}
		p := all[ms[i-1]]
		if p.ent < 0 || p.ent == agent || p.e > c.s || ents[p.ent].typ != model.Organization || !mayJoinRaid(ents[p.ent]) {
			return -1, lo
		}
		if reUnitOf.MatchString(strings.ToLower(text[p.e:c.s])) {
			return p.ent, p.s
		}
		return -1, lo
	}
	return -1, lo
}

// Parties designated together with the one a rule reads: "X was sanctioned by the United
// States in 2023 along with its founder, Y", "X was sanctioned alongside his brother, Y, by
// the United Kingdom", "OFAC designated X together with Y".
var (
	// reAlongWith opens the phrase that joins another party to the designated one, up to
	// its name: " along with its founder, ", " alongside his brother, ", " together with ".
	reAlongWith = regexp.MustCompile(`^\s*,?\s*(?:along\s+with|alongside|together\s+with)\s+(?:the\s+)?(?:(?:his|her|its|their)\s+)?(?:[a-z-]+,?\s+){0,3}?(?:the\s+)?$`)
	// reAfterPatient is what may stand between the designated party and that phrase: its
	// verb ("was sanctioned"), a date, nothing.
	reAfterPatient = regexp.MustCompile(`^\s*,?\s*(?:(?:who|which)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:also|jointly|later)\s+)?(?:(?:sanctioned|designated|blacklisted)\s+)?(?:(?:in|on|last|this|earlier)\s+[\w ]{1,20}?\s*)?$`)
	// reAfterAgent is what may stand between the designating body and that phrase: a date,
	// a reason.
	reAfterAgent = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:in|on|last|this|earlier)\s+[\w ]{1,20}?\s*)?$`)
)

// coPatients returns the further parties designated together with party, whose designation by
// agent was read in the span [lo, hi]: the name after "along with", "alongside" or "together
// with" that follows the party (or its verb) or the body. ms are the sentence's mentions in
// order.
func coPatients(text string, all []candidate, ents []*docEntity, ms []int, party, agent, lo, hi int) []int {
	var out []int
	for i, m := range ms {
		c := all[m]
		if c.e > hi+60 || c.s < lo || c.ent != party && c.ent != agent {
			continue
		}
		// The next name that is neither end.
		j := i + 1
		for j < len(ms) && (all[ms[j]].s < c.e || all[ms[j]].ent == party || all[ms[j]].ent == agent) {
			j++ // a mention nested in this one, or a reference to an end ("its founder")
		}
		if j >= len(ms) {
			continue
		}
		n := all[ms[j]]
		if n.ent < 0 || !agentType(ents[n.ent].typ) {
			continue
		}
		gap := strings.ToLower(text[c.e:n.s])
		loc := reAlongPhrase.FindStringIndex(gap)
		if loc == nil || !reAlongWith.MatchString(gap[loc[0]:]) {
			continue
		}
		before := gap[:loc[0]]
		if c.ent == party && reAfterPatient.MatchString(before) || c.ent == agent && reAfterAgent.MatchString(before) {
			out = append(out, n.ent)
		}
	}
	return out
}

// reAlongPhrase finds where the joining phrase begins in a gap.
var reAlongPhrase = regexp.MustCompile(`\s*,?\s*(?:along\s+with|alongside|together\s+with)\b`)
