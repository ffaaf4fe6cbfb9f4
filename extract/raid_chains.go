package extract

import (
	"regexp"
	"strings"
)

// Raid chains: several bodies that raided a site together, named as the subject of the raid
// verb or as the agents of a joint operation, where a body may carry its parent ("elements of
// the 7th Infantry Division of the Philippine Army") and a date may stand inside the verb:
//   - "The PAOCC, together with the PNP-CIDG and elements of the 7th Infantry Division of the
//     Philippine Army, served search warrants on Thursday at the X compound", "operatives of
//     the CIDG of the Philippine National Police and agents of the PAOCC served Search Warrant
//     No. 2024-031 at X": every body of the chain raided X; a parent named after "of" did not
//     (it is the body's own parent, not a raider beside it);
//   - "the release of 23 workers from X after a joint operation by A and B": A and B raided the
//     one site the sentence names before the operation.
// raid_crews.go reads chains without parents or dates; this file reads the rest.

var (
	// reChainParent sits between a body and its parent: " of the", " (CIDG) of the".
	reChainParent = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$`)
	// reChainJoin joins a further body: ", together with the", " and elements of the", ", and".
	reChainJoin = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|together\s+with|along\s+with|alongside|with|assisted\s+by|supported\s+by|joined\s+by)\s+(?:(?:` + raidCrewW + `)\s+(?:of|from)\s+)?(?:the\s+)?$`)
	// reChainVerb runs from the chain's last body to the site: an optional short form and
	// comma, adverbs, the verb, a date, the preposition and "the".
	reChainVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:jointly|later|then|also|simultaneously)\s+)*(?:raided|stormed|(?:served|executed|implemented)\s+(?:a\s+|the\s+|two\s+|three\s+|several\s+)?search\s+warrants?\s+(?:\([^()]{1,20}\)\s*)?(?:no\.?\s*[\w-]+\s+)?(?:(?:on|last|early\s+on)\s+(?:\w+\s+){0,2}?\w+,?\s+)?(?:on|at|in))\s+(?:the\s+)?$`)
	// reJointOperationBy ends right before the first agent of a joint operation named after
	// the site: "after a joint operation by the", "following a joint raid conducted by".
	reJointOperationBy = regexp.MustCompile(`(?i)\b(?:after|following|in|during|through)\s+(?:a|an|the)\s+(?:joint|combined)\s+(?:operation|raid|crackdown|sweep|rescue\s+operation)\s+(?:(?:carried\s+out|conducted|led|mounted|launched|staged)\s+)?by\s+(?:the\s+)?$`)
	// reChainLead ends right before a chain's first body when the body does not head its
	// clause: "operatives of the".
	reChainLead = regexp.MustCompile(`(?i)\b` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?$`)
)

// raidChains reads the shapes above. emit gets the sentence, the raider, the site, the site's
// sentence and the span read.
func raidChains(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	raider := func(c candidate) bool {
		return c.ent >= 0 && mayJoinRaid(ents[c.ent])
	}
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "raided", "stormed", "search warrant", "joint operation", "joint raid", "combined operation") {
			continue // cheap test before the regular expressions
		}
		// chainFrom returns the bodies of the chain that starts at mention i and the index of
		// the first mention after it.
		chainFrom := func(i int) ([]int, int) {
			chain := []int{i}
			k := i + 1
			for k < len(ms) {
				last := chain[len(chain)-1]
				if last < 0 {
					last = -last - 1
				}
				prev, n := cands[ms[last]], cands[ms[k]]
				if n.s < prev.e || n.ent == prev.ent {
					k++ // a short form in brackets: "(PAOCC)"
					continue
				}
				gap := text[prev.e:n.s]
				if raider(n) && reChainParent.MatchString(gap) {
					// The body's parent: skip it and what follows it as the last body.
					chain = append(chain, -k-1)
					k++
					continue
				}
				if !raider(n) || !reChainJoin.MatchString(gap) {
					break
				}
				chain = append(chain, k)
				k++
			}
			return chain, k
		}
		bodies := func(chain []int) []int {
			var out []int
			for _, j := range chain {
				if j >= 0 {
					out = append(out, j)
				}
			}
			return out
		}
		lastEnd := func(chain []int) int {
			j := chain[len(chain)-1]
			if j < 0 {
				j = -j - 1
			}
			return cands[ms[j]].e
		}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if !raider(c) {
				continue
			}
			// The agents of a joint operation named after the one site before them.
			if reJointOperationBy.MatchString(text[max(st.s, c.s-70):c.s]) {
				chain, k := chainFrom(i)
				site, _, sites := sitesAround(cands, ms, isSite, c.s)
				end := lastEnd(chain)
				if sites == 1 && site >= 0 && len(bodies(chain)) > 1 && !strings.Contains(text[st.s:c.s], "\n") &&
					!reRaidNounElse.MatchString(text[end:min(st.e, end+40)]) {
					for _, j := range bodies(chain) {
						emit(si, cands[ms[j]].ent, site, si, st.s, end)
					}
				}
				i = k - 1
				continue
			}
			// The chain as the subject of the raid verb.
			if !leadsClause(text, st, c.s) && !reChainLead.MatchString(text[max(st.s, c.s-40):c.s]) {
				continue
			}
			chain, k := chainFrom(i)
			end := lastEnd(chain)
			for ; k < len(ms); k++ {
				n := cands[ms[k]]
				if n.s < end {
					continue
				}
				if isSite(n) && reChainVerb.MatchString(text[end:n.s]) {
					for _, j := range bodies(chain) {
						emit(si, cands[ms[j]].ent, n.ent, si, c.s, n.e)
					}
				}
				break
			}
			i = k - 1
		}
	}
}
