package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityID gives the stable id of an entity from its type and canonical name, so that the same
// entity named in different documents and runs lands on one graph node:
// "Company", "Prince Holding Group Co., Ltd." -> "company:prince-holding-group-co-ltd".
// Letters of every script are kept (Han names stay Han); case, accents' composition, punctuation
// and spacing are folded.
func EntityID(typ, name string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(typ))
	b.WriteByte(':')
	dash := false
	wrote := false
	for _, r := range norm.NFKC.String(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			if dash && wrote {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			dash, wrote = false, true
		case r == '\'' || r == '’':
			// O'Smach and Kuok-koi keep their letters together.
		default:
			dash = true
		}
	}
	return b.String()
}
