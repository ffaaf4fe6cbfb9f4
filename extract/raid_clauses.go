package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Raids whose raiders are several bodies told in one clause:
//   - a passive, often a relative clause after the site's apposition, with coordinated
//     agents: "X, a compound in Cordova, Cebu, that was raided in March by the PAOCC and the
//     CIDG", "X was raided by A (A) and B";
//   - coordinated subjects, one of them named through its men: "The Myanmar Police Force
//     and soldiers from the junta's Light Infantry Battalion 275 raided X", "agents of A
//     and B entered X ... and found 680 workers inside";
//   - a body, with partners set off by commas, that carried out a search, raid or
//     operation of a site: "the Commission, in cooperation with A and B, carried out a
//     search of X";
//   - a body that says it, or its men, raided a site: "the KNA announced in March that it
//     had raided X", "the Ministry said in a statement that officers raided X".
// Every raider must be a body that can take part in a raid (mayJoinRaid) or an armed group.

// raidCrewW are the members of a body through whom it raids.
const raidCrewW = `(?:troops|soldiers|officers|agents|personnel|members|operatives|policemen|men|investigators|units?|elements|teams?)`

var (
	// reRaidPassiveBy ends right before the first agent of a raid passive: " that was raided
	// in March by the", " was stormed on 2 May by troops of the".
	reRaidPassiveBy = regexp.MustCompile(`(?i)(?:(,\s*(?:which|that)\s+)|\s)(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|also|first|reportedly|jointly|eventually|briefly|finally|subsequently|forcibly)\s+)*(?:raided|stormed|searched|sealed\s+off|swept|entered)\s+(?:(?:on|in|last|this|early|late|earlier|during|before)\s+[\w ,]{1,30}?\s+|(?:shortly\s+)?(?:after|before|at)\s+(?:dawn|daybreak|nightfall|midnight)\s+)?by\s+(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reEnteredIn is an entry in a register or a record, not into a site: "was entered in the
	// register by".
	reEnteredIn = regexp.MustCompile(`(?i)\bentered\s+in\s`)
	// reIntoRecords follows the agent of "entered by" when the entry is one in a record: "was
	// entered by the Land Registry Office into its records".
	reIntoRecords = regexp.MustCompile(`(?i)^[^.;]{0,40}?\b(?:in|into|on|onto)\s+(?:its|the|their)\s+(?:records?|register|registry|list|database|system|docket|books)\b`)
	reEnteredWord = regexp.MustCompile(`(?i)\bentered\b`)
	// reSubjectAside is what may stand between a site and its passive, beside nothing: an
	// aside closed by a comma that tells where the site lies ("X in Ton Pheung district,
	// Bokeo province, was sealed off by", "X, which lies in Bokeo province, was swept by").
	reSubjectAside = regexp.MustCompile(`^[^.;:()]{1,180}(?:,["”]?|["”],)\s*$`)
	// reSiteKindAside is an aside headed by a site's kind, whatever names it holds after the
	// head: ", one of several compounds operated by Shwe Bo Group,", ", a gated complex of
	// eleven blocks,".
	reSiteKindAside = regexp.MustCompile(`(?i)^\s*,\s*(?:a|an|one\s+of\s+(?:the\s+)?(?:several|many|two|three|four|five|\w+est)?)\s+(?:[\w-]+\s+){0,3}?(?:compounds?|complex(?:es)?|casinos?|resorts?|parks?|zones?|hubs?|towers?|buildings?|estates?|plazas?|hotels?|sites?)\b[^,;.:()]*,\s*$`)
	// reSomeoneOfSite ends right before a site that only qualifies the passive's subject: "The
	// owner of", "the managers of the".
	reSomeoneOfSite = regexp.MustCompile(`(?i)\b(?:owners?|managers?|operators?|bosses|boss|offices?|directors?|staff|lawyers?|landlords?|homes?|houses?|cars?|vans?|vehicles?|accountants?|guards?)\s+(?:of|at)\s+(?:the\s+)?$`)
	// reSiteNounNamedAs ends right before a site's name given in an aside to a site noun that
	// is the subject: "The nine-hectare compound, marketed to investors as", "The complex,
	// known locally as".
	reSiteNounNamedAs = regexp.MustCompile(`(?i)(?:^|[.;:]\s*|\b(?:the|this|that)\s+)(?:[\w-]+\s+){0,2}?(?:compound|complex|hub|building|tower|park|resort|casino|zone|estate|site),\s*(?:(?:known|marketed|branded|billed|advertised|registered)\s+(?:[^,;.]{0,30}?\s)?as|called|named)\s+(?:the\s+)?$`)
	// reSiteApposed runs from a site to the relative pronoun of a clause about it, over an
	// apposition: ", an offshore gaming and scam compound in Cordova, Cebu".
	reSiteApposed = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:a|an|the)\s+[^;()"“”]{1,160}?)?$`)
	// reRaiderAnd joins a further raider: " and the", " (PAOCC) and by troops of the", ", and
	// soldiers from the junta's".
	reRaiderAnd = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:` + raidCrewW + `\s+)?,?\s*(?:and|as\s+well\s+as|(?:acting|working)\s+(?:together\s+)?with|together\s+with|alongside)\s+(?:by\s+)?(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?(?:(?:[A-Za-z][\w-]*\s+){0,2}[\w-]+(?:['’]s|s['’])\s+)?$`)
	// reRaidLead ends right before a raider that heads its clause: the sentence's start, a
	// comma, "when", "that", a speech verb, a date; with its men named before it or not.
	reRaidLead = regexp.MustCompile(`(?i)(?:^|[,;:—–]|\bwhen|\bafter|\bthat|\bsaid|\bsays|\bas)\s*(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z]?[\w]+(?:\s+\d{1,4})?,?\s*(?:\d{4},?\s*)?)?(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reCoRaidVerb follows the last of the raiders up to the site: " (NBI) jointly raided",
	// " on Thursday stormed the".
	reCoRaidVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:jointly|also|then|together|reportedly|early|late|last|this|(?:on|in)\s+[\w ]{1,20}?)\s+)*(raided|stormed|searched|swept\s+(?:into|through)|entered|shut\s+down|sealed\s+off|sealed)\s+(?:the\s+)?$`)
	// reFoundInside follows a site entered: people held, freed or found there.
	reFoundInside = regexp.MustCompile(`(?i)^[^.;]{0,160}?\b(?:holding|detaining|detained|arresting|arrested|rescuing|rescued|freeing|freed|seizing|seized|found\s+[^.;]{0,40}?\b(?:workers|people|nationals|foreigners|victims|inside))\b`)
	// reOwnVerbAfter follows a body that is the subject of a clause of its own.
	reOwnVerbAfter = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:said|says|told|announced|would|will|has|had|have|is|was|were|are|later|then|also|did|added|confirmed)\b`)
	// reSaidItRaided follows a body that says it, or its men, raided a site: " said in a
	// statement that officers raided the", " announced in March that it had raided".
	reSaidItRaided = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:also|later|then|(?:on|in|last)\s+\w+)\s+)?(?:said|says|announced|announces|reported|stated|confirmed|confirms|claimed|claims)\s+(?:(?:in|on|at)\s+[^,;.]{1,40}?\s+)?(?:that\s+)?(?:it|they|(?:its\s+)?(?:` + raidCrewW + `|police))\s+(?:(?:had|have|has|jointly|also|then|(?:on|in|last)\s+\w+(?:\s+\d+)?)\s+)*(?:raided|stormed|searched)\s+(?:the\s+)?$`)
	// reSearchOfSite follows a raider and its partners up to the site of its search: ",
	// in cooperation with A and B, carried out a search of the".
	reSearchOfSite = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(,\s*` + raidPartner + `\s+[^;.]{1,200}?,\s*)(?:(?:jointly|also|then)\s+)*(?:conducted|carried\s+out|launched|mounted|staged|led)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:search|searches|inspection|raid|raids|operation|crackdown|sweep)\s+(?:of|on|at|against|inside|in)\s+(?:the\s+)?$`)
)

