package brief

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

//go:embed templates
var templateFiles embed.FS

// Formats a brief renders to.
const (
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatPDF      = "pdf"
)

// Formats lists the formats, for flags and messages.
var Formats = []string{FormatMarkdown, FormatHTML, FormatPDF}

// ContentType is the media type of a format.
func ContentType(format string) string {
	switch format {
	case FormatHTML:
		return "text/html; charset=utf-8"
	case FormatPDF:
		return "application/pdf"
	}
	return "text/markdown; charset=utf-8"
}

var (
	mdTmpl   = texttemplate.Must(texttemplate.New("brief.md.tmpl").Funcs(texttemplate.FuncMap(funcs(mdEsc))).ParseFS(templateFiles, "templates/brief.md.tmpl"))
	htmlTmpl = htmltemplate.Must(htmltemplate.New("brief.html.tmpl").Funcs(htmltemplate.FuncMap(funcs(func(s string) string { return oneLine(s, 4000) }))).ParseFS(templateFiles, "templates/brief.html.tmpl"))
)

// Markdown writes the brief as Markdown with footnotes ([^n]). Every crawled string is
// escaped so it reads as text in any Markdown renderer.
func Markdown(w io.Writer, b *Brief) error {
	var buf bytes.Buffer
	if err := mdTmpl.Execute(&buf, view{b}); err != nil {
		return fmt.Errorf("render markdown brief: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// HTML writes the brief as one self-contained HTML page: inline CSS, the drawing as inline
// SVG, nothing fetched. Every crawled string is escaped by html/template.
func HTML(w io.Writer, b *Brief) error {
	var buf bytes.Buffer
	if err := htmlTmpl.Execute(&buf, view{b}); err != nil {
		return fmt.Errorf("render HTML brief: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// view wraps a brief with what only the templates need.
type view struct{ *Brief }

// SVG hands a picture's markup to html/template: it was built in picture.go with every text
// escaped and carries no script or external reference.
func (view) SVG(p Picture) htmltemplate.HTML { return htmltemplate.HTML(p.SVG) } //nolint:gosec // built and escaped in layout()

// GradeMeanings explains each grade in the appendix.
func (view) GradeMeanings() [][2]string {
	return [][2]string{
		{model.Official, "A sanctions list, court record or government action states it."},
		{model.Reported, "A news text states it as fact."},
		{model.Alleged, "Attributed or hedged (\"prosecutors allege\", \"according to workers\", \"reportedly\"); denials are kept with this grade and shown beside the claim they contest."},
		{model.CoMentioned, "The two names only appear in the same document. This is not evidence of a tie, and a brief never states it as one."},
	}
}

// funcs are the template helpers; text escapes crawled strings for the output format.
func funcs(text func(string) string) map[string]any {
	return map[string]any{
		"t":        text,
		"date":     fmtDate,
		"datep":    fmtDatePtr,
		"stamp":    func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		"sentence": func(t *Tie) string { return text(sentence(t)) },
		"short":    func(t *Tie) string { return text(t.Claim()) },
		"outlets":  func(t *Tie) string { return text(joinOutlets(t.Outlets)) },
		"tail":     tail,
		"join":     func(xs []string, sep string) string { return text(strings.Join(xs, sep)) },
		"grades":   gradeList,
		"plural":   plural,
		"hex":      hexOnly,
		"add":      func(a, b int) int { return a + b },
		"upper1":   upper1,
		"atLeast":  atLeast,
		"note":     func(v view, n int) *Note { return v.Notes[n-1] },
		"list2":    func(a, b any) []any { return []any{a, b} },
		"runs":     runs,
		"last":     func(i, n int) bool { return i == n-1 },
		"isGrade":  func(t *Tie, g string) bool { return t.Grade == g },
	}
}

// sentence states a tie in the words its grade allows: official and reported ties as what
// their sources state, alleged ones as allegations, always naming who says so. Sources of a
// weaker grade than the tie's follow, each with the verb of their own grade.
func sentence(t *Tie) string {
	claim := t.Claim()
	var b strings.Builder
	switch t.Grade {
	case model.Official:
		b.WriteString(claim + ", as official records state (" + joinOutlets(t.outlets(model.Official)) + ").")
	case model.Reported:
		b.WriteString(claim + ", as reported by " + joinOutlets(t.outlets(model.Reported)) + ".")
	default:
		b.WriteString("According to " + joinOutlets(t.outlets(model.Alleged)) + ", it is alleged that " + claim + ".")
	}
	if t.Grade == model.Official {
		if o := t.outlets(model.Reported); len(o) > 0 {
			b.WriteString(" Also reported by " + joinOutlets(o) + ".")
		}
	}
	if t.Grade != model.Alleged {
		if o := t.outlets(model.Alleged); len(o) > 0 {
			b.WriteString(" Also alleged by " + joinOutlets(o) + ".")
		}
	}
	return b.String()
}

// Run is a stretch of consecutive footnote numbers, cited as "3–7".
type Run struct{ From, To int }

// runs groups footnote numbers into consecutive stretches, so a long citation reads 1–8.
func runs(ns []int) []Run {
	var out []Run
	for _, n := range ns {
		if k := len(out) - 1; k >= 0 && out[k].To+1 == n {
			out[k].To = n
			continue
		}
		out = append(out, Run{n, n})
	}
	return out
}

// tail is what follows a tie's sentence: a single source, documents not cited.
func tail(t *Tie) string {
	var parts []string
	if t.SingleSource {
		parts = append(parts, "This rests on a single source.")
	}
	if t.More > 0 {
		parts = append(parts, fmt.Sprintf("%s in the graph say%s the same and %s not cited here.",
			plural(t.More, "further document"), map[bool]string{true: "s", false: ""}[t.More == 1], map[bool]string{true: "is", false: "are"}[t.More == 1]))
	}
	return strings.Join(parts, " ")
}

func joinOutlets(o []string) string {
	switch {
	case len(o) == 0:
		return "an unnamed source"
	case len(o) == 1:
		return o[0]
	case len(o) <= 3:
		return strings.Join(o[:len(o)-1], ", ") + " and " + o[len(o)-1]
	}
	return strings.Join(o[:3], ", ") + fmt.Sprintf(" and %d others", len(o)-3)
}

func gradeList(gc []GradeCount) string {
	var parts []string
	for _, g := range gc {
		parts = append(parts, fmt.Sprintf("%d %s", g.N, g.Grade))
	}
	switch len(parts) {
	case 0:
		return "none"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func upper1(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' && !strings.Contains(s, ".") {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}

// atLeast describes the grade filter: "official", "reported or stronger", ...
func atLeast(g string) string {
	switch g {
	case model.Official:
		return "official"
	case model.CoMentioned:
		return "alleged or stronger (co-mentions listed apart)"
	}
	return g + " or stronger"
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2 January 2006")
}

func fmtDatePtr(t *time.Time) string {
	if t == nil {
		return "undated"
	}
	return fmtDate(*t)
}

// hexOnly passes a sha256 through when it is hex, so it needs no escaping.
func hexOnly(s string) string {
	if s == "" || strings.Trim(strings.ToLower(s), "0123456789abcdef") != "" {
		return ""
	}
	return strings.ToLower(s)
}

// mdEsc makes crawled text literal in Markdown: one line, and every character that could
// start markup (emphasis, links, images, HTML, tables, code, headings) backslash-escaped.
func mdEsc(s string) string {
	s = oneLine(s, 4000)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~#!{}$&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
