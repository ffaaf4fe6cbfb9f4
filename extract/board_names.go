package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A seat on a board named by its body before the word "board": "X sits on the Bay Lotus
// board", "X has served on Hengda's board since 2020", and a second member joined to the first
// by "alongside" ("X sits on the Bay Lotus board alongside Y"). A board member DIRECTS the
// body, as the vocabulary has it. The body must be the board's own name: "sits on the board
// of X" is read by offices.go, and a body named before some other noun ("sits on the Hengda
// audit committee") is no board seat. The chair of a board told the same way ("who also chairs
// its board") and a board that "also includes" a person are read here too.

var (
	// reSeatBefore is the gap from the member to the body: "sits on the ", ", who also served on ".
	reSeatBefore = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:also|now|still|later|once|previously|reportedly)\s+)*(?:sits|sat|serves|served|has\s+sat|had\s+sat|has\s+served|had\s+served|is|was)\s+(?:(?:also|now|still)\s+)?on\s+(?:the\s+)?$`)
	// reBoardNamed follows the body: "'s board", " board of directors"; group 1 is the rest.
	reBoardNamed = regexp.MustCompile(`^(?:['’]s?)?\s+(?:supervisory\s+|executive\s+)?board(?:\s+of\s+(?:directors|commissioners))?\b(.*)`)
	// reChairBefore is the gap from a chair to the body whose board he chairs: ", who also
	// chairs its", " heads the Hengda".
	reChairBefore = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:also|now|still|later|once|previously|reportedly)\s+)*(?:chairs|chaired|heads|headed|has\s+chaired|had\s+chaired)\s+(?:the\s+)?$`)
	// reBoardIncludes follows a body whose board is told to include the person after it:
	// "'s board also includes ", " board now counts ".
	reBoardIncludes = regexp.MustCompile(`^(?:['’]s?)?\s+(?:supervisory\s+|executive\s+)?board(?:\s+of\s+directors)?\s+(?:(?:also|now|still|later)\s+)?(?:includes|included|counts|counted|comprises|comprised)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?$`)
	// reAlongsideAfter joins a second member after the board: " alongside ", " together with Mr. ".
	reAlongsideAfter = regexp.MustCompile(`^\s+(?:alongside|together\s+with|with)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?$`)
)

// boardNamePair reads the pair ms[p] (a person) and ms[q] (the body) and emits a board seat
// (or its chair: "who also chairs its board") for the person and for one named alongside
// after the board; or the pair of a body and a person its board "includes".
func boardNamePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	a, b, ok := pairEnds(cands, ms, p, q, 80)
	body := func(e int) bool { return ents[e].typ == model.Company || ents[e].typ == model.Organization }
	if !ok || !(ents[a].typ == model.Person && body(b) || body(a) && ents[b].typ == model.Person) {
		return false
	}
	if ents[a].typ != model.Person && ents[b].typ == model.Person {
		// "Rattanaphan Capital's board also includes Nattapong Chaiwong".
		gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
		if !ok || person || !reBoardIncludes.MatchString(gap) {
			return false
		}
		if setRole != nil {
			setRole("board member")
		}
		add(b, a, model.Directs, 0.75)
		return true
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	chair := ok && !person && reChairBefore.MatchString(gap)
	if !ok || person || !chair && !reSeatBefore.MatchString(gap) {
		return false
	}
	cb := cands[ms[q]]
	end := cb.e
	if strings.HasPrefix(text[end:], ". board") {
		end++ // "Bay Lotus Co., Ltd. board": the abbreviation's point after the name
	}
	after := strings.ToLower(text[end:min(len(text), end+120)])
	m := reBoardNamed.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	if setRole != nil {
		setRole("board member")
		if chair {
			setRole("chairman")
		}
	}
	add(a, b, model.Directs, 0.75)
	if q+1 < len(ms) && !chair {
		if c := cands[ms[q+1]]; c.ent >= 0 && c.ent != a && c.ent != b && ents[c.ent].typ == model.Person && c.s >= cb.e {
			restAt := end + len(after) - len(m[1])
			if c.s >= restAt && reAlongsideAfter.MatchString(strings.ToLower(text[restAt:c.s])) {
				add(c.ent, b, model.Directs, 0.75)
			}
		}
	}
	return true
}