// raidClauses calls emit(si, raider, site, s, e) for each shape above in sentence si.
func raidClauses(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	isSite := siteMention(ents)
	// raider is a police, military or government body, or an armed group (which raid
	// compounds in their own areas).
	raider := raiderMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "raided", "stormed", "search", "entered", "swept", "sealed", "shut down", "inspection", "operation") {
			continue // cheap test before the regular expressions
		}
		// chain returns mention i and the raiders joined to it by "and"; in a passive a body
		// that has a verb of its own after it opens a new clause ("..., and the Bureau said").
		chain := func(i int, passive bool) []int {
			out := []int{i}
			for k := i + 1; k < len(ms); k++ {
				prev, n := cands[ms[out[len(out)-1]]], cands[ms[k]]
				if n.s < prev.e || n.ent == prev.ent {
					continue
				}
				if !raider(n) || n.s-prev.e > 80 || !reRaiderAnd.MatchString(text[prev.e:n.s]) ||
					passive && reOwnVerbAfter.MatchString(text[n.e:min(st.e, n.e+40)]) {
					break
				}
				out = append(out, k)
			}
			return out
		}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if !raider(c) || i > 0 && cands[ms[i-1]].ent == c.ent {
				continue
			}
			from := st.s
			if i > 0 && cands[ms[i-1]].e <= c.s {
				from = cands[ms[i-1]].e
			}
			before := text[max(st.s, c.s-120):c.s]
			// The passive, its subject the site named before (over an apposition when the
			// passive is a relative clause).
			if loc := reRaidPassiveBy.FindStringSubmatchIndex(before); loc != nil && !reEnteredIn.MatchString(before[loc[0]:]) &&
				!(reEnteredWord.MatchString(before[loc[0]:]) && reIntoRecords.MatchString(text[c.e:min(st.e, c.e+80)])) {
				off := max(st.s, c.s-120)
				verbAt := off + loc[0]
				relative := loc[2] >= 0
				for k := i - 1; k >= 0; k-- {
					p := cands[ms[k]]
					if p.e > verbAt || p.ent < 0 {
						continue
					}
					if relative && ents[p.ent].typ != model.Location && !isSite(p) {
						break // a firm or a person named in between: the clause may be about it
					}
					if !isSite(p) {
						continue
					}
					if reSomeoneOfSite.MatchString(text[max(st.s, p.s-40):p.s]) {
						break // "The owner of X, a compound in Myawaddy, was searched by": the owner was
					}
					gap := text[p.e:verbAt]
					// "The compound, marketed to investors as X, was entered by": X is the subject.
					namedAs := !relative && strings.TrimSpace(gap) == "," && reSiteNounNamedAs.MatchString(text[max(st.s, p.s-120):p.s])
					if relative && reSiteApposed.MatchString(gap) || !relative && (namedAs || placeAsideOnly(gap, cands, ents, ms[k+1:i], p.ent)) {
						for _, k := range chain(i, true) {
							emit(si, cands[ms[k]].ent, p.ent, p.s, cands[ms[k]].e)
						}
					}
					break
				}
				continue
			}
			if !reRaidLead.MatchString(text[max(from, c.s-60):c.s]) {
				continue
			}
			// Coordinated subjects and their verb.
			if ch := chain(i, false); len(ch) > 1 {
				last := cands[ms[ch[len(ch)-1]]]
				for k := ch[len(ch)-1] + 1; k < len(ms); k++ {
					n := cands[ms[k]]
					if n.s < last.e || n.ent == last.ent {
						continue
					}
					v := reCoRaidVerb.FindStringSubmatch(text[last.e:n.s])
					if v == nil || !isSite(n) || n.s-last.e > 80 {
						break
					}
					if v[1] == "entered" && !reFoundInside.MatchString(notRaidDeeds(text[n.e:min(len(text), n.e+200)])) {
						break
					}
					for _, j := range ch {
						if e := cands[ms[j]].ent; v[1] != "entered" || !guardForce(ents[e]) || reFoundInside.MatchString(entryAfterDeeds(ents[e], text[n.e:min(len(text), n.e+200)])) {
							emit(si, e, n.ent, c.s, n.e) // guards catching runaways raid nothing (raid_entries.go)
						}
					}
					break
				}
			}
			// A body that says it, or its men, raided a site.
			for k := i + 1; k < len(ms); k++ {
				n := cands[ms[k]]
				if n.ent == c.ent || n.s < c.e {
					continue // its short form, or "it" standing for it
				}
				if isSite(n) && n.s-c.e < 120 && reSaidItRaided.MatchString(text[c.e:n.s]) {
					emit(si, c.ent, n.ent, c.s, n.e)
				}
				break
			}
			// A search or operation of a site, with partners set off by commas.
			for k := i + 1; k < len(ms); k++ {
				n := cands[ms[k]]
				if !isSite(n) {
					continue
				}
				loc := reSearchOfSite.FindStringSubmatchIndex(text[c.e:n.s])
				if n.s-c.e > 300 || loc == nil {
					break
				}
				asideEnd := c.e + loc[3]
				out := []int{c.ent}
				for _, m := range ms[i+1 : k] {
					if o := cands[m]; o.s < asideEnd && raider(o) && o.ent != c.ent && !parentNamed(text, o.s) {
						out = append(out, o.ent)
					}
				}
				for _, a := range out {
					emit(si, a, n.ent, c.s, n.e)
				}
				break
			}
		}
	}
}

// placeAsideOnly reports that gap, the words between a site and the passive verb after it, is
// empty or an aside whose names (mentions ms) are places or the site itself: a firm or a
// person named there may be what the passive is about.
func placeAsideOnly(gap string, cands []candidate, ents []*docEntity, ms []int, site int) bool {
	if strings.TrimSpace(gap) == "" {
		return true
	}
	if !reSubjectAside.MatchString(gap) {
		return false
	}
	if reSiteKindAside.MatchString(gap) {
		return true // "X, one of several compounds operated by Y, was searched by": all of it is about X
	}
	for _, m := range ms {
		if c := cands[m]; c.ent >= 0 && c.ent != site && ents[c.ent].typ != model.Location {
			return false
		}
	}
	return true
}
