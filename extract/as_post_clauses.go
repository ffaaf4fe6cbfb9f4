package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post told after the verb of the holder's own clause, led by "as": "Wang Lei signed the
// lease as general manager of Golden Reef Ltd.", "Wang Lei, a Chinese national, manages the
// site's floors as director of B", "Wang Lei, who is listed in company records as president
// of B", "Wang Lei, a trader who previously served as vice-president of B". The holder is the
// subject of the verb (no preposition before it, no other party between the two names); the
// post is one of the role vocabulary (postsOf). Verbs of naming in the active voice ("Wang
// Lei named his nephew as director of B"), of leaving a post ("resigned as") and of denial
// leave the pair unread.

var (
	// reAsPostClause is the gap from the holder to the body: an optional description set off
	// by a comma (group 1), an optional "who", the verb phrase (group 2), "as", the post
	// (group 3), and the preposition before the body (group 4).
	reAsPostClause = regexp.MustCompile(`^\s*(,\s*(?:a|an|the)\s+[^,;()]{1,60}?(?:\s*,\s*|\s+(?:who\s+)))?,?\s*(?:who\s+)?((?:[a-z'’-]+\s+){1,8}?)as\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+(of|for|at|to)\s+(?:the\s+|loc['’]s\s+)?$`)
	// reAsPostVerbStop holds the words that void the verb phrase: an object pronoun (the post
	// is then the object's), a verb of leaving, denial or of seeming, a comparison before
	// "as", another clause.
	reAsPostVerbStop = regexp.MustCompile(`\b(?:him|her|them|it|us|me|you|his|their|whom|which|that|and|or|but|not|never|no|denied|denies|deny|denying|resigned|resigns|quit|quits|stepped|steps|ousted|removed|dismissed|fired|sacked|replaced|replaces|succeeded|succeeds|left|leaves|retired|retires|until|formerly|former|posed|poses|posing|pretended|pretending|disguised|masqueraded|impersonated|well|such|same|much|long|soon|far|so|just|known|seen|regarded|treated|portrayed|styled|calling|called|himself|herself|themselves)\b`)
	// reAsPostBodyToken is a body named in the verb phrase: the post may be told of it.
	reAsPostBodyToken = regexp.MustCompile(`\b(?:org|firm)\b`)
	// reAsPostActiveNaming is a verb of naming or hiring in the active voice at the head of the
	// verb phrase: its object, not the subject, takes the post.
	reAsPostActiveNaming = regexp.MustCompile(`^(?:(?:also|later|then|now|previously|once|reportedly|allegedly)\s+)*(?:` + namingVerbs[3:len(namingVerbs)-1] + `|appoint\w*|hire\w*|install\w*|nominat\w*|elect\w*|choose|chose|chosen|recruit\w*|employ\w*|engag\w*|tap\w*)\b`)
)

// asPostClausePair reads the pair ms[p] (the holder) and ms[q] (the body) of one sentence.
func asPostClausePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Company && ents[b].typ != model.Organization {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || person {
		return false
	}
	// Names between are read as "loc", "site", "org", "firm": a body may stand in the
	// description ("a vice-president of the org who also serves as"), a place or a site in the
	// verb phrase ("manages the floors at site as"), no body there.
	m := reAsPostClause.FindStringSubmatch(gap)
	if m == nil || reAsPostVerbStop.MatchString(m[2]) || reAsPostActiveNaming.MatchString(m[2]) || hasStop(m[3]) || reAsPostBodyToken.MatchString(m[2]) {
		return false
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	// Both ends named: a reference ("the agency") is read by the rules of references.go. A
	// holder after a preposition ("the wife of A signed ...") is no subject, unless a
	// description set off after the name opens the clause ("chaired by A, a trader who ...").
	if !startsUpper(ca.text) || !startsUpper(cb.text) || m[1] == "" && prepositionBefore(text, ca.s) || possessedName(text, ca.e) || possessedName(text, cb.e) {
		return false
	}
	// The verb phrase must hold a verb: a word ending as one does, or a copula.
	if !asPostHasVerb(m[2]) {
		return false
	}
	posts := postsOf(m[3])
	if m[4] == "to" {
		// "as an adviser to B": only a staff post takes "to".
		for _, ps := range posts {
			if ps.pred != model.EmployedBy {
				return false
			}
		}
	}
	return emitNamedPosts(ents, a, b, posts, add, setRole)
}

// asPostVerbs are the verbs before "as" whose form shows no verb's ending.
var asPostVerbs = set("is", "was", "are", "were", "been", "be", "sat", "sits", "sit", "ran", "runs", "run", "held", "holds", "hold", "acts", "act", "works", "work", "signs", "sign", "stands", "stand", "took", "takes", "became", "becomes", "become", "remains", "remain", "joined", "joins", "join")

// asPostHasVerb reports whether the phrase before "as" holds a finite or participle verb:
// a copula, or a word with a verb's ending ("signed", "serves", "manages", "acting").
func asPostHasVerb(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		switch {
		case asPostVerbs[w]:
			return true
		case len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ing")):
			return true
		}
	}
	return false
}
