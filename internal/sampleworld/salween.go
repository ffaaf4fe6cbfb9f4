package sampleworld

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// The Salween Review is an invented news site with its own CMS: /salween/news/<slug>.html
// (Burmese: /salween/my/news/<slug>.html), listed in a Google News sitemap. Its 2020 pages
// still use an older template in windows-1252.
const (
	salweenName   = "Salween Review"
	salweenPrefix = "/salween"
)

func (w *world) loadSalween(fsys fs.FS) error {
	posts, err := loadPosts(fsys, "data/salween/posts")
	if err != nil {
		return err
	}
	o := &outlet{name: salweenName, base: placeholderOrigin + salweenPrefix, posts: posts}
	for _, p := range posts {
		if p.Lang == "" {
			p.Lang = "en"
		}
		if p.Lang == "en" {
			p.Path = fmt.Sprintf("%s/news/%s.html", salweenPrefix, p.Slug)
		} else {
			p.Path = fmt.Sprintf("%s/%s/news/%s.html", salweenPrefix, p.Lang, p.Slug)
		}
	}
	w.salween = o
	t, err := parseTemplates(fsys, "data/salween/templates/*.html")
	if err != nil {
		return err
	}
	english := func() []*post {
		var out []*post
		for _, p := range posts {
			if p.Lang == "en" {
				out = append(out, p)
			}
		}
		return out
	}()
	for i, p := range posts {
		v := articleView{Site: salweenName, Base: o.base, P: p, MostRead: pick(english, p, 2, 5),
			Related: pick(english, p, i+1, 2), Latest: pick(english, p, 0, 4)}
		body := p.Body
		if len(v.Related) > 0 && !p.Legacy && p.Lang == "en" {
			body = injectAfter(body, 2, fmt.Sprintf(`<aside class="read-also"><span class="read-also__label">READ ALSO</span> <a href="%s">%s</a></aside>`,
				v.Related[0].URL(), template.HTMLEscapeString(v.Related[0].Title)))
		}
		v.Body = body
		if p.JSONLD {
			ld, err := salweenJSONLD(p)
			if err != nil {
				return err
			}
			v.JSONLD = ld
		}
		name := "article.html"
		if p.Legacy {
			name = "legacy.html"
		}
		b, err := render(t, name, v)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Slug, err)
		}
		res := resource{body: b, ctype: ctypeHTML, mod: p.Updated()}
		if p.Charset != "" {
			enc, err := charsetEncoding(p.Charset)
			if err != nil {
				return fmt.Errorf("%s: %w", p.Slug, err)
			}
			if _, err := enc.NewEncoder().Bytes(b); err != nil {
				return fmt.Errorf("%s: not representable in %s: %w", p.Slug, p.Charset, err)
			}
			res.enc = enc
			res.ctype = "text/html; charset=" + p.Charset
		}
		w.static[p.Path] = res
	}
	home, err := render(t, "home.html", struct {
		Site   string
		Base   string
		Latest []*post
	}{salweenName, o.base, english})
	if err != nil {
		return err
	}
	w.static[salweenPrefix+"/"] = resource{body: home, ctype: ctypeHTML, mod: posts[0].Updated()}

	sm, err := parseTextTemplate(fsys, "data/salween/news-sitemap.xml.tmpl")
	if err != nil {
		return err
	}
	var buf []byte
	if err := sm.Execute(&byteWriter{&buf}, struct {
		Site  string
		Base  string
		Posts []*post
	}{salweenName, o.base, posts}); err != nil {
		return fmt.Errorf("news sitemap: %w", err)
	}
	w.static[salweenPrefix+"/news-sitemap.xml"] = resource{body: buf, ctype: "application/xml; charset=UTF-8", mod: posts[0].Updated()}
	return nil
}

func charsetEncoding(name string) (encoding.Encoding, error) {
	switch strings.ToLower(name) {
	case "windows-1252":
		return charmap.Windows1252, nil
	}
	return nil, fmt.Errorf("unsupported charset %q", name)
}

func salweenJSONLD(p *post) (template.JS, error) {
	doc := map[string]any{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"headline":         p.Title,
		"url":              p.URL(),
		"mainEntityOfPage": map[string]string{"@type": "WebPage", "@id": p.URL()},
		"datePublished":    p.Date.Format(time.RFC3339),
		"dateModified":     p.Updated().Format(time.RFC3339),
		"inLanguage":       p.Lang,
		"articleSection":   p.Kicker,
		"keywords":         strings.Join(p.Tags, ", "),
		"author":           []map[string]string{{"@type": "Organization", "name": salweenName + " " + p.Author}},
		"publisher": map[string]any{
			"@type": "NewsMediaOrganization",
			"name":  salweenName,
			"logo":  map[string]string{"@type": "ImageObject", "url": placeholderOrigin + salweenPrefix + "/static/img/salween-review-logo.png"},
		},
		"isAccessibleForFree": true,
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
