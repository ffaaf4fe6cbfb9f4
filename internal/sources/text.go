package sources

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Helpers the kinds share to recognise answers and cut them into parts.

// maxTitleRunes bounds a title made from the first line of a post.
const maxTitleRunes = 120

// AbsoluteItemURL makes an item link absolute. A site-relative link ("/docket/1/x/") is joined
// to the page's scheme and host plus the path prefix before the first of markers in the page
// path, so that a mirror serving the API under a prefix (http://127.0.0.1:8999/courtlistener/
// api/rest/v4/search/) yields links under the same prefix. Non-web links give "".
func AbsoluteItemURL(pageURL, link string, markers ...string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	base, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		base = &url.URL{}
	}
	ref, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if ref.IsAbs() || strings.HasPrefix(link, "//") {
		u := base.ResolveReference(ref)
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return ""
		}
		return u.String()
	}
	if base.Host == "" {
		return ""
	}
	if strings.HasPrefix(ref.Path, "/") {
		prefix := ""
		for _, m := range markers {
			if i := strings.Index(base.Path, m); i >= 0 {
				prefix = base.Path[:i]
				break
			}
		}
		ref.Path = strings.TrimRight(prefix, "/") + ref.Path
	}
	u := base.ResolveReference(ref)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// FirstLine gives the first non-empty line of text, cut at a word boundary to 120 runes.
func FirstLine(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) <= maxTitleRunes {
			return line
		}
		r := []rune(line)[:maxTitleRunes]
		cut := string(r)
		if i := strings.LastIndex(cut, " "); i > maxTitleRunes/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, " ,;:-") + "…"
	}
	return ""
}

// FirstOf returns the first value that is not blank, trimmed.
func FirstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// NonEmpty returns the values that are not blank, trimmed.
func NonEmpty(vals ...string) []string {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// IsDigits reports a non-empty string of ASCII digits.
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Head returns up to n bytes of body without a leading byte order mark and surrounding space.
func Head(body []byte, n int) []byte {
	head := body
	if len(head) > n {
		head = head[:n]
	}
	return bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")))
}

// LowerHead returns up to n bytes of body as lower-case text without a byte order mark and
// surrounding space.
func LowerHead(body []byte, n int) string {
	head := body
	if len(head) > n {
		head = head[:n]
	}
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(string(head), "\ufeff")))
}

// LooksLikeHTML reports a body whose first kilobyte reads as an HTML page.
func LooksLikeHTML(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	h := strings.ToLower(string(b))
	return strings.Contains(h, "<html") || strings.Contains(h, "<!doctype html") || strings.Contains(h, "<body") || strings.Contains(h, "<p>")
}

// XMLRoot returns the local name of the first element, skipping the prolog, comments and
// processing instructions.
func XMLRoot(b []byte) string {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return ""
		}
		b = b[i+1:]
		switch {
		case b[0] == '?' || b[0] == '!':
			end := []byte(">")
			if bytes.HasPrefix(b, []byte("!--")) {
				end = []byte("-->")
			}
			j := bytes.Index(b, end)
			if j < 0 {
				return ""
			}
			b = b[j+len(end):]
		default:
			j := bytes.IndexAny(b, " \t\r\n/>")
			if j < 0 {
				return ""
			}
			name := string(b[:j])
			if _, local, ok := strings.Cut(name, ":"); ok {
				name = local
			}
			return name
		}
	}
	return ""
}
