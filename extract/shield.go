package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Protection told through a unit, a mission, a site's parts, a payment or the men posted at a
// site: the forms protectsPair (complicity.go) does not read.
var (
	// shieldMen are the members of a body that stand guard.
	shieldMen = `(?:troops|soldiers|men|officers|fighters|militiamen|guards|members|forces|personnel|police(?:men)?|gunmen)`
	// shieldUnit is the noun of a body's unit or of a body described: "the KBDA's 3rd
	// Battalion", ", a militia that".
	shieldUnit = `(?:battalion|brigade|regiment|unit|division|detachment|platoon|squad|company|militia|wing|force|group|army|agency|firm|contractor)`
	// shieldVerb is a verb of giving protection, in any tense.
	shieldGive = `(?:provides|provided|provide|providing|offers|offered|offering|gives|gave|giving|supplies|supplied|supplying)\s+(?:armed\s+|round-the-clock\s+|private\s+)?(?:security|protection|guards|cover)\s+(?:for|to|at)\s+(?:the\s+)?`
	// reUnitProvides: "'s 4th Battalion, which provides armed security for".
	reUnitProvides = regexp.MustCompile(`^\s*['’]s?\s+(?:[\w-]+\s+){0,2}?` + shieldUnit + `\s*,\s*(?:which|that)\s+(?:(?:also|allegedly|reportedly|long|has|have|had)\s+)*` + shieldGive + `$`)
	// reLeadsUnitProviding: a person who leads the unit that protects: " leads the kbgb's
	// 4th battalion, which provides armed security for".
	reLeadsUnitProviding = regexp.MustCompile(`^\s*(?:(?:also|allegedly|reportedly)\s+)?(?:leads|led|commands|commanded|heads|headed)\s+(?:the\s+|a\s+)?[^,;.]{1,60}?\s*,\s*(?:which|that)\s+(?:(?:also|allegedly|reportedly|long|has|have|had)\s+)*` + shieldGive + `$`)
	// reForProviding: the reason an act names: "is designated for providing protection to",
	// "was charged with giving armed cover to".
	reForProviding = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+)(?:(?:also|today|now|later)\s+)*(?:designated|sanctioned|charged|accused|indicted|convicted|named|blacklisted|punished)\s+(?:for|of|with|over)\s+(?:allegedly\s+)?` + shieldGive + `$`)
	// reGuardsPart: a body or its unit that guards a site's parts, the site in the
	// possessive next ("a militia that guards the compound's perimeter", "militiamen of X
	// manned the compound's checkpoints"); reSitePart follows the site.
	reGuardsPart = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?` + shieldUnit + `\s+(?:that|which|who|whose\s+` + shieldMen + `)\s+|['’]s?\s+(?:armed\s+)?` + shieldMen + `\s+|` + shieldMen + `\s+)?(?:(?:also|reportedly|allegedly|still|openly|long)\s+)*(?:guard|guards|guarded|patrol|patrols|patrolled|man|mans|manned|secure|secures|secured|staff|staffs|staffed|control|controls|controlled)\s+(?:the\s+)?$`)
	reSitePart   = regexp.MustCompile(`^['’]s\s+(?:main\s+|front\s+|outer\s+|only\s+)?(?:perimeter|gates?|checkpoints?|entrances?|fences?|walls?|guard\s+posts?|watchtowers?)\b`)
	// reStationedAt: the body's men posted at a site: " soldiers were stationed at".
	reStationedAt = regexp.MustCompile(`^\s*(?:['’]s?\s+)?(?:armed\s+)?` + shieldMen + `\s+(?:were|are|was|is|had\s+been|have\s+been|has\s+been|remain|remained)\s+(?:(?:permanently|openly|also|reportedly|still)\s+)*(?:stationed|posted)\s+(?:at|inside|in|outside|around)\s+(?:the\s+)?$`)
	// reReturnedEscapees: the body's men returned those who fled to the site: "its officers
	// escorted escapees back to", "officers returned escaped workers to".
	reReturnedEscapees = regexp.MustCompile(`^\s*(?:[—–:,-]\s*(?:[\w-]+\s+){0,3}?(?:alleged|said|say|says|claimed|claim|reported|told\s+us)\s+(?:that\s+)?(?:its|their)\s+|['’]s?\s+)?(?:` + shieldMen + `\s+)?(?:(?:also|reportedly|allegedly|repeatedly|routinely|then)\s+)*(?:(?:were|was|are|is|had\s+been)\s+(?:paid|hired|bribed|used|sent)\s+to\s+)?(?:returned|return|returns|returning|escorted|escort|escorts|brought|bring|brings|handed|hand|hands|took|take|takes|sent|send|sends)\s+(?:(?:the|some|several|two|three|four|five|six|many)\s+)?(?:escapees|escaped\s+workers|runaways|fleeing\s+workers|workers\s+who\s+(?:had\s+)?(?:escaped|fled)|those\s+who\s+(?:had\s+)?(?:escaped|fled))\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?$`)
	// reArrangedSecurityFor ends the words before a site whose protection the sentence says
	// was arranged with a body; the gap after the site is " with the".
	reArrangedSecurityFor = regexp.MustCompile(`(?i)\b(?:arranged|organised|organized|bought|obtained|secured|negotiated)\s+(?:armed\s+)?(?:security|protection)\s+(?:for|at|of)\s+(?:the\s+)?$`)
	// rePaidBody ends the words before a body paid to guard: "paid a local militia, the",
	// "hired the".
	rePaidBody = regexp.MustCompile(`(?i)\b(?:paid|pays|pay|paying|bribed|hired|hires|hire|contracted|retained)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?` + shieldUnit + `\s*,\s*)?(?:the\s+)?$`)
	// reForSecurityAt follows that body up to the site: ", for security at the", " to guard".
	reForSecurityAt = regexp.MustCompile(`^\s*,?\s*(?:for\s+(?:armed\s+)?(?:security|protection|guards)\s+(?:at|of|for|around|inside)|to\s+(?:guard|protect|secure|patrol))\s+(?:the\s+)?$`)
)

