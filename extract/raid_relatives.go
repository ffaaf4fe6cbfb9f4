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
//   - "X, which the PAOCC and the Philippine National Police raided in August": each body
//     joined by "and" to the clause's subject raided the site;
//   - "The Tatmadaw says its troops have taken control of X", "the ministry said in February
//     that its officers had searched X", "the PAOCC, whose agents raided X": the body whose
//     men took the site raided it.
// The raiders are bodies that can raid (raid_crews.go). A clause whose verb is no raid ("that
// the NBI visited") is not read.

const (
	// ownMenW are a body's own men who took a site: "its troops", "whose agents".
	ownMenW = `(?:troops|soldiers|forces|officers|agents|units|personnel|men|investigators|operatives)`
	// tookControlW is a taking of control: "taken control of", "seized full control of".
	tookControlW = `taken\s+(?:full\s+)?control\s+of|seized\s+(?:full\s+)?control\s+of`
)

var (
	// reRaidRelativeHead runs from the site to the body: an optional description set off by a
	// comma or the site's place ("in Lapu-Lapu City, Cebu,"), then "that" or "which", the
	// body's men ("officers of"), and a country's possessive.
	reRaidRelativeHead = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()"“”]{1,90}?\s+|\s+(?:in|near|outside)\s+[^;:()"“”]{1,60}?,\s*|,\s*|\s+)(?:that|which)\s+(?:` + raidCrewW + `\s+(?:of|from)\s+)?(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reRaidRelativeJoin joins a further body to the clause's subject: " and the", " (NBI)
	// and the", " together with the".
	reRaidRelativeJoin = regexp.MustCompile(`^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:and|together\s+with)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?$`)
	// reRaidRelativeVerb follows the body: adverbs and the raid verb.
	reRaidRelativeVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:later|then|finally|eventually|also|had|has|have|jointly)\s+)*(?:raided|stormed|searched|shut\s+down|sealed|closed)\b`)
	// reOwnMenTook runs from a body to the site its men took: " says its troops have taken
	// control of ", " said its officers had raided the ".
	// The words between the verb of saying and "that" may date or place the statement: " said
	// in February that", " said in a statement on Thursday that".
	reOwnMenTook = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:said|says|say|announced|reported|claimed|claims)\s+(?:(?:on|in)\s+(?:a\s+(?:statement|release|briefing)|\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s+){0,2}(?:that\s+)?its\s+(?:own\s+)?` + ownMenW + `\s+(?:(?:had|have|has|also|jointly)\s+)*(?:` + tookControlW + `|raided|stormed|searched|cleared|entered)\s+(?:the\s+)?$`)
	// reWhoseMenRaided runs from a body leading a relative clause to the site its men raided:
	// ", whose agents raided the". Men who entered a site may have come as guests or to buy
	// food; "searched" is read only where the sentence tells a raid (reSearchRaidWord).
	reWhoseMenRaided = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,\s*whose\s+(?:own\s+)?` + ownMenW + `\s+(?:(?:had|have|has|also|jointly)\s+)*(?:` + tookControlW + `|raided|stormed|(searched)|cleared)\s+(?:the\s+)?$`)
	// reSearchRaidWord tells a raid in the sentence, for men who searched a site.
	reSearchRaidWord = regexp.MustCompile(`(?i)\b(?:raid|raids|raided|raiding|crackdown|stormed)\b`)
	// reNoRaid denies the raid a search would be part of: "said there had been no raid",
	// "denied that any raid had taken place".
	reNoRaid = regexp.MustCompile(`(?i)\bno\s+raid|\bnot\s+(?:a\s+)?raid|\bden(?:y|ies|ied)\b[^.;]{0,40}\braid`)
	// reSiteThing follows a site that is not itself the object but a thing of it: "X's
	// offices", "X records", "X bank accounts".
	reSiteThing = regexp.MustCompile(`^(?:['’]s\b|\s+(?:[a-z][\w-]*))`)
	// reQuestioned casts the sentence's raid as a question: "Residents asked whether the SAC
	// said ...", "Did the police raid X?".
	reQuestioned = regexp.MustCompile(`(?i)\b(?:whether|if)\b[^.]*\b(?:raided|stormed|searched|cleared|entered|control\s+of)\b|\?\s*["”’]?\s*$`)
)

// reUnverifiedClaim casts the sentence's raid as a claim no one could check: "a claim that
// could not be verified", "which could not be independently verified". This reader reads
// nothing there.
var reUnverifiedClaim = regexp.MustCompile(`\b(?:could|can)\s*not\s+be\s+(?:independently\s+)?(?:verified|confirmed)|\bunverified\b|\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b`)

// raidRelatives reads the shapes above. emit gets the sentence, the raider, the site, the
// site's sentence and the span read.
func raidRelatives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	canRaid := raiderMention(ents)
	// A sanctions office never raids: "X, which OFAC and the PNP raided" gives the PNP only.
	raider := func(c candidate) bool { return canRaid(c) && !sanctionsOffice(ents[c.ent].name) }
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
		if reUnverifiedClaim.MatchString(low) || reQuestioned.MatchString(text[st.s:st.e]) {
			continue
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
				if n.s >= c.e && isSite(n) && ownMenTook(text[c.e:n.s], text[st.s:st.e]) && !siteThing(text[n.e:st.e]) {
					emit(si, c.ent, n.ent, si, c.s, n.e)
					continue
				}
			}
			// The relative clause: the body is its subject, the site before it its object.
			if !reRaidRelativeVerb.MatchString(text[c.e:min(st.e, c.e+40)]) {
				continue
			}
			// Bodies joined to the subject by "and": "which the PAOCC and the PNP raided".
			chain, first := []int{c.ent}, i
			for first > 0 {
				p := cands[ms[first-1]]
				if p.ent == cands[ms[first]].ent && p.e <= cands[ms[first]].s {
					first-- // a short form beside the name
					continue
				}
				if p.e > cands[ms[first]].s || !canRaid(p) || !reRaidRelativeJoin.MatchString(text[p.e:cands[ms[first]].s]) {
					break
				}
				if raider(p) {
					chain = append(chain, p.ent)
				} // a sanctions office joined to the raiders is passed over
				first--
			}
			for k := first - 1; k >= 0; k-- {
				p := cands[ms[k]]
				if p.e > c.s {
					continue
				}
				if p.ent >= 0 && ents[p.ent].typ == model.Location {
					continue // a place in the site's description, or the body's country
				}
				if f := cands[ms[first]]; isSite(p) && reRaidRelativeHead.MatchString(text[p.e:f.s]) && !strings.Contains(text[p.e:f.s], "\n") {
					for _, r := range chain {
						emit(si, r, p.ent, si, p.s, c.e)
					}
				}
				break
			}
		}
	}
}

