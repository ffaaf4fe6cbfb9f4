package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reObjRelNoun opens an object relative clause on a noun set off after a name: ", a company
// that the United Kingdom sanctioned", ", the casino which police raided". The verb after
// the second name is read by reObjRelVerb2.
var reObjRelNoun = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|business|group|conglomerate|compound|casino|resort|park|complex|hotel|site|zone|bank|network|syndicate|developer|operator)\s+(?:that|which|whom)\s+(?:the\s+)?$`)

// Raid events told over two sentences: "Police raided the Moon River Complex ... The raid,
// carried out by the Svay Rieng Provincial Police, ...".
var (
	// reRaidTarget ends right before the site a raid is on: "raided the", "swept through
	// parts of the", "sealing the", "an operation at the".
	reRaidTarget = regexp.MustCompile(`(?i)\b(?:raided|raiding|stormed|storming|searched|searching|sealed|sealing|swept\s+(?:through|into)|raids?\s+(?:on|at|of)|operations?\s+(?:at|on|against)|operations?\s+to\s+[^.;]{0,60}?\s(?:at|on|against)|crackdown\s+(?:on|at)|(?:search\s+)?warrants?\s+(?:at|on))\s+(?:[\w-]+\s+){0,3}?$`)
	// reRaidByAgent is a sentence that opens with a raid already told and names who did it:
	// "The raid, carried out by the", "The operation was led by the".
	reRaidByAgent = regexp.MustCompile(`(?i)^\s*(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:raid|raids|operation|crackdown|sweep|search)(?:\s+(?:on|in)\s+(?:[A-Z]\w+\s+\d{1,2}|\d{1,2}\s+[A-Z]\w+|[A-Z]\w+))?\s*,?\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+)?(?:jointly\s+|reportedly\s+|also\s+)?(?:carried\s+out|conducted|led|launched|mounted|staged|spearheaded|coordinated|executed|headed)\s+by\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$`)
	// reRaidPassive follows a site that authorities searched or sealed: "was searched by the
	// Phnom Penh Municipal Police on 17 March" ("raided by" is read by the gap rules).
	reRaidPassive = regexp.MustCompile(`(?i)^\s*(?:(?:compound|compounds|casino|resort|park|zone|complex)\s*)?(?:,\s*)?(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|also\s+)?(?:searched|sealed\s+off|sealed)\s+(?:(?:on|in)\s+[\w ]{1,25}?\s+)?by\s+(?:the\s+)?$`)
	// reAgentAnd joins a second raiding body: " and the", ", with the".
	reAgentAnd = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|as\s+well\s+as|together\s+with|with)\s+(?:(?:officers|agents|troops|soldiers|personnel|operatives|units)\s+(?:of|from)\s+)?(?:the\s+)?$`)
)

// raidEvents reads raids whose site and raider are named in different clauses: a sentence
// that raids a site, then "The raid was carried out by X" within the next two sentences, and
// "the compound was searched by X". emit gets the sentence, raider, site, the sentence of
// the site and the span read. ms lists each sentence's mentions (references included).
func raidEvents(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	events := map[int]raidEvent{}
	sole := soleSite{ent: -1, sent: -1} // raid_sole_site.go
	for si, st := range sents {
		ms := bySent[si]
		if si > 0 {
			sole.add(text[sents[si-1].s:sents[si-1].e], cands, ents, bySent[si-1], si-1)
		}
		var sites, swept []int
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Compound {
				continue
			}
			if unraidedMention(text, st, c) {
				continue // "raided X's neighbour", "planned a raid on X" (raid_targets.go)
			}
			from := st.s
			if i > 0 && cands[ms[i-1]].e <= c.s {
				from = cands[ms[i-1]].e
			}
			if c.s-from < 200 && reRaidTarget.MatchString(text[from:c.s]) || reRaidedPassive.MatchString(text[c.e:min(st.e, c.e+60)]) {
				sites = append(sites, c.ent)
			} else if c.s-from < 200 && reSweepTarget.MatchString(text[from:c.s]) {
				swept = append(swept, c.ent)
			}
			// "The compound was searched by the X (and the Y)".
			if i+1 < len(ms) && cands[ms[i+1]].s >= c.e && cands[ms[i+1]].s-c.e < 80 && reRaidPassive.MatchString(text[c.e:cands[ms[i+1]].s]) {
				for _, k := range raiders(text, cands, ents, ms, i+1) {
					emit(si, k, c.ent, si, c.s, cands[ms[i+1]].e)
				}
			}
		}
		if len(sites) > 0 {
			events[si] = raidEvent{sites}
			// "The PNP Anti-Cybercrime Group, in coordination with the Bureau of
			// Immigration, arrested a manager during an operation at X": the body whose act
			// the raid was, and the bodies in its aside.
			if a, s, e := raidActor(text, st, cands, ents, ms, sites); len(a) > 0 {
				for _, k := range a {
					for _, site := range sites {
						emit(si, k, site, si, s, e)
					}
				}
			}
		}
		if len(sites) == 0 && len(swept) > 0 {
			// "detained 200 people in a sweep of X": a raid whose raider a later sentence
			// names ("The operation was carried out by Y"), not the sentence's subject.
			events[si] = raidEvent{swept}
		}
		// "The raid, carried out by the X, ..." points back to the last raid told.
		if len(ms) == 0 {
			continue
		}
		at := -1 // the mention that names the raider of the raid told before
		if first := cands[ms[0]]; first.s >= st.s && first.s-st.s <= 120 && reRaidByAgent.MatchString(text[st.s:first.s]) {
			at = 0
		}
		for i := 0; at < 0 && i < len(ms); i++ {
			// "The raid by the X followed complaints"; "The X led the raid".
			c := cands[ms[i]]
			if c.ent < 0 || ents[c.ent].typ != model.Organization {
				continue
			}
			from := st.s
			if i > 0 && cands[ms[i-1]].e <= c.s {
				from = cands[ms[i-1]].e
			}
			if reRaidNounBy.MatchString(text[max(from, c.s-80):c.s]) ||
				(i == 0 || reAgentAnd.MatchString(text[from:c.s])) && reLedTheRaid.MatchString(text[c.e:min(st.e, c.e+60)]) {
				at = i
				for at > 0 && ents[cands[ms[at-1]].ent].typ == model.Organization && cands[ms[at-1]].e <= c.s && reAgentAnd.MatchString(text[cands[ms[at-1]].e:cands[ms[at]].s]) {
					at-- // "The X and the Y led the raid": from the first of them
				}
			}
		}
		if at < 0 {
			// "Cambodian police raided X. General K, the commander of the Svay Rieng
			// provincial police, said the raid followed complaints": the named police body
			// whose commander speaks of the raid is the one the country's police stand for.
			if back := lastRaid(events, si); back >= si-2 && back >= 0 && reTheRaid.MatchString(text[st.s:st.e]) && reGenericRaider.MatchString(text[sents[back].s:min(sents[back].e, sents[back].s+80)]) {
				for _, m := range ms {
					c := cands[m]
					if c.ent < 0 || ents[c.ent].typ != model.Organization || !strings.Contains(strings.ToLower(ents[c.ent].name), "police") ||
						!reCommanderOf.MatchString(text[max(st.s, c.s-40):c.s]) {
						continue
					}
					for _, site := range events[back].sites {
						emit(si, c.ent, site, back, st.s, st.e)
					}
					break
				}
			}
			continue
		}
		back := lastRaid(events, si)
		if back < 0 && len(events) == 0 && reTheRaidNoun.MatchString(text[st.s:st.e]) {
			if site, ss := sole.site(); site >= 0 {
				for _, k := range raiders(text, cands, ents, ms, at) {
					emit(si, k, site, ss, st.s, cands[ms[at]].e)
				}
			}
		}
		if back >= 0 {
			ev := events[back]
			for _, site := range ev.sites {
				for _, k := range raiders(text, cands, ents, ms, at) {
					emit(si, k, site, back, st.s, cands[ms[at]].e)
				}
			}
		}
	}
}

