package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// pairsOf extracts paras with a pair sink and returns the examples by "first|second" names.
func pairsOf(t *testing.T, paras ...string) (map[string]PairExample, int) {
	t.Helper()
	var got []PairExample
	x, err := New(Options{Pairs: func(p PairExample) { got = append(got, p) }})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := x.Extract(context.Background(), Page{URL: "https://news.example/a", Body: article(paras...), ContentType: "text/html"})
	if err != nil || len(docs) != 1 {
		t.Fatalf("extract: %v (%d documents)", err, len(docs))
	}
	name := map[string]string{}
	for _, e := range docs[0].Entities {
		name[e.ID] = e.Name
	}
	out := map[string]PairExample{}
	for _, p := range got {
		out[name[p.First]+"|"+name[p.Second]] = p
	}
	return out, len(got)
}

// TestPairFeatures holds the features the pair probe learns from: the types in text order,
// the words between with other names folded to their type and told apart by segment, and
// whether a rule tied the pair. The names are invented.
func TestPairFeatures(t *testing.T) {
	cases := []struct {
		name, text, pair string
		want, not        []string
		typed            bool
	}{
		{"a passive between two names",
			"Golden Reed Park is owned by Lucky Crane Holdings Co., Ltd., records show.",
			"Golden Reed Park|Lucky Crane Holdings Co., Ltd.",
			[]string{"t=Compound>Company", "seq=is owned by", "v=own", "n=3", "mid=0"},
			[]string{"far"}, true},
		{"a name between: words before it tie the first name to it",
			"Lim Dara, who owns Golden Reed Trading Co., Ltd., met Sok Vanna in Phnom Penh.",
			"Lim Dara|Sok Vanna",
			[]string{"t=Person>Person", "mid=1", "w0=owns", "wL=met", "wM=<Company>"},
			[]string{"w=owns", "seq=, who owns <Company> , met"}, false},
		{"no name between: one segment",
			"Lim Dara met Sok Vanna twice last year.",
			"Lim Dara|Sok Vanna",
			[]string{"seq=met", "w=met", "n=1"},
			[]string{"w0=met", "wL=met", "adjacent"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pairs, _ := pairsOf(t, c.text)
			p, ok := pairs[c.pair]
			if !ok {
				t.Fatalf("no pair %s among %v", c.pair, pairNames(pairs))
			}
			for _, f := range c.want {
				if !slices.Contains(p.Features, f) {
					t.Errorf("feature %q missing from %v", f, p.Features)
				}
			}
			for _, f := range c.not {
				if slices.Contains(p.Features, f) {
					t.Errorf("feature %q present in %v", f, p.Features)
				}
			}
			if p.Typed != c.typed {
				t.Errorf("typed %v, want %v", p.Typed, c.typed)
			}
		})
	}
}

func pairNames(m map[string]PairExample) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestPairExamplesBounded: a sentence listing many names pairs each with at most pairReach
// later names, so the pairs grow with the names, not with their square.
func TestPairExamplesBounded(t *testing.T) {
	var names []string
	for i := range 60 {
		names = append(names, fmt.Sprintf("Golden %s Trading Co., Ltd.", strings.Repeat("Z", 1)+fmt.Sprint(i)))
	}
	_, n := pairsOf(t, "OFAC designated "+strings.Join(names, ", ")+" on Tuesday.")
	if n == 0 || n > pairReach*61 {
		t.Fatalf("%d pairs for 61 names, want 1..%d", n, pairReach*61)
	}
}

// TestPairSinkLeavesOutputAlone: the sink only watches; the relations are the same with it.
func TestPairSinkLeavesOutputAlone(t *testing.T) {
	text := "Golden Reed Park, a compound in Bavet, is owned by Lucky Crane Holdings Co., Ltd., whose chairman is Lim Dara."
	x := newTestExtractor(t)
	a, err := x.Extract(context.Background(), Page{URL: "https://news.example/a", Body: article(text), ContentType: "text/html"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	y, err := New(Options{Pairs: func(PairExample) { n++ }})
	if err != nil {
		t.Fatal(err)
	}
	b, err := y.Extract(context.Background(), Page{URL: "https://news.example/a", Body: article(text), ContentType: "text/html"})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || fmt.Sprint(a[0].Relations) != fmt.Sprint(b[0].Relations) {
		t.Fatalf("%d pairs seen; relations differ with a sink:\n%v\n%v", n, a[0].Relations, b[0].Relations)
	}
}

func TestPairStem(t *testing.T) {
	for in, want := range map[string]string{"owns": "own", "owned": "own", "owning": "own", "companies": "company", "by": "by", "<Company>": "<Company>", "runs": "run", "was": "was"} {
		if got := pairStem(in); got != want {
			t.Errorf("pairStem(%q) = %q, want %q", in, got, want)
		}
	}
}
