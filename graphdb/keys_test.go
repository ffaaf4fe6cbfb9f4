package graphdb

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestParseKey(t *testing.T) {
	for _, c := range []struct{ key, s, p, o string }{
		{"company:a|OWNS|compound:b", "company:a", "OWNS", "compound:b"},
		{"person:b|FAMILY_OF|person:a", "person:a", "FAMILY_OF", "person:b"}, // symmetric: turned round
		{"person:a|FAMILY_OF|person:b", "person:a", "FAMILY_OF", "person:b"},
		{"company:z|OWNS|company:a", "company:z", "OWNS", "company:a"}, // directed: kept
		{"org:x|y|OPERATES|compound:c", "org:x|y", "OPERATES", "compound:c"},
	} {
		s, p, o, err := ParseKey(c.key)
		if err != nil || s != c.s || p != c.p || o != c.o {
			t.Errorf("ParseKey(%q) = %q %q %q %v", c.key, s, p, o, err)
		}
	}
}

// FuzzParseKey: a key either fails with an error that shows the form, or reads as ends and a
// predicate whose canonical key reads back the same.
func FuzzParseKey(f *testing.F) {
	f.Add("person:b|FAMILY_OF|person:a")
	f.Add("a|OWNS|b|OWNS|c")
	f.Add("|MENTIONED_WITH|")
	f.Fuzz(func(t *testing.T, key string) {
		s, p, o, err := ParseKey(key)
		if err != nil {
			if !strings.Contains(err.Error(), "subject|PREDICATE|object") {
				t.Errorf("ParseKey(%q) error %v does not show the form", key, err)
			}
			return
		}
		k, err := CanonicalKey(s, p, o)
		if err != nil {
			t.Fatalf("ParseKey(%q) gave %q %q %q, which CanonicalKey refuses: %v", key, s, p, o, err)
		}
		s2, p2, o2, err := ParseKey(k)
		if err != nil || s2 != s || p2 != p || o2 != o {
			t.Errorf("ParseKey(CanonicalKey(%q)) = %q %q %q %v", key, s2, p2, o2, err)
		}
		if model.Symmetric(p) && o < s {
			t.Errorf("ParseKey(%q): symmetric ends out of order", key)
		}
	})
}
