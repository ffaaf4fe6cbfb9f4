package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Passives shared across a coordination, which the rules between adjacent names miss:
//   - coordinated subjects: "A and B were designated by C" (the gap rules read only B);
//   - coordinated verb phrases: "the park is run by A, a firm headed by X, and guarded by
//     soldiers of B" (B's verb belongs to the park, not to the names just before it).
var (
	// reSubjAnd joins the two subjects of a shared passive: " and ", ", and the".
	reSubjAnd = regexp.MustCompile(`^\s*,?\s*and\s+(?:the\s+)?$`)
	// rePluralPassive opens the passive a plural subject shares: "were designated by",
	// "have been sanctioned by". The plural verb is what makes both names its subject.
	rePluralPassive = regexp.MustCompile(`^\s*(?:were|are|have\s+been|had\s+been)\s`)
	// reAndPassive opens a second passive of a coordination: ", and guarded by", " and
	// was later sealed by".
	reAndPassive = regexp.MustCompile(`^\s*,?\s*and\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+)?(?:(?:also|later|then|reportedly|allegedly|heavily|openly)\s+)*(?:[a-z]+ed|run|led|built|set\s+up)\s+(?:[\w-]+\s+){0,3}?by\s`)
)

// reAndAux is a second passive with its own auxiliary: " and was raided by".
var reAndAux = regexp.MustCompile(`^\s*and\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s`)

// coordinatedPassives reads the two coordinations above in each sentence; emit gets the
// sentence, the relation's ends and predicate, and the span read. ms lists each sentence's
// mentions in order.
func (x *Extractor) coordinatedPassives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred string, conf float64, s, e int)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+2 < len(ms); i++ {
			ca, cb, cc := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cb.ent < 0 || cc.ent < 0 || ca.e > cb.s || cb.e > cc.s || ca.ent == cb.ent {
				continue
			}
			// "A and B were designated by C": A shares B's passive.
			if reSubjAnd.MatchString(text[ca.e:cb.s]) && !possessiveFollows(text, cb.e) && !listBefore(text, sents[si].s, ca.s) {
				gap := strings.ToLower(text[cb.e:cc.s])
				// "by the Treasury Department's Office of Foreign Assets Control": the
				// possessed body is the agent.
				if i+3 < len(ms) && possessiveFollows(text, cc.e) {
					if cd := cands[ms[i+3]]; cd.ent >= 0 && cd.s >= cc.e && strings.TrimSpace(strings.TrimLeft(text[cc.e:cd.s], "'’s")) == "" {
						cc = cd
					}
				}
				if rePluralPassive.MatchString(gap) {
					if m := submatch(rePassive, gap, true); m != nil {
						x.verbRelation(cc.ent, ca.ent, ents, m[1], func(a, b int, pred string, conf float64) {
							emit(si, a, b, pred, conf*0.95, ca.s, cc.e)
						})
					}
				}
			}
		}
		// "S is V1 by A, ..., and V2 by B": B's verb takes S.
		for i := 0; i+1 < len(ms); i++ {
			cs, ca := cands[ms[i]], cands[ms[i+1]]
			if cs.ent < 0 || ca.ent < 0 || cs.e > ca.s {
				continue
			}
			ts := ents[cs.ent].typ
			if ts != model.Compound && ts != model.Company {
				continue
			}
			gap := strings.ToLower(text[cs.e:ca.s])
			if !strings.Contains(gap, " by") || strings.Contains(gap, ",") || submatch(rePassive, gap, true) == nil {
				continue
			}
			for j := i + 2; j < len(ms) && j <= i+4; j++ {
				prev, cb := cands[ms[j-1]], cands[ms[j]]
				if cb.ent < 0 || prev.e > cb.s || cb.ent == cs.ent {
					continue
				}
				g2 := strings.ToLower(text[prev.e:cb.s])
				loc := reAndPassive.FindStringIndex(g2)
				// "a company registered in Macau and chaired by X" coordinates inside the
				// apposition: the second passive needs a comma or its own auxiliary.
				if loc == nil || !strings.HasPrefix(strings.TrimLeft(g2, " "), ",") && !reAndAux.MatchString(g2) && !(j == i+2 && bareAndPassive(g2)) {
					continue
				}
				rest := " " + strings.TrimLeft(g2[strings.Index(g2, "and")+3:], " ")
				one := func(a, b int, pred string, conf float64) { emit(si, a, b, pred, conf*0.95, cs.s, cb.e) }
				switch {
				case reProtectOf.MatchString(rest):
					one(cb.ent, cs.ent, model.Protects, 0.8)
				default:
					if m := submatch(rePassive, rest, true); m != nil {
						x.verbRelation(cb.ent, cs.ent, ents, m[1], one)
					}
				}
				break
			}
		}
	}
}

