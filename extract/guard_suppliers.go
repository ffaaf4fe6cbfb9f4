package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Guard suppliers and guard-unit commanders: protection told through the guards a body
// supplies to a site, or through the unit an officer commands that guards it.
//   - A body that supplies or provides guards (troops, soldiers, gunmen) at, to or for a site,
//     heading its clause or as the antecedent of "that"/"which": "the DKBA provides armed
//     guards at the gates of X", "Y Security Co., Ltd., which supplies the armed guards
//     posted at the resort's gates", "Y (Short), a firm registered in Burma that supplies
//     armed guards to the resort", "provides armed guards at the gates of A and at a second
//     site, B".
//   - An officer who commands (heads, leads) the unit that guards a site, its perimeter or
//     gates, or the unit responsible for its security: "X is a colonel in the DKBA and
//     commands the DKBA battalion that guards the perimeter of Y" (X and the DKBA protect Y),
//     "X is a major in the KNA who commands the unit guarding the perimeter of Y", "X commands
//     the unit responsible for security at the compound".
// The site is named after the verb (directly or through its gates or perimeter), or told as
// "the resort", "its gates": then the last site named before in the sentence, or the one site
// of the nearest of the two sentences before that names a site. Only present or past acts
// are read: "plans to supply", "offered to provide", "will provide" and "did not supply" put a
// word between the body and its verb and read nothing. A sentence that tells a raid, rescue
// or arrest is left alone: the guards or the unit there may be the raiders.

// supplyGuardsW is the verb and its object, the men supplied, up to the preposition before
// the site: "supplies the armed guards posted at ", "provides armed guards to ".
const supplyGuardsW = `(?:(?:also|reportedly|allegedly|still|long|now|openly|has|have|had)\s+)*(?:supplies|supplied|supply|supplying|provides|provided|provide|providing|furnishes|furnished|furnish)\s+(?:the\s+)?(?:(?:armed|uniformed|private|round-the-clock)\s+)*(?:security\s+guards|guards|gunmen|soldiers|troops|security\s+personnel)\s+(?:(?:posted|stationed|deployed|on\s+duty)\s+)?(?:at|to|for|around|outside)\s+`

// siteTargetW is the site or its part after the preposition, up to the named site: "the
// gates of the ", "the perimeter around ", "".
const siteTargetW = `(?:the\s+|its\s+)?(?:(?:(?:main|front|outer|inner)\s+)?(?:gates?|perimeter|entrances?|checkpoints?|fences?|walls)(?:\s+and\s+(?:the\s+)?(?:gates?|perimeter|entrances?|checkpoints?|fences?|walls))?\s+(?:of|at|around|to)\s+(?:the\s+)?)?`

// bareSiteW is the site told by its kind or its parts alone: "the resort", "the compound's
// gates", "its gates".
const bareSiteW = `(?:the\s+(?:site|compound|complex|resort|park|zone|casino|hub|tower|building)(?:['’]s\s+(?:(?:main|front|outer)\s+)?(?:gates?|perimeter|entrances?|checkpoints?|fences?))?|its\s+(?:(?:main|front|outer)\s+)?(?:gates?|perimeter|entrances?|checkpoints?|fences?))\b(?:\s*[,.;)]|\s*$|\s+(?:and|day|night|round|around\s+the\s+clock|every|at\s+night|for|since|until|while|in\s+(?:shifts|turns)))`

