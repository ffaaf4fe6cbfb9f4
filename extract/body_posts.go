package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts in a body named by a common noun: "Sok Vanna, the provincial police chief", "X, the
// division's commander", "X, a spokesman for the ministry". The post is read from the
// apposition right after the person; the body is the last public body named before it, in
// the same sentence or up to bodyRefSentences earlier, whose name holds every word of the
// noun phrase ("provincial police" in "Preah Sihanouk Provincial Police", "ministry" in
// "Ministry of Public Security"). Nothing is read when no such body was named, or when two
// different bodies match at the same distance. Recall and precision cases in
// body_posts_test.go.

// bodyRefSentences bounds how far back the body may be named.
const bodyRefSentences = 4

// bodyNouns head the noun phrase of a public body referred to by its kind.
var bodyNouns = set("police", "ministry", "division", "department", "army", "forces", "force", "committee", "council",
	"bureau", "agency", "office", "court", "commission", "administration", "authority", "government", "militia",
	"brigade", "battalion", "command", "directorate", "unit", "senate", "assembly", "parliament", "party")

var (
	// "The provincial police chief, Colonel X," and "the ministry's spokesman, X": the post
	// and its body before the person, set off by a comma; ranks may follow it.
	rePostBeforeName = regexp.MustCompile(`(?:^|[.;:]\s+|,\s+|\b(?:and|said|that|by|with)\s+)the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)(?:['’]s)?\s+((?:deputy\s+|vice\s+)?[a-z-]+)\s*,\s*(?:(?:[a-z]+\.?\s+){0,3})$`)
	// ", the division's commander", ", the provincial police's deputy chief".
	reBodyPossPost = regexp.MustCompile(`^\s*,\s*the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)['’]s\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s*[,.;:)]|\s+(?:said|says|told|and|who)\b)`)
	// ", the provincial police chief".
	reBodyNounPost = regexp.MustCompile(`^\s*,\s*the\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+((?:deputy\s+|vice\s+)?[a-z-]+)(?:\s*[,.;:)]|\s+(?:said|says|told|and|who)\b)`)
	// ", a spokesman for the ministry", ", the vice chairman of the zone's administrative
	// committee": a possessive before the body's noun only qualifies it.
	rePostForBody = regexp.MustCompile(`^\s*,\s*(?:the|a|an)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|for|at|with|in)\s+the\s+(?:[a-z-]+['’]s\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s*[,.;:)]|\s+(?:said|says|told|and|who)\b)`)
)

// bodyRefPosts reads the posts above and emits (sentence, person, body, predicate, role,
// sentence the body was named in).
func bodyRefPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred, role string, from int)) {
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Person {
				continue
			}
			after := strings.ToLower(text[c.e:min(len(text), c.e+90, sents[si].e+1)])
			var body, postWords, role string
			switch m := reBodyPossPost.FindStringSubmatch(after); {
			case m != nil:
				body, postWords, role = m[1], m[2], m[2]
			default:
				if m := rePostForBody.FindStringSubmatch(after); m != nil {
					body, postWords, role = m[2], m[1], m[1]
				} else if m := reBodyNounPost.FindStringSubmatch(after); m != nil {
					body, postWords, role = m[1], m[2], m[1]+" "+m[2]
				}
			}
			if body == "" {
				before := strings.ToLower(text[max(sents[si].s, c.s-70):c.s])
				if m := rePostBeforeName.FindStringSubmatch(before); m != nil && rankWordsOnly(before[strings.LastIndex(before, ",")+1:]) {
					body, postWords, role = m[1], m[2], m[1]+" "+m[2]
					if strings.Contains(m[0], "'s ") || strings.Contains(m[0], "’s ") {
						role = m[2]
					}
				}
			}
			if body == "" || hasStop(body) || hasStop(postWords) {
				continue
			}
			bw := strings.Fields(body)
			if !bodyNouns[bw[len(bw)-1]] {
				continue
			}
			posts := postsOf(postWords)
			if len(posts) != 1 || (posts[0].pred != model.Directs && posts[0].pred != model.EmployedBy && posts[0].pred != model.MemberOf) {
				continue
			}
			b, from := namedBodyBefore(text, sents, cands, ents, bySent, si, c.s, bw)
			if b < 0 {
				b, from = soleBodyFarBefore(cands, ents, bySent, si, c.s, bw) // body_far_refs.go
			}
			if b < 0 {
				continue
			}
			emit(si, c.ent, b, posts[0].pred, strings.TrimSpace(role), from)
		}
	}
}

// namedBodyBefore returns the organization named last before offset at (in sentence si or up
// to bodyRefSentences earlier) whose name holds every word of words, and the sentence that
// names it; -1 when none does or when two differ in the same sentence.
func namedBodyBefore(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, at int, words []string) (int, int) {
	for sj := si; sj >= 0 && sj >= si-bodyRefSentences; sj-- {
		found, clash := bodyIn(cands, ents, bySent[sj], si, sj, at, words)
		if clash {
			return -1, -1 // two bodies fit: the reference is not clear
		}
		if found >= 0 {
			return found, sj
		}
	}
	return -1, -1
}

// bodyIn returns the organization mentioned in sentence sj (before offset at when sj is si)
// whose name holds every word of words; -1 when none, and clash when two different ones do.
func bodyIn(cands []candidate, ents []*docEntity, ms []int, si, sj, at int, words []string) (found int, clash bool) {
	found = -1
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || sj == si && c.e > at {
			continue
		}
		e := ents[c.ent]
		if e.typ != model.Organization || !holdsWords(e.name, words) {
			continue
		}
		if found >= 0 && found != c.ent {
			return -1, true
		}
		found = c.ent
	}
	return found, false
}

// holdsWords reports whether a name holds every word, as whole words, case aside.
func holdsWords(name string, words []string) bool {
	nw := set(strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(name)))...)
	for _, w := range words {
		if !nw[w] {
			return false
		}
	}
	return true
}

// postRankWords are the ranks and honorifics that may stand between a post and its holder's name.
var postRankWords = set("general", "lieutenant", "major", "colonel", "brigadier", "captain", "commander", "police",
	"pol", "pol.", "lt", "lt.", "col", "col.", "gen", "gen.", "maj", "maj.", "brig", "brig.", "capt", "capt.",
	"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.", "oknha", "u", "daw", "saw")

// rankWordsOnly reports whether words hold only ranks and honorifics (or nothing).
func rankWordsOnly(words string) bool {
	for _, w := range strings.Fields(words) {
		if !postRankWords[w] {
			return false
		}
	}
	return true
}
