package sampleworld

import (
	"regexp"
	"strings"
)

// searchQuery is a rough reading of the search syntax the real APIs share: words and "quoted
// phrases", OR between alternatives, a leading minus to exclude, and field:value filters
// (GDELT's sourcecountry:, domain:). Terms without OR must all match.
type searchQuery struct {
	terms   []string
	exclude []string
	any     bool
	filters map[string][]string
}

func parseQuery(q string) searchQuery {
	sq := searchQuery{filters: map[string][]string{}}
	for _, tok := range tokenize(q) {
		switch {
		case tok.text == "OR" && !tok.quoted:
			sq.any = true
		case (tok.text == "AND" || tok.text == "NOT") && !tok.quoted:
		case !tok.quoted && strings.HasPrefix(tok.text, "-") && len(tok.text) > 1:
			sq.exclude = append(sq.exclude, strings.ToLower(strings.Trim(tok.text[1:], `"`)))
		case !tok.quoted && strings.Contains(tok.text, ":"):
			k, v, _ := strings.Cut(tok.text, ":")
			sq.filters[strings.ToLower(k)] = append(sq.filters[strings.ToLower(k)], strings.ToLower(strings.Trim(v, `"`)))
		default:
			if t := strings.ToLower(strings.TrimSpace(tok.text)); t != "" && t != "-" {
				sq.terms = append(sq.terms, t)
			}
		}
	}
	return sq
}

type token struct {
	text   string
	quoted bool
}

func tokenize(q string) []token {
	var out []token
	var cur strings.Builder
	inQuote := false
	flush := func(quoted bool) {
		if cur.Len() > 0 || quoted {
			out = append(out, token{text: cur.String(), quoted: quoted})
		}
		cur.Reset()
	}
	for _, r := range q {
		switch {
		case r == '"':
			if inQuote {
				flush(true)
			} else {
				flush(false)
			}
			inQuote = !inQuote
		case inQuote:
			cur.WriteRune(r)
		case r == '(' || r == ')' || r == ' ' || r == '\t' || r == '\n' || r == '+':
			flush(false)
		default:
			cur.WriteRune(r)
		}
	}
	flush(inQuote && cur.Len() > 0)
	return out
}

var spaces = regexp.MustCompile(`\s+`)

// match reports whether text satisfies the query's terms (filters are checked by the caller).
func (sq searchQuery) match(text string) bool {
	t := strings.ToLower(spaces.ReplaceAllString(text, " "))
	for _, x := range sq.exclude {
		if strings.Contains(t, x) {
			return false
		}
	}
	if len(sq.terms) == 0 {
		return true
	}
	for _, term := range sq.terms {
		hit := strings.Contains(t, term)
		if sq.any && hit {
			return true
		}
		if !sq.any && !hit {
			return false
		}
	}
	return !sq.any
}

var tags = regexp.MustCompile(`<[^>]*>`)

// plainText strips markup for matching; it is not an extractor.
func plainText(s string) string {
	s = tags.ReplaceAllString(s, " ")
	r := strings.NewReplacer("&amp;", "&", "&#8217;", "'", "&#8220;", `"`, "&#8221;", `"`, "&quot;", `"`, "&#39;", "'", "&nbsp;", " ")
	return r.Replace(s)
}