// listBefore reports a name that ends a list ("X, Y and Z were ..."): the list reader and the
// sanctions list rules read those; only a pair of subjects is read here.
func listBefore(text string, sentStart, s int) bool {
	t := strings.TrimRight(text[sentStart:s], " ")
	return strings.HasSuffix(t, ",")
}

// reWhoOpen opens a restrictive relative clause on a person: " who provides", no comma.
var reWhoOpen = regexp.MustCompile(`^\s*who\s`)

// rePrepBefore ends the words before a name that is the object of a preposition: "a
// commander in the", "an officer of".
var rePrepBefore = regexp.MustCompile(`(?i)\b(?:in|of|with|from|for|at)\s+(?:the\s+)?$`)

// whoAfterBody reports "a commander in the Karen BGF who provides protection to X": a
// "who" clause with no comma after a body or place named inside a prepositional phrase
// describes the person the phrase belongs to, not the body; the pair then says nothing.
func whoAfterBody(text string, ca candidate, gap, ta string) bool {
	if ta == model.Person || !reWhoOpen.MatchString(gap) {
		return false
	}
	return rePrepBefore.MatchString(text[max(0, ca.s-20):ca.s])
}

// roleBeforeTitles reads the gap of "DSI director-general Pol. Maj. Gen. X" and "the PNP
// chief, Police General X,": a body's role, then the person's rank titles, then the name.
// The role must be the whole phrase before the titles, and at least one title must stand
// between it and the name (a bare role is read by the gap rules).
func roleBeforeTitles(text string, gap string, cb candidate) (string, string) {
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(g, "'s"), "’s"))
	f := strings.Fields(g)
	// The longest role that the titles alone follow: "chief police general" is the role
	// "chief" and the titles "police general".
	for k := len(f) - 1; k > 0; k-- {
		titles := true
		for _, w := range f[k:] {
			if !titleWords[w] && !personTitles[w] {
				titles = false
				break
			}
		}
		if !titles {
			break
		}
		words := f[:k]
		if last := words[k-1]; strings.HasSuffix(last, ",") {
			// "the PNP chief, Police General X,": an apposition, closed after the name.
			if rest := strings.TrimLeft(text[cb.e:min(len(text), cb.e+3)], " "); !strings.HasPrefix(rest, ",") {
				continue
			}
			words = append(append([]string(nil), words[:k-1]...), strings.TrimSuffix(last, ","))
		}
		phrase := strings.Join(words, " ")
		if strings.ContainsAny(phrase, ",;()") {
			continue
		}
		if roleWords[phrase+" "+strings.TrimRight(f[k], ",")] != "" {
			continue // "PAOCC deputy director X": the title completes the role, read whole by the gap rules
		}
		if w, pred := rolePhrase(phrase); pred != "" && w == phrase {
			return w, pred
		}
	}
	return "", ""
}

// reRowRoleOf is the last field of a row before the body a person holds a post in: "director
// of", "and also chairman of", "20% shareholder and also chairman of" (the part after "and").
var reRowRoleOf = regexp.MustCompile(`^\s*(?:also\s+)?(?:the\s+|a\s+|an\s+)?([a-z][a-z -]{1,30}?)\s+of\s+(?:the\s+)?$`)

