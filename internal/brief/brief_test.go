package brief

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// fakeGraph is a small world in memory:
//
//	chen -DIRECTS-> group     official (list) + reported (news)
//	group -OPERATES-> park     reported, one source
//	tycoon -OWNS-> group       alleged, with a denial and a hostile quote
//	group -SANCTIONED_BY-> ofac official
//	group -LOCATED_IN-> cambodia reported, old (2019) evidence only
//	chen -EMPLOYED_BY-> ministry reported (a public role)
//	group -MENTIONED_WITH- bystander
type fakeGraph struct {
	ents  map[string]*graphdb.EntityDetail
	paths map[string][]graphdb.Path
	compl map[string][]graphdb.ComplicityPath
	hits  []graphdb.EntityHit
}

var (
	group     = graphdb.EntityRef{ID: "company:group", Name: "Prince Test Group", Type: model.Company}
	chen      = graphdb.EntityRef{ID: "person:chen", Name: "陈志 Chen Test", Type: model.Person}
	park      = graphdb.EntityRef{ID: "compound:park", Name: "Test Park", Type: model.Compound}
	tycoon    = graphdb.EntityRef{ID: "person:tycoon", Name: "Tycoon <b>Bo</b>", Type: model.Person}
	ofac      = graphdb.EntityRef{ID: "organization:ofac", Name: "Office of Foreign Assets Control", Type: model.Organization}
	cambodia  = graphdb.EntityRef{ID: "location:cambodia", Name: "Cambodia", Type: model.Location}
	ministry  = graphdb.EntityRef{ID: "organization:ministry", Name: "Ministry of Interior", Type: model.Organization}
	bystander = graphdb.EntityRef{ID: "person:bystander", Name: "Innocent Bystander", Type: model.Person}
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

var seen = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func ev(id, grade, quote, url, source, published string, denial bool) graphdb.Evidence {
	e := graphdb.Evidence{ID: id, Grade: grade, Quote: quote, Denial: denial, Capture: strings.Repeat(id[len(id)-1:], 64)[:64],
		FirstSeen: seen, DocumentURL: url, Document: graphdb.DocumentRef{URL: url, Title: "Title of " + id, Source: source}}
	if published != "" {
		e.Document.Published = day(published)
	}
	return e
}

// The evidence of each edge; captures are hex strings made of the id's last digit.
var (
	evDirects = []graphdb.Evidence{
		ev("ev1", model.Official, "Chen Test directs Prince Test Group (Chairman).", "https://lists.example.org/sdn#1", "ofac-sdn", "2025-10-14", false),
		ev("ev2", model.Reported, "Chen Test, chairman of Prince Test Group, was charged.", "https://news.example.com/a", "news", "2025-10-15", false),
	}
	evOperates = []graphdb.Evidence{
		ev("ev3", model.Reported, "Prince Test Group runs Test Park.", "https://news.example.com/b", "news", "2024-05-01", false),
	}
	evOwns = []graphdb.Evidence{
		ev("ev4", model.Alleged, "Workers say Tycoon Bo owns the group <script>alert(1)</script>.", "https://blog.example.net/c", "blog", "2023-02-03", false),
		ev("ev5", model.Alleged, "Tycoon Bo denied any link to Prince Test Group.", "https://paper.example.org/d", "paper", "2023-03-01", true),
	}
	evSanction = []graphdb.Evidence{
		ev("ev6", model.Official, "OFAC designated Prince Test Group.", "https://lists.example.org/sdn#2", "ofac-sdn", "2025-10-14", false),
	}
	evLocated = []graphdb.Evidence{
		ev("ev7", model.Reported, "Prince Test Group, based in Cambodia.", "https://news.example.com/old", "news", "2019-01-01", false),
	}
	evRole = []graphdb.Evidence{
		ev("ev8", model.Reported, "Chen Test, an adviser to the Ministry of Interior.", "https://news.example.com/e", "news", "2024-01-01", false),
	}
)

func rel(me, other graphdb.EntityRef, pred, dir, grade string, evs []graphdb.Evidence) graphdb.RelationDetail {
	r := graphdb.RelationDetail{Predicate: pred, Direction: dir, Other: other, Grade: grade, Evidence: evs, EvidenceCount: len(evs)}
	for _, e := range evs {
		if e.Denial {
			r.Contested = true
			r.Denials++
		}
	}
	return r
}

func newFake() *fakeGraph {
	info := func(r graphdb.EntityRef, aliases ...string) graphdb.EntityInfo {
		return graphdb.EntityInfo{ID: r.ID, Name: r.Name, Type: r.Type, Aliases: aliases, FirstSeen: seen, LastSeen: seen}
	}
	g := &fakeGraph{ents: map[string]*graphdb.EntityDetail{
		group.ID: {Entity: func() graphdb.EntityInfo {
			i := info(group, "太子测试集团", "PTG")
			i.Identifiers = []graphdb.Identifier{{Scheme: "ofac sdn uid", Value: "99999"}}
			return i
		}(), Relations: []graphdb.RelationDetail{
			rel(group, chen, model.Directs, "in", model.Official, evDirects),
			rel(group, park, model.Operates, "out", model.Reported, evOperates),
			rel(group, tycoon, model.Owns, "in", model.Alleged, evOwns),
			rel(group, ofac, model.SanctionedBy, "out", model.Official, evSanction),
			rel(group, cambodia, model.LocatedIn, "out", model.Reported, evLocated),
			rel(group, bystander, model.MentionedWith, "both", model.CoMentioned, nil),
		}},
		chen.ID: {Entity: info(chen, "陈志"), Relations: []graphdb.RelationDetail{
			rel(chen, group, model.Directs, "out", model.Official, evDirects),
			rel(chen, ministry, model.EmployedBy, "out", model.Reported, evRole),
		}},
		park.ID: {Entity: info(park), Relations: []graphdb.RelationDetail{
			rel(park, group, model.Operates, "in", model.Reported, evOperates),
		}},
		tycoon.ID: {Entity: info(tycoon), Relations: []graphdb.RelationDetail{
			rel(tycoon, group, model.Owns, "out", model.Alleged, evOwns),
		}},
	},
		paths: map[string][]graphdb.Path{},
		compl: map[string][]graphdb.ComplicityPath{
			park.ID: {{
				Roles: []graphdb.Role{{Predicate: model.EmployedBy, Organization: node(ministry), Grade: model.Reported}},
				Path: graphdb.Path{Nodes: []graphdb.Node{node(chen), node(group), node(park)}, Edges: []graphdb.Edge{
					{Subject: chen.ID, Predicate: model.Directs, Object: group.ID, Grade: model.Official},
					{Subject: group.ID, Predicate: model.Operates, Object: park.ID, Grade: model.Reported},
				}},
			}},
		},
	}
	g.paths[park.ID] = []graphdb.Path{{Nodes: []graphdb.Node{node(tycoon), node(group), node(park)}, Edges: []graphdb.Edge{
		{Subject: tycoon.ID, Predicate: model.Owns, Object: group.ID, Grade: model.Alleged},
		{Subject: group.ID, Predicate: model.Operates, Object: park.ID, Grade: model.Reported},
	}}}
	return g
}

func node(r graphdb.EntityRef) graphdb.Node {
	return graphdb.Node{ID: r.ID, Name: r.Name, Type: r.Type}
}

func (g *fakeGraph) SearchEntities(_ context.Context, q, _ string, _ int) ([]graphdb.EntityHit, error) {
	var out []graphdb.EntityHit
	for _, h := range g.hits {
		if strings.Contains(strings.ToLower(h.Name), strings.ToLower(q)) {
			out = append(out, h)
		}
	}
	return out, nil
}

func (g *fakeGraph) Entity(_ context.Context, id string) (*graphdb.EntityDetail, error) {
	return g.ents[id], nil
}

func (g *fakeGraph) Evidence(_ context.Context, s, p, o string) ([]graphdb.Evidence, error) {
	switch edgeKey(s, p, o) {
	case edgeKey(chen.ID, model.EmployedBy, ministry.ID):
		return evRole, nil
	case edgeKey(chen.ID, model.Directs, group.ID):
		return evDirects, nil
	case edgeKey(group.ID, model.Operates, park.ID):
		return evOperates, nil
	case edgeKey(tycoon.ID, model.Owns, group.ID):
		return evOwns, nil
	}
	return nil, errors.New("unexpected evidence request " + s + " " + p + " " + o)
}

func (g *fakeGraph) OwnershipChains(_ context.Context, id string, _ int, minGrade string) ([]graphdb.Path, error) {
	var out []graphdb.Path
	for _, p := range g.paths[id] {
		ok := true
		for _, e := range p.Edges {
			ok = ok && model.GradeRank(e.Grade) <= model.GradeRank(minGrade)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out, nil
}

func (g *fakeGraph) ComplicityPaths(_ context.Context, id string, _ int, _ string, _ int) ([]graphdb.ComplicityPath, error) {
	return g.compl[id], nil
}

func (g *fakeGraph) SnapshotTime(context.Context) (time.Time, error) { return seen, nil }

var now = time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)

func build(t *testing.T, opt Options) *Brief {
	t.Helper()
	opt.Now = now
	b, err := Build(context.Background(), newFake(), []string{group.ID}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func render(t *testing.T, b *Brief) (md, html string) {
	t.Helper()
	var m, h bytes.Buffer
	if err := Markdown(&m, b); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&h, b); err != nil {
		t.Fatal(err)
	}
	return m.String(), h.String()
}

func findTie(b *Brief, subj, pred, obj string) *Tie {
	s := b.Subjects[0]
	for _, list := range [][]*Tie{s.Sanctions, s.Locations, s.Ties, s.Around} {
		for _, t := range list {
			if t.Subject.ID == subj && t.Predicate == pred && t.Object.ID == obj {
				return t
			}
		}
	}
	for _, c := range s.Complicity {
		for _, t := range append(c.Roles, c.Chain.Ties...) {
			if t.Subject.ID == subj && t.Predicate == pred && t.Object.ID == obj {
				return t
			}
		}
	}
	return nil
}

// TestWordingFollowsGrade: each grade has its own wording; allegations name who alleges;
// one source says so; a denial stands beside the claim it contests.
func TestWordingFollowsGrade(t *testing.T) {
	b := build(t, Options{})
	for _, c := range []struct {
		name           string
		subj, pred, ob string
		want           []string
		single         bool
		contested      bool
	}{
		{"official with news", chen.ID, model.Directs, group.ID,
			[]string{"陈志 Chen Test directs or leads Prince Test Group, as official records state (lists.example.org).", "Also reported by news.example.com."}, false, false},
		{"reported single source", group.ID, model.Operates, park.ID,
			[]string{"Prince Test Group operates Test Park, as reported by news.example.com."}, true, false},
		{"alleged and denied", tycoon.ID, model.Owns, group.ID,
			[]string{"According to blog.example.net, it is alleged that Tycoon <b>Bo</b> owns Prince Test Group."}, true, true},
		{"official sanction", group.ID, model.SanctionedBy, ofac.ID,
			[]string{"Prince Test Group is sanctioned by Office of Foreign Assets Control, as official records state (lists.example.org)."}, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tie := findTie(b, c.subj, c.pred, c.ob)
			if tie == nil {
				t.Fatalf("tie %s %s %s missing", c.subj, c.pred, c.ob)
			}
			got := sentence(tie)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("sentence %q lacks %q", got, w)
				}
			}
			if tie.SingleSource != c.single || strings.Contains(tail(tie), "single source") != c.single {
				t.Errorf("single source = %v (tail %q), want %v", tie.SingleSource, tail(tie), c.single)
			}
			if tie.Contested() != c.contested {
				t.Errorf("contested = %v, want %v", tie.Contested(), c.contested)
			}
			if len(tie.Notes) == 0 {
				t.Errorf("tie has no footnote")
			}
		})
	}
	// The denial is a footnote of its own, flagged and quoted.
	owns := findTie(b, tycoon.ID, model.Owns, group.ID)
	if d := b.Notes[owns.Denials[0]-1]; !d.Denial || !strings.Contains(d.Quote, "denied") {
		t.Errorf("denial note = %+v", d)
	}
}