// Protection told through backing named first, a purpose, control of the area around a site,
// cover, and protection money.
var (
	// reBackingFronted ends the fronted phrase before a body: "With the backing of the",
	// "Under the protection of".
	reBackingFronted = regexp.MustCompile(`(?i)(?:^|[.;:!?]\s+|\n)\s*(?:with|under)\s+the\s+(?:(?:tacit|open|armed|full)\s+)?(?:backing|protection|blessing|patronage|support)\s+of\s+(?:the\s+)?$`)
	// reToProtect: a body's men paid, believed or accused to protect: " were paid to protect",
	// " has been accused of shielding", " is believed to guard".
	reToProtect = regexp.MustCompile(`^\s*(?:['’]s?\s+)?(?:` + shieldMen + `\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:widely|reportedly|allegedly|long|also|repeatedly)\s+)*(?:believed|said|paid|accused|suspected|alleged|thought|known|hired|bribed|reported)\s+(?:to\s+(?:have\s+)?|of\s+)(?:protect|protected|protecting|shield|shielded|shielding|guard|guarded|guarding)\s+(?:the\s+)?$`)
	// reControlsAround: a body, or a unit described, that controls the area around a site.
	reControlsAround = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?` + shieldUnit + `\s+(?:that|which)\s+)?(?:(?:also|still|effectively|firmly)\s+)*(?:controls|controlled|control|holds|held|governs|governed)\s+(?:the\s+)?(?:area|areas|territory|land|hills|region|villages|enclave)\s+(?:around|surrounding|encircling|containing|that\s+(?:includes|contains|hosts|holds))\s+(?:the\s+)?$`)
	// reResponsibleForSecurity: a body responsible for a site's security: ", not the family,
	// was responsible for security at the", " is in charge of security for".
	reResponsibleForSecurity = regexp.MustCompile(`^\s*(?:,[^,;]{1,40},\s*)?(?:is|was|were|are|had\s+been|has\s+been)\s+(?:(?:also|reportedly|allegedly|solely)\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?(?:security|protection|guarding)\s+(?:at|of|for|around|inside)\s+(?:the\s+)?$`)
	// reGivesCover: " provided cover for", " gave political cover to".
	reGivesCover = regexp.MustCompile(`^\s*(?:(?:also|allegedly|reportedly|has|have|had|long)\s+)*(?:provided|provides|provide|providing|gave|gives|offered|offers)\s+(?:political\s+|armed\s+|official\s+)?cover\s+(?:for|to)\s+(?:the\s+)?$`)
	// reCollectsFrom: " collects protection money from".
	reCollectsFrom = regexp.MustCompile(`^\s*(?:(?:also|allegedly|reportedly|has|have|had|long)\s+)*(?:collects|collected|collect|collecting|takes|took|receives|received|extorts|extorted)\s+(?:monthly\s+|regular\s+|weekly\s+)?(?:protection\s+(?:money|fees|payments)|security\s+fees)\s+from\s+(?:the\s+)?$`)
	// rePaysBody follows a site up to a body it pays protection money: " pays the";
	// reProtectionMoney follows the body.
	rePaysBody        = regexp.MustCompile(`^\s*(?:(?:reportedly|allegedly|still|also)\s+)*(?:pays|paid|pay|paying)\s+(?:the\s+)?$`)
	reProtectionMoney = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:monthly\s+|regular\s+|weekly\s+)?(?:protection\s+(?:money|fees)|security\s+fees)\b`)
)

