package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Guard acts: a body whose men guard, man, patrol or stand at a site, told either way round.
//   - Active, the body named through its men: "soldiers from the KNA guard its gates", "KNA
//     soldiers stand at the gate", "armed men in DKBA uniforms guarded the compound's gates",
//     "Colonel X's men guarded the perimeter of the park", "troops of A and B man the
//     checkpoints at X".
//   - Passive, the site or its parts the subject: "the compound's gates and watchtowers were
//     manned by soldiers of the DKBA", "the gates of X were manned by troops of Y", "the site
//     had for years been guarded by soldiers from A and by B".
// The site is the compound named (or referred to) after the verb or as the passive's
// subject; a bare part ("its gates", "the gate") belongs to the last site named before in
// the sentence or, failing that, in the nearest of the three sentences before. A sentence that tells a raid,
// rescue or arrest is left alone: men who stand at a gate there are the raiders.

// guardCrewW are the members of a body through whom it guards.
const guardCrewW = `(?:troops|soldiers|men|officers|fighters|militiamen|militia\s+members|guards|members|forces|personnel|policemen|police\s+officers|police|cops|gunmen|units|guys)`

// guardSaidAside is a speaker set off by commas inside a guard clause: ", the workers said,",
// ", both men said,". The act stays the speakers' word (graded as such), its shape the same.
const guardSaidAside = `(?:,\s*(?:[\w-]+\s+){1,3}?(?:said|say|says|told\s+\w+|claimed|claim|alleged)\s*,\s*)`

// guardPartW are the parts of a site that guards hold.
const guardPartW = `(?:gates?|perimeter|entrances?|checkpoints?|watchtowers?|walls|fences?|exits?|premises|grounds|compound\s+gates?)`

