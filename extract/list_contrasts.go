package extract

import (
	"regexp"
	"strings"
)

// A list of the sanctioned (or frozen) ends where the text turns to a contrast:
//
//	The US Treasury sanctioned Bright Harbour Trading Co., Ltd., but not its chairman,
//	Huang Tiancheng.
//	OFAC designated A and B, although C, their partner, was spared.
//	OFAC designated A, and not its chairman, B.
//
// listItems stopped at "but" only when the word led an item; a possessive item start after it
// (", but not its chairman, B") read B as listed. The list now ends:
//   - at "but", "though", "unlike" after a comma, semicolon or dash (", but", " - though");
//     without one these words join adjectives inside an item ("the small but powerful Kayin
//     Border Force", "a little-known but wealthy tycoon") and the list goes on;
//   - at "although", "whereas" and "except" wherever they stand;
//   - at "not" after "and", "but", "though", "although" or a comma (", and not its
//     chairman", "but not"), though not at "not only".
//
// "but also" goes on with the list ("A, but also B", "but also, separately, B"), and so does an
// aside that opens after "and" or "or" and closes with a comma ("and, unlike the US, B", "and,
// though it is only a shell, C"), unless the aside starts with "not" ("and, though not its
// chairman, B").

// reListContrastWord is a word that may end a list.
var reListContrastWord = regexp.MustCompile(`\b(?:but|although|though|whereas|except|unlike|not)\b`)

// listContrastEnd returns where the list from from ends: at the first contrast before end, or
// end. The cost is linear in the region.
func listContrastEnd(text string, from, end int) int {
	if from >= end {
		return end
	}
	region := text[from:end]
	for off := 0; off < len(region); {
		loc := reListContrastWord.FindStringIndex(region[off:])
		if loc == nil {
			break
		}
		at, wordEnd := off+loc[0], off+loc[1]
		word := region[at:wordEnd]
		off = wordEnd
		before := strings.TrimRight(region[:at], " \t")
		punct := strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") ||
			strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -")
		after := strings.TrimLeft(region[wordEnd:], " \t")
		// An aside after "and," or "or,": skip it to its closing comma unless it denies.
		if word != "not" && strings.HasSuffix(before, ",") {
			lead := strings.TrimRight(before[:len(before)-1], " \t")
			if strings.HasSuffix(lead, " and") || strings.HasSuffix(lead, " or") {
				if startsWord(after, "not") {
					return from + at
				}
				if c := strings.IndexByte(region[wordEnd:], ','); c >= 0 {
					off = wordEnd + c + 1
					continue
				}
				return from + at
			}
		}
		switch word {
		case "not":
			if startsWord(after, "only") {
				continue
			}
			if strings.HasSuffix(before, ",") {
				return from + len(before) - 1
			}
			for _, w := range []string{"and", "but", "though", "although"} {
				if hasWordSuffix(before, w) {
					return from + len(before) - len(w)
				}
			}
		case "although", "whereas", "except":
			return from + at
		default: // but, though, unlike
			if word == "but" && startsWord(after, "also") {
				continue
			}
			if punct {
				return from + at
			}
		}
	}
	return end
}

// startsWord reports whether s starts with the word w, followed by a non-letter or nothing.
func startsWord(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	return len(s) == len(w) || !isASCIILetter(s[len(w)])
}

// hasWordSuffix reports whether s ends with the word w.
func hasWordSuffix(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	return len(s) == len(w) || !isASCIILetter(s[len(s)-len(w)-1])
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
