package extract

import (
	"html"
	"strings"
	"unicode"
)

// dashSite returns the title's last segment after " - ", " – " or " — " when it reads as a
// site's name: one to four words, each opening with a capital ("Raid in Bavet - Frontier
// Dispatch"). A headline's own dash ("Raid in Bavet - 300 freed", "Golden Reef - who owns
// it?") leaves lower-case words, digits or a question, and names no site.
func dashSite(title string) string {
	title = html.UnescapeString(title)
	i := -1
	for _, sep := range []string{" - ", " – ", " — "} {
		if k := strings.LastIndex(title, sep); k > i {
			i = k + len(sep)
		}
	}
	if i <= 3 {
		return ""
	}
	s := strings.TrimSpace(title[i:])
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 60 {
		return ""
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return ""
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '&' && c != '\'' && c != '’' {
				return ""
			}
		}
	}
	return s
}

// withoutThe returns an outlet's name without its leading article ("The Straits Examiner"
// is written "the Straits Examiner" in running text, and read without the article).
func withoutThe(name string) string {
	if rest, ok := strings.CutPrefix(name, "The "); ok && strings.Contains(rest, " ") {
		return rest
	}
	return name
}