// TestNotesInReadingOrder: footnotes are numbered 1..n in the order the text cites them and
// every tie's notes point at existing footnotes.
func TestNotesInReadingOrder(t *testing.T) {
	b := build(t, Options{})
	for i, n := range b.Notes {
		if n.N != i+1 {
			t.Fatalf("note %d numbered %d", i+1, n.N)
		}
	}
	s := b.Subjects[0]
	if s.Sanctions[0].Notes[0] != 1 {
		t.Errorf("first sanction cites note %d, want 1 (sanctions come first)", s.Sanctions[0].Notes[0])
	}
	if len(b.Notes) != 8 {
		t.Errorf("%d notes, want 8 (one per distinct evidence record)", len(b.Notes))
	}
}

// TestFilters: --min-grade and --since leave ties out and the brief says how many.
func TestFilters(t *testing.T) {
	for _, c := range []struct {
		name          string
		opt           Options
		gone          [3]string
		below, before int
		leftOutText   string
	}{
		{"reported drops the allegation", Options{MinGrade: model.Reported}, [3]string{tycoon.ID, model.Owns, group.ID}, 1, 0,
			"1 typed tie of Prince Test Group graded below reported is left out."},
		{"official drops reported ties", Options{MinGrade: model.Official}, [3]string{group.ID, model.Operates, park.ID}, 3, 0,
			"3 typed ties of Prince Test Group graded below official are left out."},
		{"since drops old evidence", Options{Since: *day("2020-01-01")}, [3]string{group.ID, model.LocatedIn, cambodia.ID}, 0, 1,
			"1 typed tie whose evidence all predates 1 January 2020 is left out."},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := build(t, c.opt)
			if tie := findTie(b, c.gone[0], c.gone[1], c.gone[2]); tie != nil {
				t.Errorf("tie %v still stated: %s", c.gone, sentence(tie))
			}
			s := b.Subjects[0]
			if s.LeftOut.BelowGrade != c.below || s.LeftOut.BeforeDate != c.before {
				t.Errorf("left out %+v, want below %d, before %d", s.LeftOut, c.below, c.before)
			}
			md, html := render(t, b)
			for name, out := range map[string]string{"md": md, "html": html} {
				if !strings.Contains(out, c.leftOutText) {
					t.Errorf("%s does not say %q", name, c.leftOutText)
				}
			}
		})
	}
	// The complicity path rests on the allegation-free chain, so it stays at reported; at
	// official the role (reported) goes and so does the path.
	if s := build(t, Options{MinGrade: model.Official}).Subjects[0]; len(s.Complicity) != 0 {
		t.Errorf("complicity kept at official: %+v", s.Complicity)
	}
}