// reRaidedPassive follows a site raided, with or without its raider: "was raided in May",
// ", the complex that authorities raided last month".
var reRaidedPassive = regexp.MustCompile(`(?i)^\s*(?:(?:compound|casino|resort|park|complex)\s*)?(?:,\s*)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|also|first|reportedly)\s+)?(?:raided|stormed|searched|sealed)\b|^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:authorities|police|troops|officers|soldiers|agents)\s+(?:(?:had|have|has|later|also)\s+)?(?:raided|stormed|searched)\b`)

// reTheRaid speaks of a raid told before; reGenericRaider opens a sentence whose raider is
// a country's police ("Cambodian police on Sunday raided"); reCommanderOf ends a post held
// in a body named next ("the commander of the").
var (
	reTheRaid       = regexp.MustCompile(`(?i)\bthe\s+(?:raid|operation)\b`)
	reGenericRaider = regexp.MustCompile(`^\W*(?:[A-Z][a-z]+\s+)?police\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?(?:raided|stormed|searched)\b`)
	reCommanderOf   = regexp.MustCompile(`(?i)\b(?:commander|chief|head|director|spokesman|spokeswoman|spokesperson)\s+of\s+(?:the\s+)?$`)
)

// reRaidNounBy ends right before the body a raid told before was made by: "the raid by the",
// "the operation, carried out by".
var reRaidNounBy = regexp.MustCompile(`(?i)\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:raid|raids|operation|crackdown|sweep)\s*,?\s+(?:(?:carried\s+out|conducted|led|launched|mounted|staged|spearheaded)\s+)?by\s+(?:the\s+)?$`)

// reLedTheRaid follows a body that made the raid told before: " led the raid", " conducted
// the operation".
var reLedTheRaid = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|jointly|reportedly)\s+)?(?:led|conducted|carried\s+out|mounted|staged|spearheaded|launched)\s+the\s+(?:raid|operation|crackdown|sweep)\b`)

// raidEvent is a sentence's raid: the sites it names as raided.
type raidEvent struct{ sites []int }

// lastRaid returns the sentence of the raid that "The operation was led by X" in sentence si
// points back to: the nearest within two sentences, or, further back (up to 40 sentences),
// the nearest when every raid told before is on the same sites, so that no other raid could
// be meant; -1 when there is none.
func lastRaid(events map[int]raidEvent, si int) int {
	found := -1
	for back := si; back >= 0 && back >= si-40; back-- {
		ev, ok := events[back]
		if !ok {
			continue
		}
		if found < 0 {
			found = back
			if back >= si-2 {
				return back
			}
			continue
		}
		if !sameInts(ev.sites, events[found].sites) {
			return -1
		}
	}
	return found
}

// sameInts reports two lists with the same members.
func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// reRaidActor follows the body whose act a raid was, up to its verb: an optional short form,
// an aside naming partner bodies, a time, then the act.
var reRaidActor = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(,\s*(?:in\s+(?:coordination|cooperation|collaboration|partnership)\s+with|with\s+(?:the\s+)?(?:support|help|assistance|backing)\s+(?:of|from)|together\s+with|alongside|acting\s+with|backed\s+by|supported\s+by|assisted\s+by|joined\s+by)\s+[^,;]{1,140},\s*|\s+and\s+(?:the\s+)?(?:(?:officers|agents|troops|soldiers|personnel|members|officials)\s+(?:from|of)\s+(?:the\s+)?)?(?-i:[A-Z])[^,;]{1,80}?\s*(?:\([^()]{1,20}\)\s*)?\s)?(?:(?:on\s+\w+|last\s+\w+|yesterday|today|also|jointly|reportedly)\s+)*(?:arrested|detained|rescued|freed|seized|raided|conducted|launched|carried\s+out|led|stormed|searched|swept|sealed|shut\s+down|deported|intercepted|mounted|staged|served|executed)\b`)

