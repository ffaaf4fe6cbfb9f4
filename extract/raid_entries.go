package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A raid told by a verb of entry: "Provincial police entered X last night and took out 40
// people", "Myanmar military troops entered X", "Operatives of A and B entered the X". The
// verb is plain ("entered"), so the reading is held to a clause whose subject is nothing but
// police, military or government bodies (or armed groups), the words for their men and a
// time: "workers entered X", "police said the men entered X" and "A entered talks with X" are
// not raids, and neither is an entry for a purpose other than a raid's ("entered X for talks",
// "to deliver food") unless people were held, freed or arrested there. An entry is read as a
// raid only when its sentence tells a raid's deed or word (freed, rescued, arrested, detained,
// seized, a warrant, a raid) and tells no visit, tour, ceremony, payment, welcome, habit
// ("every evening") or empty site: "troops entered X" alone may be a patrol, and an armed
// group's men entering a site it guards raid nothing. Cases in raid_entries_test.go.

var (
	// reEntryVerbSite is the end of the words before the site: " entered the ", " entered ".
	reEntryVerbSite = regexp.MustCompile(`(?i)\b(?:entered|went\s+into|(?:carried\s+out|conducted)\s+(?:an?\s+)?inspection\s+(?:of|at))\s+(?:the\s+)?$`)
	// reJointForceLead ends right before the first body of a joint force named as the
	// subject: "a joint force of the", ", a joint force composed of the". The clause starts
	// there (a fronted "Acting on information from the embassy," is no part of the subject).
	reJointForceLead = regexp.MustCompile(`(?i)\b(?:a|the)\s+(?:joint|combined|mixed)\s+(?:force|team|task\s+force)\s+(?:composed\s+of|consisting\s+of|made\s+up\s+of|of)\s+(?:the\s+)?`)
	// reParentOfGap is the gap before a body's parent: " of the" ("the Anti-Human Trafficking
	// Department of the General Commissariat of National Police").
	reParentOfGap = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$`)
	// reEntrySubjectWord is a word the subject clause may hold besides the bodies' names.
	reEntrySubjectWord = regexp.MustCompile(`(?i)^(?:the|and|of|its|their|operatives|officers|agents|troops|soldiers|policemen|units|personnel|forces|elements|members|teams?|raiding|armed|reports?|that|on|last|this|early|night|morning|evening|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|jointly|later|then|\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december)$`)
	// reEntryWarrant is an aside on the warrant the bodies' men carried: ", armed with a
	// warrant to search and seize computer data,".
	reEntryWarrant = regexp.MustCompile(`(?i),\s*(?:armed\s+with|acting\s+on|carrying|bearing)\s+(?:an?|the|two|three)\s+[^,;.()]{0,80}?\bwarrants?\b[^,;.()]{0,60},`)
	// rePurposeAfter is a purpose told after the site: " on Monday for talks", " to deliver
	// food"; reHeldInside (raids_joint.go) tells a raid's purpose from the others.
	rePurposeAfter = regexp.MustCompile(`(?i)^[^.;]{0,80}?\b(?:to|for)\s+[a-z]`)
	// reSitePossessive is a possessive after the site ("the X compound's fire exits"): what
	// was inspected or entered is something of the site, not the site.
	reSitePossessive = regexp.MustCompile(`(?i)^(?:\s+(?:compound|resort|complex|park|site|casino|hub|zone|building|estate|plaza|tower))?['’]s\b`)
	// reEntryRaidDeed is a raid's deed or word in the sentence of an entry: "entered X and
	// freed 60 workers", "with a search warrant", "in a raid". A plain entry ("troops entered
	// X") may be a patrol, a visit or an armed group's own round of the sites it guards.
	reEntryRaidDeed = regexp.MustCompile(`(?i)\b(?:raid(?:ed|s|ing)?|operations?|firefight|took\s+control|found\s+(?:\d[\d,]*|hundreds|dozens|scores)|locked|interview(?:ed|ing)|question(?:ed|ing)|discover(?:ed|ing)|storm(?:ed|ing)|rescu(?:e|ed|es|ing)|fre(?:ed|eing)|liberat(?:ed|ing)|arrest(?:ed|ing|s)?|detain(?:ed|ing)?|seiz(?:ed|ing)|confiscat(?:ed|ing)|impound(?:ed|ing)|search(?:ed|ing)?|warrants?|apprehend(?:ed|ing)|round(?:ed|ing)?\s+up|took\s+out|taken\s+out|evacuat(?:ed|ing)|custody|crackdown|sweep|swoop(?:ed)?|sealed\s+off|shut\s+(?:it\s+)?down|checked\s+(?:the\s+)?(?:documents|passports|papers|identit(?:y|ies))|inspect(?:ed|ing|ion)|holding|removed|removing|repatriat(?:ed|ing)|handcuffed|captured)\b`)
	// reEntryNoRaid is an entry's words that tell no raid: a tour, a visit, a ceremony, a
	// payment, a welcome, a habit ("every evening"), a time before the site was one ("in 2019
	// when it was still a hotel"), or nothing found ("and found it was empty").
	reEntryNoRaid = regexp.MustCompile(`(?i)\b(?:tours?|toured|touring|visit(?:s|ed|ing)?|ceremon(?:y|ies|ial)|inaugurat(?:ed|ion|ing)|celebrat(?:e|ed|ion|ing)|banquet|payments?|paid|bribes?|(?:met|welcomed|greeted|hosted|received|escorted)\s+by|(?:every|each)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|nightly|weekly|monthly|regularly|routinely|often|frequently|usually|habitually|used\s+to|when\s+(?:it|the\s+[a-z]+)\s+was\s+(?:still|then|only|just)|(?:was|were|it|be)\s+(?:completely\s+|entirely\s+|largely\s+)?(?:empty|deserted|abandoned|vacant)|found\s+(?:nothing|no\s+one|nobody|no\s+sign))\b`)
	// reEntryParen is an abbreviation in parentheses after a body's name: "(PAOCC)".
	reEntryParen = regexp.MustCompile(`\([^()]{1,20}\)`)
)

// raidEntries reads the shape above in each sentence; emit gets the raider and the site.
func raidEntries(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	isSite := siteMention(ents)
	raider := raiderMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !mentionsAny(lowerASCII(text[st.s:st.e]), "entered ", "went into ", "inspection") {
			continue // cheap test before the regular expressions
		}
		told := 0 // 0 unread, 1 no raid deed told (or a visit, a habit), 2 a raid deed told
		for q := 1; q < len(ms); q++ {
			site := cands[ms[q]]
			if !isSite(site) || !reEntryVerbSite.MatchString(text[max(st.s, site.s-40):site.s]) {
				continue
			}
			if reSitePossessive.MatchString(text[site.e:st.e]) {
				continue // "an inspection of the X compound's fire exits": something of the site
			}
			if after := text[site.e:st.e]; rePurposeAfter.MatchString(after) && !reHeldInside.MatchString(after) {
				continue // "entered X for talks", "to deliver food": a purpose other than a raid's
			}
			if told == 0 {
				told = 1 // read once a sentence: a list of sites must not scan it once per site
				if reEntryRaidDeed.MatchString(text[st.s:st.e]) {
					told = 2
				}
			}
			if told != 2 || !entryDeedTold(text, st, site, false) || reEntryNoRaid.MatchString(entryWindow(text, st, site)) {
				continue // "troops entered X every evening", "entered X on a tour": no raid told
			}
			var raiders []int
			pos, ok := clauseStart(text, st.s, site.s), true
			if locs := reJointForceLead.FindAllStringIndex(text[pos:site.s], -1); len(locs) > 0 {
				pos += locs[len(locs)-1][1] // "a joint force composed of A, B and C entered"
			}
			prevRaider := false
			for p := 0; p < q && ok; p++ {
				c := cands[ms[p]]
				if c.s < pos {
					continue
				}
				ok = raider(c) && entrySubjectWords(text[pos:c.s])
				// a parent named by its possessive ("the PNP's CIDG") or after "of" ("the
				// Anti-Human Trafficking Department of the National Police") is not the one
				// that entered
				parent := prevRaider && reParentOfGap.MatchString(text[pos:c.s])
				if !parent && !strings.HasPrefix(text[c.e:], "'s ") && !strings.HasPrefix(text[c.e:], "’s ") {
					raiders = append(raiders, c.ent)
				}
				prevRaider = ok
				pos = c.e
			}
			end := site.s - len(reEntryVerbSite.FindString(text[max(st.s, site.s-40):site.s]))
			if !ok || len(raiders) == 0 || pos > end || !entrySubjectWords(text[pos:end]) {
				continue
			}
			guardDeed := -1 // an armed group's deed, read once a site: runaways caught are no raid
			for _, a := range raiders {
				if guardForce(ents[a]) {
					if guardDeed < 0 {
						guardDeed = 0
						if entryDeedTold(text, st, site, true) {
							guardDeed = 1
						}
					}
					if guardDeed == 0 {
						continue // "DKBA soldiers entered X and detained workers who tried to flee"
					}
				}
				if a != site.ent {
					emit(si, a, site.ent, cands[ms[0]].s, site.e)
				}
			}
		}
	}
}

