package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/jdkato/prose/v3/tag"

	"github.com/scamgraph/scamgraph/model"
)

// Sentence structure. The relation rules read the words between two names; this file reads
// the sentence around them with part-of-speech tags (prose's averaged perceptron, whose model
// ships in its Go module) so that one rule covers the same relation however the noun phrases
// around the names are dressed:
//
//   - a name's noun phrase starts before the name: "the U.K.-based Humanity Research
//     Consultancy", "Cambodia's National Committee ...", "notorious KK Park", and with titles
//     "Cambodian senator Ly Yong Phat". The rules then read the words up to the phrase;
//   - an apposition that ends in a relative clause ("O'Smach Resort, a casino complex near the
//     Thai border that is owned by ...") hands its clause to the name it describes;
//   - "X and his conglomerate, Y" coordinates Y with X;
//   - a definite description or pronoun ("the company", "the compound", "he") stands for an
//     earlier name of a compatible type (references.go).
//
// Only sentences with two or more names (counting references) are tagged.

// sentTags tags sentences lazily, once each.
type sentTags struct {
	tagger *tag.Tagger
	sents  []sentence
	tags   [][]string
	buf    []tag.Token
}

func newSentTags(t *tag.Tagger, sents []sentence) *sentTags {
	return &sentTags{tagger: t, sents: sents, tags: make([][]string, len(sents))}
}

// of returns the tags of sentence si, one per token.
func (st *sentTags) of(si int) []string {
	if st.tags[si] != nil {
		return st.tags[si]
	}
	toks := st.sents[si].toks
	out := make([]string, len(toks))
	if st.tagger == nil {
		st.tags[si] = out
		return out
	}
	st.buf = st.buf[:0]
	for _, t := range toks {
		w := t.text
		switch w {
		case "’s", "’S":
			w = "'s"
		case "’", "‘":
			w = "'"
		case "“", "”":
			w = "\""
		}
		st.buf = append(st.buf, tag.Token{Text: w})
	}
	st.tagger.TagTokens(st.buf)
	for i := range st.buf {
		out[i] = st.buf[i].Tag
	}
	st.tags[si] = out
	return out
}

// tokenAt returns the index of the first token of toks that ends after byte off.
func tokenAt(toks []token, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].e > off })
}

// nationalities are adjectives of origin that premodify a name ("Cambodian senator X").
var nationalities = set("cambodian", "chinese", "thai", "burmese", "myanmar", "lao", "laotian", "vietnamese",
	"filipino", "philippine", "malaysian", "indonesian", "taiwanese", "korean", "japanese", "american", "british",
	"karen", "kachin", "shan", "wa", "khmer", "singaporean", "australian", "indian", "african", "kenyan",
	"ugandan", "ethiopian", "russian", "ukrainian", "brazilian", "turkish", "us", "u.s.", "uk", "u.k.", "hong",
	"kong", "macau", "macanese", "local", "provincial", "national", "federal", "state-run", "state-owned")

// premodifier reports a word that may stand before a name inside its noun phrase: an article,
// a possessive determiner, an adjective, a number or a nationality. With titles, a title or
// role word counts too ("senator", "tycoon", "police chief").
func premodifier(t token, pos string, titles bool) bool {
	switch t.low {
	case "the", "a", "an", "this", "that", "these", "those":
		return true
	case "and", "or", "of", "by", "in", "at", "to", "for", "with", "from", "on", "as", "but":
		return false
	}
	if nationalities[t.low] {
		return true
	}
	switch pos {
	case "DT", "JJ", "JJR", "JJS", "CD", "PRP$":
		return t.kind == tokWord
	}
	if titles {
		if titleWords[t.low] || roleWords[t.low] != "" || publicRoles[t.low] {
			return true
		}
	}
	return false
}