// raidActor returns the body that acts in a sentence telling a raid on sites (and the
// bodies its aside names), with the span read; nil when the sentence names no such actor.
func raidActor(text string, st sentence, cands []candidate, ents []*docEntity, ms []int, sites []int) ([]int, int, int) {
	for i, m := range ms {
		c := cands[m]
		if c.ent < 0 {
			continue
		}
		for _, site := range sites {
			if c.ent == site {
				return nil, 0, 0 // the site comes first: no actor before it
			}
		}
		if ents[c.ent].typ != model.Organization {
			continue
		}
		loc := reRaidActor.FindStringSubmatchIndex(text[c.e:min(st.e, c.e+200)])
		if loc == nil {
			if namedAgain(cands, ms[i+1:], c.ent) {
				continue // "X ... testified that his unit raided": the body acts when named again
			}
			return nil, 0, 0 // the first body is not the one acting
		}
		if raidOwnAgent(text, cands, ents, ms[i+1:], c.ent) {
			return nil, 0, 0 // "deported workers held in a PAOCC raid on X" (raid_own_agent.go)
		}
		out := []int{c.ent}
		if loc[2] >= 0 {
			asideEnd := c.e + loc[3]
			for _, n := range ms[i+1:] {
				if o := cands[n]; o.ent >= 0 && o.s < asideEnd && ents[o.ent].typ == model.Organization && o.ent != c.ent && !parentNamed(text, o.s) {
					out = append(out, o.ent)
				}
			}
		}
		return out, c.s, c.e + loc[1]
	}
	return nil, 0, 0
}

// raiders returns the bodies named from mention i on, joined by "and" or "with": "the
// Philippine National Police and the Bureau of Immigration".
func raiders(text string, cands []candidate, ents []*docEntity, ms []int, i int) []int {
	var out []int
	for ; i < len(ms); i++ {
		c := cands[ms[i]]
		if c.ent < 0 || ents[c.ent].typ != model.Organization {
			break
		}
		out = append(out, c.ent)
		if i+1 >= len(ms) || cands[ms[i+1]].s < c.e || !reAgentAnd.MatchString(text[c.e:cands[ms[i+1]].s]) {
			break
		}
		if n := cands[ms[i+1]]; countryPossessive(text, ents, n, cands, ms, i+1) {
			i++ // "with officers from China's Ministry of Public Security": the country owns the body
		}
	}
	return out
}

// genericBodyWords are the nouns of a body named only by its country: "Cambodian police",
// "Lao security forces".
var genericBodyWords = set("police", "authorities", "authority", "forces", "force", "security", "army", "troops",
	"military", "soldiers", "officials", "officers", "immigration", "government", "junta", "navy")

// genericBody reports a body named by a nationality and a generic noun only.
func genericBody(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || !demonyms[f[0]] {
		return false
	}
	for _, w := range f[1:] {
		if !genericBodyWords[w] {
			return false
		}
	}
	return true
}

// dropGenericRaiders removes "Cambodian police RAIDED X" when the document names the body
// that raided X ("the Svay Rieng Provincial Police") in another sentence: the named body is
// the raider the text supports; a generic one stays when no body is named, or when the body
// named shares its sentence as a partner in a joint raid.
func dropGenericRaiders(out []model.Relation, ids []string, ents []*docEntity) []model.Relation {
	generic := map[string]bool{}
	for i, e := range ents {
		if e.typ == model.Organization && genericBody(e.name) {
			generic[ids[i]] = true
		}
	}
	if len(generic) == 0 {
		return out
	}
	named := map[string][]string{} // site -> quotes of the named raiders
	for _, r := range out {
		if r.Predicate == model.Raided && !generic[r.Subject] {
			named[r.Object] = append(named[r.Object], r.Quote)
		}
	}
	return dropPred(out, func(r model.Relation) bool {
		if r.Predicate != model.Raided || !generic[r.Subject] {
			return false
		}
		// A named raider told in the generic one's own sentence is its partner in a joint
		// raid ("Lao police, working with China's Ministry of Public Security, raided X").
		for _, q := range named[r.Object] {
			if q != r.Quote {
				return true
			}
		}
		return false
	})
}

