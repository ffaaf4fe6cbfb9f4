package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A notice that counts the individuals it designates and then describes each in later
// sentences without repeating the verb:
//
//	Today, OFAC designated three individuals and two entities that run the park.
//	Tan Boon Hock, a Malaysian national, is the chairman of ...
//	His deputy, Lim Kok Wah, manages ...
//
// When the body of the count's sentence designates ("designated", "is sanctioning", "has
// today sanctioned") a counted number of individuals, and the notice names exactly that many
// persons besides those it quotes, gives an office to, or says were spared, each of them is
// SANCTIONED_BY the body. The count is the guard: one person more or fewer (a victim, a
// partner, a designee left unnamed) and nothing is read, since the text no longer says
// which of the named were counted.

// reCountedIndividuals follows a designating body up to its count of individuals: " (OFAC)
// designated four individuals", " has today sanctioned 12 individuals".
var reCountedIndividuals = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:has|have|had|today|also|further|on\s+\w+|jointly|is|are)\s+)*(?:designated|sanctioned|designates|sanctions|designating|sanctioning)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:more\s+|other\s+|additional\s+)?(?:individuals|persons|people)\b`)

// reNotCounted stands before a person the notice names without counting: a speaker ("said
// Under Secretary X"), an office holder, one spared ("X was not designated" is read after).
var reNotCounted = regexp.MustCompile(`(?i)(?:\b(?:said|says|according\s+to|secretary|minister|ambassador|spokes(?:man|woman|person)|commissioner)\b[^.;,]{0,80}|\b(?:victims?|survivors?|workers?|lawyers?|researchers?|reporters?|journalists?)\b[^.;]{0,20})$`)

// reSpared follows a person the notice says was not designated.
var reSpared = regexp.MustCompile(`(?i)^[^.;]{0,40}\b(?:was|were|is|has|had)\s+not\s+(?:been\s+)?(?:designated|sanctioned|named|listed)`)

// countedDesignations reads the notices above. emit gets the sentence, the designated, the
// body, the body's sentence and the span read.
func countedDesignations(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	for si, st := range sents {
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || !canSanction(ents[c.ent]) {
				continue
			}
			sm := reCountedIndividuals.FindStringSubmatch(text[c.e:min(st.e, c.e+120)])
			if sm == nil {
				continue
			}
			n := countOf(sm[1])
			if n < 1 {
				return
			}
			// The persons the notice names, each once, in order of first mention.
			first := map[int]candidate{}
			var order []int
			out := map[int]bool{}
			for sj := range sents {
				for _, mj := range bySent[sj] {
					p := cands[mj]
					if p.ent < 0 || ents[p.ent].typ != model.Person || pronounRef(p) {
						continue
					}
					before := text[max(sents[sj].s, p.s-120):p.s]
					if reNotCounted.MatchString(before) || speechFollows(text, p.e) || reSpared.MatchString(text[p.e:min(len(text), p.e+60)]) {
						out[p.ent] = true
					}
					if _, ok := first[p.ent]; !ok {
						first[p.ent] = p
						order = append(order, p.ent)
					}
				}
			}
			var counted []int
			for _, e := range order {
				if !out[e] {
					counted = append(counted, e)
				}
			}
			if len(counted) != n {
				return
			}
			for _, e := range counted {
				p := first[e]
				emit(p.sent, e, c.ent, si, p.s, p.e)
			}
			return // one count per notice
		}
	}
}

// countOf gives the number a count word or figure stands for, or 0.
func countOf(w string) int {
	words := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	for i, x := range words {
		if i > 0 && strings.EqualFold(w, x) {
			return i
		}
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
