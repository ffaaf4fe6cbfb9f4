package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties of ownership, leadership and office that the word rules of pair miss because the
// sentence dresses them in a clause or a description. tiePair is tried only on a pair of
// mentions on which pair and structuredPair found nothing, so it adds readings and never
// changes one; each rule moves the ends of the pair so that the plain rules read what the
// structure says:
//
//   - a relative clause belongs to the name right before it when the pronoun fits that name
//     ("the niece of Peng Deren, who heads the MNDAA"; "Golden Gate Co., which owns ...");
//   - a name set off by commas is the subject of the verb after it ("Zhao Weiming's
//     brother, Zhao Weiguo, is the majority shareholder of ...");
//   - a verb whose object is a description the name then restates ("runs a security firm,
//     Golden Shield Guard Services"; "ran a travel agency called X");
//   - an apposition whose head is any noun phrase and whose participle names the owner ("a
//     payment processor owned by X"), and "the firm of X";
//   - a site on land someone owns ("sits on land owned by X") or registered to someone;
//   - a person employed by a body ("was employed by X as head of security");
//   - "X, whose spokesman Y said": a role after "whose" with no comma or verb.

// publicTie files a person's tie to a public body the way the vocabulary reads it: a
// legislator holds an office in the legislature (EMPLOYED_BY with the role), while an officer
// of an armed group holds a rank in it (MEMBER_OF); leadership (DIRECTS) and civilian posts
// (a spokesman) stay as they are.
func publicTie(pred, role string, obj *docEntity) string {
	if obj.typ != model.Organization {
		return pred
	}
	switch sec := sectorOf(obj.name); {
	case pred == model.EmployedBy && sec == model.SectorLegislature && seatRole(role) && !strings.Contains(strings.ToLower(obj.name), "party"):
		return model.MemberOf // a seat in a chamber is a membership of it (legislators.go)
	case pred == model.EmployedBy && sec == model.SectorArmedGroup && rankRole(role):
		return model.MemberOf
	case pred == model.MemberOf && (sec == model.SectorPolice || sec == model.SectorMilitary) && rankRole(role):
		return model.EmployedBy // an officer of a state force holds a post in it
	}
	return pred
}

// rankRole reports a military rank or an officer's post ("senior officer", "colonel").
func rankRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "officer", "soldier", "fighter", "colonel", "general", "captain", "major", "lieutenant", "sergeant", "corporal", "private", "brigadier":
		return true
	}
	return false
}

// nounFollows reports a common noun right after a name ("Karen Peace Army headquarters"):
// the name then modifies that noun and is not itself what the words before it speak of.
func nounFollows(st sentence, tags []string, c candidate, typ string) bool {
	k := tokenAt(st.toks, c.e)
	return k < len(st.toks) && k < len(tags) && st.toks[k].s >= c.e && st.toks[k].text == st.toks[k].low &&
		(tags[k] == "NN" || tags[k] == "NNS") && !classWord(typ, st.toks[k].low)
}

// innerRelative reports that the clause after an inserted phrase ("A, the niece of B, who
// heads C") opens with "who" right after a person named at the end of the phrase: the clause
// is that person's, not A's. rest is the gap after the phrase (lower-cased, as
// afterInsertedClause returns it) and restStart its offset in the text.
func innerRelative(text, rest string, restStart int, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	// "A, the chief executive of C, which operates D": a which-clause after a company, site
	// or body is that name's.
	which := strings.HasPrefix(strings.TrimSpace(rest), "which ")
	if !strings.HasPrefix(strings.TrimSpace(rest), "who ") && !which {
		return false
	}
	for k := q - 1; k > p; k-- {
		c := cands[ms[k]]
		if c.ent < 0 || c.e > restStart {
			continue
		}
		between := strings.TrimSpace(text[c.e:min(len(text), restStart)])
		if which {
			t := ents[c.ent].typ
			return t != model.Person && t != model.Location && (between == "," || between == "")
		}
		return ents[c.ent].typ == model.Person && (between == "," || between == "")
	}
	return false
}

