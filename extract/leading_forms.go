package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// Short forms of a firm by its leading words. A report names a firm in full once ("Shan
// Golden Horizon Development Co., Ltd.") and then by its first words ("Shan Golden Horizon",
// "Luckyhub's president", "Nam Fung"): the writer drops the trade and legal tail, never the
// distinctive head. The recogniser types such a form by its shape alone, or not at all, and
// every claim about the firm made through it is lost. Here a span of capitalised words that
// is exactly the leading words of one firm named before it becomes a mention of that firm.
// A form led by two firms' names ("Ruby Dragon" for two "Ruby Dragon ..." companies), or a
// single word the text also writes in lower case ("Golden", "Star"), stays unread.

// maxLeadingFirms bounds the firm names read per document (linear cost on hostile input).
const maxLeadingFirms = 60

// leadingFirm is a firm named in full and the sentence that first names it.
type leadingFirm struct {
	words []string // the name's words before its legal and trade tail, as written
	sent  int
	s     int
}

// firmLeads returns the firms named in full with a stated legal or trade form, by folded
// name, first mention first.
func firmLeads(cands []candidate) []leadingFirm {
	var out []leadingFirm
	seen := map[string]bool{}
	for _, c := range cands {
		if c.typ != model.Company || c.gaz >= 0 || c.conf < 0.8 || len(out) >= maxLeadingFirms {
			continue
		}
		w := strings.Fields(c.text)
		n := len(w)
		for n > 1 && companyEnds[strings.ToLower(strings.Trim(w[n-1], ",()"))] {
			n--
		}
		if n == len(w) || n < 1 {
			continue // no tail: the name has no shorter form of its own
		}
		key := NameKey(c.text)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, leadingFirm{words: w[:n], sent: c.sent, s: c.s})
	}
	return out
}

// addLeadingForms adds a mention for each unrecognised span that is the leading words of
// one firm named earlier in the document. The added mentions are typed Company and join
// the firm in resolveEntities (joinLeadingForms).
func addLeadingForms(text string, sents []sentence, cands []candidate) []candidate {
	firms := firmLeads(cands)
	if len(firms) == 0 {
		return cands
	}
	// How many distinct firms or other names each form leads: a form two names share is
	// no one's short form.
	leads, named := map[string]int{}, map[string]bool{}
	for _, c := range cands {
		if named[NameKey(c.text)] {
			continue
		}
		named[NameKey(c.text)] = true
		w := strings.Fields(c.text)
		for k := 1; k < len(w); k++ {
			leads[strings.Join(w[:k], " ")]++
		}
	}
	lowered := loweredWords(sents)
	// occupied reports a name recognised over [s, e); a weak one-word name exactly there
	// ("Luckyhub", kept only if it resolves) is the firm's form and is retyped in place.
	occupied := func(s, e int) bool {
		i := sort.Search(len(cands), func(i int) bool { return cands[i].e > s })
		if i >= len(cands) || cands[i].s >= e {
			return false
		}
		if c := &cands[i]; c.weak && c.gaz < 0 && c.s == s && c.e == e {
			c.typ, c.conf, c.weak = model.Company, 0.7, false
		}
		return true
	}
	var added []candidate
	for _, f := range firms {
		for k := len(f.words); k >= 1; k-- {
			form := strings.Join(f.words[:k], " ")
			if leads[form] > 1 || k == 1 && !distinctWord(f.words[0], lowered) {
				continue
			}
			for si := f.sent; si < len(sents); si++ {
				toks := sents[si].toks
				for i := 0; i+k <= len(toks); i++ {
					if toks[i].s <= f.s || !spanIs(toks[i:i+k], f.words[:k]) {
						continue
					}
					// The span must be the whole name: "Luckyhub Towers" is another one.
					if i+k < len(toks) && isCap(toks[i+k]) {
						continue
					}
					if i > 0 && isCap(toks[i-1]) && toks[i-1].low != "the" {
						continue
					}
					s, e := toks[i].s, toks[i+k-1].e
					if occupied(s, e) || overlapsAny(added, s, e) {
						continue
					}
					added = append(added, candidate{s: s, e: e, ti: i, tj: i + k, text: text[s:e],
						typ: model.Company, conf: 0.7, gaz: -1, sent: si, ent: -1})
				}
			}
		}
	}
	if len(added) == 0 {
		return cands
	}
	out := append(append(make([]candidate, 0, len(cands)+len(added)), cands...), added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].s < out[b].s })
	return out
}

