package extract

import (
	"regexp"
	"sort"
	"strings"
)

// Asides that stand inside a clause between the two names of a shape the pair readers know:
// an attribution set off with commas, dashes or brackets ("X, according to court records,
// was the driver for Y", "X, police said, owns the site", "(according to Z)"), a reporting
// clause after a relative word ("X, who investigators believe manages Y", "which survivors
// said was run by Y"). The readers see the sentence with the asides cut out; names inside an
// aside are no ends. Grading still reads the whole sentence, so the attribution keeps its
// weight ("according to workers" makes the claim alleged, "according to court records" does
// not, see reRecordCitation).

// asideSource is who an attribution cites: up to four words ending in a source noun or a
// pronoun ("police", "the court", "three former workers", "they").
const asideSource = `(?:(?:the|a|an|some|several|many|two|three|four|five|six|former|local|other|its|their)\s+){0,2}(?:[\w'’.-]+\s+){0,2}?` +
	`(?:police|officials?|investigators|prosecutors|workers|survivors|residents|sources|records|documents|filings|witnesses|they|he|she|people|court|judge|authorities|employees|staff|escapees|victims|villagers|activists|researchers|analysts|diplomats|lawyers|relatives|managers|guards|recruiters)`

// asideReport is the verb of a reporting clause.
const asideReport = `(?:said|say|says|claimed|claim|claims|alleged|allege|alleges|believe|believes|believed|suspect|suspects|suspected|assess|assesses|assessed|told\s+[\w'’-]+|show|shows|showed|indicate|indicates|indicated|added|adds|add|noted|notes|note|insisted|insists|insist)`

var (
	// ", according to four people who know him, ", ", police said, ", " — investigators say — ",
	// " (according to the registry)": the whole aside with the marks that set it off. A time
	// set off the same way (", from 2021 until the raid, ") is left: cut, it joined names it
	// should not.
	reAttributionAside = regexp.MustCompile(`(?i)\s*(?:` +
		`,\s*(?:according\s+to\s+[^,;:()"“”—–]{1,80}?|` + asideSource + `\s+` + asideReport + `)\s*,` +
		`|\s[—–]\s*(?:according\s+to\s+[^,;:()"“”—–]{1,80}?|` + asideSource + `\s+` + asideReport + `)\s*[—–]` +
		`|\s*\((?:according\s+to|as\s+reported\s+by|citing)\s+[^()]{1,80}\))`)
	// "who investigators believe ", "which survivors said ", "who the UK assesses ": the clause
	// between a relative word and its verb (group 1, with the space after it).
	reRelativeReport = regexp.MustCompile(`(?i)\b(?:who|which|that)\s+((?:the\s+)?(?:[\w'’.-]+\s+){1,3}?` + asideReport + `\s+)(?:[a-z]+)`)
	// a verb that may not follow a cut reporting clause: "who police said that ..." reports a
	// clause of its own.
	reNotAfterReport = regexp.MustCompile(`(?i)^(?:that|to|of|in|on|at|by|for|with|about|the|a|an|it|he|she|they|him|her|them)\b`)
	// reAsideCites: an aside that cites its source ("according to ...", "(as reported by ...)").
	reAsideCites = regexp.MustCompile(`^[\s,(—–]*(?:according\s+to|as\s+reported\s+by|citing)\s`)
	// "Jinhai Holdings’ parent firm": a later end that possesses names another's owner.
	reAsidePossessor = regexp.MustCompile(`^['’]s?\s`)
	// "X, the wife of Y, who ...": the relative word after an apposition stands for X, not for
	// the name the apposition ends with.
	reOfBefore    = regexp.MustCompile(`(?i),\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?of\s+(?:the\s+)?$`)
	reWhoAfterEnd = regexp.MustCompile(`^\s*,?\s*(?:who|whom|which)\b`)
	// "Tan Bo, the chairman of Golden Lotus Holdings, police allege, ran": the aside took the
	// comma that closed the apposition; what follows is the apposition's head's, not the
	// name that ends the apposition.
	reApposBeforeEnd = regexp.MustCompile(`(?i),\s*(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:of|at|for|with|from|to)\s+(?:the\s+)?$`)
)

