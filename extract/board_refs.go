package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A seat on a body's board told through "its": "His son, Carlo Dimaculangan, sits on its
// board", "Sai Hseng Mong, who also chairs its board". The board is a firm's or a body's,
// never a site's, so "its" stands for the body named before it (reference_posts.go); the
// seat itself is read by the readers of "sits on the firm's board" (ties.go) and "chairs the
// firm's board" (post_verbs.go).

// ownSentenceBodyRef returns the body a description earlier in sentence si (before offset
// off) stands for, and the sentence of its name: "The firm's president, X, is the mayor's
// sister, and his son, Y, sits on its board" — "its" is the firm the sentence already speaks
// of, not a body named in the sentence before. -1 when the sentence has no such description.
func ownSentenceBodyRef(out []reference, ents []*docEntity, si, off int) (int, int) {
	for i := len(out) - 1; i >= 0 && out[i].cand.sent == si; i-- {
		r := out[i]
		if r.cand.e <= off && r.cand.ent >= 0 && (ents[r.cand.ent].typ == model.Company || ents[r.cand.ent].typ == model.Organization) {
			return r.cand.ent, r.from
		}
	}
	return -1, -1
}

// boardSeatVerbs may stand right before "its board": a seat on it or its chair.
var boardSeatVerbs = set("on", "chairs", "chaired", "heads", "headed")

// itsBoardSeat reports "its board" at token k after a seat or a chair ("sits on its board",
// "chairs its board"): "its board approved the lease" (a board acting) is not a seat.
func itsBoardSeat(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k+1].low == "board" && boardSeatVerbs[toks[k-1].low]
}

// paragraphBetween reports a paragraph break between sentence from and sentence si (from <
// si): a new paragraph opens a new topic, so "its" there reaches no body named
// before it ("... leased by Mirador Verde Realty Corp.\n\nIts chairman, X, says the trading
// company he founded ...").
func paragraphBetween(text string, sents []sentence, from, si int) bool {
	return from >= 0 && from < si && strings.Contains(text[sents[from].e:sents[si].s], "\n\n")
}

// reOtherBody is an unnamed body other than the firm, told with its common noun: "a local
// hospital", "A charity founded by residents", "the BGF base". Its board may be the one "its"
// stands for. (The firm's own anaphors, "the company", "the firm", are not in it.)
var reOtherBody = regexp.MustCompile(`(?i)\b(?:a|an|the|this|that|another|its|their)\s+(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|charity|charities|foundations?|schools?|associations?|bases?|clubs?|universit(?:y|ies)|colleges?|banks?|temples?|monaster(?:y|ies)|pagodas?|churches|church|mosques?|ngos?|councils?|committees?|trusts?|cooperatives?|unions?|chambers?|federations?|societ(?:y|ies)|ministry|agency|embassy|consulate|court|militia|army|government|department)\b`)

// otherBodySince reports an unnamed body told between the last mention of ent in the
// sentence whose mentions are ms (the sentence starting at from) and off: "Golden Fortune
// Company donated money to a local hospital. Li Ming sits on its board" — the board may be
// the hospital's, so "its" stands for neither.
func otherBodySince(text string, cands []candidate, ms []int, ent, from, off int) bool {
	start := from
	for _, m := range ms {
		if c := cands[m]; c.ent == ent && c.e <= off && c.e > start {
			start = c.e
		}
	}
	return start < off && reOtherBody.MatchString(text[start:off])
}
