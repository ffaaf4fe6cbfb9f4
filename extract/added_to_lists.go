package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Parties a body put on its list together: "OFAC added Lim Heng and Golden Gate Co., Ltd. to
// its sanctions list", "the Council has placed A, B and C on its consolidated list". The pair
// reader (complicity.go) reads the first name only, since the list's words follow the last.
// Every name of the chain, joined by commas and "and" (the last by "and"), is SANCTIONED_BY
// the body when the words after the chain put it on a list of sanctions.

// reAddedChainJoin joins two names of the chain: ", ", " and ", ", and ", with a "the" before
// the next name.
var reAddedChainJoin = regexp.MustCompile(`^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$`)

// addedToLists reads the chains above. emit gets the sentence, the designated, the body, the
// body's sentence and the span read.
func addedToLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 {
			continue
		}
		if low := lowerASCII(text[st.s:st.e]); !mentionsAny(low, "added", "placed", "put ", "listed", "included") || !mentionsAny(low, "list") {
			continue
		}
		for i, m := range ms {
			ag := cands[m]
			if ag.ent < 0 || !canSanction(ents[ag.ent]) || i+2 >= len(ms) {
				continue
			}
			first := cands[ms[i+1]]
			if first.ent < 0 || !reAddedTo.MatchString(strings.ToLower(text[ag.e:first.s])) {
				continue
			}
			chain := []candidate{first}
			for j := i + 2; j < len(ms); j++ {
				c := cands[ms[j]]
				if c.ent < 0 || !reAddedChainJoin.MatchString(strings.ToLower(text[chain[len(chain)-1].e:c.s])) {
					break
				}
				chain = append(chain, c)
			}
			// A chain joined by commas alone is a name and its description.
			for len(chain) > 1 && !strings.Contains(strings.ToLower(text[chain[len(chain)-2].e:chain[len(chain)-1].s]), "and") {
				chain = chain[:len(chain)-1]
			}
			if len(chain) < 2 {
				continue
			}
			last := chain[len(chain)-1]
			list := reToList.FindString(text[last.e:min(st.e, last.e+90)])
			if list == "" || !reListKind.MatchString(list) {
				continue
			}
			for _, c := range chain {
				if t := ents[c.ent].typ; c.ent != ag.ent && t != model.Location && t != model.Compound {
					emit(si, c.ent, ag.ent, si, c.s, c.e)
				}
			}
		}
	}
}

// reAlsoActs follows a body whose designation the text tells as another's besides the
// notice's own: " has today also designated", " (OFAC) also sanctioned", ", which today also
// sanctioned".
var reAlsoActs = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:which|that|has|have|had|today|on\s+\w+|separately)\s+)*also\b`)

// listAgent gives the body a list of the designated that follows sentence st belongs to: the
// last body st says designates, except that one whose act is told with "also" does not take
// the place of the body cur the notice named before.
func listAgent(text string, st sentence, ms []int, cands []candidate, ents []*docEntity, cur int) int {
	agent := -1
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || !actsAsSanctioner(text, st, c, ents) {
			continue
		}
		if cur >= 0 && c.ent != cur && reAlsoActs.MatchString(text[c.e:min(st.e, c.e+60)]) {
			continue
		}
		agent = c.ent
	}
	return agent
}

// nameColonRow reports a row led by a name and a colon, "Chea Dara: owner of Golden Gate
// Co., Ltd. and chairman of its board.": a list's row however long its description.
func nameColonRow(text string, rowStart int, ms []int, cands []candidate) bool {
	if len(ms) == 0 {
		return false
	}
	c := cands[ms[0]]
	return c.s >= rowStart && onlyTitles(text[rowStart:c.s]) && strings.HasPrefix(strings.TrimLeft(text[c.e:], " \t"), ":")
}
