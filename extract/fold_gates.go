package extract

import "strings"

// Cheap tests before case-insensitive regexps that run on every sentence (or a whole text)
// and seldom match: a pattern that needs one of a few words cannot match a text holding none
// of them in any case, so the regexp runs only on texts that do. Under (?i) an ASCII letter
// matches its other case and nothing else, except k (also the Kelvin sign) and s (also the
// long s); a text holding either of those two runs the regexp, so the answer is the regexp's
// on every text.

// hasFoldWord reports whether s may match a case-insensitive pattern that needs one of words
// (lowercase ASCII letters): one of them occurs in s in any case, or s holds a non-ASCII
// letter that folds to an ASCII one.
func hasFoldWord(s string, words []string) bool {
	for _, w := range words {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
}

// containsFoldASCII reports whether s holds w (lowercase ASCII letters) in any ASCII case.
// A byte b matches the letter l when b|0x20 == l, which holds for l and its capital only.
func containsFoldASCII(s, w string) bool {
	n := len(w)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < n && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
