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
//
// listItems stopped at "but" only when the word led an item; a possessive item start after it
// (", but not its chairman, B") read B as listed. The list now ends at the contrast word itself
// ("but", "although", "though", "whereas", "except", "unlike", lower case, after a comma or a
// blank); "but also" goes on with the list ("A, but also B").

// reListContrast is a contrast word that ends a list.
var reListContrast = regexp.MustCompile(`(?:,\s*|\s)(?:but|although|though|whereas|except|unlike)\s`)

// listContrastEnd returns where the list from from ends: at the first contrast word before
// end, or end.
func listContrastEnd(text string, from, end int) int {
	if from >= end {
		return end
	}
	region := text[from:end]
	for off := 0; off < len(region); {
		loc := reListContrast.FindStringIndex(region[off:])
		if loc == nil {
			break
		}
		at := off + loc[0]
		if !strings.HasPrefix(strings.TrimLeft(region[off+loc[1]:], " "), "also ") {
			return from + at
		}
		off += loc[1]
	}
	return end
}
