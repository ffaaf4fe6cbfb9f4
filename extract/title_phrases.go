package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// nameTitlePhrases are honorifics of several words ("Tan Sri", "Samdech Techo", "His
// Excellency"): no word of them alone is a title ("Tan" is a surname), so the single-word
// title lists cannot hold them.
var nameTitlePhrases = lexicon.NameTitlePhrases()

// titlePhraseEnd returns the end of an honorific of several words opening toks[i:j], when a
// name of two words or more follows it ("Tan Sri Lim Boon Keat"); -1 otherwise.
func titlePhraseEnd(toks []token, i, j int) int {
	for _, p := range nameTitlePhrases {
		if len(p) < 2 || j-i < len(p) {
			continue
		}
		if i > 0 && toks[i-1].low == p[0] && isCap(toks[i-1]) && leadStrip[p[0]] {
			// "His Excellency Hun Manet": the span opened after the function word.
			p = p[1:]
		}
		match := true
		for k, w := range p {
			t := toks[i+k]
			if t.kind != tokWord || !isCap(t) || trimDots(t.low) != w {
				match = false
				break
			}
		}
		if match && j-i >= len(p)+2 && nameShaped(toks[i+len(p):j]) && !titleInside(toks[i+len(p):j]) {
			return i + len(p)
		}
	}
	return -1
}

// titleInside reports a title word among ts ("Major General Pol. Lt. Keo Vuthy"): the
// rules that split ranks from names handle the span then.
func titleInside(ts []token) bool {
	for _, t := range ts {
		if titleWords[trimDots(t.low)] || titleWords[t.low] || isPersonTitle(t.low) {
			return true
		}
	}
	return false
}

// trimDots drops the periods of an abbreviation ("Lt." is "lt").
func trimDots(w string) string { return strings.ReplaceAll(w, ".", "") }

// listedFields reports a span made only of listed field words ("Home Affairs", "Public
// Works"): a portfolio's name, never a person's. Only the list counts, not the endings
// fieldWord also accepts, which given names share ("Crystal", "Henry").
func listedFields(words []string) bool {
	for _, w := range words {
		if !fieldWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// numberedRoad reports a road's name that ends in its number ("National Road 4", "Route 7",
// "Highway 12").
func numberedRoad(words []string) bool {
	n := len(words)
	if n < 2 || !sources.IsDigits(words[n-1]) {
		return false
	}
	switch words[n-2] {
	case "road", "route", "highway":
		return true
	case "terminal":
		// "NAIA Terminal 3": an airport's or a port's numbered terminal, after its name.
		return n >= 3
	case "sangkat":
		// "Sangkat 4": a Cambodian commune numbered, not named.
		return n == 2
	}
	return false
}

// continentBody reports a name of two to four words ending in a continent's name whose other
// words are plain name words and no place, bearing or people ("Freedom Lines Asia"): the name
// of a body that works across that continent. "Southeast Asia", "Central Asia" and "Mainland
// Southeast Asia" are regions (a bearing word); "Thai Asia" or "Mekong Asia" hold a place.
func continentBody(g *Gazetteer, text string, toks []token, i, j int, words []string) bool {
	n := len(words)
	if n < 2 || n > 4 || !continents[words[n-1]] || j-i != n || shouted(toks[i:j]) {
		return false
	}
	return plainNameLead(g, toks, i, j, words)
}

// plainNameLead reports whether the words of toks[i:j] before its last word are plain name
// words, shaped like a name's: no bearing, people, common word, continent or listed name
// ("Freedom Lines" in "Freedom Lines Asia", "Everbright" in "Everbright Pacific").
func plainNameLead(g *Gazetteer, toks []token, i, j int, words []string) bool {
	for k, w := range words[:len(words)-1] {
		if compassWords[w] || demonyms[w] || notNames[w] || continents[w] || g.Lookup(toks[i+k].text) >= 0 {
			return false
		}
	}
	return nameShaped(toks[i : j-1])
}

// continents close the names of bodies that work across them.
var continents = set("asia", "africa", "europe", "pacific", "oceania", "americas")

// ordinalUnits extends a body's name over the ordinal before it ("the 7th Infantry
// Division", "the 33rd Light Infantry Division"): the number is what tells the unit from its
// sister units, so without it the name names none of them.
func ordinalUnits(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if c.typ != model.Organization || c.gaz >= 0 || c.ti == 0 || !ordinal(toks[c.ti-1].low) {
			continue
		}
		c.ti--
		c.s = toks[c.ti].s
		c.text = text[c.s:c.e]
	}
}

// ordinal reports a number written as an ordinal: "7th", "33rd", "21st", "2nd".
func ordinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && len(d) <= 3 && sources.IsDigits(d) {
			return true
		}
	}
	return false
}

// bankOf reports a name with "Bank of" before its last words and no public body's cue
// ("Bank of Ayudhya"); "Central Bank of the Philippines" and "National Bank of Cambodia"
// are central banks, public bodies.
func bankOf(words []string) bool {
	for k := 0; k+2 < len(words); k++ {
		if words[k] == "bank" && words[k+1] == "of" {
			return !containsAny(words[:k], "central", "national", "reserve", "state", "people's", "world", "asian", "development")
		}
	}
	return false
}

// siteCompoundWord reports a coined word closed by a site's word ("Technohub", "Cyberpark",
// "Technopark"): the word names the kind of site the name is.
func siteCompoundWord(w string) bool {
	for _, c := range []string{"hub", "park", "city", "complex"} {
		if len(w) >= len(c)+4 && strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// repeatedHalf returns the middle of a span made of the same words twice ("Mekong Bay City
// Mekong Bay City"), or 0.
func repeatedHalf(toks []token, i, j int) int {
	n := j - i
	if n < 4 || n%2 != 0 {
		return 0
	}
	m := i + n/2
	for k := 0; k < n/2; k++ {
		if toks[i+k].text != toks[m+k].text {
			return 0
		}
	}
	return m
}

// ethnicStateWords close the names of regions named after a people ("Mon State", "Kachin
// State", "Wa Region").
var ethnicStateWords = set("state", "region", "division", "province", "territory")

// pluralTitle reports a title in the plural before names joined by "and" ("Assistant U.S.
// Attorneys Jane Roe and John Poe"): the plural of a person's title, a name, then "and" and
// another name.
func pluralTitle(toks []token, k, j int) bool {
	w := toks[k].low
	return len(w) > 4 && strings.HasSuffix(w, "s") && isPersonTitle(w[:len(w)-1]) && k+1 < j &&
		j+1 < len(toks) && toks[j].low == "and" && isCap(toks[j+1])
}

// titleQualifier reports the words before a title that only qualify it: title words and a
// country's name or abbreviation ("Assistant U.S. Attorney", "Deputy Thai Prime Minister").
// They name no person; the person is the name after the title.
func titleQualifier(g *Gazetteer, text string, toks []token, i, j int) bool {
	place := false
	for k := i; k < j; k++ {
		t := toks[k]
		switch {
		case titleWords[t.low] || isPersonTitle(t.low):
		case demonyms[t.low] || isCountry(t.text):
			place = true
		case g.Lookup(t.text) >= 0 && g.entry(g.Lookup(t.text)).Type == model.Location:
			place = true
		default:
			return false
		}
	}
	return place
}
