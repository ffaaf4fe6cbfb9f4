package rss

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Options is what the fetch knew about a feed beyond its bytes.
type Options struct {
	// Charset is the character set the response declared or the fetcher detected
	// ("iso-8859-1", "windows-1252"; "" when unknown). It applies when the XML prolog names
	// none; a prolog's encoding wins, as XML says.
	Charset string
	// Zone is where the feed's publisher is, for dates written without a zone
	// ("2018-09-17 11:19:42"); nil reads them as UTC and counts them in Feed.ZonelessDates.
	Zone *time.Location
}

// Feed is a parsed feed and what ParseWith had to guess about it.
type Feed struct {
	*gofeed.Feed
	// Charset is the character set the bytes were read in when it was not UTF-8 ("" for UTF-8
	// or a charset named in the XML prolog).
	Charset string
	// ZonelessDates counts item dates written without a zone. They are read in
	// Options.Zone, or as UTC when none was given: then they may be off by hours.
	ZonelessDates int
}

// Parse parses an RSS, Atom or JSON Feed document with no outside knowledge; see
// ParseWith.
func Parse(body []byte) (*gofeed.Feed, error) {
	f, err := ParseWith(body, Options{})
	if err != nil {
		return nil, err
	}
	return f.Feed, nil
}

var xmlEncodingDecl = regexp.MustCompile(`^<\?xml[^>]*encoding\s*=`)

// ParseWith parses an RSS, Atom or JSON Feed document. gofeed converts a legacy charset
// declared in the XML prolog; ParseWith adds the size bound, tolerates a byte-order mark or
// blank lines before the prolog (which WordPress plugins often emit and strict XML rejects),
// reads a feed without a prolog in the charset the response declared (or, when the bytes are
// not UTF-8 and nothing was declared, in windows-1252, the web's default for Latin text), and
// places zoneless dates in the publisher's zone.
func ParseWith(body []byte, o Options) (*Feed, error) {
	if err := formats.CheckSize("feed", body); err != nil {
		return nil, err
	}
	body = bytes.TrimLeft(formats.TrimBOM(body), " \t\r\n")
	out := &Feed{}
	if !xmlEncodingDecl.Match(body[:min(len(body), 256)]) {
		label := strings.ToLower(strings.TrimSpace(o.Charset))
		if label == "" && !utf8.Valid(body) {
			label = "windows-1252"
		}
		if label != "" && label != "utf-8" && label != "utf8" {
			enc, name := charset.Lookup(label)
			if enc == nil {
				return nil, fmt.Errorf("feed: unsupported charset %q", o.Charset)
			}
			if name != "utf-8" {
				dec, _, err := transform.Bytes(enc.NewDecoder(), body)
				if err != nil {
					return nil, fmt.Errorf("feed: decode %s: %w", name, err)
				}
				body, out.Charset = dec, name
			}
		}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: %w (body starts %s)", err, formats.Snippet(body))
	}
	if feed.Title == "" && feed.Link == "" && len(feed.Items) == 0 {
		// gofeed reads any JSON object as an empty JSON Feed; an API error answer is not a feed.
		return nil, fmt.Errorf("feed: no title, link or items (body starts %s)", formats.Snippet(body))
	}
	out.Feed = feed
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		if it.PublishedParsed == nil {
			if t, ok := localDate(it.Published); ok {
				it.PublishedParsed = &t
			}
		}
		if it.UpdatedParsed == nil {
			if t, ok := localDate(it.Updated); ok {
				it.UpdatedParsed = &t
			}
		}
		if t, ok := zoneless(it.Published, o.Zone); ok {
			it.PublishedParsed = &t
			out.ZonelessDates++
		}
		if t, ok := zoneless(it.Updated, o.Zone); ok {
			it.UpdatedParsed = &t
			if it.Published == "" {
				out.ZonelessDates++
			}
		}
	}
	return out, nil
}

// zonelessLayouts are date shapes feeds use without a zone.
var zonelessLayouts = []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02T15:04",
	"Mon, 2 Jan 2006 15:04:05", "Mon, 02 Jan 2006 15:04:05", "2 Jan 2006 15:04:05", "02 Jan 2006 15:04:05",
	"2006-01-02T15:04:05.000", "2006/01/02 15:04:05"}

// zoneless reads a date written without a zone in loc (UTC when nil); ok is false when the
// date has a zone or is not one of those shapes.
func zoneless(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	for _, l := range zonelessLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// localMonths maps month abbreviations of feeds written in other languages (Portuguese,
// Spanish, French, German, Indonesian) to English, for RFC 822 dates such as UOL's
// "Seg, 24 Set 2018 19:42:40 -0300".
var localMonths = map[string]string{
	"fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug", "set": "Sep", "out": "Oct", "dez": "Dec",
	"ene": "Jan", "dic": "Dec", "janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr",
	"juin": "Jun", "juil": "Jul", "août": "Aug", "aout": "Aug", "sept": "Sep", "déc": "Dec",
	"mär": "Mar", "mrz": "Mar", "okt": "Oct", "mei": "May", "agu": "Aug", "des": "Dec",
	"jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "may": "May", "jun": "Jun", "jul": "Jul",
	"aug": "Aug", "sep": "Sep", "oct": "Oct", "nov": "Nov", "dec": "Dec",
}

// localDate reads an RFC 822 date whose day and month names are not English: the weekday is
// dropped and the month translated. ok is false for anything else.
func localDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 48 {
		return time.Time{}, false
	}
	if i := strings.IndexByte(s, ','); i >= 0 && i < 12 {
		s = strings.TrimSpace(s[i+1:])
	}
	f := strings.Fields(s)
	if len(f) < 4 {
		return time.Time{}, false
	}
	m, ok := localMonths[strings.TrimSuffix(strings.ToLower(f[1]), ".")]
	if !ok {
		return time.Time{}, false
	}
	f[1] = m
	v := strings.Join(f, " ")
	for _, l := range []string{"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04 -0700"} {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
