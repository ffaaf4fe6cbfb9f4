package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTimedWhoPosts holds a time phrase between "who" and the verb of a post ("X, who until
// 2020 was a personal assistant at Y", timed_posts.go): the post is read and, its end told,
// marked former (ended_posts.go).
func TestTimedWhoPosts(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, holder, pred, body string
		want, former                   bool
	}{
		{"until a year, staff", "Records list the director as Noraini Hassan, 47, who until 2020 was a personal assistant at Ong Brothers Capital Bhd, the filing shows.",
			"Noraini Hassan", model.EmployedBy, "Ong Brothers Capital Bhd", true, true},
		{"until a year, after an apposition", "The stake is held by Khamphet Sisavath, a Lao national who until 2019 was a deputy department director at the Lao Ministry of Public Security.",
			"Khamphet Sisavath", model.EmployedBy, "Lao Ministry of Public Security", true, true},
		{"between two years", "The shares passed to Chen Hao, who between 2018 and 2021 served as an adviser to Golden Sun Group, the filing shows.",
			"Chen Hao", model.EmployedBy, "Golden Sun Group", true, true},
		// Precision: a post held since a year is current; a person named after "of" is not
		// the subject of the clause of the noun before it.
		{"since a year, current", "The militia is commanded by Aung Kyaw Moe, who since 2021 has also been a member of the Shan State Hluttaw.",
			"Aung Kyaw Moe", model.MemberOf, "Shan State Hluttaw", true, false},
		{"a worker, no post noun", "The money went to Lim Wei, who until 2020 was a frequent visitor at Golden Sun Group, police said.",
			"Lim Wei", model.EmployedBy, "Golden Sun Group", false, false},
		{"a holding with its end told is no standing holding", "Tan Wei, who until 2019 was a shareholder of Golden Sun Group, fled.",
			"Tan Wei", model.Owns, "Golden Sun Group", false, false},
		{"a name inside another's apposition", "Tan Wei, the husband of Nora Vance, who until 2019 was a director of Golden Sun Group, fled.",
			"Nora Vance", model.Directs, "Golden Sun Group", false, false},
		{"a reporting clause before the time", "Tan Wei, who police say until 2019 was a director of Golden Sun Group, fled.",
			"Tan Wei", model.Directs, "Golden Sun Group", true, true},
		{"before a year: over", "Tan Wei, who before 2019 was a director of Golden Sun Group, fled.",
			"Tan Wei", model.Directs, "Golden Sun Group", true, true},
		{"a post told as still held", "Chen Hao, who until 2019 was a director of Golden Sun Group and still is, was arrested.",
			"Chen Hao", model.Directs, "Golden Sun Group", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[[3]string{c.holder, c.pred, c.body}]
			if ok != c.want {
				t.Fatalf("%s %s %s: got %v, want %v (%v)", c.holder, c.pred, c.body, ok, c.want, got)
			}
			if ok && (strings.HasPrefix(r.Role, "former ") != c.former || r.Ended != c.former) {
				t.Errorf("role %q ended %v, want former=%v", r.Role, r.Ended, c.former)
			}
		})
	}
}
