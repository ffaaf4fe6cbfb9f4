package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A share told in a relative clause opened by "of which" after the firm: "B, of which A owns
// 40 percent", "B, of which accused A owns forty percent (40%) of the outstanding capital
// stock", "B, of which A, a Chinese national, holds the remaining 30 percent". A owns B. The
// post form ("B, of which A is chairman") is read in offices.go; a pronoun holder ("of which
// he owns") is left to the reference rules. Recall and precision cases are in
// of_which_shares_test.go: a relative's share ("of which A's wife owns 40 percent"), a share
// sold or sought ("of which A sold 40 percent"), a share of something else ("of which A owns
// 40 percent of the land") give nothing.

var (
	// The clause up to the holder: ", of which ", ", of which accused ".
	reOfWhichLead = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*of\s+which\s+(?:(?:the\s+)?(?:accused|defendant|respondent|plaintiff)\s+|(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon)\s+)?$`)
	// The verb and the share after the holder: " owns 40 percent", ", a Chinese national,
	// holds the remaining 30 percent of its shares".
	reOfWhichShare = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an)\s+[^,;()"“”]{1,60},\s*)?(?:(?:also|still|now|reportedly|allegedly|then|once)\s+)*(?:owns|owned|holds|held|controls|controlled)\s+(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more\s+than\s+)?(?:(?:the\s+)?(?:remaining|other)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|(?:[a-z]+-)?[a-z]+\s+(?:percent|per\s+cent)|a\s+majority|the\s+majority|half|most|all)(?:\s*\(\d+(?:\.\d+)?\s*%\))?(?:\s+(?:of\s+(?:the\s+|its\s+)?(?:(?:outstanding|issued|paid-up)\s+)*(?:shares|equity|stock|capital(?:\s+stock)?)|stake))?\s*(?:[,;.)]|\s+and\s|\s+(?:since|until|through|via|as)\s|$)`)
)

// ofWhichSharePair reads the shape above between mentions ms[p] (the firm) and ms[q] (the
// holder).
func ofWhichSharePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || ca.e > cb.s || pronounRef(cb) || !namedMention(cb) ||
		ents[ca.ent].typ != model.Company || !agentType(ents[cb.ent].typ) {
		return
	}
	if !reOfWhichLead.MatchString(strings.ToLower(text[ca.e:cb.s])) {
		return
	}
	if !reOfWhichShare.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+160)])) {
		return
	}
	add(cb.ent, ca.ent, model.Owns, 0.75)
}
