package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// listed_docs.go reads a firm's own record that lists a person in a post:
//   - "Y's 2023 annual report lists X as head of operations";
//   - "Y, a firm whose Myanmar registration lists Chinese national X as managing director";
//   - "Y, whose Chinese-language website lists X as chairman";
//   - "Y, which registered in 2024 and lists a Chinese national, X, as its president".
// The record is the firm's (its possessive, its "whose" or its own relative clause), the
// person is the first name after the verb, and the post after "as" must end the phrase: "lists
// X as a director of Z" names a post in Z, not in Y, and is not read here.

var (
	reListedDocLead = regexp.MustCompile(`^(?:['’]s\s+|\s*,\s*(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:firm|company|corporation)\s+)?whose\s+)` +
		`(?:[a-z0-9-]+\s+){0,3}?(?:registration|records?|filings?|website|report|prospectus|register|information\s+sheets?|profile|documents?|brochure)\s+` +
		`(?:list|lists|listed|names|named|show|shows|showed)\s+`)
	reListedDocWhich = regexp.MustCompile(`^\s*,\s*which\s+[^,;:()"“”]{0,80}?\s+and\s+(?:list|lists|listed|names|named)\s+`)
	reListedDocWho   = regexp.MustCompile(`^(?:(?:a|an)\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman)\s*,?\s*)?$`)
	reListedDocAs    = regexp.MustCompile(`^\s*,?\s+as\s+(its\s+|the\s+|a\s+|an\s+)?([a-z][a-z -]{1,40}?)\s*(?:[.;:]|,|$|\s+(?:since|until|in\s+\d{4}))`)
)

// listedDocs emits the posts of the shapes above.
func listedDocs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si, st := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cy := cands[ms[i]]
			if cy.ent < 0 || ents[cy.ent].typ != model.Company {
				continue
			}
			// The first name after the firm that is no place.
			j := i + 1
			for j < len(ms) && cands[ms[j]].ent >= 0 && ents[cands[ms[j]].ent].typ == model.Location && cands[ms[j]].s-cy.e < 120 {
				j++
			}
			if j >= len(ms) {
				continue
			}
			cx := cands[ms[j]]
			if cx.ent < 0 || ents[cx.ent].typ != model.Person || cx.s < cy.e || cx.s-cy.e > 160 || possessiveFollows(text, cx.e) {
				continue
			}
			gap := strings.ToLower(text[cy.e:cx.s])
			for k := i + 1; k < j; k++ {
				c := cands[ms[k]]
				gap = strings.Replace(gap, strings.ToLower(text[c.s:c.e]), "loc", 1)
			}
			its := false
			var rest string
			if m := reListedDocLead.FindString(gap); m != "" {
				rest = gap[len(m):]
			} else if m := reListedDocWhich.FindString(gap); m != "" && !reListedDocBreak.MatchString(m) {
				rest, its = gap[len(m):], true
			} else {
				continue
			}
			if !reListedDocWho.MatchString(rest) {
				continue
			}
			m := reListedDocAs.FindStringSubmatch(strings.ToLower(text[cx.e:min(st.e, cx.e+80)]))
			if m == nil || its && strings.TrimSpace(m[1]) != "its" || hasStop(m[2]) || reListedDocPast.MatchString(m[2]) {
				continue
			}
			for _, ps := range postsOf(m[2]) {
				emit(si, ms[j], ms[i], cx.ent, cy.ent, ps.pred, 0.75)
			}
		}
	}
}

// reListedDocPast is a post the record gives as held before: "as former chairman".
var reListedDocPast = regexp.MustCompile(`^(?:former|ex-|previous|onetime|one-time|past|erstwhile|late|acting|nominal|honorary)`)

var reListedDocBreak = regexp.MustCompile(`\b(?:who|whom|whose|said|says|told|according|denied)\b`)