// rowVerbs open a clause: a row field holding one is prose, not a description.
var rowVerbs = set("is", "was", "are", "were", "has", "had", "have", "said", "says", "who", "which", "that", "told", "denied")

// rowRoles reads rows that describe a person field by field: "Huang Wei, Chinese national,
// 20% shareholder and also chairman of X Corp.;" and "LIM DARA, female, 39, director of X
// Co., Ltd.;". The row must begin with the person's name at a line start; every field before
// the role is a short description with no verb and no name but a person's ("Brother of Y").
func (x *Extractor) rowRoles(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(first, si, a, b int, pred string, conf float64, s, e int, role string)) {
	for si, st := range sents {
		ms := bySent[si]
		// "Ly Kimleang, Brother of Ly Kimheng; director of X": the splitter cut the row at
		// the semicolon; its rest continues on the same line.
		if si+1 < len(sents) && strings.HasSuffix(strings.TrimSpace(text[st.s:st.e]), ";") && !lineStart(text, sents[si+1].s) {
			ms = append(append([]int(nil), ms...), bySent[si+1]...)
		}
		if len(ms) < 2 {
			continue
		}
		first := cands[ms[0]]
		if first.ent < 0 || ents[first.ent].typ != model.Person || !lineStart(text, first.s) ||
			strings.TrimSpace(text[st.s:first.s]) != "" && !onlyTitles(text[st.s:first.s]) {
			continue
		}
		for j := 1; j < len(ms); j++ {
			cb := cands[ms[j]]
			if cb.ent < 0 || cb.s < first.e {
				continue
			}
			tb := ents[cb.ent].typ
			if tb == model.Person || tb == model.Location {
				continue // "Brother of Y", "Myawaddy": checked below
			}
			gap := strings.ToLower(text[first.e:cb.s])
			if !strings.HasPrefix(strings.TrimLeft(gap, " "), ",") {
				break
			}
			fields := strings.FieldsFunc(gap, func(r rune) bool { return r == ',' || r == ';' })
			if len(fields) < 2 {
				continue
			}
			last := fields[len(fields)-1]
			if i := strings.LastIndex(last, " and "); i >= 0 {
				last = last[i+len(" and "):]
			}
			role := reRowRoleOf.FindStringSubmatch(last)
			verb := reRowVerb.FindStringSubmatch(last)
			ok := role != nil && (tb == model.Company || tb == model.Organization) || verb != nil
			for _, fd := range fields[:len(fields)-1] {
				w := strings.Fields(fd)
				if len(w) > 6 {
					ok = false
				}
				for _, x := range w {
					if rowVerbs[x] {
						ok = false
					}
				}
			}
			// Names inside the row before the body: only a person ("Brother of Y"); a
			// row that states an act may also name the person's own body ("Colonel,
			// Border Guard Force; protects X").
			for k := 1; k < j; k++ {
				if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Person && (role != nil || ents[c.ent].typ != model.Organization) {
					ok = false
				}
			}
			// The body ends the row: "director of X Co., Ltd.;" (prose goes on after it);
			// a site may keep its place ("protects X Park, Myawaddy.").
			if end := strings.IndexByte(text[cb.e:], '\n'); ok {
				if end < 0 {
					end = len(text) - cb.e
				}
				rest := strings.Trim(text[cb.e:cb.e+end], " .;,")
				ok = rest == "" || verb != nil && tb == model.Compound && rowPlaceOnly(rest, cands, ents, ms[j+1:], cb.e)
			}
			if !ok {
				if !strings.ContainsAny(text[cb.e:min(len(text), cb.e+2)], ",;") {
					break
				}
				continue
			}
			// The relation's sentence is the one that names its object; a row the splitter
			// cut quotes both parts.
			bs := si
			if cb.s >= st.e && si+1 < len(sents) {
				bs = si + 1
			}
			if role != nil {
				if w, pred := rolePhrase(strings.TrimSpace(role[1])); pred != "" && w == strings.TrimSpace(role[1]) && typed(pred, model.Person, tb, ents[cb.ent].name) {
					emit(si, bs, first.ent, cb.ent, pred, 0.8, sents[bs].s, cb.e, w)
				}
			} else {
				x.verbRelation(first.ent, cb.ent, ents, verb[1], func(a, b int, pred string, conf float64) {
					emit(si, bs, a, b, pred, 0.8, sents[bs].s, cb.e, "")
				})
			}
			break
		}
	}
	cellRoles(text, sents, cands, ents, bySent, emit)
	itemRoles(text, sents, cands, ents, bySent, emit)
	leadPlaces(text, sents, cands, ents, bySent, emit)
}