var (
	// reSupplierGap runs from the body to the verb when the verb is its relative clause's: an
	// optional short form in brackets, an optional apposition, then "that" or "which".
	reSupplierGap = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an)\s+[^,;.()"“”]{1,80}?\s+(?:that|which)\s+|,\s*which\s+|\s+(?:that|which)\s+)` + supplyGuardsW + siteTargetW + `$`)
	// reSupplierLead runs from a body heading its clause to the site: " provides armed guards
	// at the gates of ".
	reSupplierLead = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?` + supplyGuardsW + siteTargetW + `$`)
	// reSupplierBareLead and reSupplierBareGap are the same ending on a site told by its kind.
	reSupplierBareLead = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?` + supplyGuardsW + bareSiteW)
	reSupplierBareGap  = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an)\s+[^,;.()"“”]{1,80}?\s+(?:that|which)\s+|,\s*which\s+|\s+(?:that|which)\s+)` + supplyGuardsW + bareSiteW)
	// reSecondSiteGap joins a second site to the first: " and at a second site, ", " and to ".
	reSecondSiteGap = regexp.MustCompile(`(?i)^\s*,?\s*and\s+(?:at|to|for)\s+` + siteTargetW + `(?:(?:a|the)\s+(?:second|third|nearby|neighbouring|neighboring)\s+(?:site|compound|park|complex)\s*,\s*|another\s+(?:site|compound|park|complex)\s*,\s*)?$`)
	// reSiteEndOK is what may follow a named site: not a possessive other than its parts.
	reSiteEndOK = regexp.MustCompile(`^(?:['’]s?\s+(?:(?:main|front|outer)\s+)?(?:gates?|perimeter|entrances?|checkpoints?|fences?)\b|[^'’]|$)`)

	// reBareSiteStart is a site told by its kind right after a guard verb.
	reBareSiteStart = regexp.MustCompile(`(?i)^` + bareSiteW)
	// reShortFormAfter is a short form in brackets right after a name: " (Angkor Watch)".
	reShortFormAfter = regexp.MustCompile(`^\s*\([^()]{1,40}\)`)
	// reToldLead ends a speaker told to before the clause: "survivors told us (that) (the)".
	reToldLead = regexp.MustCompile(`(?i)\b(?:told|tell|tells)\s+(?:us|me|them|him|her|reporters|investigators|police|[A-Z][\w-]*)\s*(?:that\s+)?(?:the\s+)?$`)
	// reCommandsUnit is an officer's verb of command and the article of the unit: "commands
	// the ", "heads a ".
	reCommandsUnit = regexp.MustCompile(`(?i)\b(?:commands|commanded|heads|headed|leads|led)\s+(?:the\s+|a\s+)?`)
	// reUnitNoun is the unit commanded, told by its kind: "battalion", "unit".
	reUnitNoun = regexp.MustCompile(`(?i)^\s*(?:battalion|unit|brigade|company|detachment|platoon|guard\s+force|force|troops|soldiers|men|militia)\b`)
	// reUnitGuards follows the unit up to the site it guards: " that guards the perimeter and
	// checkpoints of ", " guarding ", ", which is responsible for security at ".
	reUnitGuards = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:(?:that|which)\s+(?:(?:also|still|now)\s+)?(?:guards|guarded|protects|protected|mans|manned|patrols|patrolled|secures|secured)|guarding|protecting|manning|patrolling|securing)\s+` + siteTargetW + `|(?:(?:that|which)\s+(?:is|was)\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?(?:security|protection|guarding)\s+(?:at|of|for|around)\s+(?:the\s+)?)`)
	// reCommanderGap is what may stand between the officer and the verb of command: nothing,
	// an apposition, ", who", or a copula's description ending in "who" or "and".
	reCommanderGap = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:a|an|the)\s+[^;:"“”]{1,100}?,\s*|,\s*who\s+|\s+(?:is|was)\s+(?:a|an|the)\s+[^;:"“”]{1,140}?\s+(?:who|and)\s+|\s+(?:who|and)\s+)?(?:(?:also|still|now|personally)\s+)?$`)
	// reCommanderGapBlock are words in that gap that make the verb another's: a relative's,
	// a speaker's, a "whose" clause.
	reCommanderGapBlock = regexp.MustCompile(`(?i)\b(?:whose|son|sons|daughter|brother|sister|wife|husband|nephew|niece|cousin|father|mother|uncle|in-law|said|says|told|deputy|where)\b|['’]s\b`)
)