// spanIs reports that tokens read exactly words.
func spanIs(toks []token, words []string) bool {
	for j, w := range words {
		if toks[j].text != w {
			return false
		}
	}
	return true
}

// overlapsAny reports a candidate of cs overlapping [s, e).
func overlapsAny(cs []candidate, s, e int) bool {
	for _, c := range cs {
		if c.s < e && s < c.e {
			return true
		}
	}
	return false
}

// loweredWords are the words the document writes in lower case somewhere: ordinary words.
func loweredWords(sents []sentence) map[string]bool {
	out := map[string]bool{}
	for _, st := range sents {
		for _, t := range st.toks {
			if t.kind == tokWord && !isCap(t) {
				out[t.low] = true
			}
		}
	}
	return out
}

// distinctWord reports a single word distinctive enough to stand for a firm alone: four
// letters or more, never written in lower case in the document, and no title, class noun or
// trade word.
func distinctWord(w string, lowered map[string]bool) bool {
	low := strings.ToLower(w)
	if utf8.RuneCountInString(w) < 4 || lowered[low] || classNouns[low] != nil || titleWords[low] || companyEnds[low] || legalForms[low] ||
		nationalities[low] {
		return false
	}
	return true
}

// joinLeadingForms moves to a firm the mentions of an entity whose name is the firm's
// leading words when that firm alone has them and was named first: the added forms, and
// forms the recogniser typed by their shape alone as a person or a place ("Huanya Golden
// Crown", "Nam Fung"). A titled or listed name keeps its own entity.
func joinLeadingForms(text string, sents []sentence, cands []candidate, ents []*docEntity) {
	lowered := loweredWords(sents)
	for k, e := range ents {
		if e.gaz >= 0 || len(e.cands) == 0 || e.nkey == "" || !leadingFormOnly(text, lowered, cands, e) {
			continue
		}
		first := cands[e.cands[0]].s
		for _, ci := range e.cands {
			first = min(first, cands[ci].s)
		}
		target := soleLongerForm(ents, k, func(f *docEntity) bool {
			if f.typ != model.Company {
				return false
			}
			for _, ci := range f.cands {
				if c := cands[ci]; c.s < first && c.conf >= 0.8 && c.typ == model.Company {
					return true
				}
			}
			return false
		})
		if target >= 0 {
			moveMentions(cands, ents, k, target)
		}
	}
}

// leadingFormOnly reports an entity whose every mention is typed by shape alone: a person
// or multi-word place with no cue of its own, or a company form with no legal or trade
// tail of its own. lowered holds the words the document writes in lower case.
func leadingFormOnly(text string, lowered map[string]bool, cands []candidate, e *docEntity) bool {
	words := strings.Fields(e.nkey)
	if len(words) == 0 || companyEnds[words[len(words)-1]] {
		return false
	}
	for _, ci := range e.cands {
		c := cands[ci]
		switch c.typ {
		case model.Company:
			if c.conf > 0.7 {
				return false
			}
		case model.Person:
			// "Permata Indah's report": a possessive lends a name a person's shape.
			// "Baofu Land was incorporated": a name ending in a word the text writes in
			// lower case is no person's either.
			possessive := c.conf <= 0.75 && (strings.HasPrefix(text[c.e:], "'s") || strings.HasPrefix(text[c.e:], "’s"))
			common := c.conf <= 0.75 && len(words) > 1 && lowered[words[len(words)-1]]
			if c.conf > 0.6 && !possessive && !common {
				return false
			}
		case model.Location:
			if c.conf > 0.65 || len(words) < 2 {
				return false
			}
		default:
			return false
		}
	}
	return true
}
