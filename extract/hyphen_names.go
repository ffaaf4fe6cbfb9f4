package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
)

// koreanSurnames open Korean names ("Park Ji-hoon"); some are English words ("Park",
// "Moon", "Song") that the list of words naming nothing holds.
var koreanSurnames = lexicon.KoreanSurnames()

// hyphenTails are English words written after a hyphen on a place's or a firm's name
// ("Phnom Penh-based", "Chinese-owned"): such a word is no syllable of a given name.
var hyphenTails = set("based", "born", "owned", "run", "led", "linked", "backed", "made", "style", "era", "type",
	"level", "class", "area", "free", "wide", "like", "old", "bound", "held", "funded", "listed", "bred", "raised",
	"registered", "controlled", "affiliated", "aligned", "allied", "trained", "armed", "year", "day", "week", "month",
	"side", "line", "era", "inspired", "friendly", "centric", "approved", "licensed", "speaking", "language")

// hyphenGivenName reports toks[i:j] as a Korean or Chinese surname and a given name of two
// syllables joined by a hyphen, the second in small letters: "Park Ji-hoon", "Choi Min-seo",
// "Ko Wen-je", "Lai Ching-te". The surname may be an English word ("Park", "Moon"); the
// shape of the given name says a person.
func hyphenGivenName(toks []token, i, j int) bool {
	if j-i != 2 || toks[i].kind != tokWord || toks[i+1].kind != tokWord {
		return false
	}
	sur, given := toks[i].text, toks[i+1].text
	if len(sur) < 2 || sur[1:] != strings.ToLower(sur[1:]) || !isCap(toks[i]) ||
		!koreanSurnames[toks[i].low] && !chineseSurnameSet[toks[i].low] {
		return false
	}
	first, second, ok := strings.Cut(given, "-")
	if !ok || !syllable(first, true) || !syllable(second, false) || hyphenTails[second] || englishParticiple(second) {
		return false
	}
	return true
}

// ingOnsets are the onsets a romanised syllable in "-ing" has ("Ming", "Ching", "Hsing").
var ingOnsets = set("b", "p", "m", "d", "t", "n", "l", "j", "q", "x", "y", "ch", "hs", "ts", "s", "sh", "zh", "k", "h", "g")

// englishParticiple reports an English participle after the hyphen, no romanised syllable:
// "-hosted", "-facing" ("a Park Lane-facing office", "the Park Hyatt-hosted gala"; review
// r22). No syllable ends in "ed"; one in "ing" has a single onset before it.
func englishParticiple(s string) bool {
	if strings.HasSuffix(s, "ed") {
		return true
	}
	if on, ok := strings.CutSuffix(s, "ing"); ok {
		return !ingOnsets[on]
	}
	return false
}

// syllable reports a romanised syllable of two to six ASCII letters, capitalised or not.
func syllable(s string, capital bool) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case k == 0 && capital:
			if c < 'A' || c > 'Z' {
				return false
			}
		case c < 'a' || c > 'z':
			return false
		}
	}
	return true
}
