package mastodon

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Status is one status of a Mastodon timeline.
type Status struct {
	ID, URL string
	// ContentHTML is the status body as the server renders it (HTML).
	ContentHTML       string
	Acct, DisplayName string
	CreatedAt         time.Time
	// Tags are the hashtag names, without "#".
	Tags []string
	// AccountURL is the author's profile page.
	AccountURL string
}

type mastodonStatusJSON struct {
	ID        formats.FlexString `json:"id"`
	URL       formats.FlexString `json:"url"`
	URI       formats.FlexString `json:"uri"`
	Content   formats.FlexString `json:"content"`
	CreatedAt formats.FlexString `json:"created_at"`
	Account   struct {
		Acct        formats.FlexString `json:"acct"`
		DisplayName formats.FlexString `json:"display_name"`
		URL         formats.FlexString `json:"url"`
	} `json:"account"`
	Tags []struct {
		Name formats.FlexString `json:"name"`
	} `json:"tags"`
}

// Parse parses a timeline answer (GET /api/v1/timelines/tag/<tag>), dropping
// malformed statuses; ParseStatuses also reports them.
func Parse(body []byte) ([]Status, error) {
	st, _, err := ParseStatuses(body)
	return st, err
}

// ParseStatuses parses a timeline answer and reports the statuses it skipped.
// An error answer ({"error": "..."}, e.g. when the instance disables public timelines) is
// an error.
func ParseStatuses(body []byte) (statuses []Status, skipped []error, err error) {
	if err := formats.CheckSize("mastodon timeline", body); err != nil {
		return nil, nil, err
	}
	if b := bytes.TrimSpace(formats.TrimBOM(body)); len(b) > 0 && b[0] == '{' {
		var e struct {
			Error formats.FlexString `json:"error"`
		}
		if err := json.Unmarshal(b, &e); err == nil && e.Error != "" {
			return nil, nil, fmt.Errorf("mastodon timeline: server says %q", string(e.Error))
		}
		return nil, nil, fmt.Errorf("mastodon timeline: expected a JSON array, body starts %s", formats.Snippet(b))
	}
	var raws []json.RawMessage
	if err := formats.DecodeJSON("mastodon timeline", body, &raws); err != nil {
		return nil, nil, err
	}
	statuses, skipped = formats.DecodeItems("mastodon status", raws, status)
	return statuses, skipped, nil
}

// status reads one status; one without an id or an address cannot be told apart or linked to.
func status(n int, s mastodonStatusJSON) (Status, error) {
	st := Status{
		ID:          formats.Clean(string(s.ID)),
		URL:         formats.Clean(string(s.URL)),
		ContentHTML: string(s.Content),
		Acct:        formats.Clean(string(s.Account.Acct)),
		DisplayName: formats.Clean(string(s.Account.DisplayName)),
		AccountURL:  formats.Clean(string(s.Account.URL)),
	}
	if st.URL == "" {
		st.URL = formats.Clean(string(s.URI))
	}
	if t, err := formats.ParseTime(string(s.CreatedAt), formats.ISOLayouts...); err == nil {
		st.CreatedAt = t
	}
	for _, t := range s.Tags {
		st.Tags = formats.AppendClean(st.Tags, string(t.Name))
	}
	if st.ID == "" || st.URL == "" {
		return st, fmt.Errorf("mastodon status #%d: no id or url", n)
	}
	return st, nil
}

// NextLink returns the target of the rel="next" link in RFC 8288 Link headers (Mastodon's
// pagination), or "". The target is returned as written; resolve it against the request URL
// if it is relative.
func NextLink(h http.Header) string {
	for _, v := range h.Values("Link") {
		for _, l := range parseLinkHeader(v) {
			for _, rel := range strings.Fields(strings.ToLower(l.params["rel"])) {
				if rel == "next" {
					return l.target
				}
			}
		}
	}
	return ""
}

type linkValue struct {
	target string
	params map[string]string
}

// parseLinkHeader splits one Link header value into link-values:
//
//	<uri>; param=value; param="quoted, value", <uri2>; rel=next
//
// Commas inside <...> or quoted strings do not split. Malformed link-values are dropped.
func parseLinkHeader(v string) []linkValue {
	var out []linkValue
	i := 0
	for i < len(v) {
		// Find the target.
		for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == ',') {
			i++
		}
		if i >= len(v) {
			break
		}
		if v[i] != '<' {
			// Not a link-value: skip to the next top-level comma.
			i = skipToComma(v, i)
			continue
		}
		end := strings.IndexByte(v[i:], '>')
		if end < 0 {
			break
		}
		l := linkValue{target: strings.TrimSpace(v[i+1 : i+end]), params: map[string]string{}}
		i += end + 1
		// Parameters.
		for i < len(v) {
			for i < len(v) && (v[i] == ' ' || v[i] == '\t') {
				i++
			}
			if i >= len(v) || v[i] == ',' {
				break
			}
			if v[i] != ';' {
				i = skipToComma(v, i)
				break
			}
			i++
			for i < len(v) && (v[i] == ' ' || v[i] == '\t') {
				i++
			}
			start := i
			for i < len(v) && v[i] != '=' && v[i] != ';' && v[i] != ',' {
				i++
			}
			name := strings.ToLower(strings.TrimSpace(v[start:i]))
			val := ""
			if i < len(v) && v[i] == '=' {
				i++
				for i < len(v) && (v[i] == ' ' || v[i] == '\t') {
					i++
				}
				if i < len(v) && v[i] == '"' {
					i++
					var b strings.Builder
					for i < len(v) && v[i] != '"' {
						if v[i] == '\\' && i+1 < len(v) {
							i++
						}
						b.WriteByte(v[i])
						i++
					}
					i++ // closing quote (or past the end)
					val = b.String()
				} else {
					start := i
					for i < len(v) && v[i] != ';' && v[i] != ',' {
						i++
					}
					val = strings.TrimSpace(v[start:i])
				}
			}
			if _, dup := l.params[name]; name != "" && !dup {
				l.params[name] = val // RFC 8288: only the first occurrence of a parameter counts
			}
		}
		if l.target != "" {
			out = append(out, l)
		}
	}
	return out
}

// skipToComma returns the index just past the next comma outside quotes and angle brackets.
func skipToComma(v string, i int) int {
	inQuote, inAngle := false, false
	for ; i < len(v); i++ {
		switch c := v[i]; {
		case inQuote && c == '\\':
			i++
		case c == '"' && !inAngle:
			inQuote = !inQuote
		case c == '<' && !inQuote:
			inAngle = true
		case c == '>' && !inQuote:
			inAngle = false
		case c == ',' && !inQuote && !inAngle:
			return i + 1
		}
	}
	return i
}