var (
	// reRelOpen opens a relative clause right after a name.
	reRelOpen     = regexp.MustCompile(`^\s*,\s*(who|which|that)\s`)
	reRelOpenBare = regexp.MustCompile(`^\s*(who|which|that)\s`)
	// reVerbAfterAppos is a finite verb right after a name closed by a comma.
	reVerbAfterAppos = regexp.MustCompile(`^\s*,\s*(?:is|was|has\s+been|had\s+been|became|remains|served|serves|owns|owned|runs|ran|heads|headed|leads|led|founded|controls|controlled|chairs|chaired)\s`)
	// reDescribedObject is a verb whose object is a description restated by the name after
	// it: "runs a security firm, ", "ran a travel agency called ". Group 1 ends at the verb.
	reDescribedObject = regexp.MustCompile(`^(.*?\S)\s+(a|an|the|its|two|three|four|five|several|\d+)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s*(?:,|:|\s+(?:called|named|known\s+as))\s*$`)
	// reApposParticiple is an apposition whose participle names the agent: ", a payment
	// processor owned by".
	reApposParticiple = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){1,3}?(?:co-|majority[- ]|wholly[- ]|jointly\s+)?(owned|controlled|run|operated|founded|led|headed|chaired|developed|built|managed|established|set\s+up)\s+(?:(?:and|or)\s+(?:owned|controlled|operated|run|managed)\s+)?by\s+(?:the\s+)?$`)
	// reFirmOf is an apposition naming a company's owner: ", the firm of the convicted
	// gambling tycoon".
	reFirmOf = regexp.MustCompile(`^\s*,\s*(?:the|a)\s+(?:[a-z-]+\s+){0,2}?(?:firm|company|business|conglomerate|group|holding\s+company)\s+(?:of|owned\s+by)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$`)
	// reOnLand is a site on land someone owns or leases out: "sits on land owned by".
	reOnLand = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:also|reportedly|allegedly)\s+)?(?:sits|sat|stands|stood|lies|lay|is\s+built|was\s+built|was\s+erected|built|located|situated)\s+on\s+(?:a\s+|the\s+)?(?:[a-z-]+\s+)?(?:land|plot|lot|property|estate|concession)\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?$`)
	// reRegisteredTo is a site or firm registered to its owner.
	reRegisteredTo = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|formally\s+|officially\s+)?registered\s+(?:to|in\s+the\s+name\s+of|under\s+the\s+name\s+of)\s+(?:the\s+)?$`)
	// reEmployedBy is a person employed by a body.
	reEmployedBy = regexp.MustCompile(`^\s*,?\s*(?:(?:who|and)\s+)?(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|previously\s+|formerly\s+|once\s+|later\s+)?(?:employed|hired|retained)\s+(?:as\s+[a-z -]{1,40}?\s+)?by\s+(?:the\s+)?(?:said\s+)?$`)
	// reAsRole reads the role after an employer: " as head of security at".
	reAsRole = regexp.MustCompile(`^\s+as\s+(?:a|an|the|its|their)?\s*([a-z][a-z -]{1,40}?)\s*(?:[,.;]|\s+(?:at|in|for|from|until|since|and|who|where)\b)`)
	// reAsideAfterName is a parenthesis or an alias clause right after a name.
	reAsideAfterName = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)|[)）]|,?["”],?|,\s*\d{1,3}\s*,|,\s*(?:also\s+)?(?:known\s+as|alias|a\.k\.a\.?)\s+["“][^"”]{1,30}["”]\s*,?)`)
	// reOwnedArm is what a possessor owns through its business arm: "'s business arm, ".
	reOwnedArm = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:arm|front|subsidiary|affiliate|holding\s+company)\s*,?\s*$`)
	// reCoordRole is the second of two coordinated nouns of an apposition: ", a recruiter and
	// business associate of".
	reCoordRole = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|were|are|has\s+been|had\s+been|became)\s+)?(?:a|an|the|his|her)\s+(?:[a-z-]+\s+){1,2}?and\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|to|for|at)\s+(?:the\s+)?$`)
	// reRoleCommaBody is a listing's "Name, Colonel, Body".
	reRoleCommaBody = regexp.MustCompile(`^\s*,\s*([a-z][a-z -]{1,30}?)\s*,\s*(?:the\s+)?$`)
	// reOfDescribed is a role of a description that the name then restates: "chief executive
	// of the tenant, ", "vice chairman of the zone's investors' association, ".
	reOfDescribed = regexp.MustCompile(`^(.*\s(?:of|at|for|to))\s+(?:the|its|a|an)\s+(?:[a-z'’-]+\s+){0,3}?([a-z-]+)\s*,\s*(?:the\s+)?$`)
	// reStakePos is an owner's stake: "'s 60 percent stake in".
	reStakePos = regexp.MustCompile(`^['’]s?\s+(?:(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|majority|minority|controlling|large|major|remaining)\s+)?(?:stake|stakes|shareholding|interest|share|shares)\s+in\s+(?:the\s+)?$`)
	// reMembersInclude names the holders of a role in a body, a list following: "'s board
	// includes", ", whose shareholders include", "'s directors are".
	reMembersInclude = regexp.MustCompile(`^(?:['’]s?\s+|\s*,\s*whose\s+)(?:current\s+|former\s+|other\s+)?(board(?:\s+of\s+directors)?|directors|shareholders|owners|founders|officers|board\s+members)\s+(?:includes|included|include|are|were|comprises|comprised|is\s+made\s+up\s+of)\s+(?:` + titleRun + `)$`)
	// reBoardOfBefore ends the words before a body whose board the sentence lists: "the
	// board of".
	reBoardOfBefore = regexp.MustCompile(`\b(board(?:\s+of\s+directors)?|directors|shareholders|owners|founders|officers)\s+of\s+(?:the\s+)?$`)
	reIncludes      = regexp.MustCompile(`^\s*(?:includes|included|include|are|were|comprises|comprised|is\s+made\s+up\s+of)\s+(?:` + titleRun + `)$`)
	// reNounRole is an apposition whose role follows nouns of its field: ", a migration
	// researcher at".
	reNounRole = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+((?:[a-z-]+\s+){1,2}[a-z-]+)\s+(?:at|of|for|with|in)\s+(?:the\s+)?$`)
	// reSecondRole is the second of two roles joined by "and": "was the founder and
	// chairman of", "president and principal shareholder of". Groups: first, second.
	reSecondRole = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|were|are|has\s+been|had\s+been|became|remains)\s+)?(?:also\s+)?(?:a\s+|an\s+|the\s+|its\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+and\s+(?:a\s+|an\s+|the\s+)?((?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|in|at)\s+(?:the\s+)?$`)
	// reOneOfCommanders is one commander among several: "a commander of", "a commander in".
	reOneOfCommanders = regexp.MustCompile(`\b(?:a|one)\s+(?:(?:senior\s+|local\s+|former\s+)?commanders?\s+(?:in|with)|(?:senior\s+|local\s+|former\s+)?(?:battalion|brigade)\s+commanders?\s+(?:of|in|with))\b`)
	// reOfWhich opens "Y, of which X was chairman".
	reOfWhich = regexp.MustCompile(`^\s*,\s*of\s+which\s+(?:` + titleRun + `)$`)
	// reRoleAfterWas reads the role after "X was" in such a clause.
	reRoleAfterWas = regexp.MustCompile(`^\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+)?(?:its\s+|the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)`)
	// reObjRelAny is an apposition whose relative clause has the second name as subject:
	// ", a virtual currency exchange that".
	reObjRelAny   = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:that|which)\s+(?:the\s+)?$`)
	reObjRelVerb3 = regexp.MustCompile(`^\s+(?:has\s+|had\s+|have\s+|once\s+|later\s+|also\s+|allegedly\s+|reportedly\s+)?(built|developed|runs|ran|owns|owned|operates|operated|controls|controlled|founded|co-founded|established|manages|managed|set\s+up|heads|headed|chairs|chaired|leads|led)\b`)
	// reIsListedPoss is "is listed as" before a possessive body: "is listed as the firm's".
	reIsListedPoss = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+)?(?:(?:listed|named|registered|identified)\s+as\s+)?(?:the\s+)?$`)
	// reLandUnder is an owner of the land a site stands on: "owns the land on which".
	reLandUnder = regexp.MustCompile(`^\s*(?:,\s*(?:who|which)\s+)?(?:also\s+)?(?:owns|owned|holds|held|bought|acquired)\s+the\s+(?:land|plot|lot|property|site)\s+(?:on|under|beneath)\s+which\s+(?:the\s+)?$`)
	// reWhoIsRole is an apposition continued by a relative clause that states a role: ", a
	// Myanmar national who is the financial controller of".
	reWhoIsRole = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){1,3}?(who\s+.*)$`)
	// reAcquiredBy is a site or firm bought by its owner: "was acquired in 2023 by".
	reAcquiredBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|were|has\s+been|had\s+been)\s+(?:also\s+|later\s+|since\s+)?(?:acquired|bought|purchased|taken\s+over)\s+(?:(?:in|on)\s+(?:\w+\s+)?\d{4}\s+|last\s+year\s+|in\s+\w+\s+)?by\s+(?:the\s+)?$`)
	// reRelAndPassive is a relative clause whose second verb is a passive naming the
	// agent: ", which supplied construction materials and is owned by".
	reRelAndPassive = regexp.MustCompile(`^\s*,\s*(?:which|that)\s+[^,;]{1,60}?\s+and\s+(?:is|was|are|were|has\s+been)\s+(?:also\s+)?(owned|controlled|run|operated|managed|developed|founded|led|headed|chaired)\s+by\s+(?:the\s+)?$`)
	// reHeadRelOpen is an apposition whose head noun describes the first name, then a
	// relative clause: ", the company that".
	reHeadRelOpen = regexp.MustCompile(`^\s*,\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:that|which|who)\s`)
	// reTieCalled is a possessed role or kin word restated by an indefinite description that
	// names the person: "'s right-hand man, a Malaysian called".
	reTieCalled = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+)??([a-z-]+(?:\s+man|\s+partner)?)\s*,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:called|named|known\s+as)\s+$`)
	// reWhoAndIsRole is a relative clause whose second verb states a role: ", a Chinese
	// national who manages the floors and is a business partner of".
	reWhoAndIsRole = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?)?who\s+[^,;]{1,80}?\s+and\s+(?:is|was)\s+(?:also\s+|now\s+)?((?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|to|for)\s+(?:the\s+)?$`)
	// reSitsOn is a seat on a body's board named in the possessive: "sits on".
	reSitsOn = regexp.MustCompile(`^\s*,?\s*(?:(?:who|also|now|still)\s+)*(?:sits|sat|sit|serves|served|serve|has\s+a\s+seat)\s+on\s+$`)
	// reChairsOn is the chair of a body's board named in the possessive: "who also chairs"
	// (board_refs.go).
	reChairsOn = regexp.MustCompile(`^\s*,?\s*(?:(?:who|also|now|still)\s+)*(?:chairs|chaired|heads|headed)\s+$`)
	// reBoardAfter is the board after a body's possessive.
	reBoardAfter = regexp.MustCompile(`^['’]s?\s+board\b`)
	// reWhoseRoleBare is "whose spokesman Saw Tun Tun": a role and the name, no comma or verb.
	reWhoseRoleBare = regexp.MustCompile(`^\s*,\s*whose\s+([a-z][a-z -]{1,40}?)\s+(?:(?:prime|minister|president|general|lieutenant|lt\.|major|brigadier|colonel|senator|oknha|neak|u|daw|saw|deputy|mr\.?|ms\.?|mrs\.?|dr\.?|judge|commander|police|chief|pol\.?|maj\.?|gen\.?|col\.?)\s+){0,5}$`)
)

