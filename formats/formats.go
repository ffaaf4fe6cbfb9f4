// Package formats parses the wire formats of the sources scamgraph follows: feeds, sitemaps,
// search APIs (GDELT, CourtListener, DOJ, Federal Register, Reddit, Bluesky, Mastodon), the
// Telegram channel preview, and the sanctions lists (OFAC SDN.XML, UK Sanctions List XML,
// OpenSanctions FollowTheMoney JSON lines).
//
// The crawler uses these parsers to find links and the next page; extract uses them for the
// content. Input is hostile: every parser bounds its input, never panics, names what was wrong
// in its errors, and skips a malformed entry (reporting it in Skipped) rather than failing the
// whole page when the rest of the page is sound.
package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Size bounds. Pages are single API answers or HTML previews; lists are whole sanctions lists
// read as streams (SDN_ADVANCED.XML is ~100 MB; the others are smaller).
const (
	// MaxPageBytes bounds a page handed to the byte-slice parsers.
	MaxPageBytes = 32 << 20
	// MaxListBytes bounds a sanctions list read from a stream.
	MaxListBytes = 1 << 30
	// MaxFtMLineBytes bounds one FollowTheMoney JSON line; longer lines are skipped.
	MaxFtMLineBytes = 8 << 20
	// maxEntries bounds the entries kept from one page or list, as a guard against garbage that
	// happens to parse into millions of tiny records.
	maxEntries = 1_000_000
)

// ErrTooLarge reports input above the parser's size bound.
var ErrTooLarge = errors.New("input too large")

func checkSize(what string, body []byte) error {
	if len(body) > MaxPageBytes {
		return fmt.Errorf("%s: %d bytes: %w (limit %d)", what, len(body), ErrTooLarge, MaxPageBytes)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return fmt.Errorf("%s: empty body", what)
	}
	return nil
}

// limitedReader fails, rather than silently truncating, once more than n bytes have been read.
type limitedReader struct {
	r     io.Reader
	n     int64 // bytes left
	limit int64
	what  string
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// Probe one byte so that input of exactly the limit still succeeds.
		var one [1]byte
		k, err := l.r.Read(one[:])
		if k > 0 {
			return 0, fmt.Errorf("%s: %w (limit %d bytes)", l.what, ErrTooLarge, l.limit)
		}
		return 0, err
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

func limitList(r io.Reader, what string) io.Reader {
	return &limitedReader{r: r, n: MaxListBytes, limit: MaxListBytes, what: what}
}

// snippet quotes the start of a body for error messages, so that an HTML error page or a
// rate-limit notice served instead of JSON is recognisable in logs.
func snippet(b []byte) string {
	const n = 80
	b = bytes.TrimSpace(b)
	if len(b) > n {
		b = b[:n]
		for len(b) > 0 && !utf8.Valid(b) {
			b = b[:len(b)-1]
		}
		return strconv.Quote(string(b)) + "..."
	}
	return strconv.Quote(string(b))
}

// decodeJSON decodes a JSON object or array, explaining the common failure of a non-JSON
// answer (an HTML challenge page, a plain-text rate-limit notice).
func decodeJSON(what string, body []byte, v any) error {
	if err := checkSize(what, body); err != nil {
		return err
	}
	body = trimBOM(body)
	if err := json.Unmarshal(body, v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%s: not valid JSON at byte %d (body starts %s): %w", what, se.Offset, snippet(body), err)
		}
		return fmt.Errorf("%s: unexpected JSON shape: %w", what, err)
	}
	return nil
}

func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

// flexString accepts a JSON string, number, bool or null as text; APIs built on Drupal and
// similar stacks switch between them for the same field.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case b[0] == '{' || b[0] == '[':
		return fmt.Errorf("expected a scalar, got %s", snippet(b))
	default:
		*f = flexString(b)
	}
	return nil
}

// flexInt accepts a JSON number or a numeric string; anything else reads as 0.
type flexInt int

func (f *flexInt) UnmarshalJSON(b []byte) error {
	var s flexString
	if err := s.UnmarshalJSON(b); err != nil {
		*f = 0
		return nil
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(string(s)), 64)
	if err != nil || n != n || n > 1<<53 || n < -(1<<53) {
		*f = 0
		return nil
	}
	*f = flexInt(int(n))
	return nil
}

// parseTime tries layouts in order on a trimmed value.
func parseTime(s string, layouts ...string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

// optTime parses an optional date; an empty or unreadable value gives nil.
func optTime(s string, layouts ...string) *time.Time {
	t, err := parseTime(s, layouts...)
	if err != nil {
		return nil
	}
	return &t
}

// isoLayouts cover the ISO 8601 / RFC 3339 shapes the JSON APIs use.
var isoLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02"}

// xmlCharsetReader lets encoding/xml read documents that declare a legacy charset
// (windows-1252, ISO-8859-1, Shift_JIS...).
func xmlCharsetReader(label string, input io.Reader) (io.Reader, error) {
	r, err := charset.NewReaderLabel(label, input)
	if err != nil {
		return nil, fmt.Errorf("unsupported XML charset %q: %w", label, err)
	}
	return r, nil
}

// clean trims a text value and folds internal runs of whitespace to one space.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// appendClean appends the cleaned values that are not empty.
func appendClean(dst []string, vals ...string) []string {
	for _, v := range vals {
		if v = clean(v); v != "" {
			dst = append(dst, v)
		}
	}
	return dst
}
