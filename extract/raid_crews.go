package extract

import (
	"regexp"
	"strings"
)

// Raids told by the raiders' crews with words between them and the verb, and raids named as a
// noun after the site:
//   - "operatives of A (ACG) and the B (PAOCC), armed with a search warrant, raided the hub",
//     "agents of A, with B, raided the compound", "agents of A, assisted by B, served Search
//     Warrant No. 24-031 on X": every body of the crews' chain raided the site that is the
//     verb's object (a name, or a reference such as "the hub");
//   - "S ran the floors at X until a raid by A in August", "X, which was closed following a
//     raid by A", "workers were rescued from X, Sihanoukville, in an operation conducted by
//     A": the one site the sentence names before the raid is the raided one.
// The raiders are bodies that can raid (police, military, government or armed groups).

var (
	// reRaidCrewLead ends right before the first body of the chain: "operatives of the".
	reRaidCrewLead = regexp.MustCompile(`(?i)\b` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?$`)
	// reRaidCrewJoin joins a further body: " (ACG) and the", ", assisted by the", ", with the",
	// " together with operatives of the".
	reRaidCrewJoin = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|together\s+with|with|alongside|assisted\s+by|supported\s+by|backed\s+by|joined\s+by)\s+(?:(?:` + raidCrewW + `)\s+(?:of|from)\s+)?(?:the\s+)?$`)
	// reRaidCrewVerb runs from the chain's last body to the site: an optional short form, an
	// aside set off by commas, the verb and "the".
	reRaidCrewVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}?(?:[A-Z][\w'’-]*))?(?:,\s*(?:armed\s+with|acting\s+on|on\s+the\s+strength\s+of|with|in\s+coordination\s+with|backed\s+by)\s+[^,;()]{1,80},\s*|,?\s*)(?:(?:on\s+\w+|jointly|later|then|also)\s+)*(?:raided|stormed|searched|served\s+(?:a\s+|the\s+)?search\s+warrants?\s+(?:\([^()]{1,20}\)\s*)?(?:no\.?\s*[\w-]+\s+)?(?:on|at))\s+(?:the\s+)?$`)
	// reRaidNounAfterSite ends right before the agent of a raid named as a noun after the site:
	// "until a raid by the", "following a raid by the", ", in an operation conducted by the".
	reRaidNounAfterSite = regexp.MustCompile(`(?i)(?:\b(?:until|following|after)\s+(?:a|an|the)\s+(?:(?:joint|police|military|dawn|night|major)\s+)?(?:raid|crackdown|sweep)\s+|,?\s*\bin\s+(?:a|an)\s+(?:(?:joint|police|military|dawn|night)\s+)?(?:raid|operation|crackdown|sweep)\s+(?:(?:carried\s+out|conducted|led|mounted|launched|staged)\s+)?)by\s+(?:the\s+)?$`)
	// reRaidNounElse follows the agent when the raid was on something else: " on his
	// apartment", " at a hotel".
	reRaidNounElse = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:on|at|against|of)\s+(?:his|her|their|its|a|an|the)\b`)
)

// raidCrews reads the shapes above. emit gets the sentence, the raider, the site, the site's
// sentence and the span read.
func raidCrews(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	raider := raiderMention(ents)
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "raid", "storm", "search", "operation", "crackdown", "sweep") {
			continue // cheap test before the regular expressions
		}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if !raider(c) {
				continue
			}
			before := text[max(st.s, c.s-40):c.s]
			// The crews' chain and its verb.
			if reRaidCrewLead.MatchString(before) {
				chain := []int{i}
				k := i + 1
				for ; k < len(ms); k++ {
					n := cands[ms[k]]
					if prev := cands[ms[chain[len(chain)-1]]]; n.s < prev.e || n.ent == prev.ent {
						continue // a short form in brackets: "(PAOCC)"
					}
					if !raider(n) || !reRaidCrewJoin.MatchString(text[cands[ms[chain[len(chain)-1]]].e:n.s]) {
						break
					}
					chain = append(chain, k)
				}
				last := cands[ms[chain[len(chain)-1]]]
				for ; k < len(ms); k++ {
					n := cands[ms[k]]
					if n.s < last.e {
						continue
					}
					// The first mention after the chain that is no part of an aside's body.
					if isSite(n) && reRaidCrewVerb.MatchString(text[last.e:n.s]) {
						for _, j := range chain {
							emit(si, cands[ms[j]].ent, n.ent, si, c.s, n.e)
						}
						break
					}
					if isSite(n) {
						break
					}
				}
				i = chain[len(chain)-1]
				continue
			}
			// A raid named as a noun after the one site the sentence names before it.
			if !reRaidNounAfterSite.MatchString(text[max(st.s, c.s-60):c.s]) || reRaidNounElse.MatchString(text[c.e:min(st.e, c.e+40)]) {
				continue
			}
			site, siteEnd, sites := sitesAround(cands, ms, isSite, c.s)
			if sites == 1 && site >= 0 && !strings.Contains(text[st.s:c.s], "\n") && !rePersonDeed.MatchString(text[siteEnd:c.s]) { // false_ties.go
				emit(si, c.ent, site, si, st.s, c.e)
			}
		}
	}
}