// Tenants, developers and managers of sites: who runs a compound without owning it.
var (
	// reLeasedTo follows a site let to a tenant: "was leased to", ", which is rented out to a
	// firm called".
	reLeasedTo = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|also|then|since|reportedly|allegedly)\s+)*(?:leased|rented|let|sublet|subleased)(?:\s+out)?\s+to\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:named|called|known\s+as)\s+)?$`)
	// reRentedBy follows a site whose space a tenant took: "were rented by a company called"
	// (with reSpaceOf before the site).
	reRentedBy = regexp.MustCompile(`^\s*(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)(?:(?:later|also|then|reportedly|allegedly)\s+)*(?:rented|leased|occupied|sublet)\s+by\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:named|called|known\s+as)\s+)?$`)
	reSpaceOf  = regexp.MustCompile(`(?i)\b(?:floors?|space|buildings?|blocks?|offices?|rooms|premises|units?|towers?)\s+(?:in|inside|at|within|of)\s+(?:the\s+)?$`)
	// reLeaseThe is the landlord's verb before a site leased on: "leased the", "rented out the".
	reLeaseThe = regexp.MustCompile(`(?i)\b(?:leased|leases|rented|rents|let|sublet|subleased)(?:\s+out)?\s+(?:the\s+|its\s+|his\s+|her\s+)?$`)
	// reTenantOf is a tenant named before its site: ", the main tenant of".
	reTenantOf = regexp.MustCompile(`^\s*,?\s*(?:(?:who|which)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:the|a|an)\s+(?:main\s+|sole\s+|former\s+|largest\s+|principal\s+)?(?:tenant|lessee|leaseholder)\s+(?:of|at|in)\s+(?:the\s+)?$`)
	// reTenantPos is a site's tenant in the possessive: "'s main tenant,".
	reTenantPos = regexp.MustCompile(`^\s*['’]s?\s+(?:main\s+|sole\s+|former\s+|largest\s+|principal\s+)?(?:tenant|lessee|leaseholder)\s*,?\s*$`)
	// reDevelopedWith is a site built together with a second party: "which was developed with".
	reDevelopedWith = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|is|has\s+been|had\s+been)\s+(?:jointly\s+|also\s+)?(?:developed|built|co-developed)\s+(?:with|together\s+with|in\s+partnership\s+with|in\s+a\s+joint\s+venture\s+with)\s+(?:the\s+)?$`)
	// reRunningOf is the run of a site named as a noun before it: "the day-to-day operation
	// of the", with reHandledBy after the site.
	reRunningOf = regexp.MustCompile(`(?i)\b(?:operations?|management|running|day-to-day\s+business)\s+of\s+(?:the\s+)?$`)
	reHandledBy = regexp.MustCompile(`^\s*(?:(?:compound|casino|resort|park|complex|zone)\s*)?(?:,[^,]{1,80},\s*)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|also|now)\s+)*(?:handled|run|overseen|carried\s+out|managed|directed)\s+by\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:named|called|known\s+as)\s+)?$`)
)

// reOwnedAndRan is a site's owner that also runs it: "owned and operated the".
var reOwnedAndRan = regexp.MustCompile(`^\s*(?:(?:also|allegedly|reportedly|jointly|has|have|had)\s+)*(owns|owned|built|developed|founded)\s+and\s+(?:(?:later|also)\s+)?(?:operates|operated|runs|ran|manages|managed|controls|controlled)\s+(?:the\s+)?$`)

// reRelOpsAt opens a relative clause on a firm before what it ran at a site: ", a company
// that", ", which", ", who".
var reRelOpsAt = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|business|syndicate|operator|outfit)\s+)?(?:that|which|who)\s+`)

// sitePair reads a tenant, co-developer or manager of a site between two mentions; it
// reports whether it read one. ca is the first mention, gap the lower-cased words between.
func sitePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	before := text[max(0, ca.s-60):ca.s]
	runner := agentType
	switch {
	case runner(ta) && tb == model.Compound && reOwnedAndRan.MatchString(gap):
		// "Golden Fortune owned and operated the Sunrise Bay Complex": each verb.
		add(a, b, model.Operates, 0.85)
		if m := reOwnedAndRan.FindStringSubmatch(gap); m != nil && strings.HasPrefix(m[1], "own") {
			add(a, b, model.Owns, 0.85)
		}
	case runner(ta) && tb == model.Compound && reRelOpsAt.MatchString(gap) && reOpsAt.MatchString(gap[len(reRelOpsAt.FindString(gap)):]):
		// "Yong Sheng Trading, a company that rented two buildings inside Shwe Kokko".
		add(a, b, model.Operates, 0.75)
	case ta == model.Compound && runner(tb) && reLeasedTo.MatchString(gap):
		// "the compound was leased to Hengda Tech Group": the tenant runs it.
		add(b, a, model.Operates, 0.75)
	case ta == model.Compound && runner(tb) && reRentedBy.MatchString(gap) && reSpaceOf.MatchString(before):
		// "the scam floors inside Mekong Bay City were rented by X".
		add(b, a, model.Operates, 0.7)
	case ta == model.Compound && runner(tb) && strings.TrimSpace(gap) == "to" && reLeaseThe.MatchString(before):
		// "leased the Jade Harbour compound to X".
		add(b, a, model.Operates, 0.75)
	case ta == model.Compound && runner(tb) && strings.HasPrefix(strings.TrimSpace(gap), "compound to") && reLeaseThe.MatchString(before):
		add(b, a, model.Operates, 0.75)
	case runner(ta) && tb == model.Compound && reTenantOf.MatchString(gap):
		add(a, b, model.Operates, 0.75)
	case ta == model.Compound && runner(tb) && reTenantPos.MatchString(gap):
		add(b, a, model.Operates, 0.75)
	case ta == model.Compound && (tb == model.Company || tb == model.Organization) && reDevelopedWith.MatchString(gap):
		// "Shwe Kokko, which was developed with Yatai": a co-developer.
		add(b, a, model.Operates, 0.75)
	case ta == model.Compound && runner(tb) && reHandledBy.MatchString(gap) && reRunningOf.MatchString(before):
		// "the day-to-day operation of the resort is handled by X".
		add(b, a, model.Operates, 0.75)
	default:
		return false
	}
	return true
}

// siteRole turns a person's job at a site into running it: a compound's manager or general
// manager runs it (EMPLOYED_BY ties a person to a company or body, never to a site).
func siteRole(pred, ta, tb, role string) string {
	if pred == model.EmployedBy && ta == model.Person && tb == model.Compound && strings.HasSuffix(strings.ToLower(strings.TrimSpace(role)), "manager") && !fieldRole(role) {
		return model.Operates
	}
	return pred
}

