package extract

import (
	"regexp"
	"strings"
)

// A register whose first column names firms may give a column to one post: "Director(s)",
// "Chairman", "General manager". Each person its cell lists ("Mrs. Wanida Tangsiri, Mr.
// Chatchai Tangsiri") holds that post in the row's firm, read as the sentence "Wanida
// Tangsiri is a director of Horizon Siam Trading Co., Ltd." (registerRowSentence). Only a
// header that is one post the role table knows whole is such a column, and only cells whose
// items all look like names are read.

// postColumn reports a header that names one post ("director" once "(s)" is dropped).
func postColumn(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" || len(strings.Fields(h)) > 3 {
		return false
	}
	w, pred := rolePhrase(h)
	return pred != "" && w == h && !stakeOnlyPosts[h] && !reHoldersHead.MatchString(h)
}

// reListedName is one item of a cell listing people: capitalised words, an honorific allowed.
var reListedName = regexp.MustCompile(`^(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){1,5}$`)

// listedNames splits a cell listing people ("A, B and C", "A; B") into names; nil when an
// item is not a name.
func listedNames(v string) []string {
	v = strings.ReplaceAll(strings.ReplaceAll(v, ";", ","), " and ", ",")
	var out []string
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !reListedName.MatchString(f) || len(out) >= 10 {
			return nil
		}
		out = append(out, f)
	}
	return out
}