// describedNouns are heads of a description a name may restate, by the type they fit.
var describedNouns = map[string][]string{
	"firm": {model.Company}, "company": {model.Company}, "agency": {model.Company}, "business": {model.Company}, "conglomerate": {model.Company},
	"corporation": {model.Company}, "subsidiary": {model.Company}, "operator": {model.Company}, "developer": {model.Company},
	"outfit": {model.Company}, "venture": {model.Company}, "group": {model.Company, model.Organization}, "network": {model.Company, model.Organization},
	"casino": {model.Compound}, "compound": {model.Compound}, "resort": {model.Compound}, "park": {model.Compound}, "complex": {model.Compound},
	"hotel": {model.Compound}, "hub": {model.Compound}, "zone": {model.Compound},
	"militia": {model.Organization}, "force": {model.Organization}, "army": {model.Organization}, "organisation": {model.Organization},
	"organization": {model.Organization}, "association": {model.Organization}, "charity": {model.Organization},
	"tenant": {model.Company}, "lessee": {model.Company}, "companies": {model.Company}, "firms": {model.Company}, "businesses": {model.Company}, "chamber": {model.Organization}, "coalition": {model.Organization},
}

// tiePair tries the rules above on mentions ms[p] and ms[q]; it reports whether one fired.
// The candidates are changed only for the call.
func (x *Extractor) tiePair(text string, st sentence, tags []string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add, addAppos func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ia, ib := ms[p], ms[q]
	oa, ob := cands[ia], cands[ib]
	if ob.s < oa.e || oa.ent < 0 || ob.ent < 0 || oa.ent == ob.ent || ob.s-oa.e > 200 {
		return false
	}
	defer func() { cands[ia], cands[ib] = oa, ob }()
	fired := false
	wrap := func(f func(a, b int, pred string, conf float64)) func(a, b int, pred string, conf float64) {
		return func(a, b int, pred string, conf float64) { fired = true; f(a, b, pred, conf) }
	}
	a, b := oa.ent, ob.ent
	ta, tb := ents[a].typ, ents[b].typ
	retry := func(from, to int) bool {
		cands[ia], cands[ib] = oa, ob
		cands[ia].e, cands[ib].s = from, to
		if cands[ib].s >= cands[ia].e {
			x.pair(text, cands, ents, ms, p, q, wrap(add), wrap(addAppos), setRole)
		}
		cands[ia], cands[ib] = oa, ob
		return fired
	}
	if q != p+1 {
		// Places that only qualify the second name's phrase ("a Yangon-registered firm
		// whose chairman", "the Chiang Mai-based Institute") leave the pair adjacent.
		var drop []int
		for k := p + 1; k < q; k++ {
			c := cands[ms[k]]
			if c.ent < 0 || ents[c.ent].typ != model.Location || !reBasedAfter.MatchString(text[c.e:min(len(text), c.e+20)]) && !titlesUntil(text, c.e, cands[ms[k+1]].s) &&
				!placePossessing(text, c.e, cands[ms[k+1]].s) {
				drop = nil
				break
			}
			drop = append(drop, k)
		}
		if len(drop) > 0 {
			cands[ia], cands[ib] = oa, ob
			if last := cands[ms[q-1]]; titlesUntil(text, last.e, ob.s) {
				// "Kampot vice governor X": the place and titles open the name's phrase.
				cands[ib].s = last.s
			}
			ms2, p2, q2 := without(ms, drop, p, q)
			if p2 >= 0 && q2 == p2+1 {
				x.pair(text, cands, ents, ms2, p2, q2, wrap(add), wrap(addAppos), setRole)
				if !fired {
					x.tiePair(text, st, tags, cands, ents, ms2, p2, q2, wrap(add), wrap(addAppos), setRole)
				}
				return fired
			}
		}
		// Only the words after an inserted clause that holds the mentions between are read
		// ("X, a citizen of the Philippines, was a recruiter and associate of Y").
		gap := strings.ToLower(text[oa.e:ob.s])
		rest, ok := afterInsertedClause(gap)
		if !ok || strings.Contains(rest, ",") || apposOfInnerName(text, cands, ents, ms, p, q, rest, ob.s-len(rest)) {
			return false // "X, a friend of Y, the owner and operator of Z": Y's apposition (inner_appos.go)
		}
		for k := p + 1; k < q; k++ {
			if cands[ms[k]].e > ob.s-len(rest) {
				return false
			}
		}
		x.tieGap(text, rest, ents, a, b, oa, ob, wrap(add), wrap(addAppos), setRole, st, tags)
		return fired
	}
	// A parenthesis right after the first name (its characters, acronym or age) or an alias
	// clause (", also known as "Ah Hock",") says nothing of the tie: the rules read on after it.
	start := oa.e
	if m := reAsideAfterName.FindStringIndex(text[start:ob.s]); m != nil {
		start += m[1]
		if retry(start, ob.s) {
			return true
		}
	}
	gap := strings.ToLower(text[start:ob.s])
	// A relative clause after the first name: read it as its own clause. After a
	// description ("the company that owns") no comma sets it off.
	m := reRelOpen.FindStringSubmatchIndex(gap)
	if m == nil && (strings.HasPrefix(oa.text, "the ") || strings.HasPrefix(oa.text, "this ")) {
		m = reRelOpenBare.FindStringSubmatchIndex(gap)
	}
	if m != nil {
		pron := gap[m[2]:m[3]]
		if (pron == "who" && ta == model.Person || pron != "who" && ta != model.Person && ta != model.Location) && retry(start+m[3], ob.s) {
			return true
		}
	}
	// "Koh Kong Diamond Co., Ltd., the company that owns and operates X": the apposition's
	// head describes the first name, and its clause is that name's.
	if m := reHeadRelOpen.FindStringSubmatchIndex(gap); m != nil && fits(gap[m[2]:m[3]], ta) && retry(start+m[1]-1, ob.s) {
		return true
	}
	// "Zhao Weiming's brother, Zhao Weiguo, is the majority shareholder of": the name is in
	// apposition and the verb after its closing comma is its own.
	if ta == model.Person && reVerbAfterAppos.MatchString(gap) {
		if apposedBefore(text, oa.s) && retry(start+strings.IndexByte(gap, ',')+1, ob.s) {
			return true
		}
	}
	// "runs a security firm, Golden Shield Guard Services".
	if m := reDescribedObject.FindStringSubmatchIndex(gap); m != nil && ta != model.Location {
		verb := gap[:m[3]]
		if r := reRelOpen.FindStringIndex(verb); r != nil {
			verb = verb[r[1]:]
		}
		// The verb rules read up to the description ("directed two companies, A and B":
		// the list after the name shares the tie).
		if fits(gap[m[6]:m[7]], tb) && !strings.Contains(verb, ",") {
			var got []tie
			rec := func(a, b int, pred string, conf float64) { got = append(got, tie{a, b, pred, conf}) }
			cands[ia].e, cands[ib].s = start, start+m[4]
			x.pair(text, cands, ents, ms, p, q, rec, rec, setRole)
			cands[ia], cands[ib] = oa, ob
			for _, t := range got {
				wrap(add)(t.a, t.b, t.pred, t.conf)
				if t.b == ob.ent {
					for _, k := range listAfter(text, cands, ents, ms, q) {
						add(t.a, cands[ms[k]].ent, t.pred, t.conf*0.95)
					}
				}
			}
			if fired {
				return true
			}
		}
	}
	// "Y's board includes A, B and C", "the shareholders of Y are A and B": each listed
	// name holds the role in Y.
	if (ta == model.Company || ta == model.Organization) && tb != model.Location {
		role := ""
		if m := reMembersInclude.FindStringSubmatch(gap); m != nil {
			role = m[1]
		} else if m := reBoardOfBefore.FindStringSubmatch(strings.ToLower(text[max(0, oa.s-40):oa.s])); m != nil && reIncludes.MatchString(gap) {
			role = m[1]
		}
		if role != "" {
			x.listedHolders(text, cands, ents, ms, p, q, role, wrap(addAppos), setRole)
			if fired {
				return true
			}
		}
	}
	// The words after an inserted clause belong to the first name ("The compound, which
	// operated behind a front, is registered to X").
	gaps := []string{gap}
	if strings.Contains(gap, " in turn ") {
		// "which is in turn owned by": the adverb says nothing of the tie.
		if g := strings.Replace(gap, " in turn ", " ", 1); rePassive.MatchString(g) {
			if m := rePassive.FindStringSubmatch(g); m != nil {
				verb := m[1]
				if verb == "" {
					verb = "owned"
				}
				x.verbRelation(b, a, ents, verb, wrap(add))
				if fired {
					return true
				}
			}
		}
	}
	if rest, ok := afterInsertedClause(gap); ok && !strings.Contains(rest, ",") && !innerRelative(text, rest, ob.s-len(rest)+1, cands, ents, ms, p, q) {
		gaps = append(gaps, rest)
	}
	for _, g := range gaps {
		x.tieGap(text, g, ents, a, b, oa, ob, wrap(add), wrap(addAppos), setRole, st, tags)
		if fired {
			return true
		}
	}
	return false
}