// Protection told through what a body's members do at a site.
var (
	reGuardMen = `(?:troops|soldiers|men|officers|fighters|militiamen|guards|members|forces|units|personnel)`
	reGuardFor = `(?:(?:also|reportedly|allegedly|still|openly|long)\s+)*`
	// reCheckpointAt: "maintains a checkpoint at the entrance to", "manned the checkpoints of".
	reCheckpointAt = regexp.MustCompile(`^\s*(?:['’]s?\s+(?:armed\s+)?` + reGuardMen + `\s+|` + reGuardMen + `\s+)?` + reGuardFor + `(?:maintains?|maintained|mans|man|manned|runs|ran|operates|operated|controls|controlled|staffs|staffed)\s+(?:a\s+|the\s+|its\s+)?(?:checkpoints?|gates?|guard\s+posts?|security\s+posts?|sentry\s+posts?)\s+(?:at|of|outside|around|on)\s+(?:the\s+)?(?:(?:entrance|entrances|gate|gates|perimeter)\s+(?:to|of)\s+(?:the\s+)?)?$`)
	// reWhoseMen: ", whose soldiers guard the", ", whose troops patrol the perimeter of".
	reWhoseMen = regexp.MustCompile(`^\s*,\s*whose\s+(?:armed\s+)?` + reGuardMen + `\s+` + reGuardFor + `(?:guard|guarded|guards|protect|protected|protects|patrol|patrolled|patrols|secure|secured|secures|man|manned|mans)\s+(?:the\s+)?(?:(?:perimeter|gates?|entrance|checkpoints?|fences?)\s+(?:of|at|to)\s+(?:the\s+)?)?$`)
	// rePatrolOf: "'s soldiers patrol the perimeter of", "troops guard the gates of".
	rePatrolOf = regexp.MustCompile(`^\s*(?:['’]s?\s+(?:armed\s+)?` + reGuardMen + `\s+|` + reGuardMen + `\s+)?` + reGuardFor + `(?:patrol|patrols|patrolled|guard|guards|guarded|secure|secures|secured)\s+(?:the\s+)?(?:perimeter|gates?|entrance|entrances|fences?|walls?)\s+(?:of|to)\s+(?:the\s+)?$`)
	// reGuardsKnownAs: "provides guards to a compound known as", also when workers say so.
	reGuardsKnownAs = regexp.MustCompile(`^\s*,?\s*(?:(?:that|which|who)\s+)?(?:(?:[\w-]+\s+){1,2}(?:say|says|said|allege|alleged|claim|claimed)\s+)?` + reGuardFor + `(?:provides|provided|provide|supplies|supplied|supply)\s+(?:armed\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:compound|site|casino|park|complex|resort|hotel)\s+(?:known\s+as|called|named)\s+(?:the\s+)?$`)
	// reGuardedByUnit follows a site guarded by a unit or a named firm: "is protected by a
	// unit of the", "was guarded by a private security agency,".
	reGuardedByUnit = regexp.MustCompile(`^\s*(?:(?:compound|compounds|casino|resort|park|zone|complex)\s*)?,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|also|heavily|openly|long)\s+)*(?:protected|guarded|secured|patrolled|shielded)\s+by\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|units|detachment|battalion|squad|platoon|contingent|team)\s+(?:of|from)\s+(?:the\s+)?|(?:a|an)\s+(?:private\s+|armed\s+|local\s+)?(?:security|guard)\s+(?:agency|firm|company|contractor|provider),\s+)$`)
	// rePaidFor follows a site that pays a body, then reProtectionAfter the body: "is
	// believed to have paid the DKBA for protection".
	rePaidFor         = regexp.MustCompile(`^\s*(?:(?:compound|compounds|casino|resort|park|zone|complex)\s*)?(?:(?:is|was|are|were|has|have|had)\s+)?(?:(?:widely|reportedly|allegedly|long)\s+)*(?:(?:believed|said|reported|alleged|thought)\s+to\s+(?:have\s+)?)?(?:paid|pays|pay|paying|bribed|bribes)\s+(?:the\s+)?$`)
	reProtectionAfter = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:for|in\s+exchange\s+for|in\s+return\s+for)\s+(?:its\s+|their\s+)?(?:protection|security|safe\s+passage)\b`)
	// reSecuredBy follows a site secured or patrolled by a body.
	reSecuredBy = regexp.MustCompile(`^\s*(?:(?:compound|compounds|casino|resort|park|zone|complex)\s*)?,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|also|heavily|openly|long)\s+)*(?:secured|patrolled|policed)\s+by\s+(?:(?:armed\s+)?` + reGuardMen + `\s+(?:of|from|loyal\s+to)\s+)?(?:the\s+)?$`)
)

// reSecurityAt ends the words before a site whose security the sentence says who keeps:
// "security at the", "Security inside". reSecurityBy follows the site up to the keeper:
// " was provided by", " is handled by a private company,".
var (
	reSecurityAt = regexp.MustCompile(`(?i)\b(?:security|protection|guarding)\s+(?:at|inside|in|for|of|around)\s+(?:the\s+)?$`)
	reSecurityBy = regexp.MustCompile(`^\s*(?:(?:compound|casino|resort|park|zone|complex)\s+)?(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|also|now|long)\s+)*(?:provided|handled|supplied|run|managed|carried\s+out|done)\s+by\s+(?:the\s+)?(?:(?:a|an)\s+(?:private\s+|armed\s+|local\s+)?(?:security\s+)?(?:company|firm|contractor|agency|provider|unit|militia)\s*(?:,\s*|\s+(?:called|named|known\s+as)\s+)|(?:armed\s+|uniformed\s+)?` + reGuardMen + `\s+(?:(?:in|wearing)\s+(?:the\s+)?uniforms?\s+of|of|from|loyal\s+to)\s+(?:the\s+)?)?$`)
)

// protectsPair reads a body that shields a site through its men's acts there; it reports
// whether it read one.
func protectsPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	guard := agentType
	switch {
	case guard(ta) && tb == model.Compound && (reCheckpointAt.MatchString(gap) || reWhoseMen.MatchString(gap) || rePatrolOf.MatchString(gap) || reGuardsKnownAs.MatchString(gap)):
		add(a, b, model.Protects, 0.75)
	case ta == model.Compound && guard(tb) && (reSecuredBy.MatchString(gap) || reGuardedByUnit.MatchString(gap)):
		add(b, a, model.Protects, 0.8)
	case ta == model.Compound && guard(tb) && reSecurityAt.MatchString(text[max(0, ca.s-40):ca.s]) && reSecurityBy.MatchString(gap):
		// "Security inside the zone is handled by a private company, Golden Gate Guards".
		add(b, a, model.Protects, 0.75)
	case ta == model.Compound && guard(tb) && rePaidFor.MatchString(gap) && reProtectionAfter.MatchString(text[cb.e:min(len(text), cb.e+60)]):
		// "The park is believed to have paid the DKBA for protection."
		add(b, a, model.Protects, 0.75)
	default:
		return false
	}
	return true
}

// Sanctions told over a list: "OFAC designated A, his company B, and C, a firm owned by D",
// and a notice that introduces a table or list of those designated.
var (
	// reSanctVerb follows the body that sanctions and ends where its objects begin.
	reSanctVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:said|says|announced|announces|confirmed|stated)\s+(?:(?:on\s+\w+|today|that)\s+)*(?:it|they)\s+)?(?:(?:has|have|had|today|also|further|additionally|jointly|both|all|each|simultaneously|separately|likewise|similarly|formally|on\s+\w+|in\s+addition|is|are|just|now|already|yesterday|this\s+week|last\s+(?:week|month|year)|in\s+[A-Z]\w+(?:\s+\d{4})?|followed(?:\s+suit)?(?:\s+(?:on|in)\s+\w+(?:\s+\d{4})?)?\s*,)\s+)*(?:sanctioned|designated|blacklisted|designating|sanctioning|(?:(?:decided|agreed|moved|voted)\s+to\s+)?(?:imposed|imposes|impose|imposing|adopted|adopts|announced|announces|levied|levies)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|restrictive\s+measures|asset\s+freezes?)(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:travel\s+bans?|asset\s+freezes?|visa\s+bans?))?\s+(?:on|against)|froze\s+(?:the\s+)?(?:[\w-]+\s+)?(?:assets|accounts|funds)\s+of|imposed\s+(?:an\s+)?asset\s+freezes?\s+on)\s+`)
	// reListIntro is a sentence that opens a list of designations: "The designations ...
	// include:", "OFAC designated the following:".
	reListIntro = regexp.MustCompile(`(?i)\b(?:designat|sanction|blacklist)[a-z]*\b[^.;]*(?:include|includes|including|are|were|following(?:\s+[\w-]+){0,5}?|as\s+follows|below|target|targets|name|names|cover|covers|list|lists)\s*:\s*$`)
	// reSplitAnd opens a further item of an object list: ", and the", "; ", " and his".
	reSplitAnd = regexp.MustCompile(`(?:,\s*and\s+|;\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)`)
)

