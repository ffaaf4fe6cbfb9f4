package extract

import "strings"

// "Police questioned Col. Saw Htoo Wah on Monday. The colonel commands Battalion 1023." A
// rank or an office written before a name ("Colonel X", "Mayor X") lets a later description
// with that noun ("the colonel", "the mayor") stand for the person, as "the senator" does;
// these heads are read only when a name carries them (internal/lexicon/reference-heads.txt,
// "named"), never as merely the nearest person. Ranks are often written short: "Col.",
// "Brig. Gen.", "Pol. Col.", "Gov.".

// titleAbbrevs are the short forms of ranks and offices written before names.
var titleAbbrevs = map[string]string{
	"col": "colonel", "gen": "general", "gov": "governor", "sen": "senator", "cmdr": "commander",
	"comdr": "commander", "cong": "congressman", "rep": "congressman", "min": "minister",
}

// abbrevTitleBefore reports that a person's name is written right after the short form of
// head ("Col. Saw Htoo Wah" for "the colonel"), or after it and one more title ("Pol. Col.
// X" is read on "Col.", "Brig. Gen. X" on "Gen.").
func abbrevTitleBefore(text string, c candidate, head string) bool {
	if c.s > len(text) || !strings.HasSuffix(text[max(0, c.s-1):c.s], " ") {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, c.s-30):c.s]))
	if len(f) == 0 {
		return false
	}
	w := strings.TrimSuffix(f[len(f)-1], ".")
	return w != f[len(f)-1] && titleAbbrevs[w] == head
}