// npStart finds where the noun phrase that ends with candidate c begins: it walks back over
// premodifiers, over "-based" and similar adjectives made of a name ("U.K.-based"), and over a
// place in the possessive ("Cambodia's"). It returns the byte offset the phrase starts at, the
// mentions it passed (positions in ms) and the title words it passed, nearest first.
func npStart(text string, st sentence, tags []string, cands []candidate, ms []int, q int, titles bool) (int, []int, []string) {
	c := cands[ms[q]]
	toks := st.toks
	k := tokenAt(toks, c.s-1)
	if k >= len(toks) || toks[k].s >= c.s {
		k--
	} else if toks[k].e > c.s {
		return c.s, nil, nil
	}
	// k is the token right before the name.
	start := c.s
	var skipped []int
	var words []string
	m := q - 1 // the nearest mention before
	for k >= 0 {
		t := toks[k]
		// A mention ending here: only a place qualifying the phrase ("Cambodia's X",
		// "U.K.-based X") is passed.
		if m >= 0 && cands[ms[m]].e == t.e {
			// "Karen Peace Force commander Saw Ba Hein": a body before the title is part of
			// the phrase whose head is the person.
			if mt := cands[ms[m]].typ; titles && len(words) > 0 && (mt == model.Organization || mt == model.Company) && cands[ms[q]].typ == model.Person {
				return cands[ms[m]].s, append(skipped, m), words
			}
			return start, skipped, words
		}
		if t.low == "'s" || t.low == "’s" {
			// A place in the possessive qualifies the phrase; with titles, any name does
			// ("owned by senator Ly Yong Phat's L.Y.P. Group": the group is the head).
			if m >= 0 && k > 0 && cands[ms[m]].e == toks[k-1].e && (cands[ms[m]].typ == model.Location || titles && cands[ms[q]].typ != model.Person) {
				skipped = append(skipped, m)
				start = cands[ms[m]].s
				k = cands[ms[m]].ti - 1
				m--
				continue
			}
			return start, skipped, words
		}
		if t.kind == tokWord && nameAdjectiveSuffix(t.low) && k > 0 && (toks[k-1].text == "-" || toks[k-1].text == "‑") {
			// "U.K.-based": the place before the hyphen.
			if k > 1 && m >= 0 && cands[ms[m]].e == toks[k-2].e && cands[ms[m]].typ == model.Location {
				skipped = append(skipped, m)
				start = cands[ms[m]].s
				k = cands[ms[m]].ti - 1
				m--
				continue
			}
			if k > 1 && toks[k-2].kind == tokWord {
				start = toks[k-2].s
				k -= 3
				continue
			}
			return start, skipped, words
		}
		pos := ""
		if k < len(tags) {
			pos = tags[k]
		}
		// "the ruling Cambodian People's Party", "the sprawling KK Park": a participle
		// right after an article is an adjective.
		participle := (pos == "VBG" || pos == "VBN" || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) && k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "a" || toks[k-1].low == "an")
		if !participle && !premodifier(t, pos, titles) {
			return start, skipped, words
		}
		if titles && (titleWords[t.low] || roleWords[t.low] != "" || publicRoles[t.low]) {
			words = append(words, t.low)
		}
		start = t.s
		k--
	}
	return start, skipped, words
}

// insertedPhrase finds a phrase set off by a comma between mentions ms[p] and ms[q] that
// describes the first: an apposition ending in a relative clause (", a casino complex near
// the Thai border that is owned by") or a phrase closed by a second comma (", on the border
// with Thailand, is run by"). It returns the offset the first name's clause resumes at
// (the words from there on are read as following the name) and the mentions inside the
// phrase, or -1. The phrase must be a noun or prepositional phrase: no finite verb, at most
// 14 words.
func insertedPhrase(text string, st sentence, tags []string, cands []candidate, ms []int, p, q int) (int, []int) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	toks := st.toks
	k := tokenAt(toks, ca.e)
	if k >= len(toks) || toks[k].text != "," {
		return -1, nil
	}
	inside := func(off int) []int {
		var in []int
		for r := p + 1; r < q; r++ {
			if cands[ms[r]].s < off {
				in = append(in, r)
			}
		}
		return in
	}
	n := 0
	for j := k + 1; j < len(toks) && toks[j].s < cb.s; j++ {
		t := toks[j]
		switch t.low {
		case "that", "which", "who":
			if n == 0 {
				return -1, nil
			}
			return t.s - 1, inside(t.s)
		case ",":
			if n == 0 || j == k+1 {
				return -1, nil
			}
			if k+1 < len(tags) && tags[k+1] != "IN" && tags[k+1] != "DT" {
				return -1, nil
			}
			return t.s, inside(t.s)
		}
		if t.kind == tokPunct && t.low != "-" && t.low != "'s" && t.low != "’s" {
			return -1, nil
		}
		if j < len(tags) {
			switch tags[j] {
			case "VBD", "VBZ", "VBP", "MD":
				return -1, nil
			}
		}
		n++
		if n > 14 {
			return -1, nil
		}
	}
	return -1, nil
}

// reSelfReport is a body's statement about itself: "said on Monday that they", "announced it".
var reSelfReport = regexp.MustCompile(`^\s*(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|reported)\s+(?:on\s+\w+\s+|last\s+\w+\s+|this\s+\w+\s+|in\s+a\s+(?:statement|post|press\s+release|briefing|news\s+conference)\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?(?:troops|forces|soldiers|officers|officials|agents|police|units))\s`)

// reCoSubject is a possessive noun phrase coordinated with the subject: "and his associates".
var reCoSubject = regexp.MustCompile(`^\s*and\s+(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s`)