// fits reports whether a description's head noun can stand for a name of type typ.
func fits(head, typ string) bool {
	for _, t := range describedNouns[head] {
		if t == typ {
			return true
		}
	}
	return false
}

// tieGap reads the words g between first name a (at oa) and second name b (at ob) with the rules
// that need no change of the pair's ends.
func (x *Extractor) tieGap(text, g string, ents []*docEntity, a, b int, oa, ob candidate, add, addAppos func(a, b int, pred string, conf float64), setRole func(string), st sentence, tags []string) {
	ta, tb := ents[a].typ, ents[b].typ
	owner := agentType(tb)
	if possessivePronouns[strings.ToLower(ob.text)] {
		return // "owned by her brother, X": the pronoun names the agent's kin, not the agent
	}
	switch {
	case (ta == model.Company || ta == model.Compound) && owner && !possessiveFollows(text, ob.e) && reApposParticiple.MatchString(g):
		m := reApposParticiple.FindStringSubmatch(g)
		x.verbRelation(b, a, ents, m[1], addAppos)
	case ta == model.Company && tb == model.Person && reFirmOf.MatchString(g):
		addAppos(b, a, model.Owns, 0.75)
	case (ta == model.Compound || ta == model.Company) && owner && reOnLand.MatchString(g):
		add(b, a, model.Owns, 0.75)
	case (ta == model.Compound || ta == model.Company) && owner && reRegisteredTo.MatchString(g) && registeredSubject(text, st.s, oa.s): // registered_subjects.go
		add(b, a, model.Owns, 0.75)
	case ta == model.Person && (tb == model.Company || tb == model.Organization) && reEmployedBy.MatchString(g):
		if m := reAsRole.FindStringSubmatch(strings.ToLower(text[ob.e:min(len(text), ob.e+60)])); m != nil {
			setRole(m[1])
		}
		add(a, b, model.EmployedBy, 0.8)
	case (ta == model.Organization || ta == model.Company) && tb == model.Person && reWhoseRoleBare.MatchString(g):
		m := reWhoseRoleBare.FindStringSubmatch(g)
		if w, pred := rolePhrase(m[1]); pred != "" && typed(pred, model.Person, ta, ents[a].name) {
			setRole(w)
			addAppos(b, a, pred, 0.8)
		}
	case (agentType(ta)) && (tb == model.Company || tb == model.Compound) && reStakePos.MatchString(g):
		// "Wen Jie's 60 percent stake in Orchid Coast Holdings".
		add(a, b, model.Owns, 0.8)
	case (ta == model.Compound || ta == model.Company) && owner && reAcquiredBy.MatchString(g):
		// "the site was acquired in 2023 by Shwe Nadi Agro Co., Ltd.".
		add(b, a, model.Owns, 0.75)
	case (ta == model.Compound || ta == model.Company || ta == model.Organization) && tb != model.Location && reRelAndPassive.MatchString(g):
		m := reRelAndPassive.FindStringSubmatch(g)
		x.verbRelation(b, a, ents, m[1], add)
	case (ta == model.Company || ta == model.Organization) && tb == model.Person && reOfWhich.MatchString(g):
		// "Jinlong Co., Ltd., of which LUO ZHENGHUA was chairman".
		if m := reRoleAfterWas.FindStringSubmatch(strings.ToLower(text[ob.e:min(len(text), ob.e+60)])); m != nil {
			f := strings.Fields(m[1])
			for n := len(f); n > 0; n-- {
				if w, pred := rolePhrase(strings.Join(f[:n], " ")); pred != "" && typed(pred, model.Person, ta, ents[a].name) {
					setRole(w)
					addAppos(b, a, pred, 0.8)
					break
				}
			}
		}
	case (ta == model.Company || ta == model.Compound || ta == model.Organization) && tb != model.Location && reObjRelAny.MatchString(g):
		// "Blue Lantern Exchange, a virtual currency exchange that Gao Yuxiang co-founded".
		if m := reObjRelVerb3.FindStringSubmatch(strings.ToLower(text[ob.e:min(len(text), ob.e+40)])); m != nil {
			v := m[1]
			if v == "co-founded" {
				v = "founded"
			}
			x.verbRelation(b, a, ents, v, addAppos)
		}
	case ta == model.Person && (tb == model.Organization || tb == model.Company) && possessiveFollows(text, ob.e) && reIsListedPoss.MatchString(g):
		// "Sai Hla Win, is listed as the firm's managing director".
		if w, pred := possessedRole(text, ob); pred != "" {
			setRole(w)
			add(a, b, pred, 0.8)
		}
	case (agentType(ta)) && tb == model.Compound && reLandUnder.MatchString(g) && !whoPassesOver(ta, g): // who_antecedents.go
		// "Reynaldo Maglaya, who owns the land on which the compound stands".
		add(a, b, model.Owns, 0.75)
	case ta == model.Person && tb != model.Person && tb != model.Location && reWhoIsRole.MatchString(g):
		// ", a Myanmar national who is the financial controller of X".
		m := reWhoIsRole.FindStringSubmatch(g)
		if r := submatch(reIsRole, m[1], true); r != nil {
			if w, pred := rolePhrase(r[1]); pred != "" {
				setRole(w)
				add(a, b, pred, 0.8)
			}
		}
	case ta == model.Person && (tb == model.Company || tb == model.Organization) && reSitsOn.MatchString(g) && reBoardAfter.MatchString(text[ob.e:min(len(text), ob.e+12)]):
		// "Paolo Villareal sits on the realty firm's board".
		setRole("board member")
		add(a, b, model.Directs, 0.8)
	case ta == model.Person && (tb == model.Company || tb == model.Organization) && reChairsOn.MatchString(g) && reBoardAfter.MatchString(text[ob.e:min(len(text), ob.e+12)]):
		// "Sai Hseng Mong, who also chairs its board" (board_refs.go).
		setRole("chairman")
		add(a, b, model.Directs, 0.8)
	case ta == model.Person && tb == model.Person && reTieCalled.MatchString(g):
		// "Sun Haoran's right-hand man, a Malaysian called Lee Chong Meng".
		w := reTieCalled.FindStringSubmatch(g)[1]
		switch {
		case familyWords[w]:
			add(a, b, model.FamilyOf, 0.75)
		case associateWords[w]:
			add(a, b, model.AssociateOf, 0.75)
		}
	case ta == model.Person && tb != model.Location && reWhoAndIsRole.MatchString(g) && !possessiveFollows(text, ob.e):
		// "Huang Zihao, a Chinese national who manages the floors and is a business partner
		// of Chhun Sokunthea".
		w, pred := rolePhrase(reWhoAndIsRole.FindStringSubmatch(g)[1])
		switch {
		case tb == model.Person && familyWords[w]:
			add(a, b, model.FamilyOf, 0.75)
		case tb == model.Person && associateWords[w]:
			add(a, b, model.AssociateOf, 0.75)
		case tb != model.Person && pred != "":
			setRole(w)
			add(a, b, pred, 0.75)
		}
	case ta == model.Person && tb == model.Organization && (g == "'s " || g == "’s ") && !possessiveFollows(text, ob.e) && !modifierName(text, ob.e) && !nounFollows(st, tags, ob, tb):
		// "Saw Chit Thu's Karen National Army": a body that is a person's is the one they lead.
		setRole("leader")
		addAppos(a, b, model.Directs, 0.7)
	case (agentType(ta)) && tb == model.Company && reOwnedArm.MatchString(g):
		// "the militia's business arm, Chit Linn Myaing Company".
		add(a, b, model.Owns, 0.75)
	case ta == model.Person && (tb == model.Organization || tb == model.Company) && reNounRole.MatchString(g):
		// "Ratana Kongsak, a migration researcher at Mahidol University": a role after
		// nouns that say its field; only posts without leadership are read so.
		m := reNounRole.FindStringSubmatch(g)
		f := strings.Fields(m[1])
		if pred := roleWords[f[len(f)-1]]; pred == model.EmployedBy || pred == model.MemberOf {
			setRole(m[1])
			addAppos(a, b, pred, 0.75)
		}
	case ta == model.Person && reCoordRole.MatchString(g) && !possessiveFollows(text, ob.e):
		// "a recruiter and business associate of X": the second of two coordinated nouns; "a
		// director and a partner of X's brother" names the brother's partner, not X's.
		m := reCoordRole.FindStringSubmatch(g)
		w, pred := rolePhrase(m[1])
		switch {
		case tb == model.Person && associateWords[w]:
			addAppos(a, b, model.AssociateOf, 0.8)
		case pred != "" && tb != model.Person:
			setRole(w)
			addAppos(a, b, pred, 0.8)
		}
	case ta == model.Person && (tb == model.Organization || tb == model.Company) && reRoleCommaBody.MatchString(g):
		// A listing's "Name, Colonel, Border Guard Force".
		m := reRoleCommaBody.FindStringSubmatch(g)
		if w, pred := rolePhrase(m[1]); pred != "" && w == strings.TrimSpace(m[1]) {
			setRole(w)
			addAppos(a, b, pred, 0.75)
		}
	case ta == model.Person && tb != model.Person && tb != model.Location && reOfDescribed.MatchString(g):
		// "was chief executive of the tenant, Bluewave Gaming Inc.": the description the
		// name restates stands between the role and the name.
		m := reOfDescribed.FindStringSubmatch(g)
		if !fits(m[2], tb) {
			return
		}
		g2 := m[1] + " "
		if r := submatch(reIsRole, " "+strings.TrimLeft(g2, " ,"), true); r != nil {
			if w, pred := rolePhrase(r[1]); pred != "" {
				setRole(w)
				add(a, b, pred, 0.8)
			}
		} else if r := submatch(reApposRole, g2, true); r != nil {
			if w, pred := rolePhrase(r[1]); pred != "" {
				setRole(w)
				addAppos(a, b, pred, 0.8)
			}
		}
	}
}