// attributionAsides returns the spans of sent (offsets from its start) that are asides, in
// order and not overlapping.
func attributionAsides(sent string) [][2]int {
	// Both patterns need a reporting word; most sentences have none, and the patterns,
	// unanchored and case-folded, are among the dearest the extractor runs.
	if !mentionsAny(lowerASCII(sent), "accord", "reported", "citing", "said", "say", "claim", "alleg",
		"believ", "suspect", "assess", "told", "show", "indicat", "added", "adds", "note", "insist") {
		return nil
	}
	var out [][2]int
	// A bare reporting clause that denies or doubts what it reports ("few now believe",
	// "rumours say", "officials never said") is not cut: the clause it holds is no claim to
	// read. An "according to" aside describes its source ("according to people who once
	// worked there", "according to documents that have not been made public"); its words are
	// no doubt of the claim, and it is cut.
	for _, m := range reAttributionAside.FindAllStringIndex(sent, -1) {
		if a := strings.ToLower(sent[m[0]:m[1]]); !reAsideCites.MatchString(a) && reportedRelDoubt.MatchString(a) {
			continue
		}
		out = append(out, [2]int{m[0], m[1]})
	}
	for _, m := range reRelativeReport.FindAllStringSubmatchIndex(sent, -1) {
		if reNotAfterReport.MatchString(sent[m[3]:]) || reportedRelDoubt.MatchString(strings.ToLower(sent[m[2]:m[3]])) {
			continue
		}
		out = append(out, [2]int{m[2], m[3]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	keep := out[:0]
	for _, sp := range out {
		if len(keep) > 0 && sp[0] < keep[len(keep)-1][1] {
			continue
		}
		keep = append(keep, sp)
	}
	return keep
}

// asideCut is a document's text with the asides of all its sentences cut out, made once, and
// its mentions shifted to it.
type asideCut struct {
	text  string
	cands []candidate
	spans [][2]int // absolute offsets in the original text, in order
}

// newAsideCut cuts the asides of every sentence out of text; nil when there are none.
func newAsideCut(text string, sents []sentence, all []candidate) *asideCut {
	var spans [][2]int
	for _, st := range sents {
		for _, sp := range attributionAsides(text[st.s:st.e]) {
			spans = append(spans, [2]int{st.s + sp[0], st.s + sp[1]})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	b := make([]byte, 0, len(text))
	prev := 0
	cum := make([]int, len(spans)) // bytes cut up to the end of each span
	for i, sp := range spans {
		b = append(b, text[prev:sp[0]]...)
		prev = sp[1]
		cum[i] = sp[1] - sp[0]
		if i > 0 {
			cum[i] += cum[i-1]
		}
	}
	b = append(b, text[prev:]...)
	shift := func(o int) int {
		i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > o }) // first span not wholly before o
		d := 0
		if i > 0 {
			d = cum[i-1]
		}
		if i < len(spans) && o > spans[i][0] {
			d += o - spans[i][0]
		}
		return o - d
	}
	cs := make([]candidate, len(all))
	copy(cs, all)
	for i := range cs {
		cs[i].s, cs[i].e = shift(all[i].s), shift(all[i].e)
	}
	return &asideCut{text: string(b), cands: cs, spans: spans}
}

// asidePairs runs read over the pairs of sentence st whose two names an aside parts, on the
// text with the asides cut out. ms are the sentence's mentions in all, in order; read gets the
// cut text, the shifted mentions, the pair and the pair's original span.
func asidePairs(ac *asideCut, text string, st sentence, all []candidate, ms []int, read func(cut string, cands []candidate, ms []int, p, q, s, e int)) {
	if ac == nil || len(ms) < 2 {
		return
	}
	i := sort.Search(len(ac.spans), func(i int) bool { return ac.spans[i][0] >= st.s })
	j := i
	for j < len(ac.spans) && ac.spans[j][1] <= st.e {
		j++
	}
	spans := ac.spans[i:j]
	if len(spans) == 0 {
		return
	}
	var keep []int
	for _, m := range ms {
		in := false
		for _, sp := range spans {
			in = in || all[m].s < sp[1] && all[m].e > sp[0]
		}
		if !in {
			keep = append(keep, m) // a name inside an aside is its source, no end
		}
	}
	parted := func(a, b int) bool {
		for _, sp := range spans {
			if a <= sp[0] && sp[1] <= b {
				return true
			}
		}
		return false
	}
	// closesAppos: the aside starts right after the name, which ends an apposition.
	closesAppos := func(m int) bool {
		e := all[m].e
		for _, sp := range spans {
			if sp[0] >= e {
				return strings.TrimSpace(text[e:sp[0]]) == "" && reApposBeforeEnd.MatchString(text[max(st.s, all[m].s-60):all[m].s])
			}
		}
		return false
	}
	for p := 0; p < len(keep); p++ {
		if closesAppos(keep[p]) {
			continue
		}
		for q := p + 1; q < len(keep) && q <= p+4; q++ {
			if !parted(all[keep[p]].e, all[keep[q]].s) || reAsidePossessor.MatchString(text[all[keep[q]].e:]) ||
				reWhoAfterEnd.MatchString(text[all[keep[p]].e:]) && reOfBefore.MatchString(text[max(st.s, all[keep[p]].s-60):all[keep[p]].s]) {
				continue
			}
			read(ac.text, ac.cands, keep, p, q, all[keep[p]].s, all[keep[q]].e)
		}
	}
}

// reCitedBefore closes the words that cite the name after them as the source of an aside.
var reCitedBefore = regexp.MustCompile(`(?i)(?:^|[,(—–]\s*)according\s+to\s+(?:the\s+)?$`)

// citedSource reports whether the first name of a pair, text[ms:firstEnd], is cited as a
// source ("Y, according to X, runs Z") and the aside closes before the second name begins: the
// source is no end of what it is cited for.
func citedSource(text string, ss, ms, firstEnd, secondStart int) bool {
	if ms < ss || ms > firstEnd || firstEnd > secondStart || secondStart > len(text) {
		return false
	}
	return reCitedBefore.MatchString(text[max(ss, ms-24):ms]) && strings.ContainsAny(text[firstEnd:secondStart], ",)—–")
}