// exampleOf reads "A operated forced-labour compounds, including B" and "A protects scam
// centres such as B": the verb's object is a class B is an example of, so the verb applies
// to B. It returns where the verb group ends, where the first name's clause resumes (past
// "and his associates") and the mentions passed, or -1.
func exampleOf(text string, st sentence, tags []string, cands []candidate, ms []int, p, q int) (int, int, []int) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if cb.s < ca.e {
		return -1, -1, nil
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	cut := strings.LastIndex(gap, " including ")
	if c := strings.LastIndex(gap, " such as "); c > cut {
		cut = c
	}
	if cut < 0 {
		return -1, -1, nil
	}
	from := ca.e
	if m := reCoSubject.FindStringIndex(gap); m != nil {
		from = ca.e + m[1] - 1
	}
	toks := st.toks
	verbEnd := -1
	for j := tokenAt(toks, from); j < len(toks) && toks[j].s < ca.e+cut; j++ {
		pos := ""
		if j < len(tags) {
			pos = tags[j]
		}
		verb := strings.HasPrefix(pos, "VB") || pos == "MD" || pos == "RB" && verbEnd < 0
		switch {
		case verb && (verbEnd < 0 || verbEnd == toks[j-1].e):
			verbEnd = toks[j].e
		case verb:
			return -1, -1, nil // a second verb: another clause
		case verbEnd < 0:
			return -1, -1, nil // the gap must open with the verb
		case toks[j].kind == tokPunct && toks[j].low != "," && toks[j].low != "-":
			return -1, -1, nil
		}
	}
	if verbEnd < 0 {
		return -1, -1, nil
	}
	var passed []int
	for r := p + 1; r < q; r++ {
		passed = append(passed, r)
	}
	return verbEnd, from, passed
}

// without returns ms minus the positions in drop, and where positions p and q went.
func without(ms []int, drop []int, p, q int) ([]int, int, int) {
	if len(drop) == 0 {
		return ms, p, q
	}
	out := make([]int, 0, len(ms))
	np, nq := -1, -1
	for i, m := range ms {
		skip := false
		for _, d := range drop {
			if d == i {
				skip = true
			}
		}
		if skip {
			continue
		}
		if i == p {
			np = len(out)
		}
		if i == q {
			nq = len(out)
		}
		out = append(out, m)
	}
	return out, np, nq
}