// leadStop are words that may not stand between a list item's start and its name: the name
// after them is the object of another word ("owned by", "pursuant to", "which").
var leadStop = set("for", "to", "in", "on", "at", "by", "pursuant", "under", "after", "which", "who", "whom", "that",
	"whose", "with", "from", "of", "near", "said", "says", "is", "was", "are", "were", "has", "have", "had", "including")

// sanctionLists reads the items a sanctioning body's verb takes, and the rows a designation
// notice lists. emit gets the sentence, the designated, the body, the body's sentence and the
// span read.
func sanctionLists(text string, sents []sentence, tags *sentTags, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	sanctioner := func(e int) bool { return canSanction(ents[e]) }
	designable := func(e int) bool { t := ents[e].typ; return t != model.Location }
	for si, st := range sents {
		ms := bySent[si]
		for i, m := range ms {
			ag := cands[m]
			if ag.ent < 0 || !sanctioner(ag.ent) || relativeBefore(text, st.s, ag.s) {
				continue
			}
			loc := reSanctVerb.FindStringIndex(text[ag.e:min(st.e, ag.e+80)])
			if loc == nil {
				continue
			}
			from := ag.e + loc[1]
			// "The UK, the EU and the US imposed sanctions on X": every body of the subject
			// list; "designated 12 people, including A and B" (sanction_chains.go).
			agents := append([]int{ag.ent}, sanctionerChain(text, st, cands, ents, ms, i)...)
			items, counted := countedItems(text, st, cands, ms[i+1:], from)
			if !counted {
				items = listItems(text, st.e, cands, ms[i+1:], from)
			}
			if verb := text[ag.e : ag.e+loc[1]]; freezeOfVerb(verb) {
				// "the CCID of the Royal Malaysia Police froze the accounts of A, a firm,
				// and of B": the unit froze, and B is frozen too (account_freezes.go).
				if u := unitBeforeParent(text, cands, ents, ms, i); u >= 0 {
					agents = []int{u}
				}
				items = beforeBasis(text, from, cands, append(items, andOfItems(text, from, st.e, cands, ents, ms[i+1:], items)...))
			}
			for _, item := range items {
				if clauseSubject(st, tags.of(si), cands[item].e) {
					break // "and Interpol issued a notice": a new clause, not an item
				}
				for _, a := range agents {
					if e := cands[item].ent; e != a && designable(e) {
						emit(si, e, a, si, ag.s, cands[item].e)
					}
				}
			}
		}
		// A notice that introduces rows: each row's leading name is designated.
		back := backLead(text, st)
		if !back && (!reListIntro.MatchString(strings.TrimSpace(text[st.s:st.e]))) || reLeadDenied.MatchString(text[st.s:st.e]) {
			continue
		}
		agent := -1
		for _, m := range ms {
			if c := cands[m]; c.ent >= 0 && sanctioner(c.ent) {
				agent = c.ent
				break
			}
		}
		if agent < 0 {
			// "The designations, made by the FCDO, ... Those sanctioned are:" (intro_agents.go).
			agent, _ = introAgentBefore(text, sents, cands, ents, bySent, si, back)
		}
		if agent < 0 {
			continue
		}
		for r := si + 1; r < len(sents) && r <= si+40; r++ {
			row := sents[r]
			rms := bySent[r]
			if !lineStart(text, row.s) {
				continue // the rest of a row the sentence splitter cut ("...; director of X")
			}
			words := len(strings.Fields(text[row.s:row.e]))
			if len(rms) == 0 {
				if words > 3 {
					break // prose again
				}
				continue // a header cell ("Name", "Role")
			}
			first := cands[rms[0]]
			if !onlyTitles(text[row.s:first.s]) || !rowCell(text, first.e, row.e) || reRowDenied.MatchString(text[row.s:row.e]) {
				break // prose again: "Ly Kimheng is a shareholder in ..."
			}
			if first.ent >= 0 && designable(first.ent) && first.ent != agent && !possessiveFollows(text, first.e) {
				emit(r, first.ent, agent, si, first.s, first.e)
			}
		}
	}
}