// entryPunct blanks the possessives and punctuation between a raid subject's words.
var entryPunct = strings.NewReplacer("'s", " ", "’s", " ", ",", " ", ":", " ", "(", " ", ")", " ")

// entrySubjectWords reports that the words between names in a raid's subject clause are all
// words for the bodies' men, joiners or a time.
func entrySubjectWords(s string) bool {
	s = reEntryParen.ReplaceAllString(s, " ")
	s = reEntryWarrant.ReplaceAllString(s, " ")
	s = entryPunct.Replace(s)
	for _, w := range strings.Fields(s) {
		if !reEntrySubjectWord.MatchString(w) {
			return false
		}
	}
	return true
}

// clauseStart returns where the clause that ends at end begins: after the last dash, colon or
// semicolon of the sentence before it ("UPDATE 22 Oct — troops entered X").
func clauseStart(text string, from, end int) int {
	start := from
	for _, sep := range []string{"—", " – ", " - ", ": ", "; "} {
		if i := strings.LastIndex(text[from:end], sep); i >= 0 {
			start = max(start, from+i+len(sep))
		}
	}
	return start
}

// reEntryClauseEnd ends an entry's own words after the site: a relative clause or a semicolon
// tells of someone else ("freed 60 workers who had paid recruiters").
var reEntryClauseEnd = regexp.MustCompile(`(?i)\b(?:who|whom|whose|which|where|that)\b|;`)