// TestCoMentionsNeverTies: a co-mentioned entity is never named as tied; it is counted, and
// listed apart only at --min-grade co-mentioned.
func TestCoMentionsNeverTies(t *testing.T) {
	md, html := render(t, build(t, Options{}))
	for name, out := range map[string]string{"md": md, "html": html} {
		if strings.Contains(out, bystander.Name) {
			t.Errorf("%s names the co-mentioned %s at min grade alleged", name, bystander.Name)
		}
		if !strings.Contains(out, "1 further entity only appears in the same documents; that is not evidence of a tie") {
			t.Errorf("%s does not count the co-mention", name)
		}
	}
	md, html = render(t, build(t, Options{MinGrade: model.CoMentioned}))
	for name, out := range map[string]string{"md": md, "html": html} {
		i := strings.Index(out, "Named in the same documents (not ties)")
		if i < 0 {
			t.Fatalf("%s lacks the co-mention section", name)
		}
		if strings.Count(out, bystander.Name) != 1 || strings.Index(out, bystander.Name) < i {
			t.Errorf("%s names %s outside the co-mention list", name, bystander.Name)
		}
	}
}

// TestHostileTextEscaped: crawled markup reads as text in every format and the SVG.
func TestHostileTextEscaped(t *testing.T) {
	b := build(t, Options{})
	md, html := render(t, b)
	if strings.Contains(html, "<script>") || strings.Contains(html, "<b>Bo</b>") {
		t.Error("HTML carries crawled markup unescaped")
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "Tycoon &lt;b&gt;Bo&lt;/b&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks escaped %q", want)
		}
	}
	if strings.Contains(md, "<script>") || !strings.Contains(md, `\<script\>alert(1)\</script\>`) {
		t.Error("Markdown does not escape the hostile quote")
	}
	svg := b.Subjects[0].Picture.SVG
	if strings.Contains(svg, "<b>") || !strings.Contains(svg, "Tycoon &lt;b&gt;Bo&lt;/b&gt;") {
		t.Error("SVG label not escaped")
	}
	for _, ref := range []string{"src=", "<link", "@import", "url(http", "<script", "<iframe", "<object"} {
		if strings.Contains(html, ref) {
			t.Errorf("HTML has %q: a brief loads nothing", ref)
		}
	}
}

