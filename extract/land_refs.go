package extract

import "strings"

// Ground named again. "Police raided Jinxiang Park. Land records show Longwan Realty Corp. bought the
// land in 2019" — a land head (internal/lexicon/reference-heads.txt) stands for the site named
// before, for its owner. Two forms of such a phrase were read as new descriptions pointing back
// to nothing, and each recurs across the development sets:
//   - a date after the head: "acquired the lot in 2019", "sold the plot in 2022 to X",
//     "leased the land on 3 May": "in" and "on" then say when, not where, so the phrase is
//     still the site's ground ("the plot in Kampot" stays a new description);
//   - a measure spelled in words: "the eight-hectare property", like "the 8-hectare
//     property", describes the ground and names nothing.

// landDateAfter reports that the land head at toks[hi] is followed by "in" or "on" and a
// date: a year, a month, or a day number before a month.
func landDateAfter(toks []token, hi int) bool {
	if hi+2 >= len(toks) || toks[hi+1].low != "in" && toks[hi+1].low != "on" {
		return false
	}
	w := toks[hi+2].low
	if monthWords[w] {
		return true
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && allDigits(w) {
		return true
	}
	// "on 3 May", "on 12 March 2021".
	return toks[hi+1].low == "on" && len(w) <= 2 && allDigits(w) && hi+3 < len(toks) && monthWords[toks[hi+3].low]
}

// monthWords are the months a date after a land head may name.
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")

// allDigits reports a non-empty string of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// spelledMeasures are the number words a measure may be spelled with: "eight-hectare",
// "twelve-storey".
var spelledMeasures = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred")

// measureUnits are the units of such a measure.
var measureUnits = set("hectare", "acre", "storey", "story", "floor", "square-metre", "square-meter", "rai")

// spelledMeasure reports a measure spelled in words and used as an adjective: "eight-hectare",
// "twenty-storey", "two-acre"; "one-stop" and "two-way" are no measures.
func spelledMeasure(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || !spelledMeasures[w[:i]] {
		return false
	}
	return measureUnits[w[i+1:]]
}
