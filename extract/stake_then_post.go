package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post told after a stake, in a second verb of the same clause: "X holds a 35 percent stake
// in A and sits on its board of directors", "X, who holds 40 percent and serves as its
// president", "X holds the remaining shares and chairs the group's board". Press and NGO
// reports of company registers across the development sets give the seat this way; the stake
// is read elsewhere (stakes.go), the seat here. The body is the one "its" or a definite
// description ("the group's") stands for. Only a post held now is read: "and was its
// chairman", "and sat on its board" tell a former post, and a former or acting post word
// voids the reading.

var (
	// reStakeThenSeat is the gap from the holder to the body: a stake verb, its object with no
	// clause break, then "and sits on" (group 1: a board seat), "and chairs" (group 2: a chair
	// of the board) or "and serves as"/"and is" (a post named after the body).
	reStakeThenSeat = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:also\s+)?(?:holds|owns|controls|has\s+held|has\s+owned)\s+[^,;:()"“”]{1,80}?\s+and\s+(?:also\s+)?(?:(sits\s+on|serves\s+on|has\s+sat\s+on)|(chairs)|serves\s+as|is)\s+(?:the\s+)?$`)
	// reStakeIn is the gap from the holder to the stake's object: "holds a 35 percent stake
	// in ", ", who owns 70 percent of ".
	reStakeIn = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:also\s+)?(?:holds|owns|controls|has\s+held|has\s+owned)\s+[^,;:()"“”]{0,60}?\s+(?:in|of)\s+(?:the\s+)?$`)
	// reObjectThenIts follows the stake's object: " and sits on its", " and is its"; the
	// groups are those of reStakeThenSeat.
	reObjectThenIts = regexp.MustCompile(`^\s+and\s+(?:also\s+)?(?:(sits\s+on|serves\s+on|has\s+sat\s+on)|(chairs)|serves\s+as|is)\s+its`)
	// reSeatBoard follows the body of a seat: "'s board", " board of directors".
	reSeatBoard = regexp.MustCompile(`^(?:['’]s)?\s+(?:supervisory\s+|executive\s+)?board\b`)
	// reSeatPost follows the body of "serves as its": the post, up to a clause break.
	// reNotNowPost opens a post not held now: "its former chief executive".
	reNotNowPost = regexp.MustCompile(`^(?:former|ex-|erstwhile|late|then|onetime|one-time|acting|interim|nominal)`)
	reSeatPost   = regexp.MustCompile(`^(?:['’]s)?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[.,;]|$|\s+(?:since|until|and)\b)`)
)

// stakeThenPostPair reads the pair ms[p] (the holder) and ms[q] (the body "its" or a
// description stands for) and emits the post told after the holder's stake.
func stakeThenPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Company && ents[b].typ != model.Organization {
		return
	}
	gap, person, ok := typedGap(text, cands, ents, ms, p, q)
	if !ok || person {
		return
	}
	cb := cands[ms[q]]
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
	m := reStakeThenSeat.FindStringSubmatch(strings.ToLower(gap))
	if m == nil {
		// "X holds 35 percent of A and sits on its board": "its" is A, the stake's object.
		if !reStakeIn.MatchString(strings.ToLower(gap)) {
			return
		}
		m = reObjectThenIts.FindStringSubmatch(after)
		if m == nil {
			return
		}
		after = after[len(m[0]):]
	}
	if m[1] != "" || m[2] != "" {
		if !reSeatBoard.MatchString(after) {
			return
		}
		if setRole != nil {
			if m[2] != "" {
				setRole("chairman")
			} else {
				setRole("board member")
			}
		}
		add(a, b, model.Directs, 0.75)
		return
	}
	pm := reSeatPost.FindStringSubmatch(after)
	if pm == nil || hasStop(pm[1]) || reNotNowPost.MatchString(pm[1]) {
		return
	}
	var directs []post
	for _, ps := range postsOf(pm[1]) {
		if ps.pred == model.Directs {
			directs = append(directs, ps)
		}
	}
	if len(directs) > 0 {
		emitPosts(ents, a, b, directs, add, setRole)
	}
}