// entryWindow is the entry's own words around the site: up to 80 bytes before it and, after
// it, up to the end of its clause (at most 160 bytes). A visit, a habit or an empty site told
// there makes the entry no raid; the same words told of the workers freed do not.
func entryWindow(text string, st sentence, site candidate) string {
	from := runeStartBefore(text, max(st.s, site.s-80), st.s)
	to := runeStartAfter(text, min(st.e, site.e+160), st.e)
	after := text[site.e:to]
	if loc := reEntryClauseEnd.FindStringIndex(after); loc != nil {
		after = after[:loc[0]]
	}
	return text[from:site.s] + " " + after
}

// reEntryDeedClauseEnd ends the entering party's words after the site: a relative clause on
// someone else ("freed 60 workers who had paid recruiters") or a semicolon. "where" does not
// end it ("entered X, where they freed 60 workers"), nor does a relative clause on the site
// that tells the party's deed ("entered X which they then searched", "entered X, which was then
// searched"), and a relative clause closed by a comma before "then" or "and" gives the party's
// words back ("detained workers who tried to flee, then searched the offices").
var reEntryDeedClauseEnd = regexp.MustCompile(`(?i)\b(?:who|whom|whose|which|that)\b|;`)

// reSiteRelativeDeed opens a relative clause on the site that tells the party's own deed:
// "which they then searched", ", which was then searched and sealed off".
var reSiteRelativeDeed = regexp.MustCompile(`(?i)^` + siteNounGap + `\s*,?\s*(?:which|that)\s+(?:they|(?:was|were)\s+(?:then|subsequently|immediately|promptly)\b)`)

// reByAnother finds an agent in the site's relative clause, before its end: "which was then
// stormed by the DKBA" tells another's deed.
var reByAnother = regexp.MustCompile(`(?i)^` + siteNounGap + `\s*,?[^,;.]*\bby\b`)

// siteNounGap is a common noun between the site's name and its relative clause: "the Jinbei
// compound, which was then searched".
const siteNounGap = `(?:\s+(?:compound|complex|casino|park|building))?`

// reWhichThat finds the site's relative pronoun.
var reWhichThat = regexp.MustCompile(`(?i)\b(?:which|that)\b`)

// reRelativeResumes follows the comma that closes a relative clause inside the party's words:
// ", then searched", ", and then", ", before sealing".
var reRelativeResumes = regexp.MustCompile(`(?i)^,\s*(?:and\s+)?(?:then|later|afterwards|before|after)\b`)

// reDeedSuffered is a deed done to the entering party, not by it: "where they were detained
// by armed guards", "officers were held for hours", "and were questioned by its guards". Its word is blanked before the deed test.
var reDeedSuffered = regexp.MustCompile(`(?i)\b(?:and|they|he|she|we|officers|policemen|police|troops|soldiers|agents|the\s+(?:officers|policemen|police|troops|soldiers|agents|team|raiders))\s+(?:were|was|had\s+been|got|being)\s+(?:(?:briefly|themselves|then|later|also|reportedly|allegedly)\s+)?(?:[a-z]+(?:ed|en)\s+and\s+)?(?:detained|held|arrested|captured|seized|locked|handcuffed|searched|questioned|interviewed|removed|evacuated|stormed|taken)\b`)

