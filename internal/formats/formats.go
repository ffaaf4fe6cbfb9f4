// Package formats holds what the wire-format parsers of several source kinds share: size
// bounds and a reader that fails past them, JSON decoding that names a non-JSON answer,
// results decoded one at a time with a skip naming the item, lenient JSON scalars, date layouts, XML charset handling and streaming (WalkXML), HTML to
// text, and link-farm detection. Each kind's own parser lives beside the kind, in
// internal/sources/<kind> (internal/sources/rss, internal/sources/ofac, ...); code used by one kind only belongs there.
//
// Input is hostile: every parser bounds its input, never panics, names what was wrong in its
// errors, and skips a malformed entry (reporting it in Skipped) rather than failing the whole
// page when the rest of the page is sound.
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
	"unicode"
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
	// MaxEntries bounds the entries kept from one page or list, as a guard against garbage that
	// happens to parse into millions of tiny records.
	MaxEntries = 1_000_000
)

// ErrTooLarge reports input above the parser's size bound.
var ErrTooLarge = errors.New("input too large")

func CheckSize(what string, body []byte) error {
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

// LimitReader reads r and fails with ErrTooLarge, naming the input as what, once more than
// limit bytes have been read.
func LimitReader(r io.Reader, limit int64, what string) io.Reader {
	return &limitedReader{r: r, n: limit, limit: limit, what: what}
}

// LimitList bounds a sanctions list read from a stream to MaxListBytes.
func LimitList(r io.Reader, what string) io.Reader {
	return LimitReader(r, MaxListBytes, what)
}

// Snippet quotes the start of a body for error messages, so that an HTML error page or a
// rate-limit notice served instead of JSON is recognisable in logs.
func Snippet(b []byte) string {
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

// DecodeJSON decodes a JSON object or array, explaining the common failure of a non-JSON
// answer (an HTML challenge page, a plain-text rate-limit notice).
func DecodeJSON(what string, body []byte, v any) error {
	if err := CheckSize(what, body); err != nil {
		return err
	}
	body = TrimBOM(body)
	if err := json.Unmarshal(body, v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%s: not valid JSON at byte %d (body starts %s): %w", what, se.Offset, Snippet(body), err)
		}
		return fmt.Errorf("%s: unexpected JSON shape: %w", what, err)
	}
	return nil
}

func TrimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

// FlexString accepts a JSON string, number, bool or null as text; APIs built on Drupal and
// similar stacks switch between them for the same field.
type FlexString string

func (f *FlexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = FlexString(s)
	case b[0] == '{' || b[0] == '[':
		return fmt.Errorf("expected a scalar, got %s", Snippet(b))
	default:
		*f = FlexString(b)
	}
	return nil
}

// FlexInt accepts a JSON number or a numeric string; anything else reads as 0.
type FlexInt int

func (f *FlexInt) UnmarshalJSON(b []byte) error {
	var s FlexString
	if err := s.UnmarshalJSON(b); err != nil {
		*f = 0
		return nil
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(string(s)), 64)
	if err != nil || n != n || n > 1<<53 || n < -(1<<53) {
		*f = 0
		return nil
	}
	*f = FlexInt(int(n))
	return nil
}

// ParseTime tries layouts in order on a trimmed value.
func ParseTime(s string, layouts ...string) (time.Time, error) {
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

// OptTime parses an optional date; an empty or unreadable value gives nil.
func OptTime(s string, layouts ...string) *time.Time {
	t, err := ParseTime(s, layouts...)
	if err != nil {
		return nil
	}
	return &t
}

// ISOLayouts cover the ISO 8601 / RFC 3339 shapes the JSON APIs use.
var ISOLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02"}

// xmlCharsetReader lets encoding/xml read documents that declare a legacy charset
// (windows-1252, ISO-8859-1, Shift_JIS...).
func xmlCharsetReader(label string, input io.Reader) (io.Reader, error) {
	r, err := charset.NewReaderLabel(label, input)
	if err != nil {
		return nil, fmt.Errorf("unsupported XML charset %q: %w", label, err)
	}
	return r, nil
}

// Clean trims a text value and folds internal runs of whitespace to one space.
func Clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// AppendClean appends the cleaned values that are not empty.
func AppendClean(dst []string, vals ...string) []string {
	for _, v := range vals {
		if v = Clean(v); v != "" {
			dst = append(dst, v)
		}
	}
	return dst
}

// SoftenCaps turns an all-capitals name ("CHEN", "WAN KUOK-KOI") into "Chen", "Wan Kuok-koi",
// as sanctions lists write family names in capitals; mixed-case input is returned unchanged.
func SoftenCaps(s string) string {
	hasLower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
	}
	if hasLower {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' '
	}
	return b.String()
}
