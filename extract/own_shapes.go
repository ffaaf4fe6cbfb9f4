package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts, running and land told in shapes the pair rules do not reach, because a description
// with other words or names stands between the two ends. Each rule is stated over the
// sentence's structure, with the names in the words between replaced by their type ("loc",
// "firm"), and has recall and precision cases in own_shapes_test.go:
//
//   - a post in a "whose" clause after a description of the body: "Y, a company registered
//     in LOC in 2020 whose chairman is X", "Y, a licensed operator, whose chief executive was
//     accused X", "whose managing director is Z's son, X" (the holder after a kin
//     possessive). A share is read so only when the body is named right before "whose"
//     ("Y, whose sole shareholder of record is X");
//   - a participle after a description of a site or a firm that places it: "S, three
//     apartment blocks in LOC, LOC, run by X", "S, a smaller compound north of the town
//     operated by X", "Y, a firm chaired by Chinese businessman X"; the same description after a
//     copula when the site or firm opens its clause, "S was a walled compound in LOC, LOC,
//     operated by X" (not "a tower next to S is a building owned by X", nor a running that ended,
//     "run by X until 2019");
//   - the object of a relative clause whose subject is the holder: "Y, a Hong Kong shell that
//     Z's nephew X directs", "S, a compound that X runs with his brother";
//   - a verb of management other than run: "S is administered by X", "S is under the
//     management of X", "X took over the management of S", "X administers S";
//   - land told through its site: "S's land is owned by X", "the land under S is owned by
//     X", "S is titled to X".

// ownEmit receives a relation read by these rules: the sentence, the two mentions' indexes
// (into the candidates with references), the subject and object entities, the predicate,
// the role (for posts) and the confidence.
type ownEmit func(si, mi, mj, a, b int, pred, role string, conf float64)

// ownShapes reads every rule above over each sentence's mentions (references included).
func (x *Extractor) ownShapes(text string, sents []sentence, all []candidate, ents []*docEntity, bySent map[int][]int, emit ownEmit) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := strings.ToLower(text[st.s:st.e])
		if strings.Contains(low, "whose ") {
			ownWhosePosts(text, st, low, all, ents, ms, func(mi, mj, a, b int, pred, role string, conf float64) {
				emit(si, mi, mj, a, b, pred, role, conf)
			})
		}
		for p := 0; p < len(ms); p++ {
			for q := p + 1; q < len(ms) && q <= p+6; q++ {
				x.ownPair(text, st, all, ents, ms, p, q, func(a, b int, pred, role string, conf float64) {
					emit(si, ms[p], ms[q], a, b, pred, role, conf)
				})
			}
		}
	}
}

// ownGap is the lower-cased text between byte offsets from and to, each name inside it
// replaced by its type ("loc", "org", "firm", "site", "person"); ok is false when a name
// straddles either end.
func ownGap(text string, all []candidate, ents []*docEntity, ms []int, from, to int) (string, bool) {
	if from > to {
		return "", false
	}
	var b strings.Builder
	at := from
	for _, k := range ms {
		c := all[k]
		if c.e <= from || c.s >= to {
			continue
		}
		if c.s < at || c.e > to || c.ent < 0 {
			return "", false
		}
		b.WriteString(text[at:c.s])
		b.WriteString(map[string]string{model.Location: "loc", model.Organization: "org", model.Company: "firm", model.Compound: "site", model.Person: "person"}[ents[c.ent].typ])
		at = c.e
	}
	b.WriteString(text[at:to])
	return strings.ToLower(b.String()), true
}

// ownHolderLead words may stand before a post holder's name: articles, nationalities, titles,
// honorifics, "accused", "businessman".
var ownHolderLead = set("a", "an", "the", "national", "citizen", "known", "identified", "named", "called", "as", "one",
	"accused", "defendant", "respondent", "businessman", "businesswoman", "tycoon", "investor", "mr", "ms", "mrs", "dr")

// ownLeadOnly reports whether words hold only what may stand before a holder's name.
func ownLeadOnly(words string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(words, ",", " ")) {
		w = strings.Trim(w, ".")
		if !ownHolderLead[w] && !nationalities[w] && !demonyms[w] && !titleWords[w] && !personTitles[w] && !nameHonorifics[w] {
			return false
		}
	}
	return true
}

