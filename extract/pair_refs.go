package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// A plural description standing for two entities named just before: "Xu met Colonel Saw
// Htoo Wah in 2016. The two men co-own Shwe Moe Trading Co., Ltd." "The two men", "both
// men", "the pair", "the two companies" (internal/lexicon/pair-nouns.txt) stand for the
// two entities of the noun's type named in their own sentence before them, else in the
// nearest earlier sentence (or two) naming any, names and resolved references alike
// ("the senator"). Exactly two must be named there: a third leaves the description open,
// and so does an indefinite "two men" in the window, which brings in a pair the text never
// names. A bare "both" opening a clause ("..., and both sit on the council") continues the
// pair its own or the previous sentence read. Like "the couple" (couples.go), the
// reference is read as the first of the two and each relation made through it is made for
// the second too.

// pairNouns maps a plural noun of a pair description to the type of its two entities.
var pairNouns = func() map[string]string {
	m := map[string]string{}
	for _, line := range lexicon.PairNouns() {
		if f := strings.Fields(line); len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}()

// bareNouns are the pair nouns read without a number: "the pair", "the duo".
var bareNouns = set("pair", "duo")

// pairDescription reads a pair description starting at token k: "the two men", "both
// companies", "the pair". It returns the index after it and its type, or 0.
func pairDescription(toks []token, k int) (int, string) {
	switch t := toks[k].low; {
	case t == "the" && k+2 < len(toks) && (toks[k+1].low == "two" || toks[k+1].low == "2") && pairNouns[toks[k+2].low] != "" && !bareNouns[toks[k+2].low]:
		return k + 3, pairNouns[toks[k+2].low]
	case t == "both" && k+1 < len(toks) && pairNouns[toks[k+1].low] != "" && !bareNouns[toks[k+1].low]:
		return k + 2, pairNouns[toks[k+1].low]
	case t == "the" && k+1 < len(toks) && bareNouns[toks[k+1].low]:
		return k + 2, pairNouns[toks[k+1].low]
	}
	return 0, ""
}

// reBareBoth is what follows a bare "both" that is a clause's subject: a verb, or an
// adverb before one ("both sit on", "both are", "both still hold").
var reBareBoth = regexp.MustCompile(`^\s+(?:(?:also|still|now|later|then|once|reportedly|allegedly)\s+)?(?:are|were|have|had|sit|sat|serve|served|hold|held|own|owned|co-own|co-owned|founded|co-founded|run|ran|control|controlled|belong|belonged|chair|chaired|direct|directed)\b`)

// indefinitePair reports an indefinite "two men" (no "the" before it) in sentence st: a
// pair the text brings in without naming, which a later "the two men" stands for.
func indefinitePair(st sentence) bool {
	toks := st.toks
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].low == "two" || toks[k].low == "2") && pairNouns[toks[k+1].low] != "" && (k == 0 || toks[k-1].low != "the") {
			return true
		}
	}
	return false
}

// pairRefs finds pair descriptions in sentences that name something and resolves each to
// the two entities named just before it; refs are the sentences' resolved references,
// which count as names.
func pairRefs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, refs []reference) []coupleRef {
	var out []coupleRef
	// named lists the entities of type typ that sentence sj names (before offset off when
	// off >= 0), in order, each once, and reports whether more than two are.
	named := func(sj, off int, typ string) []int {
		var seen []int
		note := func(c candidate) {
			if c.ent < 0 || ents[c.ent].typ != typ || off >= 0 && c.s >= off || slices.Contains(seen, c.ent) {
				return
			}
			seen = append(seen, c.ent)
		}
		for _, m := range bySent[sj] {
			note(cands[m])
		}
		for _, r := range refs {
			if r.cand.sent == sj {
				note(r.cand)
			}
		}
		return seen
	}
	// resolve returns the two entities a pair description at offset off of sentence si
	// stands for, and the earliest sentence naming them.
	resolve := func(si, off int, typ string) (int, int, int) {
		if own := named(si, off, typ); len(own) > 0 {
			if len(own) == 2 {
				return own[0], own[1], si
			}
			return -1, -1, -1
		}
		var acc []int
		from := -1
		for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
			if indefinitePair(sents[sj]) {
				return -1, -1, -1
			}
			ns := named(sj, -1, typ)
			if len(ns) == 0 {
				continue
			}
			for _, e := range ns {
				if !slices.Contains(acc, e) {
					acc = append(acc, e)
				}
			}
			from = sj
			if len(acc) >= 2 {
				break
			}
		}
		if len(acc) != 2 {
			return -1, -1, -1
		}
		return acc[0], acc[1], from
	}
	last := map[int]coupleRef{} // sentence -> the last pair read there
	for si, st := range sents {
		if len(bySent[si]) == 0 || len(out) >= maxRefs {
			continue
		}
		toks := st.toks
		for k := 0; k < len(toks); k++ {
			if j, typ := pairDescription(toks, k); j > 0 {
				if si > 0 && indefinitePair(st) && strings.Contains(strings.ToLower(text[st.s:toks[k].s]), "two") {
					continue // "Police held two men ... the two men": unnamed
				}
				a, b, from := resolve(si, toks[k].s, typ)
				if a < 0 {
					k = j - 1
					continue
				}
				cp := coupleRef{reference{candidate{s: toks[k].s, e: toks[j-1].e, ti: k, tj: j, text: text[toks[k].s:toks[j-1].e],
					typ: typ, gaz: -1, sent: si, ent: a, conf: 0.6}, from}, b}
				out = append(out, cp)
				last[si] = cp
				k = j - 1
				continue
			}
			// A bare "both" opening a clause continues the pair just read.
			if toks[k].low != "both" || k > 0 && toks[k-1].low != "and" && toks[k-1].text != "," && toks[k-1].text != ";" ||
				!reBareBoth.MatchString(text[toks[k].e:min(len(text), st.e, toks[k].e+40)]) {
				continue
			}
			prev, ok := last[si]
			if !ok {
				prev, ok = last[si-1]
			}
			if !ok {
				continue
			}
			cp := coupleRef{reference{candidate{s: toks[k].s, e: toks[k].e, ti: k, tj: k + 1, text: toks[k].text,
				typ: prev.ref.cand.typ, gaz: -1, sent: si, ent: prev.ref.cand.ent, conf: 0.6}, prev.ref.from}, prev.partner}
			out = append(out, cp)
			last[si] = cp
		}
	}
	return out
}

