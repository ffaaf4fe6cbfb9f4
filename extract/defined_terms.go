package extract

import (
	"sort"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Defined terms. Court papers, filings and careful reports name a party once in full and
// define the short form they use from then on: 'Golden Fortune Resorts Co., Ltd. ("Golden
// Fortune")', 'PACIFIC CREST REMITTANCE LLC (the "Company")', 'JONATHAN WEI LONG
// (hereinafter "the Defendant")'. The writer has said outright which entity the form stands
// for, so every later use of it is a mention of that entity, ahead of any guess by shape or
// nearness ("the Company" is not the firm named last, "Golden Fortune" is not the resort that
// shares the words).

// maxDefinitions bounds the definitions read per document (linear cost on hostile input).
const maxDefinitions = 40

// definition is a short form defined for an entity, in force over [from, to) of the text.
type definition struct {
	ent      int
	words    []string // the form's tokens as written, title words included ("Mr", "Kong")
	skip     int      // leading tokens not part of the mention ("Mr")
	generic  bool     // a class or party noun used after "the" ("Company", "Defendant")
	from, to int
}

// bindDefinedTerms makes every use of a defined short form after its definition a mention
// of the entity it was defined for: an existing mention of exactly that span moves to the
// entity, and a form nothing recognised (a bare "the Company") becomes a new mention. It
// returns the candidates in text order and the entities that still have mentions.
func bindDefinedTerms(text string, sents []sentence, cands []candidate, ents []*docEntity) ([]candidate, []*docEntity) {
	defs := readDefinitions(text, cands, ents)
	if len(defs) == 0 {
		return cands, ents
	}
	var added []candidate
	moved := false
	for _, d := range defs {
		for si := range sents {
			st := sents[si]
			if st.e <= d.from || st.s >= d.to {
				continue
			}
			toks := st.toks
			for i := 0; i+len(d.words) <= len(toks); i++ {
				if toks[i].s < d.from || toks[i].s >= d.to || !spanIs(toks[i:i+len(d.words)], d.words) || !termBounds(toks, i, len(d.words), d.generic) {
					continue
				}
				ti, tj := i+d.skip, i+len(d.words)
				s, e := toks[ti].s, toks[tj-1].e
				if k, exact := candidateAt(cands, s, e); k >= 0 {
					if exact && cands[k].ent != d.ent && movable(ents, cands[k].ent) {
						if cands[k].ent >= 0 {
							old := ents[cands[k].ent]
							old.cands = removeInt(old.cands, k)
						}
						cands[k].ent = d.ent
						ents[d.ent].cands = append(ents[d.ent].cands, k)
						moved = true
					}
					continue
				}
				if overlapsAny(added, s, e) {
					continue
				}
				added = append(added, candidate{s: s, e: e, ti: ti, tj: tj, text: text[s:e],
					typ: ents[d.ent].typ, conf: 0.7, gaz: -1, sent: si, ent: d.ent})
			}
		}
	}
	if len(added) == 0 && !moved {
		return cands, ents
	}
	return renumber(cands, added, ents)
}

// renumber merges added into cands in text order and drops entities left without mentions,
// rewriting the indices each side holds of the other.
func renumber(cands, added []candidate, ents []*docEntity) ([]candidate, []*docEntity) {
	all := append(append(make([]candidate, 0, len(cands)+len(added)), cands...), added...)
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return all[order[a]].s < all[order[b]].s })
	newIdx := make([]int, len(all))
	out := make([]candidate, len(all))
	for n, o := range order {
		newIdx[o] = n
		out[n] = all[o]
	}
	for i := len(cands); i < len(all); i++ {
		e := ents[all[i].ent]
		e.cands = append(e.cands, i)
	}
	entIdx := make([]int, len(ents))
	var kept []*docEntity
	for k, e := range ents {
		entIdx[k] = -1
		if len(e.cands) == 0 {
			continue
		}
		for j, ci := range e.cands {
			e.cands[j] = newIdx[ci]
		}
		sort.Ints(e.cands)
		entIdx[k] = len(kept)
		kept = append(kept, e)
	}
	for i := range out {
		if out[i].ent >= 0 {
			out[i].ent = entIdx[out[i].ent]
		}
	}
	return out, kept
}

// readDefinitions finds the short forms the text defines right after a mention, each in
// force until the same form is defined again.
func readDefinitions(text string, cands []candidate, ents []*docEntity) []definition {
	var defs []definition
	for _, c := range cands {
		if c.ent < 0 || len(defs) >= maxDefinitions {
			continue
		}
		words, skip, generic, ok := definedForm(text[c.e:min(len(text), c.e+90)], ents[c.ent])
		if !ok {
			continue
		}
		defs = append(defs, definition{ent: c.ent, words: words, skip: skip, generic: generic, from: c.e, to: len(text)})
	}
	for i := range defs {
		for j := i + 1; j < len(defs); j++ {
			if strings.Join(defs[j].words, " ") == strings.Join(defs[i].words, " ") {
				defs[i].to = defs[j].from
				break
			}
		}
	}
	return defs
}