// ownMenTook reports the words from a body to a site telling that its men took the site: the
// body said its men did, or a relative clause on the body says its men raided the site.
func ownMenTook(gap, sentence string) bool {
	if reOwnMenTook.MatchString(gap) {
		return true
	}
	m := reWhoseMenRaided.FindStringSubmatch(gap)
	return m != nil && (m[1] == "" || reSearchRaidWord.MatchString(sentence) && !reNoRaid.MatchString(sentence))
}

// siteFollowers may follow a site that is the object: a preposition, a time, a conjunction,
// or the site's head noun.
var siteFollowers = set("in", "on", "at", "last", "this", "earlier", "early", "late", "and", "or", "but",
	"after", "before", "during", "while", "where", "which", "when", "with", "near", "for", "as", "by",
	"from", "following", "since", "until", "again", "twice", "yesterday", "today", "overnight", "then",
	"amid", "over", "under", "together", "alongside", "within", "shortly", "to", "once",
	// the site's own head noun: "searched the Phoenix Crown building"
	"building", "buildings", "compound", "complex", "site", "premises", "tower", "towers", "hub",
	"zone", "facility", "camp")

// siteThing reports a site followed by its possessive or a noun ("X's offices", "X records"):
// the men searched a thing of the site, not the site.
func siteThing(tail string) bool {
	m := reSiteThing.FindString(tail)
	if m == "" {
		return false
	}
	w := strings.TrimSpace(m)
	return strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || !siteFollowers[w]
}

// sanctionsOffice reports a body that sanctions and never raids: OFAC, the Treasury, the
// authorities of the sanctions lists.
func sanctionsOffice(name string) bool {
	if _, ok := knownAuthority(name); ok {
		return true
	}
	n := strings.ToLower(name)
	return strings.Contains(n, "treasury") || strings.Contains(n, "foreign assets") || strings.Contains(n, "sanctions")
}
