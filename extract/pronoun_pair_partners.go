package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A pair of partners whose first member is a pronoun:
//
//	Kong Visal still owns Visal Star Group, and he and Leong Ka Wai are business partners.
//	Shunda's boss is a man called Ma Jun. Locals say he and Nai Aung Mon are partners.
//
// "he" or "she" stands for a person only when exactly one person can be meant: the only
// person named before the pronoun in its sentence, or, when the sentence names none there,
// the only person the sentence before names. Two people there (or none) read nothing. The
// second member is the person named right after "and"; what the pair is said to be follows
// it at once ("are business partners", "have been partners since 2019"), so a negation ("are
// not partners") or another verb ("he and Tan were charged") reads nothing. Cases are in
// pronoun_pair_partners_test.go.

// rePronounAnd ends right before the second member: "he and ", "she and ".
var rePronounAnd = regexp.MustCompile(`(?i)\b(?:he|she)\s+and\s+$`)

// rePronounPairAfter follows the second member: " are business partners".
var rePronounPairAfter = regexp.MustCompile(`^\s+(?:are|were|have\s+been|had\s+been|became|remain|remained)\s+(?:(?:long-?time|longtime|long-?standing|close|old)\s+)*(?:business\s+)?(?:partners|associates|co-owners|co-founders)\b`)

// pronounPairPartners reads the shape above. emit gets the sentence, the two people, the
// sentence the pronoun's person was named in and the span read.
func pronounPairPartners(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, from, s, e int)) {
	isPerson := func(m int) bool { c := cands[m]; return c.ent >= 0 && ents[c.ent].typ == model.Person }
	for si, st := range sents {
		ms := bySent[si]
		// The people named so far in the sentence, counted as the loop goes, and the only
		// person of the sentence before (-1 when it names none or several), found once.
		before, last := map[int]bool{}, -1
		prevOnly, prevDone := -1, false
		for _, m := range ms {
			second := cands[m]
			if !isPerson(m) {
				continue
			}
			if second.s-st.s >= 7 && rePronounAnd.MatchString(text[max(st.s, second.s-10):second.s]) &&
				rePronounPairAfter.MatchString(lowerASCII(text[second.e:min(st.e, second.e+60)])) {
				// The pronoun's person: the only one named before it in this sentence, else
				// the only one the sentence before names.
				first, from := -1, si
				if len(before) == 1 {
					first = last
				} else if len(before) == 0 && si > 0 {
					if !prevDone {
						prevDone = true
						people := map[int]bool{}
						for _, p := range bySent[si-1] {
							if isPerson(p) {
								people[cands[p].ent] = true
								prevOnly = cands[p].ent
							}
						}
						if len(people) != 1 {
							prevOnly = -1
						}
					}
					first, from = prevOnly, si-1
				}
				if first >= 0 && first != second.ent {
					emit(si, first, second.ent, from, second.s, second.e)
				}
			}
			before[second.ent] = true
			last = second.ent
		}
	}
}