// guardSuppliers reads the shapes above. emit gets the sentence, the guard or commander, the
// site, the site's sentence and the span read.
func guardSuppliers(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	isBody := func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Company)
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		sent := text[st.s:st.e]
		low := lowerASCII(sent)
		supply := mentionsAny(low, "suppl", "provid", "furnish")
		command := mentionsAny(low, "command", "head", "lead", "led ")
		if !supply && !command || raidSceneTold(sent) {
			continue // cheap test before the regular expressions
		}
		done := map[[2]int]bool{}
		out := func(a, b, bs, s, e int) {
			if a < 0 || b < 0 || a == b || done[[2]int{a, b}] {
				return
			}
			done[[2]int{a, b}] = true
			emit(si, a, b, bs, s, e)
		}
		// nearSite is the site a bare "the resort" or "its gates" stands for.
		nearSite := func(off int) (int, int) {
			return nearGuardSite(text, sents, cands, bySent, isSite, si, off)
		}
		// namedSites returns the site named at off (after gap) and a second one joined to it.
		namedSites := func(off int) []int {
			var got []int
			for k, m := range ms {
				d := cands[m]
				if d.s != off || !isSite(d) || !reSiteEndOK.MatchString(text[d.e:min(st.e, d.e+30)]) {
					continue
				}
				got = append(got, d.ent)
				for _, n := range ms[k+1:] {
					f := cands[n]
					if f.s < d.e {
						continue
					}
					if isSite(f) && f.s-d.e <= 80 && reSecondSiteGap.MatchString(text[d.e:f.s]) {
						got = append(got, f.ent)
					}
					break
				}
				break
			}
			return got
		}
		if supply {
			for i, m := range ms {
				c := cands[m]
				if !isBody(c) || i > 0 && cands[ms[i-1]].e > c.s {
					continue
				}
				lead := toldLeads(text, st, c.s)
				rest := text[c.e:min(st.e, c.e+260)]
				// A short form in brackets right after the body is the body's own.
				from := c.e
				if p := reShortFormAfter.FindStringIndex(rest); p != nil {
					from = c.e + p[1]
				}
				// A named site after the verb.
				for _, n := range ms[i+1:] {
					d := cands[n]
					if d.s < from {
						continue
					}
					if d.s-c.e > 260 {
						break
					}
					if !isSite(d) {
						if isBody(d) || ents[d.ent].typ == model.Person {
							break // another name stands between: its clause, not the body's
						}
						continue
					}
					gap := text[c.e:d.s]
					if reSupplierGap.MatchString(gap) || lead && reSupplierLead.MatchString(gap) {
						for _, site := range namedSites(d.s) {
							out(c.ent, site, si, c.s, d.e)
						}
					}
					break
				}
				// A site told by its kind.
				loc := reSupplierBareGap.FindStringIndex(rest)
				if loc == nil && lead {
					loc = reSupplierBareLead.FindStringIndex(rest)
				}
				if loc != nil && !mentionBetween(cands, ms, from, c.e+loc[1]) {
					if site, siteSent := nearSite(c.s); site >= 0 {
						out(c.ent, site, siteSent, c.s, c.e+loc[1])
					}
				}
			}
		}
		if command {
			// At most eight verbs of command a sentence: each looks over the sentence's
			// names once, so a long list stays linear.
			for _, v := range reCommandsUnit.FindAllStringIndex(sent, 8) {
				vs, ve := st.s+v[0], st.s+v[1]
				// The unit: a body named right after the verb, then its kind or ", which";
				// or the kind alone.
				unit, after := -1, -1
				for _, m := range ms {
					if d := cands[m]; d.s == ve && isBody(d) {
						unit, after = d.ent, d.e
						if l := reUnitNoun.FindStringIndex(text[d.e:min(st.e, d.e+30)]); l != nil {
							after = d.e + l[1]
						}
						break
					}
				}
				if unit < 0 {
					l := reUnitNoun.FindStringIndex(text[ve:min(st.e, ve+30)])
					if l == nil {
						continue
					}
					after = ve + l[1]
				}
				g := reUnitGuards.FindStringIndex(text[after:min(st.e, after+120)])
				if g == nil {
					continue
				}
				objAt := after + g[1]
				var sites []int
				siteSent, siteEnd := si, objAt
				if got := namedSites(objAt); len(got) > 0 {
					sites = got
				} else if b := reBareSiteStart.FindStringIndex(text[objAt:min(st.e+1, len(text), objAt+80)]); b != nil && !mentionBetween(cands, ms, after, objAt+b[1]) {
					site, ss := nearSite(vs)
					if site < 0 {
						continue
					}
					sites, siteSent, siteEnd = []int{site}, ss, objAt+b[1]
				} else {
					continue
				}
				// The commander: the person named last before the verb, heading its clause,
				// with only an apposition, "who" or a copula's description between.
				boss := -1
				for _, m := range ms {
					d := cands[m]
					if d.e > vs {
						break
					}
					if d.ent >= 0 && ents[d.ent].typ == model.Person {
						boss = m
					}
				}
				if boss >= 0 {
					d := cands[boss]
					gap := text[d.e:vs]
					if rankedLeads(text, st, d.s) && reCommanderGap.MatchString(gap) && !reCommanderGapBlock.MatchString(gap) {
						for _, site := range sites {
							out(d.ent, site, siteSent, d.s, siteEnd)
						}
					}
				}
				if unit >= 0 {
					for _, site := range sites {
						out(unit, site, siteSent, vs, siteEnd)
					}
				}
			}
		}
	}
}

// nearGuardSite is the site a bare "the resort" or "its gates" in sentence si stands for: the
// last site named before off in the sentence, else the one site of the nearest of the two
// sentences before that names one; -1 when that sentence names two, or tells a raid.
func nearGuardSite(text string, sents []sentence, cands []candidate, bySent map[int][]int, isSite func(candidate) bool, si, off int) (int, int) {
	site := -1
	for _, m := range bySent[si] {
		if c := cands[m]; isSite(c) && c.e <= off {
			site = c.ent
		}
	}
	if site >= 0 {
		return site, si
	}
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		if one := oneSite(cands, bySent[back], isSite); one != -1 {
			if one < 0 || reRaidScene.MatchString(text[sents[back].s:sents[si].s]) || strings.Contains(lowerASCII(text[sents[back].s:sents[si].s]), "another") {
				return -1, si
			}
			return one, back
		}
	}
	return -1, si
}

// toldLeads is leadsClause that also takes a speaker told to: "survivors told us the DKBA".
func toldLeads(text string, st sentence, off int) bool {
	return leadsClause(text, st, off) || reToldLead.MatchString(text[max(st.s, off-60):off])
}

// rankedLeads is leadsClause for a person named after a rank: "Colonel X, a KNA officer,".
func rankedLeads(text string, st sentence, off int) bool {
	if leadsClause(text, st, off) {
		return true
	}
	if rankTitleBefore(text, off) == "" {
		return false
	}
	p := off
	for k := 0; k < 3; k++ {
		f := strings.LastIndexAny(strings.TrimRight(text[st.s:p], " "), " \t\n")
		start := st.s + f + 1
		if w := strings.TrimSpace(text[start:p]); w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		p = start
		if leadsClause(text, st, p) {
			return true
		}
	}
	return false
}