// reOwnKinAfter is a kin possessive after a name: "'s wife, ", "’s son ".
var reOwnKinAfter = regexp.MustCompile(`^['’]s\s+(?:eldest\s+|youngest\s+|younger\s+|elder\s+|older\s+)?(` + kinWords + `)\s*,?\s*`)

// ownHolderAfter returns the mention (index into ms) of the person named first after byte
// offset from, with only lead words before it; a name followed by a kin possessive ("Lin's
// wife, X") gives way to the name after it. It returns -1 when none.
func ownHolderAfter(text string, all []candidate, ents []*docEntity, ms []int, from, limit int) int {
	for k, m := range ms {
		c := all[m]
		if c.s < from {
			continue
		}
		if c.s-from > limit || c.ent < 0 || ents[c.ent].typ != model.Person || pronounRef(c) || !ownLeadOnly(strings.ToLower(text[from:c.s])) {
			return -1
		}
		if loc := reOwnKinAfter.FindStringIndex(strings.ToLower(text[c.e:min(len(text), c.e+40)])); loc != nil {
			if k+1 < len(ms) {
				from = c.e + loc[1]
				continue
			}
			return -1
		}
		if possessiveFollows(text, c.e) || contactClausePronoun(text, c) {
			return -1 // "whose manager, a national she knew as X" (contact_pronouns.go)
		}
		return k
	}
	return -1
}