// holderRoles map the plural holders a body's listing names to the role each holds.
var holderRoles = map[string]string{"board": "board member", "board of directors": "board member", "board members": "board member",
	"directors": "director", "shareholders": "shareholder", "owners": "owner", "founders": "founder", "officers": "officer"}

// listedHolders gives the role to the name at ms[q] and to each name listed after it ("A, B
// and C"), as far as the list runs; a body's holders are people or, for shares, firms.
func (x *Extractor) listedHolders(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, plural string,
	addAppos func(a, b int, pred string, conf float64), setRole func(string)) {
	role := holderRoles[strings.Join(strings.Fields(plural), " ")]
	pred := roleWords[role]
	if pred == "" {
		return
	}
	body := cands[ms[p]].ent
	setRole(role)
	for k := q; k < len(ms); k++ {
		c := cands[ms[k]]
		if k > q {
			g := trimTitles(strings.ToLower(strings.TrimSpace(text[cands[ms[k-1]].e:max(cands[ms[k-1]].e, c.s)])))
			if g != "," && g != "and" && g != ", and" {
				return
			}
		}
		// "whose officers included Guo's nephew, X": a possessor is not the holder.
		if c.ent < 0 || c.ent == body || !typed(pred, ents[c.ent].typ, ents[body].typ, ents[body].name) || possessiveFollows(text, c.e) {
			return
		}
		addAppos(c.ent, body, pred, 0.8)
	}
}

