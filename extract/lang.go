package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// detectLanguage returns an ISO 639-1 code: the page's declared language when it has one,
// else a guess from the scripts in the text and, for Latin text, from trigrams of its start.
func detectLanguage(declared, text string) string {
	if d := strings.ToLower(strings.TrimSpace(declared)); d != "" {
		if i := strings.IndexAny(d, "-_"); i > 0 {
			d = d[:i]
		}
		if len(d) == 2 || len(d) == 3 {
			return d
		}
	}
	sample := text
	if len(sample) > 2000 {
		sample = sample[:2000]
		for len(sample) > 0 && !utf8.ValidString(sample) {
			sample = sample[:len(sample)-1]
		}
	}
	counts := map[string]int{}
	letters := 0
	for _, r := range sample {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Khmer, r):
			counts["km"]++
		case unicode.Is(unicode.Myanmar, r):
			counts["my"]++
		case unicode.Is(unicode.Thai, r):
			counts["th"]++
		case unicode.Is(unicode.Lao, r):
			counts["lo"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			counts["ja"] += 3
		case unicode.Is(unicode.Hangul, r):
			counts["ko"]++
		case unicode.Is(unicode.Han, r):
			counts["zh"]++
		case unicode.Is(unicode.Latin, r):
			counts["latin"]++
		}
	}
	if letters == 0 {
		return ""
	}
	best, n := "", 0
	for k, v := range counts {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	if best != "latin" {
		return best
	}
	info := whatlanggo.Detect(sample)
	if code := info.Lang.Iso6391(); code != "" {
		return code
	}
	return "en"
}