var (
	// The description that a "whose" clause follows: ", a company registered in loc in
	// 2020 ", ", a licensed offshore gaming operator, ".
	reOwnWhoseDesc = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?\)?\s*,\s*(?:a|an|the|one\s+of\s+the)\s+([^;()]{1,100}?)\s*,?\s*$`)
	// Words that end a description or make the clause another's.
	reOwnDescStop = regexp.MustCompile(`\b(?:who|which|that|whose|said|says|told|person)\b|\bof\s+(?:the\s+)?(?:org|firm|site|loc)\s*$`)
	// The post after "whose" and what sets off the holder: "whose sole shareholder of record
	// is ", "whose chief executive was ", "whose manager, ".
	reOwnWhosePost = regexp.MustCompile(`^whose\s+((?:[a-z-]+\s+){0,4}?[a-z-]+?)(?:\s+of\s+record)?(?:\s*,\s*|\s+(?:is|was|has\s+been|had\s+been|remains|remained|became)\s+(?:(?:listed|named|identified|registered|recorded)\s+as\s+)?)`)
)

// ownBodyType reports the types a post or a holding can be in.
func ownBodyType(t string) bool {
	return t == model.Company || t == model.Organization || t == model.Compound
}

// ownWhosePosts reads "Y, DESCRIPTION whose POST is X" in one sentence.
func ownWhosePosts(text string, st sentence, low string, all []candidate, ents []*docEntity, ms []int, emit func(mi, mj, a, b int, pred, role string, conf float64)) {
	for off := 0; ; {
		i := strings.Index(low[off:], "whose ")
		if i < 0 {
			return
		}
		w := st.s + off + i
		off += i + len("whose ")
		if i > 0 && isWordByte(low[off-len("whose ")-1]) {
			continue
		}
		// The body: a name right before "whose", or the name a description before it follows.
		body, direct := -1, false
		for k := len(ms) - 1; k >= 0 && body < 0; k-- {
			c := all[ms[k]]
			if c.e > w || c.ent < 0 {
				continue
			}
			if w-c.e > 160 {
				break
			}
			gap, ok := ownGap(text, all, ents, ms, c.e, w)
			if !ok || strings.Contains(gap, ";") {
				break
			}
			if g := strings.TrimSpace(strings.Trim(strings.TrimSpace(gap), ",)")); g == "" || g[0] == '(' && strings.HasSuffix(g, ")") && len(g) < 42 {
				if ownBodyType(ents[c.ent].typ) {
					body, direct = k, true
				}
				if ents[c.ent].typ != model.Location {
					break
				}
				continue
			}
			if m := reOwnWhoseDesc.FindStringSubmatch(gap); m != nil && !reOwnDescStop.MatchString(m[1]) && ownBodyType(ents[c.ent].typ) {
				body = k
			}
		}
		if body < 0 || direct && subsidiaryOfBefore(text, all[ms[body]].s) { // prec10_heads.go
			continue
		}
		m := reOwnWhosePost.FindStringSubmatch(low[w-st.s:])
		if m == nil {
			continue
		}
		h := ownHolderAfter(text, all, ents, ms, w+len(m[0]), 60)
		if h < 0 {
			continue
		}
		post := strings.ReplaceAll(m[1], "stockholder", "shareholder")
		if hasStop(post) {
			continue
		}
		role, pred := rolePhrase(post)
		bt := ents[all[ms[body]].ent].typ
		// A share told after a description of the body is left to the narrower rules of
		// offices.go: on the held-out sets it added as many wrong owners as right ones.
		if pred == "" || pred == model.Owns && !direct || bt == model.Compound && pred != model.Directs && pred != model.Owns || militaryPostOfFirm(bt, role) {
			continue
		}
		emit(ms[h], ms[body], all[ms[h]].ent, all[ms[body]].ent, pred, role, 0.8)
	}
}

// Site and firm heads of a description, and the places that may follow the head.
const (
	ownSiteHeads  = `compound|compounds|complex|blocks|buildings|building|tower|towers|resort|casino|park|zone|estate|hub|site|facility|development|hotel|enclave|camp|property`
	ownFirmHeads  = `company|firm|operator|developer|conglomerate|group|business|corporation|subsidiary|agency|outfit|enterprise|entity`
	ownPlaceAfter = `(?:\s*,?\s+(?:in|on|at|outside|near|inside|along|off|(?:just\s+|some\s+[\w\s]{1,20}?)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?(?:loc|(?:[a-z-]+\s+){0,2}(?:town|city|border|river|coast|capital|village|province|district|township|zone|crossing|road|highway))(?:\s*,\s*loc)*|\s+(?:registered|incorporated|based|headquartered)\s+in\s+loc(?:\s*,\s*loc)*(?:\s+in\s+\d{4})?)*`
)

// reOwnDescParticiple is the gap from a site or firm to the agent of a participle that ends its
// description: ", three apartment blocks in loc, loc, run by ", " was a walled compound in loc,
// loc, operated by " (group 1 is the comma or the copula).
var reOwnDescParticiple = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(,\s*|\s*,?\s*(?:is|was)\s+)(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+|one\s+of\s+the)\s+((?:[a-z'’-]+\s+){0,4}?)(` + ownSiteHeads + `|` + ownFirmHeads + `)` + ownPlaceAfter + `\s*,?\s+(?:now\s+|still\s+|reportedly\s+|allegedly\s+|also\s+)?(run|operated|managed|built|developed|owned|controlled|chaired|founded|co-founded|headed|led|set\s+up|established)\s+(?:day-to-day\s+|jointly\s+|directly\s+)?by\s+(?:the\s+)?((?:[a-z.'’-]+\s+){0,3})$`)

// copulaSubjectOpens reports that the words before a name (before, lower case, from the
// sentence's start or the name before) leave it the subject of its clause, so that a copula
// after it describes it: "", "the", "police said that the". "A tower next to S is a building
// owned by X" describes the tower, not S. A "that" clause is taken only after a neutral
// reporting verb ("said", "found", "showed"), never after a denial, a doubt, a negation or a
// noun ("denied that", "doubt that", "no evidence that", "claims that", "it is false that").
func copulaSubjectOpens(before string) bool {
	b := " " + strings.TrimSpace(strings.ToLower(before))
	b = strings.TrimSpace(strings.TrimSuffix(b, " the"))
	if b == "" {
		return true
	}
	f := strings.Fields(b)
	if f[len(f)-1] != "that" || len(f) < 2 {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if ownThatNegators[strings.Trim(w, ",;:\"'“”")] {
			return false
		}
	}
	// "said that"; "told reporters that", "told the court that".
	if ownThatReporters[f[len(f)-2]] {
		return true
	}
	for i := len(f) - 3; i >= 0 && i >= len(f)-4; i-- {
		if f[i] == "told" || f[i] == "tells" {
			return true
		}
	}
	return false
}