// verbRoles name the post a verb of leadership gives its subject: "chaired by X" makes X the
// chair, "X founded Y" its founder.
var verbRoles = map[string]string{
	"chairs": "chair", "chaired": "chair", "chairing": "chair", "founded": "founder", "co-founded": "co-founder",
	"founding": "founder", "heads": "head", "headed": "head", "heading": "head", "leads": "leader", "led": "leader",
	"leading": "leader", "commands": "commander", "commanded": "commander", "commanding": "commander",
	"directs": "director", "directed": "director", "established": "founder",
}

// verbRole reads the post a leadership tie was stated with from the words it was read from,
// when exactly one verb of leadership stands there; "" otherwise.
func verbRole(span, pred string) string {
	if pred != model.Directs || len(span) > 300 {
		return ""
	}
	role := ""
	for _, w := range strings.Fields(strings.ToLower(span)) {
		if r, ok := verbRoles[strings.Trim(w, ",.;:()")]; ok {
			if role != "" && role != r {
				return ""
			}
			role = r
		}
	}
	return role
}

// officeRole names a legislator's office after the chamber when the text only said
// "member": a member of a senate is a senator.
func officeRole(role, pred string, obj *docEntity) string {
	if (pred == model.EmployedBy || pred == model.MemberOf) && (role == "member" || role == "") && obj.typ == model.Organization && sectorOf(obj.name) == model.SectorLegislature &&
		strings.Contains(strings.ToLower(obj.name), "senate") {
		return "senator"
	}
	return role
}