// structuredPair retries a pair of mentions on which the word rules found nothing, with the
// sentence's structure: the second name's noun phrase (with and then without its titles)
// and an apposition's relative clause. The candidates are changed only for the call.
// role receives the title words passed, for a relation that has no role of its own.
func (x *Extractor) structuredPair(text string, st sentence, tags []string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add, addAppos func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ia, ib := ms[p], ms[q]
	oa, ob := cands[ia], cands[ib]
	if ob.s < oa.e {
		return false
	}
	defer func() { cands[ia], cands[ib] = oa, ob }()
	fired := false
	wrap := func(f func(a, b int, pred string, conf float64)) func(a, b int, pred string, conf float64) {
		return func(a, b int, pred string, conf float64) { fired = true; f(a, b, pred, conf) }
	}
	try := func(relAt int, inside []int, titles bool) {
		cands[ia], cands[ib] = oa, ob
		drop := inside
		if relAt >= 0 {
			cands[ia].e = relAt
		}
		ns, skipped, words := npStart(text, st, tags, cands, ms, q, titles)
		drop = append(append([]int(nil), drop...), skipped...)
		cands[ib].s = ns
		if relAt < 0 && ns == ob.s && len(drop) == 0 {
			return // nothing changed
		}
		if cands[ib].s < cands[ia].e {
			return
		}
		ms2, p2, q2 := without(ms, drop, p, q)
		if p2 < 0 || q2 < 0 {
			return
		}
		if len(words) > 0 && setRole != nil && ents[ob.ent].typ == model.Person {
			setRole(titleRole(words))
		}
		x.pair(text, cands, ents, ms2, p2, q2, wrap(add), wrap(addAppos), setRole)
		if !fired && setRole != nil {
			setRole("")
		}
	}
	// A name that modifies the noun after it ("a Prince Holding Group subsidiary") is not
	// what the words before it speak of.
	if k := tokenAt(st.toks, ob.e); k < len(st.toks) && k < len(tags) && st.toks[k].s >= ob.e && st.toks[k].text == st.toks[k].low &&
		(tags[k] == "NN" || tags[k] == "NNS") && !classWord(ents[ob.ent].typ, st.toks[k].low) {
		return false
	}
	try(-1, nil, false)
	relAt, inside := -1, []int(nil)
	if !fired {
		cands[ia], cands[ib] = oa, ob
		relAt, inside = insertedPhrase(text, st, tags, cands, ms, p, q)
		if relAt >= 0 && placeChainTail(text, cands, ents, ms, p, q) {
			relAt, inside = -1, nil // "a compound in Sihanoukville, Cambodia": a chain of places
		}
		if relAt >= 0 && text[relAt] == ',' && (relativeOfInserted(cands, ents, ms, p, q, text[relAt+1:ob.s], relAt+1) ||
			apposOfInnerName(text, cands, ents, ms, p, q, strings.ToLower(text[relAt+1:ob.s]), relAt+1) || // inner_appos.go
			innerKinBareRole(text, cands, ents, ms, p, q, text[relAt+1:ob.s], relAt+1)) { // kin_bare_appos.go
			return false // "A, a firm run by B, who was ...": the relative takes B (clause_heads.go)
		}
		if relAt >= 0 {
			try(relAt, inside, false)
		}
	}
	if !fired {
		try(relAt, inside, true)
	}
	if !fired && q > p+1 {
		// "Royal Hill Resort & Casino, another O'Smach property whose owner is Lim Heng": the
		// names inside the phrase before "whose" only qualify it.
		cands[ia], cands[ib] = oa, ob
		if g := strings.ToLower(text[oa.e:ob.s]); strings.Contains(g, " whose ") && !strings.Contains(g[strings.Index(g, " whose "):], ",") {
			var inside []int
			for r := p + 1; r < q; r++ {
				inside = append(inside, r)
			}
			if ms2, p2, q2 := without(ms, inside, p, q); p2 >= 0 && q2 >= 0 {
				x.pair(text, cands, ents, ms2, p2, q2, wrap(add), wrap(addAppos), setRole)
			}
		}
	}
	if !fired && ents[oa.ent].typ == model.Organization {
		// "Thai police said they raided KK Park": read on after the speaker's pronoun.
		cands[ia], cands[ib] = oa, ob
		if m := reSelfReport.FindStringIndex(strings.ToLower(text[oa.e:ob.s])); m != nil {
			cands[ia].e = oa.e + m[1] - 1
			x.pair(text, cands, ents, ms, p, q, wrap(add), wrap(addAppos), setRole)
		}
	}
	if !fired {
		cands[ia], cands[ib] = oa, ob
		if verbEnd, from, passed := exampleOf(text, st, tags, cands, ms, p, q); verbEnd >= 0 {
			cands[ia], cands[ib] = oa, ob
			cands[ia].e = from
			cands[ib].s = verbEnd + 1
			if ms2, p2, q2 := without(ms, passed, p, q); p2 >= 0 && q2 >= 0 && cands[ib].s <= ob.s {
				x.pair(text, cands, ents, ms2, p2, q2, wrap(add), wrap(addAppos), setRole)
			}
		}
	}
	return fired
}

// titleRole joins the title words passed before a name (nearest first) into the longest
// known role that ends at the name: "police chief", "senator".
func titleRole(words []string) string {
	for n := len(words); n > 0; n-- {
		parts := make([]string, n)
		for j := 0; j < n; j++ {
			parts[n-1-j] = words[j]
		}
		if r := strings.Join(parts, " "); publicRoles[r] || roleWords[r] != "" {
			return r
		}
	}
	return ""
}

// publicRoles are offices a person holds in a public body.
var publicRoles = set("senator", "governor", "mayor", "minister", "lawmaker", "mp", "legislator", "police chief",
	"general", "army general", "colonel", "commander", "ambassador", "judge", "prosecutor", "official", "adviser",
	"advisor", "prime minister", "deputy prime minister", "president", "vice president", "premier", "secretary",
	"secretary-general", "commissioner", "inspector", "officer", "police officer", "major general",
	"lieutenant general", "brigadier general", "deputy governor", "district governor", "provincial governor",
	"chief minister", "senior minister", "spokesman", "spokeswoman", "spokesperson", "tycoon", "businessman")

// cleanRole trims a role phrase to its words ("the former chief executive" keeps "former
// chief executive": the quote says it ended).
func cleanRole(r string) string {
	r = strings.TrimSpace(strings.ToLower(r))
	for _, a := range []string{"the ", "a ", "an ", "its ", "his ", "her ", "their "} {
		r = strings.TrimPrefix(r, a)
	}
	if len(r) > 60 {
		return ""
	}
	return r
}

// classWord reports a noun that names the class of a name of type typ right after it ("the
// Min Let Pan compound", "Kampot province"): the name is still the phrase's head.
func classWord(typ, w string) bool {
	switch typ {
	case model.Compound:
		return compoundFollowers[w] || strongCompoundCues[w]
	case model.Location:
		return locationEnds[w]
	}
	for _, t := range classNouns[w] {
		if t == typ {
			return true
		}
	}
	return false
}
