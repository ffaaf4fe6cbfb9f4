package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A tie noun coordinated with another description of the same person, which peer_ties.go's
// leads (a bare copula, comma or "as" straight before the tie) do not reach. Cases are in
// coordinated_ties_test.go:
//
//   - in an apposition: "X, a Chinese national and Y's business partner, serves";
//   - after a copula and a post: "X, a Burmese national, is the managing director of F and
//     Y's longtime business partner";
//   - after an "as" of description: "identified X as the landowner at P and a long-time
//     partner of Y".
//
// The first description names no one (only places and firms may stand in it), holds no clause
// and no tie of service or enmity; the tie noun is peer_ties.go's, not a lawyer's.

var (
	// reCoordLead is the gap between X and Y: an apposition, a copula or an "as", a first
	// description, and "and"; group 1 is the first description, group 2 an "a partner of".
	reCoordLead = regexp.MustCompile(`^\s*(?:,\s*(?:(?:a|an)\s+[a-z -]{1,40}?\s*,\s*)?(?:(?:is|was|has\s+been|had\s+been|remains|remained)\s+)?|\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+|\s*,?\s*as\s+)(?:a|an|the)\s+([^,;:()"“”]{1,70}?)\s+and\s+(?:also\s+|now\s+)?` +
		`(?:((?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:` + peerNouns + `)\s+(?:of|to)\s+))?$`)
	// reCoordBreak is what the first description may not hold: a clause, a verb of speech, a
	// tie of service, enmity or kin told through someone else, or a negation.
	reCoordBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|that|said|says|told|but|or|not|never|no|rival|rivals|opponent|critic|enemy|victim|lawyer|attorney|counsel|solicitor|accountant|wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|cousin|friend|partner|associate)\b|['’]s\b`)
)

// coordinatedTiePair reads the shapes above between ms[p] (X) and ms[q] (Y).
func coordinatedTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) ||
		!noPersonBetween(cands, ents, ms, p, q) {
		return
	}
	gap := trimNameTitles(strings.ToLower(maskedGap(text, cands, ms, p, q)))
	m := reCoordLead.FindStringSubmatch(gap)
	if m == nil || reCoordBreak.MatchString(m[1]) {
		return
	}
	if possessiveFollows(text, cb.e) && m[2] != "" || speechFollows(text, cb.e) {
		return // "a partner of Y's brother", "a partner of Y, said"
	}
	if m[2] == "" {
		// "... and Y's [modifiers] partner", the phrase ending there.
		after := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
		n := rePeerAfter.FindStringSubmatchIndex(after)
		if n == nil || !rePeerEnd.MatchString(after[n[3]:]) || reProfessionalMod.MatchString(after[:n[3]]) {
			return
		}
	} else if !rePeerEnd.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		return // "a partner of Y Holdings' board": the name runs on
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.8)
}

// maskedGap is the text between ms[p] and ms[q] with each mention between them (a firm or a
// place) read as one word, so that a firm's "Co., Ltd." holds no comma of the sentence.
func maskedGap(text string, cands []candidate, ms []int, p, q int) string {
	var b strings.Builder
	at := cands[ms[p]].e
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		if c.s < at || c.e > cands[ms[q]].s {
			continue
		}
		b.WriteString(text[at:c.s])
		b.WriteString("firm")
		at = c.e
	}
	b.WriteString(text[at:cands[ms[q]].s])
	return b.String()
}
