package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Designations whose designators are coordinated, or whose designated are named after a
// count of them:
//
//   - "The United Kingdom, the European Union and the United States imposed sanctions on X":
//     every body of a subject list that opens the clause designates X, not only the last;
//   - "OFAC designated 11 people, including A and B", "the ministry imposed sanctions on four
//     officers, among them A": the names after "including" or "among them" are those counted.

// reChainGap joins one body of a subject list to the next: ", the", " and the", ", and".
var reChainGap = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$`)

// reChainOpen is what may stand right before the first body of a subject list: the start of
// the sentence or of a line, a dateline's dash, a colon, a comma that closes a fronted
// phrase ("In 2023, the UK and"), or a complementiser.
var reChainOpen = regexp.MustCompile(`(?i)(?:^\s*|[—–:;,]\s*|\bthat\s+|\bwhen\s+|\bafter\s+)(?:the\s+)?$`)

// sanctionerChain returns the bodies that a coordinated subject list joins before the body at
// ms[i], the agent of a designating verb: "The United Kingdom, the European Union and" before
// "the United States imposed sanctions on". The list needs a conjunction and must open its
// clause; a body governed by a preposition ("in coordination with the UK and OFAC") is none.
func sanctionerChain(text string, st sentence, cands []candidate, ents []*docEntity, ms []int, i int) []int {
	sanctioner := func(e int) bool { return canSanction(ents[e]) }
	var chain []int
	conj := false
	next := cands[ms[i]]
	for j := i - 1; j >= 0; j-- {
		c := cands[ms[j]]
		if c.ent < 0 || c.e > next.s {
			return nil
		}
		if c.ent == next.ent {
			return nil
		}
		g := reChainGap.FindStringSubmatch(strings.ToLower(text[c.e:next.s]))
		if g == nil {
			break
		}
		if !sanctioner(c.ent) || possessiveFollows(text, c.e) {
			return nil
		}
		conj = conj || strings.TrimSpace(g[1]) != ","
		chain = append(chain, c.ent)
		next = c
	}
	if !conj || len(chain) == 0 || !reChainOpen.MatchString(text[st.s:next.s]) {
		return nil
	}
	return chain
}

// reCountedThen follows a designating verb over a counted object, or a set of a party's
// subsidiaries or relatives, up to the names that illustrate it: "11 individuals and six
// companies linked to X, including ", "the eleven under a 2024 order targeting fraud networks,
// among them ", "the company and its subsidiaries, among them ".
var reCountedThen = regexp.MustCompile(`(?i)^(?:(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|more\s+than\s+\d+|at\s+least\s+\d+)\b[^.;:()]{0,120}?|([^.;:()]{0,60}?)\b(?:and\s+)?(?:its|their|his|her)\s+(?:subsidiaries|affiliates|associates|companies|firms|relatives))\s*,\s*(?:including|among\s+them|among\s+whom|notably|chief\s+among\s+them)\s+(?:the\s+)?`)

// countedItems returns the mentions that name the members of a counted object of a
// designating verb, the object beginning at from: "designated 12 people, including A and B".
// counted is false when the object is no count; a name inside the count ("four BGF
// officers") is then no item.
func countedItems(text string, st sentence, cands []candidate, ms []int, from int) (items []int, counted bool) {
	loc := reCountedThen.FindStringSubmatchIndex(text[from:st.e])
	if loc == nil {
		return nil, false
	}
	if loc[2] >= 0 && loc[3] > loc[2] {
		// "A and its subsidiaries, among them B": A is designated too.
		end := from + loc[3]
		var head []int
		for _, m := range ms {
			if cands[m].s >= from && cands[m].e <= end {
				head = append(head, m)
			}
		}
		items = listItems(text, end, cands, head, from)
	}
	at := from + loc[1]
	var rest []int
	for _, m := range ms {
		if cands[m].s >= at {
			rest = append(rest, m)
		}
	}
	return append(items, listItems(text, st.e, cands, rest, at)...), true
}

// agentlessReach is how many sentences back a designation that names no agent looks for the
// body that designates: a notice or a story names it once, in its lead, and tells each
// party's designation paragraphs later. A designation "as" some post that is no sanction
// ("designated as the village's contact person") looks three sentences back only.
const agentlessReach = 60

// reVerbAs finds "designated as" right after the verb an agentless designation read.
var reVerbAs = regexp.MustCompile(`(?i)(?:designated|sanctioned|blacklisted)\s+as\s+`)

// designatedAsNonSanction reports an agentless designation, read over rest[:loc[1]], that
// names what the party was designated as when that is no sanction: "Zhou Ping was designated
// as the village's contact person".
func designatedAsNonSanction(rest string, loc []int) bool {
	m := reVerbAs.FindStringIndex(rest[:min(len(rest), loc[1]+12)])
	return m != nil && !sanctionCategory(rest[m[1]:])
}

// Designations told with the designated after the verb, inverted: "Also targeted were the
// tycoon's wife, A, and B", "Among those sanctioned by OFAC were A and B". The body is the
// one named after "by", or else the last body that the sentence right before says designates
// (further back, the designator is too often another body's).
var (
	reInvertedDesignation = regexp.MustCompile(`(?i)^\W*(?:(?:also|likewise|further)\s+)?(?:designated|sanctioned|targeted|blacklisted|listed)(?:\s+(?:today|as\s+well|alongside\s+(?:him|her|them|it)))?(?:\s+by\s+(?:the\s+)?)?`)
	reAmongThose          = regexp.MustCompile(`(?i)^\W*among\s+(?:those|the\s+(?:people|individuals|persons|entities|companies|firms|parties|others))\s+(?:(?:also|newly)\s+)?(?:designated|sanctioned|targeted|blacklisted|listed)(?:\s+(?:today|on\s+\w+))?(?:\s+by\s+(?:the\s+)?)?`)
	reByEnd               = regexp.MustCompile(`(?i)\bby\s+(?:the\s+)?$`)
	reInvertedVerb        = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:on|in)\s+[\w ]{1,20}?\s+)?(?:were|are|was|is)\s+(?:the\s+)?`)
)

