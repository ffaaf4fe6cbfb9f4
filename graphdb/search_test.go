package graphdb

import (
	"strings"
	"testing"
)

// luceneQuery must turn anything a reader types into terms only: Lucene syntax from the input
// can neither widen nor break the query.
func TestLuceneQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Chen Zi", "(chen^2 OR chen* OR chen~1) AND (zi^2 OR zi* OR zi~1)"},
		{"O'Smach", "(osmach^2 OR osmach* OR osmach~2)"},
		{"陈志", "(陈志^2 OR 陈志* OR 陈志~1)"},
		{`name:* OR "x" AND (y) \ ~2`, "(name^2 OR name* OR name~1) AND (x OR x*) AND (y OR y*) AND (2 OR 2*)"},
		{"*:* ]]] ((", ""},
		{"", ""},
	} {
		if got := luceneQuery(c.in); got != c.want {
			t.Errorf("luceneQuery(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzLuceneQuery: whatever is typed, the query holds only terms with the operators it adds.
func FuzzLuceneQuery(f *testing.F) {
	for _, s := range []string{"Chen Zi", "陈志", `a:b "c" (d) [e TO f] {g} h~ i^2 j* k? l\ m/ n&&o||p !q -r +s`, "ហ៊ុន តូ", "AND OR NOT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := luceneQuery(s)
		for _, term := range strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '(' || r == ')' }) {
			switch term {
			case "AND", "OR":
				continue
			}
			core := term
			for _, suf := range []string{"^2", "*", "~1", "~2"} {
				if c, ok := strings.CutSuffix(term, suf); ok {
					core = c
					break
				}
			}
			if core == "" || strings.ContainsAny(core, `+-&|!(){}[]^"~*?:\/ `) {
				t.Fatalf("luceneQuery(%q) = %q: term %q", s, q, term)
			}
		}
		if strings.Count(q, "(") != strings.Count(q, ")") {
			t.Fatalf("luceneQuery(%q) = %q: unbalanced", s, q)
		}
	})
}