// relativeBefore reports a relative pronoun right before a name ("whom OFAC designated"):
// the sanction's object then stands before the clause, not after the verb.
func relativeBefore(text string, sentStart, s int) bool {
	f := strings.Fields(strings.ToLower(text[max(sentStart, s-30):s]))
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	if n := len(f); n > 0 {
		switch f[n-1] {
		case "whom", "which", "that", "who":
			return true
		}
	}
	return false
}

// listItems returns the mentions that lead the items of an object list starting at from: the
// first name of each item, past a possessor ("Sok Bunthoeun's daughter, Sok Chanthou") and
// titles, but not a name that another word governs ("a firm owned by D").
func listItems(text string, end int, cands []candidate, ms []int, from int) []int {
	// The list ends at a contrast: "A, but not its chairman, B" (list_contrasts.go).
	end = listContrastEnd(text, from, end)
	region := text[from:end]
	// Item starts: the list's start, each conjunction, and each comma that a name (or a
	// possessive determiner and a noun before a name) follows.
	starts := []int{from}
	for _, loc := range reSplitAnd.FindAllStringIndex(region, -1) {
		// A bare " and " joins items only before a determiner or a name: "developed and
		// secured the park" joins verbs.
		if bare := strings.TrimSpace(region[loc[0]:loc[1]]) == "and"; bare {
			rest := region[loc[1]:]
			low := strings.ToLower(rest[:min(len(rest), 6)])
			if !(rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' || strings.HasPrefix(low, "the ") || strings.HasPrefix(low, "his ") ||
				strings.HasPrefix(low, "her ") || strings.HasPrefix(low, "its ") || strings.HasPrefix(low, "their")) {
				continue
			}
		}
		starts = append(starts, from+loc[1])
	}
	for k := 0; k < len(region); k++ {
		if region[k] != ',' {
			continue
		}
		at := from + k + 1
		for at < end && text[at] == ' ' {
			at++
		}
		for _, m := range ms {
			if cands[m].s == at {
				starts = append(starts, at)
				break
			}
		}
		rest := strings.ToLower(text[at:min(end, at+6)])
		if strings.HasPrefix(rest, "his ") || strings.HasPrefix(rest, "her ") || strings.HasPrefix(rest, "its ") || strings.HasPrefix(rest, "their") {
			starts = append(starts, at)
		}
	}
	var out []int
	seen := map[int]bool{}
	for _, s := range starts {
		for _, m := range ms {
			c := cands[m]
			if c.s < s || c.ent < 0 {
				continue
			}
			if inside(cands, ms, s) {
				break
			}
			lead := strings.Fields(strings.ToLower(text[s:c.s]))
			if len(lead) > 8 {
				break
			}
			stop := false
			for _, w := range lead {
				if objectLead(w) { // sanction_objects.go
					stop = true
				}
			}
			if stop {
				break
			}
			if sparedItem(text, c.e, end) {
				continue // "X itself has not been designated" (sanction_objects.go)
			}
			if possessiveFollows(text, c.e) {
				continue // "Sok Bunthoeun's daughter, Sok Chanthou": the possessor is no item
			}
			if reBasedAfter.MatchString(text[c.e:min(end, c.e+20)]) {
				continue // "Bangkok-based Siam Rich Logistics": the place qualifies the item
			}
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
			break
		}
	}
	return out
}

// inside reports an offset within a mention (a split inside "Foreign, Commonwealth & ...").
func inside(cands []candidate, ms []int, off int) bool {
	for _, m := range ms {
		if c := cands[m]; c.s < off && off < c.e {
			return true
		}
	}
	return false
}

// lineStart reports that an offset begins a line (a table row or list item), blanks aside.
func lineStart(text string, off int) bool {
	t := strings.TrimRight(text[:off], " \t")
	return t == "" || strings.HasSuffix(t, "\n")
}