// tie is a relation read but not yet given.
type tie struct {
	a, b int
	pred string
	conf float64
}

// listAfter returns the positions in ms of the names listed after ms[q] ("A, B and C"), of
// the same type as it.
func listAfter(text string, cands []candidate, ents []*docEntity, ms []int, q int) []int {
	var out []int
	typ := ents[cands[ms[q]].ent].typ
	for k := q + 1; k < len(ms) && len(out) < 20; k++ {
		prev, c := cands[ms[k-1]], cands[ms[k]]
		if c.s < prev.e || c.ent < 0 || ents[c.ent].typ != typ {
			break
		}
		g := strings.ToLower(strings.TrimSpace(text[prev.e:c.s]))
		if g != "," && g != "and" && g != ", and" {
			break
		}
		out = append(out, k)
	}
	return out
}

// apposedBefore reports that the name starting at off is set off by a comma before it,
// titles aside ("X's wife, Mrs. Orawan Saengthong, is").
func apposedBefore(text string, off int) bool {
	f := strings.Fields(text[max(0, off-40):off])
	for len(f) > 0 && (titleWords[strings.ToLower(f[len(f)-1])] || personTitles[strings.ToLower(f[len(f)-1])]) {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && strings.HasSuffix(f[len(f)-1], ",")
}

// secondRole adds the tie of the second of two roles a person holds in one body ("the
// founder and chairman of", "president and 40% shareholder of"), which the role rules,
// reading the first, leave out. It runs whether or not the pair gave a tie.
func (x *Extractor) secondRole(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	addAppos func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if q != p+1 || ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 120 || ents[ca.ent].typ != model.Person {
		return
	}
	tb := ents[cb.ent].typ
	if tb != model.Company && tb != model.Organization && tb != model.Compound {
		return
	}
	m := reSecondRole.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil || respectivelyAfter(text, cb.e) { // prec_organs.go
		return
	}
	w1, p1 := rolePhrase(m[1])
	second := m[2]
	if f := strings.Fields(second); len(f) > 1 && (strings.HasSuffix(f[0], "%") || f[1] == "percent" || f[1] == "%") {
		second = strings.Join(f[len(f)-1:], " ")
	}
	w2, p2 := rolePhrase(second)
	if p1 == "" || p2 == "" || p1 == p2 {
		return
	}
	for _, r := range []struct{ w, pred string }{{w1, p1}, {w2, p2}} {
		if typed(r.pred, model.Person, tb, ents[cb.ent].name) {
			setRole(r.w)
			addAppos(ca.ent, cb.ent, r.pred, 0.8)
		}
	}
	setRole("")
}

// oneOfCommanders files "a commander in X" and "a battalion commander of X" (one of its
// commanders, heading a part of it) as membership of an armed group or army: the head of
// the body is "the commander". "A commander of X" is read as leading X, as the labels read it.
func oneOfCommanders(span, pred, role string, obj *docEntity) string {
	if pred != model.Directs || obj.typ != model.Organization || !strings.HasSuffix(role, "commander") {
		return pred
	}
	if sec := sectorOf(obj.name); (sec == model.SectorArmedGroup || sec == model.SectorMilitary) && reOneOfCommanders.MatchString(strings.ToLower(span)) {
		return model.MemberOf
	}
	return pred
}

// titlesUntil reports that the words from off to end are all titles ("vice mayor", "governor"):
// a place right before them only says where the office is ("Porac vice mayor X").
func titlesUntil(text string, off, end int) bool {
	if end <= off || end-off > 40 {
		return false
	}
	f := strings.Fields(strings.ToLower(text[off:end]))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !titleWords[w] && !publicRoles[w] && !personTitles[w] && roleWords[w] == "" && w != "vice" {
			return false
		}
	}
	return true
}
