package brief

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// unescapedLT finds a "<" in Markdown output that no backslash escapes.
var unescapedLT = regexp.MustCompile(`(^|[^\\])<`)

// FuzzRenderHostile puts arbitrary crawled text in a name, an alias, a quote and a title and
// checks that no format lets it become markup: the HTML gains no element or attribute from it,
// the Markdown keeps every "<" escaped, and the SVG stays one element tree.
func FuzzRenderHostile(f *testing.F) {
	for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "]]></text><script>",
		"[link](javascript:alert(1))", "\u202Eevil\u202C", "a\nb\r\n# heading", "`code` *em* _u_ | pipe", "陈志 &lt;b&gt;"} {
		f.Add(s)
	}
	var want string
	f.Fuzz(func(t *testing.T, s string) {
		if want == "" {
			want = markup(t, baseline(t))
		}
		g := newFake()
		d := g.ents[group.ID]
		d.Entity.Aliases = []string{s}
		for i, r := range d.Relations {
			if r.Predicate == model.Owns {
				evs := append([]graphdb.Evidence(nil), r.Evidence...)
				evs[0].Quote = s
				evs[0].Document.Title = s
				d.Relations[i].Evidence = evs
				d.Relations[i].Other.Name = s
			}
		}
		b, err := Build(context.Background(), g, []string{group.ID}, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		md, html := render(t, b)
		// The hostile text may only ever be text: the HTML's elements and attributes are
		// those of the same brief with harmless text.
		if got := markup(t, html); got != want {
			t.Fatalf("input %q changed the HTML's markup:\n%s\nwant\n%s", s, got, want)
		}
		for _, line := range strings.Split(md, "\n") {
			if unescapedLT.MatchString(line) {
				t.Fatalf("input %q left an unescaped < in Markdown line %q", s, line)
			}
		}
		svg := b.Subjects[0].Picture.SVG
		if strings.Count(svg, "<svg") != 1 || strings.Count(svg, "</svg>") != 1 || strings.Contains(svg, "<script") {
			t.Fatalf("input %q broke the SVG", s)
		}
	})
}

// baseline renders the world with the same fields set to harmless text.
func baseline(t *testing.T) string {
	g := newFake()
	d := g.ents[group.ID]
	d.Entity.Aliases = []string{"x"}
	for i, r := range d.Relations {
		if r.Predicate == model.Owns {
			evs := append([]graphdb.Evidence(nil), r.Evidence...)
			evs[0].Quote, evs[0].Document.Title = "x", "x"
			d.Relations[i].Evidence = evs
			d.Relations[i].Other.Name = "x"
		}
	}
	b, err := Build(context.Background(), g, []string{group.ID}, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	_, h := render(t, b)
	return h
}

// markup counts the element and attribute names of an HTML document, SVG labels aside.
func markup(t *testing.T, doc string) string {
	counts := map[string]int{}
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, more := z.TagName()
			if string(name) == "text" {
				continue // drawing labels: a long name wraps onto more lines
			}
			counts["<"+string(name)]++
			for more {
				var k []byte
				k, _, more = z.TagAttr()
				counts[string(name)+"@"+string(k)]++
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, counts[k])
	}
	return b.String()
}
