package formats

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"time"
)

// Sitemap is a parsed sitemap or sitemap index (sitemaps.org 0.9, with the Google News
// extension that news sites such as RFA use in place of RSS).
type Sitemap struct {
	URLs []SitemapURL
	// Sitemaps lists the child sitemaps of a sitemap index.
	Sitemaps []string
	// Skipped reports entries left out (no <loc>, or past the entry bound).
	Skipped []error
}

// SitemapURL is one <url> entry.
type SitemapURL struct {
	Loc           string
	LastMod       *time.Time
	NewsTitle     string
	NewsPublished *time.Time
	NewsLanguage  string
	// NewsPublication is the <news:publication><news:name>.
	NewsPublication string
}

type sitemapURLXML struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		Publication struct {
			Name     string `xml:"name"`
			Language string `xml:"language"`
		} `xml:"publication"`
		PublicationDate string `xml:"publication_date"`
		Title           string `xml:"title"`
	} `xml:"news"`
}

// w3cLayouts are the W3C datetime profiles sitemaps use, plus common deviations.
var w3cLayouts = append([]string{"2006-01"}, isoLayouts...)

// maxSitemapGunzip bounds a gzip-compressed sitemap once inflated.
const maxSitemapGunzip = 256 << 20

// ParseSitemap parses a sitemap (<urlset>) or sitemap index (<sitemapindex>). A gzip-compressed
// body (sitemap.xml.gz) is inflated first.
func ParseSitemap(body []byte) (*Sitemap, error) {
	if err := checkSize("sitemap", body); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		inflated, err := gunzipBounded(body, maxSitemapGunzip)
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		body = inflated
	}
	dec := newXMLDecoder(bytes.NewReader(trimBOM(body)))
	sm := &Sitemap{}
	root, err := walkXML(dec, "sitemap", []string{"urlset", "sitemapindex"}, func(root string, se *xml.StartElement) error {
		switch {
		case root == "urlset" && se.Name.Local == "url":
			var u sitemapURLXML
			if err := dec.DecodeElement(&u, se); err != nil {
				return fmt.Errorf("sitemap: <url> #%d: %w", len(sm.URLs)+len(sm.Skipped)+1, err)
			}
			n := len(sm.URLs) + len(sm.Skipped) + 1
			loc := clean(u.Loc)
			switch {
			case loc == "":
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap <url> #%d: no <loc>", n))
			case len(sm.URLs) >= maxEntries:
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap <url> #%d: past %d entries", n, maxEntries))
			default:
				sm.URLs = append(sm.URLs, SitemapURL{
					Loc:             loc,
					LastMod:         optTime(u.LastMod, w3cLayouts...),
					NewsTitle:       clean(u.News.Title),
					NewsPublished:   optTime(u.News.PublicationDate, w3cLayouts...),
					NewsLanguage:    clean(u.News.Publication.Language),
					NewsPublication: clean(u.News.Publication.Name),
				})
			}
		case root == "sitemapindex" && se.Name.Local == "sitemap":
			var s struct {
				Loc string `xml:"loc"`
			}
			if err := dec.DecodeElement(&s, se); err != nil {
				return fmt.Errorf("sitemap index: <sitemap> #%d: %w", len(sm.Sitemaps)+1, err)
			}
			if loc := clean(s.Loc); loc != "" && len(sm.Sitemaps) < maxEntries {
				sm.Sitemaps = append(sm.Sitemaps, loc)
			} else {
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap index <sitemap> #%d: no <loc>", len(sm.Sitemaps)+1))
			}
		}
		return nil
	})
	var syn *xmlSyntaxError
	switch {
	case errors.As(err, &syn):
		return nil, fmt.Errorf("sitemap: XML at line %d: %w", syn.Line, syn.Err)
	case err != nil:
		return nil, err
	case root == "":
		return nil, fmt.Errorf("sitemap: no XML element found (body starts %s)", snippet(body))
	}
	return sm, nil
}

// gunzipBounded inflates a gzip body, refusing output above limit bytes (gzip bombs).
func gunzipBounded(body []byte, limit int) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	inflated, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(inflated) > limit {
		return nil, fmt.Errorf("inflated size: %w (limit %d)", ErrTooLarge, limit)
	}
	return inflated, nil
}