// TestMarkdownShape: the sections come in order, and every footnote gives outlet, title,
// date, address, capture, retrieval date, grade and quote.
func TestMarkdownShape(t *testing.T) {
	b := build(t, Options{})
	md, _ := render(t, b)
	last := -1
	for _, h := range []string{"# Brief: Prince Test Group", "## Summary", "## Key facts", "## Network", "## Ties",
		"### Ties of the entities around it", "## Ownership", "## Complicity", "## Contested", "## Timeline", "## Left out",
		"## Appendix: grades and method", "## Sources"} {
		i := strings.Index(md, "\n"+h+"\n")
		if h[0] == '#' && h[1] == ' ' {
			i = strings.Index(md, h+"\n")
		}
		if i < 0 || i < last {
			t.Fatalf("heading %q missing or out of order", h)
		}
		last = i
	}
	defs := regexp.MustCompile(`(?m)^\[\^(\d+)\]: .+$`).FindAllString(md, -1)
	if len(defs) != len(b.Notes) {
		t.Fatalf("%d footnote definitions, want %d", len(defs), len(b.Notes))
	}
	def := defs[0]
	n := b.Notes[0]
	for _, want := range []string{n.Outlet, n.Title, "published 14 October 2025", "https://lists.example.org/sdn\\#2",
		"sha256 `" + n.Capture + "`", "retrieved 2 January 2026", "grade: official", n.Quote} {
		if !strings.Contains(def, want) {
			t.Errorf("footnote %q lacks %q", def, want)
		}
	}
	for _, want := range []string{"太子测试集团", "ofac sdn uid: 99999", "| Sanctions | Office of Foreign Assets Control (official, first dated 14 October 2025)[^1]",
		"Ultimate owner of the operator of Test Park: Tycoon \\<b\\>Bo\\</b\\>", "**陈志 Chen Test**, public role:",
		"is employed by or holds a post at Ministry of Interior", "| 1 January 2019 | Prince Test Group is located in Cambodia | reported |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

// TestHTMLShape: the HTML is self-contained, with the drawing inline and its palette.
func TestHTMLShape(t *testing.T) {
	b := build(t, Options{})
	_, html := render(t, b)
	for _, want := range []string{`<svg xmlns="http://www.w3.org/2000/svg"`, `stroke-dasharray="6 4"`, "Content-Security-Policy",
		`counter(page)`, `id="note-1"`, `<a href="#note-1">1</a>`, "2026-12-05 12:00 UTC", "太子测试集团"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if n := strings.Count(html, "<li id=\"note-"); n != len(b.Notes) {
		t.Errorf("%d footnotes in HTML, want %d", n, len(b.Notes))
	}
	p := b.Subjects[0].Picture
	if p.Nodes != 7 || p.Edges != 6 {
		t.Errorf("picture has %d nodes and %d edges, want 7 and 6 (group, its 5 ties, chen's role)", p.Nodes, p.Edges)
	}
}

func TestResolve(t *testing.T) {
	g := newFake()
	g.hits = []graphdb.EntityHit{
		{ID: "person:twin-1", Name: "Twin", Type: model.Person, Match: "exact"},
		{ID: "company:twin-2", Name: "Twin", Type: model.Company, Match: "exact"},
		{ID: group.ID, Name: group.Name, Type: group.Type, Match: "exact"},
	}
	ctx := context.Background()
	ids, err := Resolve(ctx, g, []string{"Prince Test Group", chen.ID})
	if err != nil || strings.Join(ids, ",") != group.ID+","+chen.ID {
		t.Errorf("Resolve = %v, %v", ids, err)
	}
	_, err = Resolve(ctx, g, []string{"Twin"})
	var amb *Ambiguous
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 || !strings.Contains(err.Error(), "person:twin-1") || !strings.Contains(err.Error(), "company:twin-2") {
		t.Errorf("ambiguous name: %v", err)
	}
	_, err = Resolve(ctx, g, []string{"Nobody"})
	var nf *NotFound
	if !errors.As(err, &nf) {
		t.Errorf("unknown name: %v", err)
	}
}

func TestMdEsc(t *testing.T) {
	for in, want := range map[string]string{
		"plain name":           "plain name",
		"a*b_c`d":              `a\*b\_c\` + "`" + `d`,
		"[x](javascript:y)":    `\[x\](javascript:y)`,
		"<img src=x>":          `\<img src=x\>`,
		"line\nbreak\r\n| x |": `line break \| x \|`,
		"&lt;":                 `\&lt;`,
	} {
		if got := mdEsc(in); got != want {
			t.Errorf("mdEsc(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRuns(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want []Run
	}{
		{nil, nil},
		{[]int{4}, []Run{{4, 4}}},
		{[]int{1, 2, 3, 5, 7, 8}, []Run{{1, 3}, {5, 5}, {7, 8}}},
	} {
		got := runs(c.in)
		if len(got) != len(c.want) {
			t.Errorf("runs(%v) = %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("runs(%v) = %v, want %v", c.in, got, c.want)
			}
		}
	}
}

// TestPictureCap: a hub's drawing stops at the node cap, says how much it leaves out, and
// still states every tie; an authority's incoming sanctions are ties, not its own sanctions.
func TestPictureCap(t *testing.T) {
	g := newFake()
	hub := g.ents[ofac.ID]
	if hub == nil {
		hub = &graphdb.EntityDetail{Entity: graphdb.EntityInfo{ID: ofac.ID, Name: ofac.Name, Type: ofac.Type}}
		g.ents[ofac.ID] = hub
	}
	for i := range 40 {
		c := graphdb.EntityRef{ID: "company:shell-" + strconv.Itoa(i), Name: "Shell " + strconv.Itoa(i), Type: model.Company}
		e := ev("evs"+strconv.Itoa(i)+"0", model.Official, "Shell "+strconv.Itoa(i)+" is listed.", "https://lists.example.org/sdn#s"+strconv.Itoa(i), "ofac-sdn", "2025-10-14", false)
		hub.Relations = append(hub.Relations, rel(ofac, c, model.SanctionedBy, "in", model.Official, []graphdb.Evidence{e}))
	}
	b, err := Build(context.Background(), g, []string{ofac.ID}, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	s := b.Subjects[0]
	if len(s.Sanctions) != 0 || len(s.Ties) != 40 {
		t.Errorf("%d own sanctions and %d ties, want 0 and 40", len(s.Sanctions), len(s.Ties))
	}
	if s.Picture.Nodes != maxPictureNodes || s.LeftOut.Truncated != 40-(maxPictureNodes-1) {
		t.Errorf("picture %d nodes, %d left out; want %d and %d", s.Picture.Nodes, s.LeftOut.Truncated, maxPictureNodes, 40-(maxPictureNodes-1))
	}
	md, _ := render(t, b)
	if !strings.Contains(md, "is an organization in the graph") || !strings.Contains(md, "; and 34 more, listed under Ties.") ||
		!strings.Contains(md, "13 further ties are not drawn (drawing limit)") {
		t.Errorf("hub brief summary:\n%s", md[:min(len(md), 3000)])
	}
}

// TestTimelineCitesEarliest: the timeline dates a tie by its earliest evidence and cites that
// evidence, even when a stronger source came later.
func TestTimelineCitesEarliest(t *testing.T) {
	g := newFake()
	early := ev("ev9", model.Reported, "Chen Test heads Prince Test Group.", "https://early.example.com/x", "news", "2021-06-01", false)
	for i, r := range g.ents[group.ID].Relations {
		if r.Predicate == model.Directs {
			g.ents[group.ID].Relations[i].Evidence = append(slices.Clone(r.Evidence), early)
		}
	}
	b, err := Build(context.Background(), g, []string{group.ID}, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	directs := findTie(b, chen.ID, model.Directs, group.ID)
	n := b.Notes[directs.FirstNote-1]
	if directs.First.Format("2006-01-02") != "2021-06-01" || n.URL != early.DocumentURL || directs.FirstNote == directs.Notes[0] {
		t.Errorf("first %s cites note %+v (notes %v)", directs.First, n, directs.Notes)
	}
	if md, _ := render(t, b); !strings.Contains(md, fmt.Sprintf("| 1 June 2021 | 陈志 Chen Test directs or leads Prince Test Group | official | early.example.com[^%d] |", directs.FirstNote)) {
		t.Error("timeline row does not cite the earliest source")
	}
}

// TestUnsafeLinkNeutralised: a footnote address with a script scheme is not a live link.
func TestUnsafeLinkNeutralised(t *testing.T) {
	b := build(t, Options{})
	b.Notes[0].URL = "javascript:alert(document.domain)"
	_, html := render(t, b)
	if strings.Contains(html, `href="javascript:`) || !strings.Contains(html, "#ZgotmplZ") {
		t.Error("a javascript: address became a live link")
	}
}

// TestOutletOf: the open web is cited by host, which a page cannot forge; a page served from a
// local address (the sample world) by the publisher it names; then by the crawl source.
func TestOutletOf(t *testing.T) {
	ev := func(u, publisher, source string) graphdb.Evidence {
		var e graphdb.Evidence
		e.DocumentURL, e.Document.Publisher, e.Document.Source = u, publisher, source
		return e
	}
	for _, tc := range []struct {
		ev   graphdb.Evidence
		want string
	}{
		{ev("https://www.rfa.org/english/news/x.html", "Radio Free Asia", "rfa"), "rfa.org"},
		{ev("https://evil.example/fake-treasury", "U.S. Department of the Treasury", "feed"), "evil.example"},
		{ev("http://127.0.0.1:8079/news/a.html", "Mekong Ledger", "sample-news"), "Mekong Ledger"},
		{ev("http://127.0.0.1:8079/news/a.html", "Mekong\n\u202eLedger", "sample-news"), "Mekong Ledger"},
		{ev("http://localhost:8079/news/a.html", "", "sample-news"), "sample-news"},
		{ev("", "", ""), "unknown source"},
	} {
		if got := outletOf(tc.ev); got != tc.want {
			t.Errorf("outletOf(%q, %q, %q) = %q, want %q", tc.ev.DocumentURL, tc.ev.Document.Publisher, tc.ev.Document.Source, got, tc.want)
		}
	}
}

// TestEndedTiesInThePast: a tie every supporting record tells as over (a former post, an end
// date, "previously owned") is stated in the past, with its post; one record telling it as
// standing keeps the present.
func TestEndedTiesInThePast(t *testing.T) {
	rec := func(id, role, end string, ended bool) graphdb.Evidence {
		e := ev(id, model.Reported, "quote "+id, "https://news.example.com/"+id, "news", "2025-01-02", false)
		e.Role, e.End, e.Ended = role, end, ended
		return e
	}
	for _, c := range []struct {
		name string
		pred string
		evs  []graphdb.Evidence
		want string
	}{
		{"a former post", model.Directs, []graphdb.Evidence{rec("a1", "former chairman", "", true)},
			"陈志 Chen Test formerly directed or led Prince Test Group as chairman"},
		{"a post held now", model.Directs, []graphdb.Evidence{rec("b1", "chairman", "", false)},
			"陈志 Chen Test directs or leads Prince Test Group as chairman"},
		{"held now by one record, over by another", model.Directs, []graphdb.Evidence{rec("c1", "former chairman", "", true), rec("c2", "director", "", false)},
			"陈志 Chen Test directs or leads Prince Test Group as director,"},
		{"held now by a record with no post, over by another", model.Directs, []graphdb.Evidence{rec("g1", "former chairman", "", true), rec("g2", "", "", false)},
			"陈志 Chen Test directs or leads Prince Test Group,"},
		{"a post that only repeats the verb", model.MemberOf, []graphdb.Evidence{rec("h1", "member", "", false)},
			"陈志 Chen Test is a member of Prince Test Group,"},
		{"an ownership with an end date", model.Owns, []graphdb.Evidence{rec("d1", "", "2021", false)},
			"陈志 Chen Test formerly owned Prince Test Group"},
		{"an ownership told as over", model.Owns, []graphdb.Evidence{rec("e1", "", "", true)},
			"陈志 Chen Test formerly owned Prince Test Group"},
		{"family does not end", model.FamilyOf, []graphdb.Evidence{rec("f1", "", "", true)},
			"陈志 Chen Test is a family member of Prince Test Group"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := &builder{g: newFake(), maxRank: model.GradeRank(model.Alleged), noteByEv: map[string]int{}, ties: map[string]*Tie{}, excluded: map[string]bool{}}
			tie, _ := b.tieFrom(chen, c.pred, group, c.evs)
			if tie == nil {
				t.Fatal("no tie")
			}
			if got := sentence(tie); !strings.HasPrefix(got, strings.TrimSuffix(c.want, ",")+",") {
				t.Errorf("sentence %q, want it to open with %q", got, c.want)
			}
		})
	}
}