// shieldPair reads the protection forms above between two mentions of one sentence; it
// reports whether it read one. ca is the first mention, gap the lower-cased words between.
func shieldPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	if shieldMorePair(text, ents, ca, cb, gap, add) || protectorPair(text, ents, ca, cb, gap, add) {
		return true
	}
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	body := func(t string) bool { return t == model.Organization || t == model.Company }
	switch {
	case body(ta) && tb == model.Compound && reUnitProvides.MatchString(gap):
		// "the KBDA's 3rd Battalion, which provides armed protection to X": the body
		// whose unit it is protects X.
		add(a, b, model.Protects, 0.75)
	case ta == model.Person && tb == model.Compound && reLeadsUnitProviding.MatchString(gap):
		// "Saw Lin leads the KBDA's 3rd Battalion, which provides armed security for X".
		add(a, b, model.Protects, 0.7)
	case (body(ta) || ta == model.Person) && tb == model.Compound && reForProviding.MatchString(gap):
		// "General K is designated for providing protection to X".
		add(a, b, model.Protects, 0.8)
	case body(ta) && tb == model.Compound && reGuardsPart.MatchString(gap) && reSitePart.MatchString(text[cb.e:min(len(text), cb.e+40)]):
		// "the Kokang Defence Unit, a militia that guards the compound's perimeter".
		add(a, b, model.Protects, 0.75)
	case body(ta) && tb == model.Compound && reStationedAt.MatchString(gap):
		// "BGF soldiers were stationed at Phoenix Tower's gate".
		add(a, b, model.Protects, 0.7)
	case body(ta) && tb == model.Compound && reReturnedEscapees.MatchString(gap):
		// "officers of the district police returned escapees to X".
		add(a, b, model.Protects, 0.7)
	case ta == model.Compound && body(tb) && (gap == " with the " || gap == " with ") && reArrangedSecurityFor.MatchString(text[max(0, ca.s-50):ca.s]):
		// "arranged security for the site with the Kokang Defence Unit".
		add(b, a, model.Protects, 0.75)
	case body(ta) && tb == model.Compound && reForSecurityAt.MatchString(gap) && rePaidBody.MatchString(text[max(0, ca.s-60):ca.s]):
		// "paid a local militia, the Shan People's Militia, for security at the site".
		add(a, b, model.Protects, 0.75)
	case body(ta) && tb == model.Compound && (gap == ", " || gap == ", the ") && reBackingFronted.MatchString(text[max(0, ca.s-60):ca.s]):
		// "With the backing of the Karen National Army, Jade River Park expanded".
		add(a, b, model.Protects, 0.75)
	case (body(ta) || ta == model.Person) && tb == model.Compound && (reToProtect.MatchString(gap) || reGivesCover.MatchString(gap) || reResponsibleForSecurity.MatchString(gap)):
		// "Officers of the Royal Thai Police were paid to protect X"; "provided cover for X".
		add(a, b, model.Protects, 0.75)
	case body(ta) && tb == model.Compound && (reControlsAround.MatchString(gap) || reCollectsFrom.MatchString(gap)):
		// "a militia that controls the area around X"; "collects protection money from X".
		add(a, b, model.Protects, 0.7)
	case ta == model.Compound && body(tb) && rePaysBody.MatchString(gap) && reProtectionMoney.MatchString(text[cb.e:min(len(text), cb.e+40)]):
		// "Sunrise Park pays the Arakan Army protection money".
		add(b, a, model.Protects, 0.75)
	default:
		return false
	}
	return true
}

// reGuardsWore ends right before the body whose marks a site's guards bore: "guards at X
// wore uniforms of the", "described guards wearing the insignia of the", "The guards had
// patches of the".
// reMenInUniform ends right before a body whose uniforms the men guarding a site wore, and
// reUniformGuarded follows it: "soldiers in " + "Brigade 31" + " uniforms guarded the gates".
var (
	reMenInUniform   = regexp.MustCompile(`(?i)\b(?:soldiers|men|guards|officers|troops|gunmen|militiamen)\s+(?:in|wearing)\s+(?:the\s+)?$`)
	reUniformGuarded = regexp.MustCompile(`^\s+(?:uniforms?|fatigues|insignia)\s+(?:(?:also|reportedly|openly)\s+)?(?:guarded|guard|guards|manned|patrolled|watched|stood\s+(?:at|by)|were\s+stationed)\b`)
)

var reGuardsWore = regexp.MustCompile(`(?i)\bguards?\b(?:\s+(?:at|of|in|inside|there)\b[^,.;]{0,60}?)?\s+(?:(?:all|also|reportedly|openly|often)\s+)*(?:wore|wear|wears|wearing|had|have|has|bore|bear|bearing|were\s+in|sported|sporting|carried|carrying|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:uniforms?|insignia|insignias|patches|badges|fatigues|armbands|emblems?)\s+(?:of|from)\s+(?:the\s+)?$`)