// reRowVerb is a row's last field that states what the person does to the object: "protects",
// "also owns".
var reRowVerb = regexp.MustCompile(`^\s*(?:also\s+)?(protects|guards|owns|runs|operates|controls|manages|directs|leads|commands|shields)\s+(?:the\s+)?$`)

// rowPlaceOnly reports that the rest of a row after a site is only its places: "Myawaddy",
// "O'Smach, Oddar Meanchey".
func rowPlaceOnly(rest string, cands []candidate, ents []*docEntity, ms []int, from int) bool {
	n := 0
	for _, m := range ms {
		c := cands[m]
		if c.ent >= 0 && ents[c.ent].typ == model.Location && c.s >= from {
			n += len(c.text)
		}
	}
	letters := 0
	for _, r := range rest {
		if r != ',' && r != ' ' {
			letters++
		}
	}
	return n > 0 && letters <= n
}

// reThrough joins the name that acts to the firm it acts through: " through his company ",
// ", via the family's holding company, ".
var reThrough = regexp.MustCompile(`^\s*,?\s*(?:through|via)\s+(?:(his|her|its|their)\s+|the\s+(?:family['’]s\s+)?|a\s+)?(?:[a-z-]+\s+){0,2}?(company|firm|conglomerate|subsidiary|vehicle|group|business|entity|holding\s+company|front)?\s*,?\s*$`)

// throughHolders reads ownership and control told through an intermediary: "the resort is
// owned by X through his company Y" and "X controls the complex through Y". The firm the
// verb passes through holds the site the same way (Y owns the resort; Y operates the
// complex), and a firm the actor names as his own ("his company") is his. ms lists each
// sentence's mentions (references included).
func (x *Extractor) throughHolders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj int, a, b int, pred string, conf float64)) {
	for si := range sents {
		// "through his company": the possessive pronoun is read by the pattern.
		ms := withoutPronouns(cands, bySent[si])
		for i := 1; i+1 < len(ms); i++ {
			c1, c2 := cands[ms[i]], cands[ms[i+1]]
			if c1.ent < 0 || c2.ent < 0 || c1.e > c2.s || c1.ent == c2.ent || ents[c2.ent].typ != model.Company {
				continue
			}
			th := reThrough.FindStringSubmatch(strings.ToLower(text[c1.e:c2.s]))
			if th == nil {
				continue
			}
			actor, site, siteIdx, verb := -1, -1, -1, ""
			// "S[, a description,] is owned by A through B": the passive's subject may stand
			// before an inserted description that names places.
			for k := i - 1; k >= 0 && k >= i-4 && actor < 0; k-- {
				c0 := cands[ms[k]]
				if c0.ent < 0 || c0.e > c1.s || c0.ent == c1.ent || c0.ent == c2.ent {
					continue
				}
				if t0 := ents[c0.ent].typ; t0 != model.Compound && t0 != model.Company && (t0 != model.Person || k != i-1) {
					continue // a place inside the description
				}
				g01 := strings.ToLower(text[c0.e:c1.s])
				if rest, ok := afterInsertedClause(g01); ok {
					g01 = rest
				} else if k < i-1 {
					continue
				}
				g01 = trimAgentModifiers(g01)
				if m := submatch(rePassive, g01, strings.Contains(g01, " by")); m != nil && m[1] != "" {
					actor, site, siteIdx, verb = c1.ent, c0.ent, ms[k], m[1]
				} else if m := submatch(reWhoVerb, g01, k == i-1); m != nil && !strings.HasPrefix(strings.TrimSpace(g01), ",") {
					// "A controls S through B".
					actor, site, siteIdx, verb = c0.ent, c1.ent, ms[i], m[1]
				}
			}
			if actor < 0 || site == c2.ent {
				continue
			}
			if ts := ents[site].typ; ts != model.Compound && ts != model.Company {
				continue
			}
			x.verbRelation(c2.ent, site, ents, verb, func(a, b int, pred string, conf float64) {
				if pred == model.Owns || pred == model.Operates {
					emit(si, ms[i+1], siteIdx, a, b, pred, conf*0.9)
				}
			})
			// "through his company Y": the actor's own firm.
			if th[1] != "" && th[2] != "" && ents[actor].typ != model.Location {
				emit(si, ms[i], ms[i+1], actor, c2.ent, model.Owns, 0.75)
			}
		}
	}
}