// ownThatReporters are the neutral reporting verbs a "that" clause may follow; a word of
// ownThatNegators anywhere before it withdraws the clause.
var (
	ownThatReporters = set("said", "says", "say", "told", "tells", "found", "finds", "showed", "shows", "show")
	ownThatNegators  = set("not", "never", "no", "nor", "neither", "n't", "didn't", "doesn't", "don't", "did", "does",
		"denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "doubt", "doubts", "doubted",
		"false", "untrue", "whether", "if", "rumours", "rumors", "rumour", "rumor", "claims", "claim",
		"allegations", "allegation", "suggestions", "reports", "speculation", "evidence", "unlikely", "disputed", "disputes")
)

// ownCopulaOpen reports that the opening of reOwnDescParticiple's gap is a copula ("was a
// walled compound in loc, loc, operated by"), not an apposition's comma.
func ownCopulaOpen(open string) bool {
	f := strings.Fields(strings.Trim(open, " ,"))
	return len(f) > 0 && (f[len(f)-1] == "is" || f[len(f)-1] == "was")
}

// reOwnAgentModifies is a lower-case word after the agent of a participle other than a
// function word: the name modifies a noun ("built by a Prince Group subsidiary") and is no
// agent.
var reOwnAgentModifies = regexp.MustCompile(`^\s+(?:[a-z]+)\b`)

// reOwnAgentPoss is a possessive and a noun after the agent of a participle.
var reOwnAgentPoss = regexp.MustCompile(`^['’]s?\s+[A-Za-z]`)

// reOwnDescEnded, in the words after the agent up to the sentence's end, tells a tie that
// ended or is placed in the past: "at one point", "at the time", "in the 1990s", "it is now
// owned by Y" (past a semicolon).
var reOwnDescEnded = regexp.MustCompile(`\b(?:at\s+one\s+point|at\s+the\s+time|at\s+that\s+time|in\s+the\s+(?:\d{4}|\d0)['’]?s|in\s+the\s+past|formerly|previously|once|back\s+then|(?:now|later|since|today|currently|subsequently)\s+(?:been\s+)?(?:owned|run|operated|managed|controlled|held|sold|taken\s+over))\b`)

// reOwnBuiltFor after the agent of "built by" or "developed by" tells a builder working for
// another: "built by T under contract", "built by T for X".
var reOwnBuiltFor = regexp.MustCompile(`^\s*,?\s*(?:under\s+(?:a\s+)?contract|for\b|on\s+behalf\s+of|as\s+(?:a\s+)?contractor)`)

// ownDescEnded reports that the tie told after a copula ended (ownershipEnded, or the words of
// reOwnDescEnded before the sentence's end).
func ownDescEnded(text string, end int) bool {
	if ownershipEnded(text, end) {
		return true
	}
	rest := strings.ToLower(text[end:min(len(text), end+200)])
	if k := strings.IndexAny(rest, ".?!"); k >= 0 {
		rest = rest[:k]
	}
	return reOwnDescEnded.MatchString(rest)
}

// ownAgentFollows are the function words that may follow an agent.
// "or" is none: "owned by X or Y" names no owner.
var ownAgentFollows = set("and", "in", "since", "until", "from", "for", "on", "at", "with", "which", "who", "that",
	"under", "through", "before", "after", "during", "was", "is", "were", "are", "has", "had", "to", "of", "as", "but", "said", "says", "according")

func ownAgentModifies(text string, end int) bool {
	// "run by X's rival, Y", "owned by X's family": a possessive makes the name modify a noun.
	if reOwnAgentPoss.MatchString(text[end:min(len(text), end+30)]) {
		return true
	}
	w := reOwnAgentModifies.FindString(text[end:min(len(text), end+30)])
	return w != "" && !ownAgentFollows[strings.TrimSpace(w)]
}

// reOwnNotHead are words before a description's head that make the head another's ("a
// partner of a firm").
var reOwnNotHead = regexp.MustCompile(`\b(?:of|to|for|with|by|from|near|like|opposite|beside|behind|facing|alongside|across|next|nearby|adjoining|neighbou?ring|outside|inside|beyond|past|at|in|on)\b`)

var ownSiteHeadSet = set(strings.Split(ownSiteHeads, "|")...)

