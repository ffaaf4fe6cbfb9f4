package extract

import (
	"regexp"
	"strings"
)

// Firms named through "whose" after a described owner. "Chatchai, a Mae Sot businessman whose
// firm, R Co., owns the depot", "Zhao, director, whose Hong Kong company, H Ltd, owns 40
// per cent" and "Heng, a magnate and vice-chairman of the Club, whose holding company, A
// Co., owns 70 percent of P" recur across the development sets: the person owns the firm
// (reWhoseFirm in offices.go reads only the bare ", whose company, " right after the name).

// reWhoseFirmWide is the typed gap (typedGap) from an owner to the firm: an optional
// description ending in a person's noun or post, then "whose", a place or kind before the
// firm noun, and the comma that sets the name off. No firm, person or site may stand in the
// description: "A, the director of B Co., whose company" leaves the company's owner open.
var reWhoseFirmWide = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+(?:(?:loc|org|[a-z-]+|of|and)\s+){0,8}?(?:businessman|businesswoman|tycoon|investor|magnate|trader|hotelier|financier|entrepreneur|developer|national|citizen|director|chairman|chairwoman|vice-chairman|president|official|senator|colonel|general|org)\s*,?\s*|(?:director|chairman|chairwoman|president|founder)\s*,\s*)?whose\s+(?:(?:loc|[a-z]+-(?:based|registered|listed))\s+)?(?:(?:family|holding|own|main|shell|investment|property|trading|construction|logistics|offshore)\s+)?(?:company|firm|conglomerate|group|business|holding\s+company)\s*,\s*$`)

// reOwnTieAfter follows the firm's name when the sentence states the person's own tie to it:
// ", which he chairs", ", which she founded", ", which he does not own", ", he sold in 2019",
// ", employs him". That tie (or its end) is the one to read, not ownership; only ", which he
// owns" and ", which he controls" keep it.
var reOwnTieAfter = regexp.MustCompile(`^\s*,\s*(?:(?:which|that)\s+(?:he|she|they)\s+(?:also\s+|still\s+|now\s+)?([a-z-]+)|(?:he|she|they)\s+[a-z]+|[a-z]+\s+(?:him|her|them)\b)`)

// ownVerbs are the verbs of a ", which he ..." clause that state ownership itself.
var ownVerbs = set("owns", "owned", "co-owns", "co-owned", "controls", "controlled")

// reDescOfOwner is a description whose owner noun stands after "of/for/to/with a": "a friend
// of a tycoon whose company", "a lawyer for the businessman whose firm": the firm is that
// other person's.
var reDescOfOwner = regexp.MustCompile(`\b(?:of|for|to|with)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:businessman|businesswoman|tycoon|investor|magnate|trader|hotelier|financier|entrepreneur|developer|director|chairman|chairwoman|president|official)\s*,?\s*whose\b`)

// whoseFirmWide reports that the typed gap from a person to a firm names the firm as the
// person's through "whose", and the words after the firm (ending at end) state no other tie.
func whoseFirmWide(text string, end int, gap string) bool {
	if !reWhoseFirmWide.MatchString(gap) || reDescOfOwner.MatchString(gap) {
		return false
	}
	m := reOwnTieAfter.FindStringSubmatch(strings.ToLower(text[end:min(len(text), end+60)]))
	return m == nil || ownVerbs[m[1]]
}
