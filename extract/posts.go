package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

// Part is one post, release or search result cut out of a page that holds many; each part
// becomes its own document. Its kind (internal/sources/<kind>) cuts it out of the answer.
type Part = sources.Part

// SplitPosts cuts a multi-item page into parts. The page's Kind selects the format; an empty
// Kind (or "page") is detected from the URL path, on any host, then from the content.
// ok is false when the page is not one of these formats; an error means it is, but could not
// be read. The crawler's reading of the page (p.Parsed) is used when it is there.
func SplitPosts(p Page) (parts []Part, ok bool, err error) {
	k := kindOf(p, sources.Posts)
	if k == nil {
		return nil, false, nil
	}
	parsed, err := parsedBy(k, p)
	if err != nil {
		return nil, true, err
	}
	parts = append([]Part(nil), parsed.Parts...)
	kept := parts[:0]
	for _, part := range parts {
		part.Text = strings.TrimSpace(part.Text)
		if part.Text == "" {
			part.Text = strings.TrimSpace(part.Title)
		}
		if part.URL != "" && part.Text != "" {
			kept = append(kept, part)
		}
	}
	return kept, true, nil
}

// PostKind names the multi-item format of a page ("telegram", "doj", ...), or "" when it is
// none of them. A configured Kind wins; otherwise the URL path decides (so mirrors under a
// path prefix, such as the sample world's, are recognised), then the content.
func PostKind(p Page) string {
	if k := kindOf(p, sources.Posts); k != nil {
		return k.Spec().Name
	}
	return ""
}

// kindOf returns the kind of the given form that reads p: its configured kind when that is
// of the form, else, for a page without a kind (or of kind "page"), the kind its address and
// body reveal; nil otherwise.
func kindOf(p Page, f sources.Form) sources.Kind {
	kinds := registry.Kinds()
	if k, ok := kinds.Lookup(p.Kind); ok && k.Spec().Form == f {
		return k
	}
	if !guessedKind(p) {
		return nil
	}
	return kinds.Detect(f, p.URL, p.ContentType, p.Body)
}

// guessedKind reports a page whose kind is to be detected: none given, or a plain page.
func guessedKind(p Page) bool {
	return p.Kind == "" || registry.Kinds().Is(p.Kind, sources.Article)
}

// parsedBy returns k's reading of the page: the crawler's, when it handed one over for this
// kind and the body was not cut for extraction, else a fresh parse.
func parsedBy(k sources.Kind, p Page) (*sources.Parsed, error) {
	if p.Parsed != nil && p.Parsed.Kind == k.Spec().Name {
		return p.Parsed, nil
	}
	return k.Parse(sources.Response{URL: p.URL, Asked: p.URL, ContentType: p.ContentType, Body: p.Body})
}