// rowCell reports that a row's leading name closes a cell: a comma, semicolon, bracket, dash
// or the row's end follows it, not a verb.
func rowCell(text string, end, rowEnd int) bool {
	rest := strings.TrimLeft(text[end:rowEnd], " \t")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', ';', '(', '-', ':', '.', '\t', '|':
		return true
	}
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// clauseSubject reports a finite verb right after a name (adverbs aside): the name opens a
// clause of its own.
func clauseSubject(st sentence, tags []string, end int) bool {
	for k := tokenAt(st.toks, end); k < len(st.toks) && k < len(tags); k++ {
		if st.toks[k].s < end {
			continue
		}
		switch tags[k] {
		case "RB":
			continue
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	return false
}

// onlyTitles reports that the words before a row's name are titles only ("Oknha", "Pol.
// Lt. Gen."), or none.
func onlyTitles(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !titleWords[w] && !personTitles[w] {
			return false
		}
	}
	return true
}

// Sanctions told with a noun, a list or a state rather than a finite verb.
var (
	// reAmongDesignated: " was among those designated by the", " is one of the firms
	// sanctioned by".
	reAmongDesignated = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|are|were|became|becomes)\s+)?(?:also\s+)?(?:among|one\s+of)\s+(?:those|the\s+(?:[a-z]+\s+){0,2}?(?:people|persons|individuals|entities|companies|firms|targets|businesses))\s+(?:(?:newly|also|later)\s+)?(?:designated|sanctioned|blacklisted|listed|targeted)\s+by\s+(?:the\s+)?$`)
	// reSubjectToSanctions: " are subject to sanctions imposed by the", " remains under
	// sanctions issued by".
	reSubjectToSanctions = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|are|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+)?(?:also\s+|still\s+|now\s+|already\s+)?(?:subject\s+to|under|hit\s+with|targeted\s+with)\s+(?:(?:new|fresh|financial|targeted|economic)\s+)?sanctions\s+(?:(?:imposed|issued|announced|ordered)\s+by|by|from)\s+(?:the\s+)?$`)
	// reDesignationOf ends the words before a name whose designation the sentence tells as a
	// noun: "the designation of", "OFAC's blacklisting of".
	reDesignationOf = regexp.MustCompile(`(?i)\b(?:designation|designations|sanctioning|blacklisting)\s+of\s+(?:the\s+)?$`)
	// reAddedTo is a body that added a name to its list: " on tuesday added", " has added";
	// reToList follows the name.
	reAddedTo  = regexp.MustCompile(`^\s*(?:(?:on\s+\w+|last\s+\w+|today|yesterday|also|has|have|had|formally)\s+)*(?:added|placed|put|listed|included)\s+(?:the\s+)?$`)
	reToList   = regexp.MustCompile(`(?i)^\s*(?:to|on)\s+(?:its|the|their)\s+[^.;]{0,60}?\b(?:list|blacklist)\b`)
	reListKind = regexp.MustCompile(`(?i)\b(?:sanction|designated|blacklist|sdn|consolidated)`)
)

// sanctionPair reads the sanctions above between two mentions; it reports whether it read
// one. ca is the first mention, gap the lower-cased words between.
func sanctionPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	body := func(t int) bool {
		return ents[t].typ == model.Organization || ents[t].typ == model.Location && isCountry(ents[t].name)
	}
	switch {
	case ta != model.Location && body(b) && (reAmongDesignated.MatchString(gap) || reSubjectToSanctions.MatchString(gap)):
		add(a, b, model.SanctionedBy, 0.85)
	case ta != model.Location && body(b) && strings.TrimSpace(gap) == "by" && reDesignationOf.MatchString(text[max(0, ca.s-30):ca.s]):
		// "the designation of Lim Heng by OFAC".
		add(a, b, model.SanctionedBy, 0.85)
	case body(a) && tb != model.Location && reAddedTo.MatchString(gap):
		// "OFAC on Tuesday added Lim Heng to its Specially Designated Nationals list".
		after := text[cb.e:min(len(text), cb.e+90)]
		m := reToList.FindString(after)
		if m == "" || !reListKind.MatchString(m) {
			return false
		}
		add(b, a, model.SanctionedBy, 0.8)
	default:
		return false
	}
	return true
}

// namedAgain reports that a later mention (a reference, say) stands for entity ent.
func namedAgain(cands []candidate, ms []int, ent int) bool {
	for _, m := range ms {
		if cands[m].ent == ent {
			return true
		}
	}
	return false
}

// sitesAround reads the sites among mentions ms: n counts them (a mention of the site last
// found is not counted again), site is the last one named before offset off and end its end
// (-1 and 0 when none is). Readers that need the one site a sentence names before an act use it.
func sitesAround(cands []candidate, ms []int, isSite func(candidate) bool, off int) (site, end, n int) {
	site = -1
	for _, m := range ms {
		if c := cands[m]; isSite(c) && c.ent != site {
			if c.e <= off {
				site, end = c.ent, c.e
			}
			n++
		}
	}
	return site, end, n
}

// siteMention returns the test every site reader applies to a mention: it names a compound.
func siteMention(ents []*docEntity) func(candidate) bool {
	return func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Compound }
}

// oneSite returns the one site the mentions ms name: -1 for none, -2 for two or more.
func oneSite(cands []candidate, ms []int, isSite func(candidate) bool) int {
	site := -1
	for _, m := range ms {
		if c := cands[m]; isSite(c) {
			if site >= 0 && site != c.ent {
				return -2
			}
			site = c.ent
		}
	}
	return site
}

// siteOfSentencesBefore returns the one site of the nearer of the two sentences before si that
// names any, and that sentence: "We ended up at X. The guards had patches of the BGF." A
// sentence naming two sites gives none (site < 0).
func siteOfSentencesBefore(cands []candidate, bySent map[int][]int, isSite func(candidate) bool, si int) (site, siteSent int) {
	for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
		if site := oneSite(cands, bySent[sj], isSite); site != -1 {
			return site, sj
		}
	}
	return -1, -1
}

// protectorMention reports a mention of a person or a body, the ones paid or tipped off to shield
// a site (a firm that pays is never the protector).
func protectorMention(ents []*docEntity) func(candidate) bool {
	return func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Person || ents[c.ent].typ == model.Organization)
	}
}
