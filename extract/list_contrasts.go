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
	skips := itemClauses(region)
	for off := 0; off < len(region); {
		loc := reListContrastWord.FindStringIndex(region[off:])
		if loc == nil {
			break
		}
		at, wordEnd := off+loc[0], off+loc[1]
		for len(skips) > 0 && skips[0][1] <= at {
			skips = skips[1:]
		}
		if len(skips) > 0 && skips[0][0] <= at {
			off = skips[0][1] // inside an item's apposition or relative clause
			continue
		}
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

// reItemClauseOpen opens an apposition or relative clause after a list item (", a tycoon
// who ...", ", who fled ...", ", whose ...", ", a firm that, ...").
var reItemClauseOpen = regexp.MustCompile(`,\s*(?:a|an|who|whose|which|that)\s`)

// reItemClauseGoesOn: after a comma inside an item's clause, a contrast that goes on with the
// clause's own words ("whose Prince Group is based in Phnom Penh, but operates across Asia",
// "that, although small, laundered"); a contrast before "not", a determiner or a name (", but
// not its chairman", ", although Huang, its partner,") is the list's.
var reItemClauseGoesOn = regexp.MustCompile(`^\s*(?:but|though|although|yet)\s+([a-z]+)\b`)

// itemClauses returns the spans of region that are an item's apposition or relative clause,
// from its opening comma to the comma that closes it: a comma followed by anything but a
// contrast going on with the clause's words, or, right after the relative word ("that,"), an
// aside. A clause with no closing comma is no span (the list's contrast rules read it). The
// cost is linear in the region: each comma is looked at by one clause at most.
func itemClauses(region string) [][2]int {
	var out [][2]int
	for off := 0; off < len(region); {
		loc := reItemClauseOpen.FindStringIndex(region[off:])
		if loc == nil {
			break
		}
		start, pos := off+loc[0], off+loc[1]
		closed, aside := -1, false
		for {
			c := strings.IndexByte(region[pos:], ',')
			if c < 0 {
				break
			}
			c += pos
			inner := strings.TrimSpace(region[start+1 : c])
			if aside {
				aside, pos = false, c+1 // the comma closing that aside
				continue
			}
			if inner == "that" || inner == "which" || inner == "who" || strings.HasSuffix(inner, " that") || strings.HasSuffix(inner, " which") || strings.HasSuffix(inner, " who") {
				aside, pos = true, c+1 // "a firm that, although small, laundered": the aside after the relative word
				continue
			}
			if m := reItemClauseGoesOn.FindStringSubmatch(region[c+1:]); m != nil && !listClauseStop[m[1]] {
				pos = c + 1
				continue
			}
			closed = c
			break
		}
		if closed < 0 {
			break
		}
		out = append(out, [2]int{start, closed})
		off = closed
	}
	return out
}

// listClauseStop: words after a contrast that turn to another party ("but not its chairman").
var listClauseStop = set("not", "its", "his", "her", "their", "the", "a", "an", "only", "also", "never", "neither", "no", "nor", "none", "this", "that", "these", "those", "he", "she", "they", "it", "which", "who", "whose")

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