// definedForm reads the bracket that opens after a name: ("Golden Fortune"), (the
// "Company"), ("the Company"), (hereinafter "the Defendant"), (hereinafter referred to as
// "GPD"), (the Company). A quoted form stands for the name when it is made of the name's own
// words or initials, or when it is a class or party noun that fits the entity's type; an
// unquoted one only in the last case, after "the" ("(the Company)" after a person defines
// nothing, nor does "(Cambodia)" or "(2021)").
func definedForm(after string, e *docEntity) (words []string, skip int, generic, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimLeft(after, " "), "(")
	if !found {
		return nil, 0, false, false
	}
	inner, _, closed := strings.Cut(rest, ")")
	if !closed || strings.ContainsAny(inner, "(,;") {
		return nil, 0, false, false
	}
	f := strings.Fields(inner)
	for len(f) > 0 {
		switch strings.ToLower(f[0]) {
		case "hereinafter", "hereafter", "referred", "to", "as", "called":
			f = f[1:]
			continue
		}
		break
	}
	hadThe := false
	if len(f) > 0 && (f[0] == "the" || f[0] == "The") {
		hadThe, f = true, f[1:]
	}
	form := strings.Join(f, " ")
	quoted := false
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		if strings.HasPrefix(form, q[0]) && strings.HasSuffix(form, q[1]) && len(form) > len(q[0])+len(q[1]) {
			form, quoted = strings.TrimSpace(form[len(q[0]):len(form)-len(q[1])]), true
			break
		}
	}
	if quoted {
		if t, cut := strings.CutPrefix(form, "the "); cut {
			form, hadThe = t, true
		} else if t, cut := strings.CutPrefix(form, "The "); cut {
			form, hadThe = t, true
		}
	}
	toks := tokenize(form)
	if len(toks) == 0 || len(toks) > 4 || !isCap(toks[0]) || strings.ContainsAny(form, `"“”`) {
		return nil, 0, false, false
	}
	for _, t := range toks {
		if t.kind == tokWord && !isCap(t) {
			return nil, 0, false, false
		}
		words = append(words, t.text)
	}
	if len(toks) == 1 && fitsClass(toks[0].low, e.typ) {
		// A class or party noun is used after "the"; it must have been written so here.
		return words, 0, true, hadThe
	}
	if !quoted || hadThe {
		return nil, 0, false, false
	}
	if (titleWords[toks[0].low] || nameHonorifics[toks[0].low]) && len(toks) > 1 {
		skip = 1
	}
	if !formOfName(toks[skip:], e) {
		return nil, 0, false, false
	}
	return words, skip, false, true
}

// fitsClass reports a class or party noun that can stand for an entity of type typ: a firm
// is "the Company", a site "the Compound", a person or firm "the Defendant".
func fitsClass(low, typ string) bool {
	if partyWords[low] {
		return typ == model.Person || typ == model.Company
	}
	for _, t := range classNouns[low] {
		if t == typ && typ != model.Person && typ != model.Location {
			return true
		}
	}
	return false
}

// formOfName reports a short form made of the entity's own name: each of its words is one of
// the name's, or it is one word of capitals that spells the name's initials ("GPD" for
// Golden Palm Development Co., Ltd.).
func formOfName(toks []token, e *docEntity) bool {
	parts := map[string]bool{}
	for _, p := range strings.Fields(NameKey(e.name)) {
		parts[p] = true
	}
	for _, a := range e.aliases {
		for _, p := range strings.Fields(NameKey(a)) {
			parts[p] = true
		}
	}
	all := true
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if !parts[NameKey(t.text)] {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if len(toks) != 1 || !isAcronym(toks[0].text) {
		return false
	}
	var ini strings.Builder
	for _, w := range strings.Fields(e.name) {
		if r := []rune(w); len(r) > 0 && (r[0] >= 'A' && r[0] <= 'Z') {
			ini.WriteRune(r[0])
		}
	}
	ac := strings.ToUpper(toks[0].text)
	return len(ac) >= 2 && strings.HasPrefix(ini.String(), ac)
}

// termBounds reports that n tokens at i are the whole form: no capitalised word runs on
// after it ("Golden Fortune Resorts World" is another name) or before it; a class or party
// noun needs "the" (or a possessive) just before.
func termBounds(toks []token, i, n int, generic bool) bool {
	if i+n < len(toks) && isCap(toks[i+n]) {
		return false
	}
	if generic {
		return i > 0 && toks[i-1].low == "the"
	}
	return i == 0 || !isCap(toks[i-1]) || toks[i-1].low == "the"
}

// candidateAt returns a candidate overlapping [s, e) and whether it spans exactly that, or -1.
func candidateAt(cands []candidate, s, e int) (int, bool) {
	i := sort.Search(len(cands), func(i int) bool { return cands[i].s >= e })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if s < cands[j].e {
			return j, cands[j].s == s && cands[j].e == e
		}
	}
	return -1, false
}

// clauseVerb returns the participle that carries a passive to its agent when the first one
// belongs to a clause about the site: "the land on which the Park was built was owned by A"
// says A owned it, not that A built the Park. Defined forms ("the Park") put such sentences
// within reach of the pair readers.
func clauseVerb(gap, verb string) string {
	i := strings.Index(gap, verb)
	if i < 0 {
		return verb
	}
	w := strings.Fields(gap[i+len(verb):])
	for k := 0; k+1 < len(w); k++ {
		switch strings.ToLower(w[k]) {
		case "is", "was", "are", "were":
			switch next := strings.ToLower(w[k+1]); next {
			case "owned", "run", "operated", "controlled", "managed":
				return next
			}
			return verb
		}
	}
	return verb
}

// movable reports whether a mention the recogniser already resolved may follow a definition
// to its entity: one nothing resolved (a bare "Defendant"), or one a listed entry took by a
// shared short form ("Golden Fortune" of a listed resort, defined for the resort's firm). A
// name of the text's own stays with the entity it resolved to.
func movable(ents []*docEntity, k int) bool {
	return k < 0 || ents[k].gaz >= 0
}