// trimAgentModifiers drops the words that describe an agent before its name: "owned by
// Shan-Chinese tycoon " reads "owned by ". Only nationalities, titles and hyphenated
// adjectives are dropped, at most three.
func trimAgentModifiers(gap string) string {
	i := strings.LastIndex(gap, " by ")
	if i < 0 {
		return gap
	}
	f := strings.Fields(gap[i+4:])
	if len(f) == 0 || len(f) > 3 {
		return gap
	}
	for _, w := range f {
		if !nationalities[w] && !demonyms[w] && !titleWords[w] && !personTitles[w] && !strings.Contains(w, "-") {
			return gap
		}
	}
	return gap[:i+4]
}

var (
	// reKinCoSubject joins a second subject to the first through a relative or "together
	// with": " and his daughter, provincial board member ", ", together with his son ".
	reKinCoSubject = regexp.MustCompile(`^\s*(?:,\s*(?:together|along)\s+with\s+(?:(?:his|her)\s+(?:[a-z-]+\s+){0,2}?(?:` + kinWords + `)\s+)?|and\s+(?:his|her)\s+(?:[a-z-]+\s+){0,2}?(?:` + kinWords + `|business\s+partner|partner)\s*(?:,\s*(?:[a-z-]+\s+){0,4}?)?)$`)
	// reSharedHold is the verb both subjects share when it states a holding: " together hold
	// 45 percent of the ".
	reSharedHold = regexp.MustCompile(`^\s+(?:together\s+|jointly\s+|both\s+|also\s+)?(?:own|owned|hold|held|control|controlled)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|a\s+majority|the\s+majority|half|most|a\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?stake\s+in)\s+(?:of\s+)?(?:the\s+)?$`)
)

// kinCoSubjects reads two subjects joined through a relative or "together with" that share
// the verb after the second: "Lito Ramos and his daughter, board member Ana Ramos-Cruz,
// together hold 45 percent of the realty firm"; "Luo Zhenghua, together with his son Luo
// Jianfei, established and controlled Jinlong Garden". Both hold what the verb says. ms lists
// each sentence's mentions (references included).
func (x *Extractor) kinCoSubjects(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj int, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+2 < len(ms); i++ {
			ca, cb, co := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cb.ent < 0 || co.ent < 0 || ca.e > cb.s || cb.e > co.s || ca.ent == cb.ent ||
				ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person {
				continue
			}
			if !reKinCoSubject.MatchString(trimNameTitles(strings.ToLower(text[ca.e:cb.s]))) {
				continue
			}
			g := strings.ToLower(text[cb.e:co.s])
			g = strings.TrimPrefix(strings.TrimLeft(g, " "), ",")
			if !strings.HasPrefix(g, " ") {
				g = " " + g
			}
			both := func(pred string, conf float64, verb string) {
				for _, k := range []int{i, i + 1} {
					s := cands[ms[k]].ent
					if verb == "" {
						emit(si, ms[k], ms[i+2], s, co.ent, pred, conf)
						continue
					}
					x.verbRelation(s, co.ent, ents, verb, func(a, b int, p string, c float64) { emit(si, ms[k], ms[i+2], a, b, p, c*0.9) })
				}
			}
			switch {
			case reSharedHold.MatchString(g):
				both(model.Owns, 0.75, "")
			default:
				// "established and controlled X": the last verb of a coordination of verbs.
				g2 := g
				if f := strings.Fields(g); len(f) >= 3 && f[1] == "and" {
					g2 = " " + strings.Join(f[2:], " ") + " "
				}
				if m := submatch(reWhoVerb, g2, true); m != nil {
					both("", 0, m[1])
				}
			}
		}
	}
}

