package extract

import (
	"regexp"
	"strings"
)

// A register's column header may say whose word its cells are: "Operator named by
// survivors", "Protection reported by survivors", "Armed protection (according to
// survivors)", "Security (survivor accounts)". The cells are then the survivors' claims, not
// the writer's: each sentence the column gives ends with the attribution (", according to
// survivors."), which grades it alleged like the same words in prose. A header citing a
// record ("Operator (company records)", "Owner named in land records") attributes nothing:
// the writer vouches for what a register shows.

var (
	// reHeadSourceBy closes a header with the ones who named its cells: "named by survivors".
	reHeadSourceBy = regexp.MustCompile(`(?i)^(.*?\S)\s+(?:as\s+)?(?:named|identified|reported|described|cited|given|alleged)\s+by\s+((?:[a-z'’-]+\s+){0,3}[a-z'’-]+)\s*:?$`)
	// reHeadSourceParen closes a header with a bracket citing them: "(according to
	// survivors)", "(per workers)", "(survivor accounts)", "(as told by survivors)".
	reHeadSourceParen = regexp.MustCompile(`(?i)^(.*?\S)\s*\(\s*(?:(?:according\s+to|per|as\s+(?:told|named|reported)\s+by|named\s+by|reported\s+by)\s+((?:[a-z'’-]+\s+){0,3}[a-z'’-]+)|((?:[a-z'’-]+\s+){0,2}(?:accounts?|testimony|testimonies|interviews|statements)))\s*\)\s*:?$`)
	// reHeadSourcePeople are the sources a header can cite: people who saw or told, not
	// records.
	reHeadSourcePeople = regexp.MustCompile(`(?i)\b(?:survivors?|workers?|victims?|witness(?:es)?|residents?|interviewees?|escapees?|former\s+(?:staff|employees?|guards?)|sources?|informants?|detainees?|returnees?)\b`)
)

// headSource splits a raw header into the header the register readers know and the
// source its cells are attributed to ("" when none is cited, or a record is).
func headSource(raw string) (head, source string) {
	raw = strings.TrimSpace(raw)
	if m := reHeadSourceParen.FindStringSubmatch(raw); m != nil {
		src := m[2]
		if src == "" {
			src = m[3]
		}
		if reHeadSourcePeople.MatchString(src) {
			return m[1], strings.ToLower(src)
		}
		return raw, ""
	}
	if m := reHeadSourceBy.FindStringSubmatch(raw); m != nil && reHeadSourcePeople.MatchString(m[2]) {
		return m[1], strings.ToLower(m[2])
	}
	return raw, ""
}

// attributeSentences ends each sentence of a cell (joined with single spaces, each closed by
// its period) with the attribution to source.
func attributeSentences(parts []string, source string) {
	for i, p := range parts {
		if strings.HasSuffix(p, ".") {
			parts[i] = strings.TrimSuffix(p, ".") + ", according to " + source + "."
		}
	}
}
