package sampleworld

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	texttemplate "text/template"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"
)

// post is one article of an outlet: front matter plus an HTML body.
type post struct {
	ID         int       `yaml:"id"`
	Slug       string    `yaml:"slug"`
	Title      string    `yaml:"title"`
	Date       time.Time `yaml:"date"`
	Modified   time.Time `yaml:"modified"`
	Author     string    `yaml:"author"`
	Categories []string  `yaml:"categories"`
	Tags       []string  `yaml:"tags"`
	Excerpt    string    `yaml:"excerpt"`
	Kicker     string    `yaml:"kicker"`
	Caption    string    `yaml:"caption"`
	Lang       string    `yaml:"lang"`
	Charset    string    `yaml:"charset"`
	OG         bool      `yaml:"og"`
	JSONLD     bool      `yaml:"jsonld"`
	Legacy     bool      `yaml:"legacy"`
	Private    bool      `yaml:"private"`
	// Update is an editor's note appended to the article (HTML).
	Update string `yaml:"update"`

	Body template.HTML `yaml:"-"`
	Path string        `yaml:"-"`
	// Text is the body without markup, for search matching and excerpts.
	Text string `yaml:"-"`
}

// URL is the post's address with the placeholder origin.
func (p *post) URL() string { return placeholderOrigin + p.Path }

// Updated is the modification time, or the publication time when never modified.
func (p *post) Updated() time.Time {
	if p.Modified.IsZero() {
		return p.Date
	}
	return p.Modified
}

// outlet is one invented news site.
type outlet struct {
	name  string
	base  string // placeholder origin + path prefix, no trailing slash
	posts []*post
}

var frontMatter = regexp.MustCompile(`(?s)\A---\n(.*?)\n---\n(.*)\z`)

// loadPosts reads every *.html file in dir; each starts with YAML front matter.
func loadPosts(fsys fs.FS, dir string) ([]*post, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var posts []*post
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".html") {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		m := frontMatter.FindSubmatch(b)
		if m == nil {
			return nil, fmt.Errorf("%s: no front matter", e.Name())
		}
		p := &post{}
		dec := yaml.NewDecoder(bytes.NewReader(m[1]))
		dec.KnownFields(true)
		if err := dec.Decode(p); err != nil {
			return nil, fmt.Errorf("%s: front matter: %w", e.Name(), err)
		}
		if p.Slug == "" || p.Title == "" || p.Date.IsZero() || p.Author == "" {
			return nil, fmt.Errorf("%s: slug, title, date and author are required", e.Name())
		}
		body := strings.TrimSpace(string(m[2]))
		if strings.Contains(body, "]]>") {
			return nil, fmt.Errorf("%s: body contains ]]>, which cannot sit in a CDATA section", e.Name())
		}
		p.Body = template.HTML(body)
		p.Text = strings.TrimSpace(spaces.ReplaceAllString(plainText(body), " "))
		posts = append(posts, p)
	}
	if len(posts) == 0 {
		return nil, errors.New("no posts")
	}
	sort.Slice(posts, func(i, j int) bool { return posts[i].Date.After(posts[j].Date) })
	return posts, nil
}

// excerpt imitates WordPress's automatic excerpt: the first 55 words, with more marked by
// ellipsis (an entity in feeds, a character in pages).
func excerpt(p *post, more string) string {
	if p.Excerpt != "" {
		return p.Excerpt
	}
	words := strings.Fields(p.Text)
	if len(words) <= 55 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:55], " ") + more
}

var funcs = template.FuncMap{
	"fmt":         func(t time.Time, layout string) string { return t.Format(layout) },
	"iso":         func(t time.Time) string { return t.Format(time.RFC3339) },
	"rfc822":      func(t time.Time) string { return t.UTC().Format("Mon, 02 Jan 2006 15:04:05 +0000") },
	"slug":        slugify,
	"excerpt":     func(p *post) string { return excerpt(p, " […]") },
	"feedexcerpt": func(p *post) string { return excerpt(p, " [&#8230;]") },
	"xmlesc":      xmlEscape,
	"join":        strings.Join,
	"year":        func() int { return 2026 },
	"origin":      func() string { return placeholderOrigin },
	"safe":        func(s string) template.HTML { return template.HTML(s) },
	"readmin":     func(p *post) int { return max(1, (len(strings.Fields(p.Text))+199)/200) },
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// articleView is what an article template sees.
type articleView struct {
	Site     string
	Base     string
	P        *post
	Body     template.HTML
	JSONLD   template.JS
	Prev     *post
	Next     *post
	Related  []*post
	MostRead []*post
	Latest   []*post
}

func parseTemplates(fsys fs.FS, pattern string) (*template.Template, error) {
	return template.New("").Funcs(funcs).ParseFS(fsys, pattern)
}

func render(t *template.Template, name string, data any) ([]byte, error) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	// html/template writes + as &#43; (in datetime attributes, for one); the sites it imitates
	// write it plainly.
	return bytes.ReplaceAll(buf.Bytes(), []byte("&#43;"), []byte("+")), nil
}

// injectAfter places block after the n-th closing paragraph of body, as CMS plugins place
// newsletter boxes and "read also" links inside article text.
func injectAfter(body template.HTML, n int, block string) template.HTML {
	s := string(body)
	idx := 0
	for i := 0; i < n; i++ {
		j := strings.Index(s[idx:], "</p>")
		if j < 0 {
			return body
		}
		idx += j + len("</p>")
	}
	return template.HTML(s[:idx] + "\n" + block + s[idx:])
}

// pick returns up to n posts other than p, starting at offset, wrapping around.
func pick(posts []*post, p *post, offset, n int) []*post {
	var out []*post
	for i := 0; i < len(posts) && len(out) < n; i++ {
		q := posts[(offset+i)%len(posts)]
		if q != p && !q.Private {
			out = append(out, q)
		}
	}
	return out
}

// public returns the posts not under a robots-disallowed path.
func public(posts []*post) []*post {
	var out []*post
	for _, p := range posts {
		if !p.Private {
			out = append(out, p)
		}
	}
	return out
}

func parseTextTemplate(fsys fs.FS, file string) (*texttemplate.Template, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, err
	}
	return texttemplate.New(path.Base(file)).Funcs(texttemplate.FuncMap(funcs)).Parse(string(b))
}