var (
	// "S's land is owned by X", "S's land belongs to X".
	reOwnSiteLand = regexp.MustCompile(`^\s*['’]s?\s+(?:land|plot|lot|property|premises|buildings|land\s+title|title\s+deed)\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|still\s+|now\s+)?(?:owned\s+by|held\s+by|registered\s+(?:to|in\s+the\s+name\s+of)|titled\s+to|in\s+the\s+name\s+of)|belongs?\s+to|belonged\s+to)\s+(?:the\s+)?$`)
	// The land named before its site: "the land under ", "the plot beneath the ".
	reOwnLandOf = regexp.MustCompile(`\b(?:land|plot|lot|property)\s+(?:under|beneath|of|at)\s+(?:the\s+)?$`)
	// From a site (or the land of it) to its owner: " is registered to ", " was titled to ".
	reOwnRegisteredTo = regexp.MustCompile(`^\s*(?:,\s*[^,;]{1,60},\s*)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|still\s+|now\s+)?(?:registered\s+(?:to|in\s+the\s+name\s+of)|titled\s+to)\s+(?:the\s+)?$`)
	reOwnLandOwnedBy  = regexp.MustCompile(`^\s*(?:,\s*[^,;]{1,60},\s*)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|still\s+|now\s+)?(?:owned|held)\s+by|belongs?\s+to|belonged\s+to)\s+(?:the\s+)?$`)
)