var (
	// reCrewOfBody ends right before a body whose men act: "soldiers from the", "armed men
	// of the Myanmar military's", "off-duty cops from the".
	reCrewOfBody = regexp.MustCompile(`(?i)\b(?:armed\s+|uniformed\s+|off-duty\s+)?` + guardCrewW + `\s+(?:of|from|loyal\s+to|belonging\s+to|attached\s+to)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+(?:['’]s|s['’])\s+)?$`)
	// reBodyCrewAfter follows a body named before its men: " soldiers", " (KNA) troops".
	reBodyCrewAfter = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:armed\s+)?(?:soldiers|troops|guards|militiamen|fighters|gunmen|policemen|officers|personnel|men|guys|units)\b`)
	// reInUniformBefore and reUniformAfter surround the body whose uniform the guards wore:
	// "armed men in DKBA uniforms".
	reInUniformBefore = regexp.MustCompile(`(?i)\b(?:soldiers|men|guards|officers|troops|gunmen|militiamen|fighters|policemen|people)\s+(?:in|wearing|with)\s+(?:the\s+)?$`)
	// reInsigniaOfBefore is the same told with the marks first: "men wearing the insignia of
	// the", "guards in uniforms of".
	// A unit may follow its parent's possessive: "the insignia of the KBGF's Battalion 1031".
	reInsigniaOfBefore = regexp.MustCompile(`(?i)\b(?:soldiers|men|guards|officers|troops|gunmen|militiamen|fighters|policemen)\s+(?:in|wearing|with)\s+(?:the\s+)?(?:uniforms?|insignia|patches|badges|armbands|shoulder\s+flash(?:es)?)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,4}[\w-]+['’]s\s+)?$`)
	reUniformAfter     = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:uniforms?|fatigues|insignia|patches|badges|armbands|shoulder\s+flash(?:es)?)\b`)
	// reMarksAtPart follows the men in a body's marks, told without a verb, up to the part of
	// the site they hold: "soldiers in Brigade 70 uniforms at the gate" (the object then read
	// like a verb's).
	reMarksAtPart = regexp.MustCompile(`(?i)^\s*(?:at|outside)\s+`)
	// reMarksAtTail is what may follow the site or part in that shape: the clause's end (a
	// fragment, "described soldiers in Brigade 70 uniforms at the gate."), or a guard verb or
	// copula of the men ("were posted", "stood guard"). Any other verb makes the men at the
	// gate the subject of something else: "were turned away", "protested against the
	// compound", "demanded that it close", "until 2022 have since left".
	reMarksAtTail = regexp.MustCompile(`(?i)^\s*(?:(?:day\s+and\s+night|round\s+the\s+clock|around\s+the\s+clock|at\s+night|every\s+(?:day|night))\s*)?(?:[.;:]|$|(?:(?:also|reportedly|allegedly|permanently|still|always)\s+)*(?:(?:were|was|are|is|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|permanently|still|always)\s+)*(?:posted|stationed|deployed|on\s+guard|on\s+duty)|(?:stood|stand|stands|standing|kept|keep|keeps|keeping)\s+(?:guard|watch)|guard|guards|guarded|manned|man|patrol|patrols|patrolled)\b)`)
	// reMarksPartEnd is the part of a site named without the site, up to its end: "the gate".
	reMarksPartEnd = regexp.MustCompile(`(?i)^(?:the|its|their)\s+(?:(?:two|three|four|main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `(?:\s+(?:fences?|walls?|gates?))?\b`)
	// reWhoseCrewAfter follows a body whose men are the subject of a relative clause: ", whose
	// soldiers", " battalion whose troops", " (KNDF), whose armed men".
	reWhoseCrewAfter = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:battalion|brigade|regiment|division|unit|company|militia|force)\s+)?,?\s*whose\s+(?:own\s+)?(?:armed\s+|uniformed\s+)?(?:soldiers|troops|guards|militiamen|fighters|gunmen|policemen|officers|personnel|men|units|members)\b`)
	// reOwnMenAfter follows a body or officer whose own men act: "'s men", "'s armed guards".
	reOwnMenAfter = regexp.MustCompile(`^['’]s\s+(?:armed\s+|own\s+)?(?:men|troops|soldiers|guards|fighters|militiamen|gunmen|bodyguards)\b`)
	// reCrewAnd joins a second body to the men named: " and the", ", and", " and by the".
	reCrewAnd = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|as\s+well\s+as)\s+(?:by\s+)?(?:the\s+)?(?:(?:armed\s+|uniformed\s+)?` + guardCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reGuardVerbAct follows the men up to the site they hold: " guard the", " have long
	// manned the", " stood at the", " provide armed security for".
	reGuardVerbAct = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?` + guardSaidAside + `?(?:(?:also|reportedly|allegedly|openly|still|routinely|permanently|always|now|had|have|has|long)\s+)*(?:guard|guards|guarded|guarding|man|mans|manned|manning|staff|staffs|staffed|staffing|patrol|patrols|patrolled|patrolling|protect|protects|protected|protecting|(?:stand|stands|stood|standing)\s+(?:(?:guard|watch)\s+)?(?:at|outside)|(?:were|are|was|is)\s+(?:posted|stationed)\s+(?:at|outside)|(?:provide|provides|provided|providing)\s+(?:armed\s+)?(?:security|protection)\s+(?:for|at|to))\s+`)
	// rePartOfSite runs from the verb's object to the site a part belongs to: "the gates of
	// the", "the perimeter around".
	rePartOfSite = regexp.MustCompile(`(?i)^(?:the\s+|its\s+|their\s+)?(?:(?:main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `(?:\s+and\s+(?:the\s+)?` + guardPartW + `)?\s+(?:of|at|to|around|into)\s+(?:the\s+)?$`)
	// reBarePart is a part whose site is not named with it: "its gates", "the gate", "the
	// perimeter fence".
	reBarePart = regexp.MustCompile(`(?i)^(?:the|its|their)\s+(?:(?:two|three|four|main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `(?:\s+(?:fences?|walls?|gates?))?\b(?:\s+and\s+(?:the\s+|its\s+)?` + guardPartW + `)?(?:\s*[,.;]|\s+(?:and|day|night|round|around\s+the\s+clock|every|at\s+night|for|since|until|while|when|after|before|in\s+\d|in\s+(?:shifts|turns)))`)
	// reBareSite is the site itself named by its kind, its parts, or a checkpoint on the road
	// into it, as the guard verb's object: "provide security at the site", "guard the
	// compound's gates", "staff a checkpoint on the only road into the complex". Like a bare
	// part, it is the site named last before. A checkpoint on a road "to" or "leading to" the
	// site may be another force's post on the way there, which guards the road, not the site.
	reBareSite = regexp.MustCompile(`(?i)^(?:(?:a|the|its|their|two|three)\s+(?:only\s+|main\s+)?checkpoints?\s+(?:on|along)\s+the\s+(?:only\s+|main\s+)?(?:access\s+)?road\s+(?:leading\s+)?into\s+)?the\s+(?:site|compound|complex|resort|park|zone|casino)(?:['’]s\s+(?:(?:main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `)?(?:\s*[,.;]|\s*$|\s+(?:and|day|night|round|around\s+the\s+clock|every|at\s+night|for|since|until|while|when|in\s+(?:shifts|turns)))`)
	// reUnitParentOf is the gap of a unit and the body it belongs to: " of the".
	reUnitParentOf = regexp.MustCompile(`^\s+of\s+(?:the\s+)?$`)
	// reCrewAside is what may stand between a body whose men act and their verb: an
	// apposition of the body, its head a kind of force, after the body's acronym if any, and
	// with a short relative or participle of its own ("Police Post 17, a border police unit,",
	// "the NDAA (\"NDAA\"), the armed group that controls Mong La,", "the Shan State Progress
	// Militia, a pro-junta militia active around Tachileik,").
	reCrewAside = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:a|an|the)\s+[^,;.()"“”]{1,50}?\s+(?:unit|force|militia|group|battalion|brigade|army|agency|bureau|post|station)(?:\s+(?:that|which|who|commanded|led|run|based|active|answerable|loyal|allied|formerly|backed|controlled|operating|stationed|attached)\b[^,;.()"“”]{1,60}?)?\s*,`)
	// reSiteWhole is what may follow a site the men hold: nothing possessive, or its parts.
	reSiteWholeAfter = regexp.MustCompile(`^(?:['’]s?\s+(?:(?:main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `\b|[^'’]|$)`)
	// reGuardedByBody ends right before the body of a guard passive: " were manned by
	// soldiers of the", " had for years been guarded by troops from the".
	reGuardedByBody = regexp.MustCompile(`(?i)(?:\b(?:is|are|was|were|been|be)|['’]s)\s+(?:(?:reportedly|allegedly|also|heavily|still|always|openly|long|once|routinely)\s+)*(?:guarded|protected|patrolled|manned|shielded)\s*` + guardSaidAside + `?(?:(?:round\s+the\s+clock|day\s+and\s+night|at\s+night)\s+)?by\s+(?:the\s+)?(?:(?:armed|uniformed|off-duty)\s+)?(?:` + guardCrewW + `\s+(?:of|from|loyal\s+to|belonging\s+to)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s\s+)?)?$`)
	// reGuardedByMarks ends right before the body whose marks the men of a guard passive
	// wore: " was manned by soldiers wearing the insignia of the ", " was guarded by men in ".
	// Without "of", the marks must follow the body ("men in BGF uniforms").
	reGuardedByMarks = regexp.MustCompile(`(?i)(?:\b(?:is|are|was|were|been|be)|['’]s)\s+(?:(?:reportedly|allegedly|also|heavily|still|always|openly|long|once|routinely)\s+)*(?:guarded|protected|patrolled|manned|shielded)\s+(?:(?:round\s+the\s+clock|day\s+and\s+night|at\s+night)\s+)?by\s+(?:(?:armed|uniformed)\s+)?` + guardCrewW + `\s+(?:in|wearing|with)\s+(?:the\s+)?((?:uniforms?|insignia|patches|badges|armbands)\s+of\s+(?:the\s+)?)?$`)
	// reSubjectToPassive runs from a site that is a guard passive's subject to its verb:
	// "'s gates and watchtowers ", " had for years ", " (KNA), which ".
	reSubjectToPassive = regexp.MustCompile(`(?i)^(?:['’]s?\s+(?:(?:main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `(?:\s+and\s+(?:its\s+|the\s+)?` + guardPartW + `)*)?\s*(?:\([^()]{1,30}\)\s*)?(?:,?\s*(?:which|that)\s+)?(?:(?:had|has|have)\s+(?:(?:for\s+(?:years|months|a\s+long\s+time)|long|always|reportedly|allegedly|also)\s+)*)?$`)
	// reSubjectLead ends right before a site that heads its clause: a sentence's start, a
	// comma, "that", a speech verb, or a part of it ("the gates of").
	reSubjectLead = regexp.MustCompile(`(?:^|[,:;.]|\bthat|\bsaid|\bsays|\bsay|\btold\s+\w+|` + guardPartW + `\s+(?:of|at))\s*(?:the\s+)?$|^\s*(?:the\s+)?$`)
	// reRaidScene marks a sentence that tells a raid, a rescue or an arrest.
	reRaidScene = regexp.MustCompile(`(?i)\b(?:raid|raids|raided|raiding|rescue|rescued|rescuing|stormed|storming|arrest|arrested|arresting|detained|detaining|freed|freeing|searched|crackdown|operation|evacuated|seized)\b`)
)

// guardActs calls emit(si, guard, site, siteSent, s, e) for each shape above in sentence si;
// cands and bySent hold each sentence's mentions, references included.
func guardActs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	isBody := func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Company)
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "guard", "man", "staff", "patrol", "protect", "stand", "stood", "posted", "stationed", "security", "return", "back", "uniform", "insignia") {
			continue // cheap test before the regular expressions
		}
		raidScene := raidSceneTold(text[st.s:st.e])
		// freedTell: the raid is named only through the speakers it freed, as an event ("rescued
		// in the raid", not "the freed workers"). Police, or a body told in a raid before,
		// standing at the gate are then the raid's men, unless a time says the guarding was
		// before it (reGuardTimeCue).
		freedTell := !raidScene && reFreedInRaid.MatchString(text[st.s:st.e]) && !reGuardTimeCue.MatchString(text[st.s:st.e])
		// siteBefore is the last site named before off in the sentence, else in the nearest
		// of the three before; -1 when none.
		siteBefore := func(off int) (int, int) {
			site := -1
			for _, m := range ms {
				if c := cands[m]; isSite(c) && c.e <= off {
					site = c.ent
				}
			}
			if site >= 0 || si == 0 {
				return site, si
			}
			// The nearest of the three sentences before that names a site.
			for back := si - 1; back >= 0 && back >= si-3; back-- {
				for _, m := range bySent[back] {
					if c := cands[m]; isSite(c) {
						site = c.ent
					}
				}
				if site >= 0 {
					return site, back
				}
			}
			// Farther back, the one site the page has named, in two sentences or more: its
			// topic (reference_tails.go); a site named once, far back, is not (identified_guards.go).
			if site, from := soleAntecedent(cands, ents, bySent, si, off, model.Compound); site >= 0 && namedInSentences(cands, bySent, site, si, 2) && !otherSiteSince(text, sents, from, si) {
				return site, from
			}
			return -1, si - 1
		}
		done := map[[2]int]bool{}
		out := func(a, b, bs, s, e int) {
			if a == b || done[[2]int{a, b}] {
				return
			}
			done[[2]int{a, b}] = true
			emit(si, a, b, bs, s, e)
		}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if c.ent < 0 || !isBody(c) && ents[c.ent].typ != model.Person || othersOfBody(text, c.e) {
				continue // "manned by the DKBA's allies": not the DKBA (false_ties.go)
			}
			if freedTell && isBody(c) && (sectorOf(ents[c.ent].name) == model.SectorPolice || toldInRaidBefore(text, sents, cands, bySent, c.ent, si)) {
				continue // "workers rescued in the raid said that police officers stood guard at the gate"
			}
			before := text[max(st.s, c.s-80):c.s]
			// The passive: the site (or its parts) is the subject, the body its agent.
			if isBody(c) {
				loc := reGuardedByBody.FindStringIndex(before)
				if m := reGuardedByMarks.FindStringSubmatchIndex(before); loc == nil && m != nil && (m[2] >= 0 || reUniformAfter.MatchString(text[c.e:min(st.e, c.e+40)])) {
					loc = m[:2] // "manned by soldiers wearing the insignia of the DKBA"
				}
				if loc != nil {
					verbAt := max(st.s, c.s-80) + loc[0]
					if site, ok := passiveSubject(text, cands, ms, i, verbAt, isSite); ok {
						for _, k := range crewChain(text, cands, ms, i, isBody) {
							out(cands[ms[k]].ent, site, si, st.s, cands[ms[k]].e)
						}
						continue
					}
					// "it's guarded by DKBA soldiers", "the gate is guarded by guys from
					// the X": the site is the one told before (bare_guard_passives.go).
					if !raidScene && bareGuardSubject(text[st.s:verbAt]) {
						// Nor when a raid is told since the site (the men at its gate may be the
						// raiders), nor when the site was named only to place another ("near X").
						// Nor when another building is told since ("Li Ming also bought a hotel in
						// Yangon. It's guarded by ...").
						if site, siteSent := siteBefore(c.s); site >= 0 && !reRaidScene.MatchString(text[sents[siteSent].s:st.s]) && !onlyLandmark(sents, cands, bySent, site, si, c.s) &&
							!otherBuildingSince(text, cands, bySent, site, siteSent, si, verbAt) {
							for _, k := range crewChain(text, cands, ms, i, isBody) {
								out(cands[ms[k]].ent, site, siteSent, st.s, cands[ms[k]].e)
							}
						}
						continue
					}
				}
			}
			if raidScene {
				continue
			}
			// "the park was guarded by armed men they identified as soldiers of X"
			// (identified_guards.go).
			if isBody(c) && identifiedGuards(text[max(st.s, c.s-200):c.s]) {
				if site, siteSent := siteBefore(c.s); site >= 0 {
					out(c.ent, site, siteSent, st.s, c.e)
				}
				continue
			}
			// The active: the body's men, then the verb, then the site.
			var agents []int
			end := -1
			marks := false // the men are told by the body's marks they wear
			switch {
			case isBody(c) && reWhoseCrewAfter.MatchString(text[c.e:min(st.e, c.e+50)]):
				// "the KNDF, whose soldiers guard its perimeter" (whose_guards.go tests it),
				// also after the body's own men ("payments to officers of the KNA, whose
				// troops guard the compound's gates").
				loc := reWhoseCrewAfter.FindStringIndex(text[c.e:min(st.e, c.e+50)])
				agents, end = []int{i}, c.e+loc[1]
			case isBody(c) && reCrewOfBody.MatchString(before):
				agents = crewChain(text, cands, ms, i, isBody)
				end = cands[ms[agents[len(agents)-1]]].e
			case isBody(c) && reInUniformBefore.MatchString(before):
				if loc := reUniformAfter.FindStringIndex(text[c.e:min(st.e, c.e+40)]); loc != nil {
					agents, end, marks = []int{i}, c.e+loc[1], true
				}
			case isBody(c) && reInsigniaOfBefore.MatchString(before):
				agents, end, marks = []int{i}, c.e, true
			case reOwnMenAfter.MatchString(text[c.e:min(st.e, c.e+40)]):
				loc := reOwnMenAfter.FindStringIndex(text[c.e:min(st.e, c.e+40)])
				agents, end = []int{i}, c.e+loc[1]
			case isBody(c) && (i == 0 || cands[ms[i-1]].e <= c.s) && leadsClause(text, st, c.s):
				if loc := reBodyCrewAfter.FindStringIndex(text[c.e:min(st.e, c.e+40)]); loc != nil {
					agents, end = []int{i}, c.e+loc[1]
				}
			}
			if end < 0 {
				continue
			}
			if loc := reCrewAside.FindStringIndex(text[end:min(st.e, end+150)]); loc != nil {
				end += loc[1]
			} else if j := agents[len(agents)-1] + 1; j < len(ms) && cands[ms[j]].s >= end && isBody(cands[ms[j]]) && reUnitParentOf.MatchString(text[end:cands[ms[j]].s]) {
				end = cands[ms[j]].e // the unit's parent: "soldiers from Brigade 42 of the army provide"
			}
			v := reGuardVerbAct.FindStringIndex(text[end:min(st.e, end+80)])
			atOnly := false // the men are placed at the site with no verb (reMarksAtTail)
			if v == nil && marks {
				v = reMarksAtPart.FindStringIndex(text[end:min(st.e, end+80)])
				atOnly = v != nil
			}
			if v == nil {
				// "officers of X returned workers who escaped": the site is the one told
				// before (return_escapees.go).
				if r := reReturnsEscapees.FindStringIndex(text[end:min(st.e, end+120)]); r != nil && !rescueAfterComma(text[end:end+r[1]], text[end+r[1]:st.e]) {
					if site, siteSent := siteBefore(c.s); site >= 0 {
						for _, k := range agents {
							out(cands[ms[k]].ent, site, siteSent, st.s, end+r[1])
						}
					}
				}
				continue
			}
			objAt := end + v[1]
			if strings.HasPrefix(lowerASCII(text[objAt:min(st.e, objAt+3)]), "by ") {
				continue // "were protected by": a passive whose subject is the men
			}
			site, siteSent := -1, si
			// The site named next, directly or through its part.
			for _, m := range ms {
				n := cands[m]
				if n.s < objAt || n.s-objAt > 60 {
					continue
				}
				gap := text[objAt:n.s]
				if isSite(n) && (strings.TrimSpace(strings.ToLower(gap)) == "" || strings.EqualFold(strings.TrimSpace(gap), "the") || strings.EqualFold(strings.TrimSpace(gap), "that") || rePartOfSite.MatchString(gap)) &&
					reSiteWholeAfter.MatchString(text[n.e:min(st.e, n.e+30)]) && (!atOnly || reMarksAtTail.MatchString(text[n.e:st.e])) {
					site = n.ent
				}
				break
			}
			if site < 0 && reBarePart.MatchString(text[objAt:min(st.e+1, len(text), objAt+80)]) {
				if p := reMarksPartEnd.FindStringIndex(text[objAt:st.e]); !atOnly || p != nil && reMarksAtTail.MatchString(text[objAt+p[1]:st.e]) {
					site, siteSent = siteBefore(c.s)
				}
			} else if site < 0 && atOnly {
				continue // only a part of the site, or the site itself, may follow "at"
			} else if site < 0 && reBareSite.MatchString(text[objAt:min(st.e+1, len(text), objAt+100)]) {
				// "the compound" never stands for a site named only to place another
				// ("near X", landmarks.go).
				if site, siteSent = siteBefore(c.s); site >= 0 && onlyLandmark(sents, cands, bySent, site, si, c.s) {
					site = -1
				}
			}
			if site < 0 {
				continue
			}
			for _, k := range agents {
				out(cands[ms[k]].ent, site, siteSent, st.s, min(st.e, objAt+40))
			}
		}
	}
}

// reFreedSpeakers are speakers named by the raid that freed them, and reSpeechThat the
// speech verb that follows them: "Four of the freed workers told the Ledger that", "Two women
// rescued in the raid said that".
var (
	reFreedSpeakers = regexp.MustCompile(`(?i)\b(?:(?:freed|rescued|released)\s+(?:[\w-]+\s+)?(?:workers|victims|women|men|people|survivors|nationals|captives)|(?:freed|rescued|released)\s+(?:in|during|from|after)\s+(?:the|a|last\s+\w+['’]s)\s+(?:raid|operation|crackdown))\b`)
	reSpeechThat    = regexp.MustCompile(`(?i)\b(?:told|tell|tells|said|say|says|described|recalled|recounted)\b[^.;:]{0,40}?\bthat\b`)
)

// raidSceneTold reports that a sentence tells a raid, a rescue or an arrest. Speakers named by
// the raid that freed them do not make their account a raid scene: "Four of the freed workers
// told the Ledger that men ... stood guard at the compound's gate" tells the guards before
// the raid; a raid word in what they said still does.
func raidSceneTold(sent string) bool {
	if !reRaidScene.MatchString(sent) {
		return false
	}
	sp := reSpeechThat.FindStringIndex(sent)
	if sp == nil {
		return true
	}
	lead := reFreedSpeakers.ReplaceAllString(sent[:sp[0]], "")
	return reRaidScene.MatchString(lead) || reRaidScene.MatchString(sent[sp[1]:])
}

// reGuardTimeCue is a time that sets guarding apart from a raid told in the same sentence:
// "before the raid", "for months", "every night", "returned two escapees".
var reGuardTimeCue = regexp.MustCompile(`(?i)\b(?:before\s+(?:the|a|it\s+was)\s+(?:raid|raided)|until\s+the\s+raid|for\s+(?:months|years|weeks)|(?:every|each)\s+(?:night|day|morning|evening|week|month|shift)|day\s+and\s+night|(?:round|around)\s+the\s+clock|daily|nightly|used\s+to|routinely|in\s+the\s+(?:months|weeks|years)\s+before|(?:returned|turned\s+back|caught)\s+(?:[\w-]+\s+){0,2}?(?:escapees|workers\s+who\s+(?:fled|escaped|tried)))\b`)

// reFreedInRaid names speakers by the raid as an event: "rescued in the raid", "freed during
// last week's operation".
var reFreedInRaid = regexp.MustCompile(`(?i)\b(?:freed|rescued|released)\s+(?:in|during|from|after)\s+(?:the|a|last\s+\w+['’]s)\s+(?:raid|operation|crackdown)\b`)

// toldInRaidBefore reports that body ent is named in one of the three sentences before si
// that tells a raid: it may be the raider.
func toldInRaidBefore(text string, sents []sentence, cands []candidate, bySent map[int][]int, ent, si int) bool {
	for k := max(0, si-3); k < si; k++ {
		for _, m := range bySent[k] {
			if cands[m].ent == ent && reRaidScene.MatchString(text[sents[k].s:sents[k].e]) {
				return true
			}
		}
	}
	return false
}

// crewChain returns mention i and the bodies joined to it by "and" or "and by" (with their
// men named again or not): "troops from A and by B".
func crewChain(text string, cands []candidate, ms []int, i int, isBody func(candidate) bool) []int {
	out := []int{i}
	for k := i + 1; k < len(ms); k++ {
		prev, n := cands[ms[out[len(out)-1]]], cands[ms[k]]
		if n.s < prev.e {
			continue
		}
		if !isBody(n) || n.s-prev.e > 60 || !reCrewAnd.MatchString(text[prev.e:n.s]) {
			break
		}
		out = append(out, k)
	}
	return out
}

// passiveSubject returns the site that is the subject of a guard passive whose verb starts
// at verbAt: the last mention before it, a site, with only its parts, a short form, a
// relative pronoun or "had for years" between.
func passiveSubject(text string, cands []candidate, ms []int, i, verbAt int, isSite func(candidate) bool) (int, bool) {
	for k := i - 1; k >= 0; k-- {
		p := cands[ms[k]]
		if p.e > verbAt {
			continue
		}
		if !isSite(p) || verbAt-p.e > 80 || !reSubjectToPassive.MatchString(text[p.e:verbAt]) {
			return -1, false
		}
		from := 0
		if k > 0 {
			from = cands[ms[k-1]].e
		}
		if !reSubjectLead.MatchString(lowerASCII(text[max(from, p.s-60):p.s])) {
			return -1, false // "workers who left X were guarded by": X is no subject
		}
		return p.ent, true
	}
	return -1, false
}

// leadsClause reports whether the words before off in the sentence leave the name at off the
// head of its clause: nothing, a fronted phrase closed by a comma, "that", or a speech verb.
func leadsClause(text string, st sentence, off int) bool {
	lead := strings.TrimSpace(lowerASCII(text[st.s:off]))
	if lead == "the" {
		return true
	}
	lead = strings.TrimSuffix(lead, " the")
	if lead == "" || strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, " that") || strings.HasSuffix(lead, ":") {
		return true
	}
	for _, w := range []string{" said", " say", " says", " told"} {
		if strings.HasSuffix(" "+lead, w) {
			return true
		}
	}
	return false
}

// reOtherSite is an unnamed site other than the topic: "moved to a second site", "that site",
// "another compound".
var reOtherSite = regexp.MustCompile(`(?i)\b(?:that|another|second|other|new|different|third)\s+(?:[\w-]+\s+)?(?:site|compound|building|park|complex|camp|facility|hub)s?\b`)

// otherSiteSince reports an unnamed other site told in sentences from to si: the page's topic
// is then not the only site the guard act may be on.
func otherSiteSince(text string, sents []sentence, from, si int) bool {
	for k := max(0, from); k <= si && k < len(sents); k++ {
		if reOtherSite.MatchString(text[sents[k].s:sents[k].e]) {
			return true
		}
	}
	return false
}