// reDeedOnEscapees is a guard's deed: holding workers or victims told as running away
// ("detained workers who tried to flee", "detained 30 workers who tried to flee", "holding 200
// people who tried to flee", "captured escapees"). A raid frees, searches, arrests suspects
// or seizes; a site's guards catching its runaways raid nothing, whoever they are. Bosses,
// managers or suspects caught fleeing ("detained scam bosses trying to flee") are a raid's
// catch and are not matched.
var reDeedOnEscapees = regexp.MustCompile(`(?i)\b(?:detain(?:ed|ing)?|captur(?:ed|ing)|apprehend(?:ed|ing)|round(?:ed|ing)?\s+up|handcuffed|locked\s+up|seiz(?:ed|ing)|caught|recaptur(?:ed|ing)|beat|beating|hold(?:ing)?|held)\s+(?:(?:(?:\d[\d,]*|[a-z-]+)\s+){0,4}?(?:escapees|runaways)\b|(?:(?:\d[\d,]*|[a-z-]+)\s+){0,4}?(?:workers|victims|escapees|runaways|people|labou?rers|employees|staff|foreigners|nationals|detainees|captives|men|women|those|others|them|residents)\s+(?:(?:who|that)\s+(?:had\s+)?(?:tried|attempted|were\s+trying|was\s+trying|sought|wanted|planned|dared)\s+to\s+(?:flee|escape|run|leave)|(?:trying|attempting|seeking)\s+to\s+(?:flee|escape|run|leave)|(?:fleeing|escaping|who\s+(?:had\s+)?(?:escaped|fled))\b))`)

// entryDeedTold reports whether the entering party's own clause tells a raid's deed: the
// words of the clause before the site (at most 200 bytes) and after it up to the clause's end
// (at most 200 bytes), with deeds done to the party ("where they were detained by armed
// guards") left out, and, for an armed group (guards), its catching of runaways ("detained
// workers who tried to flee"). A deed told elsewhere in the sentence belongs to someone else.
func entryDeedTold(text string, st sentence, site candidate, guards bool) bool {
	from := runeStartBefore(text, max(st.s, site.s-200), st.s)
	from = clauseStart(text, from, site.s) // read over 200 bytes at most: a list of sites stays linear
	to := runeStartAfter(text, min(st.e, site.e+200), st.e)
	after := text[site.e:to]
	if guards {
		after = guardDeeds(after) // "detained workers who tried to flee" (the relative clause read first)
	}
	after = entryPartyWords(after)
	w := notRaidDeeds(text[from:site.s] + " " + after)
	if guards {
		w = guardDeeds(w)
	}
	return reEntryRaidDeed.MatchString(w)
}

// entryPartyWords is the words after the site that are the entering party's: up to a relative
// clause on someone else or a semicolon, with a relative clause on the site that tells the
// party's deed kept and a relative clause closed by ", then" blanked. Each step moves on, so
// the cost is linear in the words' length.
func entryPartyWords(after string) string {
	if reSiteRelativeDeed.MatchString(after) && !reByAnother.MatchString(after) {
		if loc := reWhichThat.FindStringIndex(after); loc != nil {
			after = after[:loc[0]] + blankOut(after[loc[0]:loc[1]]) + after[loc[1]:]
		}
	}
	at := 0
	for at < len(after) {
		loc := reEntryDeedClauseEnd.FindStringIndex(after[at:])
		if loc == nil {
			break
		}
		i := at + loc[0]
		if after[i] == ';' {
			return after[:i]
		}
		c := strings.IndexAny(after[i:], ",;")
		if c < 0 || after[i+c] == ';' || !reRelativeResumes.MatchString(after[i+c:]) {
			return after[:i]
		}
		after = after[:i] + blankOut(after[i:i+c]) + after[i+c:]
		at = i + c + 1
	}
	return after
}

// notRaidDeeds blanks, in the words of an entry, the deeds done to the entering party
// ("where they were detained by armed guards"): they tell no raid. The words keep their length.
func notRaidDeeds(w string) string {
	if mentionsAny(lowerASCII(w), " were ", " was ", " been ", " got ", " being ") {
		w = reDeedSuffered.ReplaceAllStringFunc(w, blankOut)
	}
	return w
}

// guardDeeds blanks an armed group's catching of runaways ("detained workers who tried to
// flee"): a site's guards doing so raid nothing. Police or troops who detain those fleeing
// their raid still raid.
func guardDeeds(w string) string {
	return reDeedOnEscapees.ReplaceAllStringFunc(w, blankOut)
}

// blankOut is a run of spaces as long as m.
func blankOut(m string) string { return strings.Repeat(" ", len(m)) }

// guardForce reports an armed group, the kind of body that guards sites.
func guardForce(e *docEntity) bool {
	return e.typ == model.Organization && sectorOf(e.name) == model.SectorArmedGroup
}

// entryAfterDeeds is the words after a site that e entered, with the deeds that tell no raid
// by e blanked (notRaidDeeds; guardDeeds when e is an armed group).
func entryAfterDeeds(e *docEntity, w string) string {
	w = notRaidDeeds(w)
	if guardForce(e) {
		w = guardDeeds(w)
	}
	return w
}