var (
	// "Y, a Hong Kong shell that Z's nephew X directs": the object of a relative clause, up to
	// its subject.
	reOwnObjRelative = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an|the)\s+((?:[a-z'’-]+\s+){0,4}?)(` + ownSiteHeads + `|` + ownFirmHeads + `|shell|vehicle)\s+(?:that|which)\s+((?:[a-z.'’-]+\s+|person['’]s\s+(?:` + kinWords + `)\s*,?\s*){0,4})$`)
	// The verb after the subject of that clause, ending it.
	reOwnObjRelVerb = regexp.MustCompile(`^\s+(?:also\s+|now\s+|still\s+|once\s+|later\s+)?(owns|owned|runs|ran|directs|directed|controls|controlled|chairs|chaired|heads|headed|founded|manages|managed|set\s+up|built|developed|operates|operated)(?:\s*[,.;:)]|\s*$|\s+(?:and|in|since|until|from|with|through|for)\b)`)
)

// reOwnKinWord is a kin noun with its comma, left after the possessor of "Z's nephew X".
var reOwnKinWord = regexp.MustCompile(`^['’]s\s+(?:` + kinWords + `)\s*,?\s*`)

var (
	// "S is administered by X", "S, which is overseen day-to-day by X", "S is under the
	// management of X": who runs a site, told by a verb of management other than run.
	reOwnManagedBy = regexp.MustCompile(`^\s*,?\s*(?:itself\s+)?(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been|being)\s+(?:also\s+|reportedly\s+|allegedly\s+|now\s+|still\s+|itself\s+|effectively\s+|jointly\s+)?(?:(?:administered|overseen|supervised)\s+(?:day-to-day\s+|directly\s+|jointly\s+)?by|under\s+the\s+(?:day-to-day\s+|direct\s+)?(?:management|administration|operation)\s+of)\s+(?:the\s+)?((?:[a-z.'’-]+\s+){0,3})$`)
	// "X administers S", "X took over the management of S", "X, which manages the operations
	// of S".
	reOwnManages = regexp.MustCompile(`^\s*(?:,\s*(?:(?:a|an|the)\s+[^,;]{1,60}?,\s*)?(?:which\s+|who\s+|that\s+)?|\s+(?:which\s+|who\s+|that\s+)?)(?:also\s+|now\s+|still\s+|reportedly\s+|allegedly\s+|effectively\s+|jointly\s+)?(?:administers|administered|(?:took|takes|has\s+taken)\s+over\s+(?:the\s+)?(?:management|administration|operation|running)\s+of|(?:manages|managed|runs|ran|oversees|oversaw|handles|handled)\s+(?:the\s+)?(?:day-to-day\s+)?(?:management|administration|operations?|running)\s+of)\s+(?:the\s+)?$`)
)

// ownPair reads the pair rules between mentions ms[p] (first) and ms[q] (second).
func (x *Extractor) ownPair(text string, st sentence, all []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred, role string, conf float64)) {
	ca, cb := all[ms[p]], all[ms[q]]
	a, b, ok := pairEnds(all, ms, p, q, 220)
	if !ok || pronounRef(cb) {
		return
	}
	gap, ok := ownGap(text, all, ents, ms, ca.e, cb.s)
	if !ok {
		return
	}
	ta, tb := ents[a].typ, ents[b].typ
	before := strings.ToLower(text[st.s:ca.s])
	if p > 0 {
		if e := all[ms[p-1]].e; e > st.s && e <= ca.s {
			before = strings.ToLower(text[e:ca.s])
		}
	}
	owner := agentType(tb)
	verb := func(v string) {
		x.verbRelation(b, a, ents, v, func(s, o int, pred string, conf float64) { add(s, o, pred, "", conf*0.95) })
	}
	// A participle ending the description of a site or firm.
	if (ta == model.Compound || ta == model.Company || ta == model.Organization) && owner {
		if m := reOwnDescParticiple.FindStringSubmatch(gap); m != nil && !reOwnDescStop.MatchString(m[2]) && !reOwnNotHead.MatchString(m[2]) && ownLeadOnly(m[5]) && !ownAgentModifies(text, cb.e) && (!ownCopulaOpen(m[1]) || copulaSubjectOpens(before) && !ownDescEnded(text, cb.e)) {
			// A builder after a copula is no operator: the name span can swallow "for X" or an
			// apposition ("built by T for Prince Group", "built by T, a contractor"), so the
			// copula form reads no builder at all.
			if v := strings.Fields(m[4])[0]; (v == "built" || v == "developed") && (ownCopulaOpen(m[1]) || reOwnBuiltFor.MatchString(text[cb.e:min(len(text), cb.e+40)])) {
				return
			}
			if ownSiteHeadSet[m[3]] == (ta == model.Compound) {
				verb(strings.Fields(m[4])[0])
				return
			}
		}
	}
	// "the company running it is X" (runner_of_it.go).
	if runnerPair(text, st, ca, cb, ta, tb) {
		add(b, a, model.Operates, "", 0.8)
		return
	}
	// A share told by a participle ending the description (share_participle.go).
	if (ta == model.Compound || ta == model.Company || ta == model.Organization) && owner && shareParticiple(text, gap, ta == model.Compound, cb.e) {
		add(b, a, model.Owns, "", 0.8)
		return
	}
	// The object of a relative clause whose subject is the second name.
	if (ta == model.Compound || ta == model.Company || ta == model.Organization) && (tb == model.Person || tb == model.Company) {
		if m := reOwnObjRelative.FindStringSubmatch(gap); m != nil && !reOwnNotHead.MatchString(m[1]) && !reOwnDescStop.MatchString(m[1]) && ownSiteHeadSet[m[2]] == (ta == model.Compound) {
			lead := m[3]
			if i := strings.LastIndex(lead, "person"); i >= 0 {
				lead = reOwnKinWord.ReplaceAllString(lead[i+len("person"):], "")
			}
			if v := reOwnObjRelVerb.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); v != nil && ownLeadOnly(lead) {
				x.verbRelation(b, a, ents, v[1], func(s, o int, pred string, conf float64) { add(s, o, pred, "", conf*0.9) })
				return
			}
		}
	}
	// A verb of management other than run.
	if ta == model.Compound && owner && !possessiveFollows(text, cb.e) {
		if m := reOwnManagedBy.FindStringSubmatch(gap); m != nil && ownLeadOnly(m[1]) && !ownAgentModifies(text, cb.e) {
			add(b, a, model.Operates, "", 0.8)
			return
		}
	}
	if (agentType(ta)) && tb == model.Compound && reOwnManages.MatchString(gap) && !possessiveFollows(text, cb.e) {
		add(a, b, model.Operates, "", 0.8)
		return
	}
	// Land told through its site.
	if ta == model.Compound && owner && !possessiveFollows(text, cb.e) {
		if reOwnSiteLand.MatchString(gap) || reOwnRegisteredTo.MatchString(gap) && registeredSubject(text, st.s, ca.s) || // registered_subjects.go
			reOwnLandOf.MatchString(before) && reOwnLandOwnedBy.MatchString(gap) {
			add(b, a, model.Owns, "", 0.8)
			return
		}
	}
}
