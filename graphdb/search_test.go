package graphdb

import "testing"

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