// reApposPassive finds the finite passive of a subject after a description set off by
// commas: ", a walled compound in Porac, Pampanga, was raided by ", ", which sits in Preah
// Sihanouk province, is developed by ". The first comma followed by an auxiliary closes the
// description.
var reApposPassive = regexp.MustCompile(`^\s*,\s*(?:a|an|the|which|that)\s[^;()]{0,200}?,\s*(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|jointly|later|first|then|now|last)\s+)*([a-z]+ed|run|built|led|set\s+up)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?`)

// reAgentsJoin joins a second agent of a passive: " and the ", ", ".
var reAgentsJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|its\s+)?$`)

// apposedPassives reads the passive of a site or firm whose description names places, which
// the gap rules lose to the places in between: "Tianhe Lakeview Estate, a walled compound in
// Barangay Planas, Porac, Pampanga, was raided by the Philippine National Police and the
// Presidential Anti-Organized Crime Commission". Every coordinated agent acts. ms lists each
// sentence's mentions (references included).
func (x *Extractor) apposedPassives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj int, a, b int, pred string, conf float64)) {
	for si, st := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i, m := range ms {
			cs := cands[m]
			if cs.ent < 0 || cs.e > st.e {
				continue
			}
			if t := ents[cs.ent].typ; t != model.Compound && t != model.Company {
				continue
			}
			rest := strings.ToLower(text[cs.e:min(st.e, cs.e+300)])
			loc := reApposPassive.FindStringSubmatchIndex(rest)
			if loc == nil {
				continue
			}
			verb, pe := rest[loc[2]:loc[3]], cs.e+loc[1]
			// Only places may be named inside the description.
			j := i + 1
			for ; j < len(ms) && cands[ms[j]].s < pe; j++ {
				if c := cands[ms[j]]; c.ent < 0 || ents[c.ent].typ != model.Location {
					break
				}
			}
			if j >= len(ms) || cands[ms[j]].s < pe {
				continue
			}
			// The agent follows "by", after titles at most; then "and B", ", B and C".
			if lead := text[pe:cands[ms[j]].s]; strings.TrimSpace(lead) != "" && trimAgentModifiers(" by "+strings.ToLower(lead)) != " by " {
				continue
			}
			for k := j; k < len(ms) && k < j+4; k++ {
				ca := cands[ms[k]]
				if k > j {
					prev := cands[ms[k-1]]
					if prev.e > ca.s || !reAgentsJoin.MatchString(strings.ToLower(text[prev.e:ca.s])) {
						break
					}
				}
				if ca.ent == cs.ent || possessiveFollows(text, ca.e) {
					break
				}
				x.verbRelation(ca.ent, cs.ent, ents, verb, func(a, b int, pred string, conf float64) {
					emit(si, ms[k], m, a, b, pred, conf*0.9)
				})
			}
		}
	}
}

// withoutPronouns keeps the mentions of a sentence that are not pronouns ("his", "it"): the
// coordination patterns read those words themselves.
func withoutPronouns(cands []candidate, ms []int) []int {
	var out []int
	for _, m := range ms {
		if !pronounRef(cands[m]) {
			out = append(out, m)
		}
	}
	return out
}
