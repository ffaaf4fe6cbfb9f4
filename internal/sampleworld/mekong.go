package sampleworld

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"time"
)

// The Mekong Ledger is an invented WordPress news site: /mekong/YYYY/MM/DD/slug/ articles, an
// RSS 2.0 feed with content:encoded at /mekong/feed/ paged by ?paged=N, ten items a page.
const (
	mekongName    = "Mekong Ledger"
	mekongPrefix  = "/mekong"
	mekongPerFeed = 10
)

func (w *world) loadMekong(fsys fs.FS) error {
	posts, err := loadPosts(fsys, "data/mekong/posts")
	if err != nil {
		return err
	}
	o := &outlet{name: mekongName, base: placeholderOrigin + mekongPrefix, posts: posts}
	for _, p := range posts {
		if p.Private {
			p.Path = fmt.Sprintf("%s/private/%s/", mekongPrefix, p.Slug)
		} else {
			p.Path = fmt.Sprintf("%s/%s/%s/", mekongPrefix, p.Date.Format("2006/01/02"), p.Slug)
		}
	}
	w.mekong = o
	t, err := parseTemplates(fsys, "data/mekong/templates/*.html")
	if err != nil {
		return err
	}
	pub := public(posts)
	for i, p := range posts {
		v := articleView{Site: mekongName, Base: o.base, P: p, MostRead: pick(pub, p, 3, 5), Related: pick(pub, p, i+1, 3)}
		for j, q := range pub {
			if q == p {
				if j+1 < len(pub) {
					v.Prev = pub[j+1]
				}
				if j > 0 {
					v.Next = pub[j-1]
				}
			}
		}
		body := p.Body
		if len(v.Related) > 0 {
			body = injectAfter(body, 5, fmt.Sprintf(`<p class="read-also"><strong>Read also:</strong> <a href="%s">%s</a></p>`,
				v.Related[0].URL(), template.HTMLEscapeString(v.Related[0].Title)))
		}
		body = injectAfter(body, 3, mekongInlineSignup)
		v.Body = body
		if p.JSONLD {
			ld, err := mekongJSONLD(p)
			if err != nil {
				return err
			}
			v.JSONLD = ld
		}
		b, err := render(t, "article.html", v)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Slug, err)
		}
		w.static[p.Path] = resource{body: b, ctype: ctypeHTML, mod: p.Updated()}
	}
	home, err := render(t, "home.html", struct {
		Site   string
		Base   string
		Latest []*post
	}{mekongName, o.base, pub})
	if err != nil {
		return err
	}
	w.static[mekongPrefix+"/"] = resource{body: home, ctype: ctypeHTML, mod: pub[0].Updated()}

	feed, err := parseTextTemplate(fsys, "data/mekong/feed.xml.tmpl")
	if err != nil {
		return err
	}
	for page := 1; (page-1)*mekongPerFeed < len(posts); page++ {
		lo, hi := (page-1)*mekongPerFeed, min(page*mekongPerFeed, len(posts))
		var buf []byte
		bw := &byteWriter{&buf}
		data := struct {
			Site  string
			Base  string
			Self  string
			Built time.Time
			Items []*post
		}{mekongName, o.base, o.base + "/feed/", posts[0].Updated(), posts[lo:hi]}
		if page > 1 {
			data.Self = fmt.Sprintf("%s/feed/?paged=%d", o.base, page)
		}
		if err := feed.Execute(bw, data); err != nil {
			return fmt.Errorf("feed page %d: %w", page, err)
		}
		w.static[fmt.Sprintf("%s/feed/?paged=%d", mekongPrefix, page)] = resource{
			body: buf, ctype: "application/rss+xml; charset=UTF-8", mod: posts[lo].Updated()}
	}
	return nil
}

type byteWriter struct{ b *[]byte }

func (w *byteWriter) Write(p []byte) (int, error) { *w.b = append(*w.b, p...); return len(p), nil }

const mekongInlineSignup = `<div class="ledger-inline-signup" data-nosnippet>
<p class="signup-title">The Ledger Weekly</p>
<p>Sanctions, seizures and the money behind the compounds, every Friday in your inbox.</p>
<form action="/mekong/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email address" required> <button type="submit">Sign up</button></form>
</div>`

// serveMekongFeed answers /mekong/feed/ and its ?paged=N pages; past the end WordPress answers
// 404.
func (w *world) serveMekongFeed(rw http.ResponseWriter, r *http.Request) {
	page := 1
	if v := r.URL.Query().Get("paged"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			serveNotFound(rw, r)
			return
		}
		page = n
	}
	res, ok := w.static[fmt.Sprintf("%s/feed/?paged=%d", mekongPrefix, page)]
	if !ok {
		serveNotFound(rw, r)
		return
	}
	serveResource(rw, r, res)
}

// mekongJSONLD builds the Yoast-style schema graph WordPress news sites carry.
func mekongJSONLD(p *post) (template.JS, error) {
	site := placeholderOrigin + mekongPrefix + "/"
	graph := map[string]any{
		"@context": "https://schema.org",
		"@graph": []any{
			map[string]any{
				"@type":            "NewsArticle",
				"@id":              p.URL() + "#article",
				"isPartOf":         map[string]string{"@id": p.URL()},
				"author":           map[string]any{"@type": "Organization", "name": p.Author, "@id": site + "#/schema/author/" + slugify(p.Author)},
				"headline":         p.Title,
				"datePublished":    p.Date.Format(time.RFC3339),
				"dateModified":     p.Updated().Format(time.RFC3339),
				"mainEntityOfPage": map[string]string{"@id": p.URL()},
				"publisher":        map[string]string{"@id": site + "#organization"},
				"keywords":         p.Tags,
				"articleSection":   p.Categories,
				"inLanguage":       "en-US",
			},
			map[string]any{
				"@type":         "WebPage",
				"@id":           p.URL(),
				"url":           p.URL(),
				"name":          p.Title + " - " + mekongName,
				"isPartOf":      map[string]string{"@id": site + "#website"},
				"datePublished": p.Date.Format(time.RFC3339),
				"dateModified":  p.Updated().Format(time.RFC3339),
				"breadcrumb":    map[string]string{"@id": p.URL() + "#breadcrumb"},
				"inLanguage":    "en-US",
			},
			map[string]any{
				"@type":       "Organization",
				"@id":         site + "#organization",
				"name":        mekongName,
				"url":         site,
				"logo":        map[string]string{"@type": "ImageObject", "url": site + "wp-content/uploads/2022/03/ledger-logo.png"},
				"description": "Independent reporting on money, power and the borderlands of the Mekong",
			},
		},
	}
	b, err := json.Marshal(graph)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
