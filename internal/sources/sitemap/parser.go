package sitemap

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Sitemap is a parsed sitemap or sitemap index (sitemaps.org 0.9, with the Google News
// extension that news sites such as RFA use in place of RSS).
type Sitemap struct {
	URLs []URL
	// Sitemaps lists the child sitemaps of a sitemap index.
	Sitemaps []string
	// Skipped reports entries left out (no <loc>, or past the entry bound).
	Skipped []error
}

// URL is one <url> entry.
type URL struct {
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
var w3cLayouts = append([]string{"2006-01"}, formats.ISOLayouts...)

// maxSitemapGunzip bounds a gzip-compressed sitemap once inflated.
const maxSitemapGunzip = 256 << 20

// Parse parses a sitemap (<urlset>) or sitemap index (<sitemapindex>). A gzip-compressed
// body (sitemap.xml.gz) is inflated first.
func Parse(body []byte) (*Sitemap, error) {
	if err := formats.CheckSize("sitemap", body); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		inflated, err := gunzipBounded(body, maxSitemapGunzip)
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		body = inflated
	}
	dec := formats.NewXMLDecoder(bytes.NewReader(formats.TrimBOM(body)))
	sm := &Sitemap{}
	root, err := formats.WalkXML(dec, "sitemap", []string{"urlset", "sitemapindex"}, func(root string, se *xml.StartElement) error {
		switch {
		case root == "urlset" && se.Name.Local == "url":
			var u sitemapURLXML
			if err := dec.DecodeElement(&u, se); err != nil {
				return fmt.Errorf("sitemap: <url> #%d: %w", len(sm.URLs)+len(sm.Skipped)+1, err)
			}
			n := len(sm.URLs) + len(sm.Skipped) + 1
			loc := formats.Clean(u.Loc)
			switch {
			case loc == "":
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap <url> #%d: no <loc>", n))
			case len(sm.URLs) >= formats.MaxEntries:
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap <url> #%d: past %d entries", n, formats.MaxEntries))
			default:
				sm.URLs = append(sm.URLs, URL{
					Loc:             loc,
					LastMod:         formats.OptTime(u.LastMod, w3cLayouts...),
					NewsTitle:       formats.Clean(u.News.Title),
					NewsPublished:   formats.OptTime(u.News.PublicationDate, w3cLayouts...),
					NewsLanguage:    formats.Clean(u.News.Publication.Language),
					NewsPublication: formats.Clean(u.News.Publication.Name),
				})
			}
		case root == "sitemapindex" && se.Name.Local == "sitemap":
			var s struct {
				Loc string `xml:"loc"`
			}
			if err := dec.DecodeElement(&s, se); err != nil {
				return fmt.Errorf("sitemap index: <sitemap> #%d: %w", len(sm.Sitemaps)+1, err)
			}
			if loc := formats.Clean(s.Loc); loc != "" && len(sm.Sitemaps) < formats.MaxEntries {
				sm.Sitemaps = append(sm.Sitemaps, loc)
			} else {
				sm.Skipped = append(sm.Skipped, fmt.Errorf("sitemap index <sitemap> #%d: no <loc>", len(sm.Sitemaps)+1))
			}
		}
		return nil
	})
	var syn *formats.XMLSyntaxError
	switch {
	case errors.As(err, &syn):
		return nil, fmt.Errorf("sitemap: XML at line %d: %w", syn.Line, syn.Err)
	case err != nil:
		return nil, err
	case root == "":
		return nil, fmt.Errorf("sitemap: no XML element found (body starts %s)", formats.Snippet(body))
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
		return nil, fmt.Errorf("inflated size: %w (limit %d)", formats.ErrTooLarge, limit)
	}
	return inflated, nil
}