// canSanction reports an entity that may designate: a body, or a country standing for its
// government.
func canSanction(e *docEntity) bool {
	return e.typ == model.Organization || e.typ == model.Location && isCountry(e.name)
}

// invertedDesignations reads the sentences above. emit gets the sentence, the designated, the
// body, the body's sentence and the span read.
func invertedDesignations(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	sanctioner := func(e int) bool { return canSanction(ents[e]) }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		sent := text[st.s:st.e]
		loc := reInvertedDesignation.FindStringIndex(sent)
		if loc == nil || loc[1] == 0 {
			loc = reAmongThose.FindStringIndex(sent)
		}
		if loc == nil || loc[1] == 0 {
			continue
		}
		at := st.s + loc[1]
		agent, agentSent := -1, -1
		k := 0
		if reByEnd.MatchString(text[st.s:at]) {
			// "by OFAC": the body named first after the cue.
			if c := cands[ms[0]]; c.s >= at && c.s-at <= 2 && c.ent >= 0 && sanctioner(c.ent) {
				agent, agentSent, k = c.ent, si, 1
				at = c.e
			} else {
				continue
			}
		}
		// The verb "were" after the cue (and its agent).
		v := reInvertedVerb.FindStringIndex(text[at:st.e])
		if v == nil {
			continue
		}
		from := at + v[1]
		for sj := si - 1; agent < 0 && sj >= 0 && sj >= si-1; sj-- {
			agent, agentSent = lastSanctioner(text, sents[sj], bySent[sj], cands, ents), sj
		}
		if agent < 0 {
			continue
		}
		var rest []int
		for _, m := range ms[k:] {
			if cands[m].s >= from {
				rest = append(rest, m)
			}
		}
		for _, item := range listItems(text, st.e, cands, rest, from) {
			if e := cands[item].ent; e != agent && agentType(ents[e].typ) {
				emit(si, e, agent, agentSent, cands[item].s, cands[item].e)
			}
		}
	}
}

// rePassiveWithBasis follows a party designated under a legal basis or for a reason before
// its agent: " was designated under Executive Order 13818 by the", " was sanctioned for
// human rights abuses in 2024 by the". The phrase between holds no verb and no comma.
var rePassiveWithBasis = regexp.MustCompile(`^\s*,?\s*(?:(?:which|who)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|jointly|previously|formally)\s+)*(?:designated|sanctioned|blacklisted)\s+(?:under|pursuant\s+to|for|over|in\s+connection\s+with)\s+(?:[\w.'’-]+\s+){1,8}?by\s+(?:the\s+)?$`)

// reBasisVerb is a verb inside that phrase: the "by" is then that verb's ("for links to a
// network run by").
var reBasisVerb = regexp.MustCompile(`\b(?:run|owned|operated|controlled|led|managed|backed|protected|built|founded|held|used|committed|directed|financed|funded|made|issued|signed|imposed|announced)\s+by\s+(?:the\s+)?$`)

// sanctionBasisPair reads the passive above between two mentions; it reports whether it read
// one.
func sanctionBasisPair(ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	tb := ents[cb.ent].typ
	if ents[ca.ent].typ == model.Location || !(tb == model.Organization || tb == model.Location && isCountry(ents[cb.ent].name)) ||
		!rePassiveWithBasis.MatchString(gap) || reBasisVerb.MatchString(gap) {
		return false
	}
	add(ca.ent, cb.ent, model.SanctionedBy, 0.8)
	return true
}
