package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Whom a clause after an inserted phrase describes. In "A, a company run by B, who was
// sanctioned by C" the relative "who" takes the person B that ends the inserted phrase, not
// the firm A; in "A, owned by B, was designated by C" the finite verb after the phrase is A's
// (the main clause), never B's.

// reRelWho and reRelWhich open a relative clause: its pronoun says whether it takes a person.
var (
	reRelWho   = regexp.MustCompile(`^\s*(?:who|whom|whose)\b`)
	reRelWhich = regexp.MustCompile(`^\s*which\b`)
)

// reFiniteAfterComma opens a main clause's verb right after the comma that closes an inserted
// phrase: ", was designated by", ", has been sanctioned by".
var reFiniteAfterComma = regexp.MustCompile(`^\s*,\s*(?:(?:also|later|then|since)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s`)

// relativeOfInserted reports that rest (the gap after an inserted phrase, starting at byte
// restStart) opens a relative clause that takes the last name of that phrase rather than the
// first mention ms[p]: "who" after a person when the first is no person, "which" after a
// non-person when the first is a person.
func relativeOfInserted(cands []candidate, ents []*docEntity, ms []int, p, q int, rest string, restStart int) bool {
	who, which := reRelWho.MatchString(rest), reRelWhich.MatchString(rest)
	if !who && !which {
		return false
	}
	last := -1
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.e <= restStart && c.ent >= 0 {
			last = c.ent
		}
	}
	if last < 0 {
		return false
	}
	first := cands[ms[p]].ent
	person := func(e int) bool { return ents[e].typ == model.Person }
	return who && person(last) && !person(first) || which && !person(last) && person(first)
}

// mainVerbAfterInserted reports a gap that opens the main clause's finite verb, so a name that
// ended the inserted phrase before it is not its subject.
func mainVerbAfterInserted(gap string) bool {
	return reFiniteAfterComma.MatchString(strings.TrimLeft(gap, ")）"))
}
