package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// A long list ("froze the accounts of A, B, C, ... and Z") is graded item by item, each over a
// window of the sentence that overlaps its neighbours'. A cue pattern that can match no comma
// and has no line or text anchor matches a text exactly when it matches one of the text's
// comma-free pieces (a comma, like the text's edge, is no word character, so \b reads the same
// at a piece's edge). The grader so reads each distinct piece of a sentence once for all its
// items, and a list costs linear time to grade.

// segMinLen is the shortest text read piece by piece: a shorter one is read whole.
const segMinLen = 256

// commaFree caches, per pattern, whether it can match no comma and has no line or text anchor.
var commaFree sync.Map // *regexp.Regexp -> bool

func splitsAtCommas(re *regexp.Regexp) bool {
	if v, ok := commaFree.Load(re); ok {
		return v.(bool)
	}
	ok := false
	if p, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		ok = matchesNoComma(p)
	}
	commaFree.Store(re, ok)
	return ok
}

// matchesNoComma reports that no part of p can match a comma or anchor on a line or the text.
func matchesNoComma(p *syntax.Regexp) bool {
	switch p.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return false
	case syntax.OpLiteral:
		for _, r := range p.Rune {
			if r == ',' {
				return false
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(p.Rune); i += 2 {
			if p.Rune[i] <= ',' && ',' <= p.Rune[i+1] {
				return false
			}
		}
	}
	for _, s := range p.Sub {
		if !matchesNoComma(s) {
			return false
		}
	}
	return true
}

// segKey is one comma-free piece read with one pattern.
type segKey struct {
	re    *regexp.Regexp
	piece string
}

// match reports re.MatchString(x), reading a long x piece by piece through the sentence's
// cache when re allows it.
func (g *sentGrader) match(re *regexp.Regexp, x string) bool {
	if len(x) < segMinLen || !splitsAtCommas(re) {
		return re.MatchString(x)
	}
	if g.pieces == nil {
		g.pieces = map[segKey]bool{}
	}
	for {
		i := strings.IndexByte(x, ',')
		piece := x
		if i >= 0 {
			piece = x[:i]
		}
		k := segKey{re, piece}
		m, ok := g.pieces[k]
		if !ok {
			m = re.MatchString(piece)
			g.pieces[k] = m
		}
		if m {
			return true
		}
		if i < 0 {
			return false
		}
		x = x[i+1:]
	}
}

// mayHoldFold reports whether a case-insensitive pattern that matches only through one of words
// (lower-case) may match x: false only when x holds none of them. Of the ASCII letters only k and
// s fold to other runes (the Kelvin sign, the long s), so a text with either is always read.
func mayHoldFold(x string, words ...string) bool {
	if strings.ContainsRune(x, 'ſ') || strings.ContainsRune(x, '\u212A') {
		return true
	}
	l := strings.ToLower(x)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// finalAttribution reports reFinalAttribution.MatchString(post). A match holds at most one
// comma, its first character, and runs to the text's end, so it starts at or after the last
// comma: only that tail is read.
func finalAttribution(post string) bool {
	if i := strings.LastIndexByte(post, ','); i > 0 {
		post = post[i:]
	}
	return reFinalAttribution.MatchString(post)
}