// rePluralMember is the gap of a plural subject's membership: " are listed as members of
// the ", " were both founding members of ", " have been members of ".
var rePluralMember = regexp.MustCompile(`^\s+(?:(?:are|were)\s+(?:(?:both|also|all|still)\s+)?(?:(?:listed|named|registered|recorded|identified)\s+as\s+)?|(?:(?:both|also)\s+)?(?:have|had)\s+(?:both\s+|also\s+)?been\s+)(?:(?:founding|senior|longtime|long-time|active|registered|board|committee|executive)\s+)?members\s+(?:of|in)\s+(?:the\s+)?$`)

// rePluralRank is the gap of a plural subject's rank in an armed body: " are captains in ",
// " were both officers of the ", " are serving soldiers in the ".
var rePluralRank = regexp.MustCompile(`^\s+(?:are|were)\s+(?:(?:both|also|all|still|now)\s+)?(?:(?:serving|senior|junior)\s+)?(captains|majors|colonels|lieutenants|sergeants|officers|soldiers|commanders|fighters|militiamen)\s+(?:of|in|with)\s+(?:the\s+)?$`)

// rePluralRankSetOff is rePluralRank after the comma closing the subject's apposition.
var rePluralRankSetOff = regexp.MustCompile(`^\s*,` + rePluralRank.String()[1:])

// pluralSetOff reports "…, A and B, are": the person at ms[p] is the second of two people
// joined by "and" whose pair opens after a comma or a colon.
func pluralSetOff(text string, cands []candidate, ents []*docEntity, ms []int, p int) bool {
	c0, ca := cands[ms[p-1]], cands[ms[p]]
	if c0.ent < 0 || c0.ent == ca.ent || c0.e > ca.s || ents[c0.ent].typ != model.Person || !reSubjAnd.MatchString(text[c0.e:ca.s]) {
		return false
	}
	before := strings.TrimRight(text[max(0, c0.s-3):c0.s], " ")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":")
}

// reSeatOnBody is the gap of a seat on a body: " sits on the ", " both sit on the ", " also sat on
// the ".
var reSeatOnBody = regexp.MustCompile(`^\s+(?:(?:both|also|still|now|once)\s+)?(?:sits|sit|sat|serves|serve|served)\s+on\s+(?:the\s+)?$`)

// pluralMemberPair reads a person's membership of a body stated with a plural verb ("the two
// men are members of X", "A and B are listed as members of X") or a seat on it ("both sit on
// the Border Trade Council"): the person is MEMBER_OF the body, and so is a person joined to
// it by "and" just before.
func pluralMemberPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 80 || pronounRef(ca) ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Organization || possessiveFollows(text, cb.e) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	// "A and B are captains in Battalion 1024": a rank held in the body is a membership; "two
	// of his nephews, A and B, are captains in ...": the subject closes its apposition.
	if !rePluralMember.MatchString(gap) && !reSeatOnBody.MatchString(gap) && !rePluralRank.MatchString(gap) &&
		!(rePluralRankSetOff.MatchString(gap) && p > 0 && pluralSetOff(text, cands, ents, ms, p)) {
		return
	}
	setRole("member")
	add(ca.ent, cb.ent, model.MemberOf, 0.7)
	// "A and B are members of X": a plural verb makes both names its subject.
	if plural := !strings.Contains(gap, "sits") && !strings.Contains(gap, "serves"); plural && p > 0 {
		if c0 := cands[ms[p-1]]; c0.ent >= 0 && c0.ent != ca.ent && c0.e <= ca.s && ents[c0.ent].typ == model.Person && reSubjAnd.MatchString(text[c0.e:ca.s]) {
			add(c0.ent, cb.ent, model.MemberOf, 0.7)
		}
	}
}