// reGuardsWereMenOf ends right before the body whose men a site's guards were: "guards at the
// compound were off-duty officers of the", "the guards there are cops from the".
var reGuardsWereMenOf = regexp.MustCompile(`(?i)\bguards?\b(?:\s+(?:at|of|in|inside|there)\b[^,.;]{0,60}?)?\s+(?:were|are|was|is)\s+(?:(?:all|also|reportedly|allegedly|mostly|mainly|actually)\s+)*(?:(?:off-duty|serving|active-duty|uniformed|armed)\s+)?(?:officers|cops|policemen|police\s+officers|soldiers|troops|militiamen|fighters|personnel|members)\s+(?:of|from)\s+(?:the\s+)?$`)

// reGuardsLedBy ends right before the person who commands a site's guards: "the guards were
// commanded by an officer called", "guards at the site were led by". reInChargeOfSecurity
// follows a person in charge of a site's security.
var (
	reGuardsLedBy        = regexp.MustCompile(`(?i)\bguards?\b(?:\s+(?:at|of|in|inside|there)\b[^,.;]{0,60}?)?\s+(?:were|was|are|is)\s+(?:(?:all|reportedly|allegedly)\s+)?(?:commanded|led|supervised|headed|run)\s+by\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:called|named|known\s+as)\s+)?$`)
	reInChargeOfSecurity = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,;]{1,80},\s*)?(?:was|is|were|had\s+been|has\s+been)\s+(?:(?:also|reportedly|allegedly)\s+)?in\s+charge\s+of\s+(?:the\s+)?(?:security|guards|the\s+guards)\b`)
)

// guardMarks reads the body whose uniforms or insignia a site's guards wore, and the person
// who commands the guards or is in charge of security: each PROTECTS the site named before it
// in the sentence, or else the one site named in the two sentences before. emit gets the sentence, the body, the site, the site's sentence and the
// span read.
func guardMarks(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent int, pred string, s, e int)) {
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if low := lowerASCII(text[st.s:st.e]); !mentionsAny(low, "guard", "uniform", "security", "protect") {
			continue // cheap test before the regular expressions
		}
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 {
				continue
			}
			from := max(st.s, c.s-160)
			var loc []int
			switch ents[c.ent].typ {
			case model.Organization:
				loc = reGuardsWore.FindStringIndex(text[from:c.s])
				if loc == nil {
					loc = reGuardsWereMenOf.FindStringIndex(text[from:c.s]) // "guards at X were off-duty officers of Y"
				}
				if loc == nil && reUniformGuarded.MatchString(text[c.e:min(st.e, c.e+40)]) {
					loc = reMenInUniform.FindStringIndex(text[from:c.s])
				}
				if loc == nil {
					loc = moreGuardLoc(text, st, ms, cands, ents, c, from) // shield_more.go
				}
			case model.Person:
				// "the guards were commanded by an officer called Sok Chanthou"; "Major
				// Sok Rathana was in charge of security".
				loc = reGuardsLedBy.FindStringIndex(text[from:c.s])
				if m := reInChargeOfSecurity.FindStringIndex(text[c.e:min(st.e, c.e+140)]); loc == nil && m != nil && !securityElsewhere(text[c.e+m[1]:min(st.e, c.e+m[1]+40)]) {
					loc = []int{c.s - from, c.e - from}
				}
			}
			if loc == nil {
				continue
			}
			site, siteSent := -1, -1
			for _, n := range ms[:i] {
				if o := cands[n]; isSite(o) {
					site, siteSent = o.ent, si
				}
			}
			if site < 0 {
				// The one site the two sentences before name (two sites: no antecedent).
				site, siteSent = siteOfSentencesBefore(cands, bySent, isSite, si)
			}
			if site >= 0 {
				emit(si, c.ent, site, siteSent, model.Protects, from+loc[0], c.e)
			}
		}
	}
}

// reSecurityOf follows "in charge of security" up to what the security is of; reSiteWord
// says that it is a site ("at the compound", "for the park").
var (
	reSecurityOf = regexp.MustCompile(`^\s+(?:at|for|of|in|inside)\s+(?:the\s+|its\s+|his\s+|her\s+)?(\S+)`)
	reSiteWord   = regexp.MustCompile(`(?i)^(?:compound|site|park|casino|resort|complex|hub|zone|tower|building|buildings|estate|villa)\b`)
)

// securityElsewhere reports that the security a person was in charge of is named as
// something other than a site ("in charge of security at the ministry"); a capitalised name
// (a site's) or a site noun keeps the reading.
func securityElsewhere(after string) bool {
	m := reSecurityOf.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	w := m[1]
	return !reSiteWord.MatchString(w) && !(w[0] >= 'A' && w[0] <= 'Z')
}
