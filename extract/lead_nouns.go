package extract

import "github.com/scamgraph/scamgraph/model"

// Names typed by a noun or phrase set before them, and name shapes that name nothing:
//   - a sentence that opens with a site's noun and the name in apposition: "The resort, Golden
//     Sabai Riverside, occupies ...", "The compound, Lucky Star Park, lies ...";
//   - an outlet that reached someone or whose post was forwarded: "Reached by Mekong
//     Borderlines, she said", "Forwarded from Bataan Watchdog:", and "told the Observer":
//     people are reached by reporters, posts are forwarded from channels, and no person's
//     name takes "the";
//   - a state's army written with capitals ("the Malaysian Army");
//   - a heading set in spaced letters ("D E C I S I O N").

// leadSiteNouns open a sentence whose apposition names the site: "The resort, X, ...".
var leadSiteNouns = set("resort", "compound", "complex", "casino", "park", "hotel", "tower", "building", "enclave", "hub", "zone")

// typeByLeadNoun applies the shapes above to the names of one sentence that only their
// shape typed (a person of conf <= 0.75, or a weak word); listed names keep their type.
func typeByLeadNoun(st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if c.gaz >= 0 || c.typ != model.Person || c.conf > 0.75 || c.ti == 0 {
			continue
		}
		closes := c.tj >= len(toks) || toks[c.tj].kind == tokPunct
		switch {
		case c.conf <= 0.6 && toks[c.ti-1].low == "the" && c.tj < len(toks) && siteKindWords[toks[c.tj].text] && nounPhraseEnds(toks, c.tj+1):
			// "raided the Jade Phoenix building inside the zone": no person is written
			// between "the" and a site's kind.
			c.typ, c.conf, c.weak = model.Compound, 0.85, false
		case c.ti == 3 && toks[0].low == "the" && leadSiteNouns[toks[1].low] && toks[2].text == "," && c.tj < len(toks) && toks[c.tj].text == ",":
			c.typ, c.conf, c.weak = model.Compound, statedType, false
		case c.ti == 2 && toks[0].low == "reached" && toks[1].low == "by" && closes,
			c.ti == 2 && toks[0].low == "forwarded" && toks[1].low == "from" && closes:
			c.typ, c.conf, c.weak = model.Organization, 0.8, false
			c.sector = model.SectorMedia
		case c.ti >= 2 && toks[c.ti-1].low == "the" && toks[c.ti-2].low == "told" && c.tj-c.ti <= 3:
			c.typ, c.conf, c.weak = model.Organization, 0.7, false
			c.sector = model.SectorMedia
		}
	}
}

// stateArmy reports "Malaysian Army", "Thai Navy": a demonym and a capitalised army or navy,
// the name of that state's armed service (lower-case, "the Thai army" is left to forceName).
func stateArmy(toks []token, i, j int, words []string) bool {
	if len(words) != 2 || j-i != 2 || !demonyms[words[0]] || !isCap(toks[j-1]) {
		return false
	}
	return words[1] == "army" || words[1] == "navy"
}

// spacedLetters reports a span of single letters ("D E C I S I O N"): a heading spaced out,
// no name.
func spacedLetters(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if len([]rune(w)) != 1 {
			return false
		}
	}
	return true
}

// coinedCityWords are words of a developer's coined "... City" that no town's name holds
// ("Koh Kong Paradise City", "Huanya International City"); a town named so has two words at
// most ("Quezon City"), so the caller asks for three.
func coinedCityWords(words []string) bool {
	return containsAny(words[:len(words)-1], "paradise", "international", "fortune", "lucky", "smart", "dream", "treasure")
}

// siteNamedByKind reports "the Phoenix Bay compound" closing its phrase: the writer names a
// site no list holds by its kind, which outweighs what the name's own last word ("Bay")
// said elsewhere. toks[j] is the site word; the name was typed by shape (no list entry).
func siteNamedByKind(toks []token, c *candidate, j int) bool {
	if c.ti == 0 || toks[c.ti-1].low != "the" || toks[j].low != "compound" {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].kind == tokPunct && toks[j+1].text != "'s" && toks[j+1].text != "’s"
}

// siteKindWords are the lower-case kinds of site written after a site's name.
var siteKindWords = set("compound", "building", "complex", "casino", "resort", "tower", "hotel", "enclave", "hub")

// signatureTitles open the post written after a name in capitals in a court paper's signature
// or appearance lines: "LINH PHAM, Attorney for Defendant", "SOPHAL CHHUN, Assistant United
// States Attorney".
var signatureTitles = set("attorney", "assistant", "counsel", "judge", "prosecutor", "clerk", "magistrate", "special",
	"deputy", "senior", "trial", "defense", "defence", "federal", "public", "chief", "presiding", "associate")

// capitalsSigned reports a name in capitals followed by a comma and a post in ordinary
// capitals: court papers sign and list counsel so.
func capitalsSigned(toks []token, i, j int) bool {
	return j+1 < len(toks) && toks[j].text == "," && isCap(toks[j+1]) && !shouted(toks[j+1:j+2]) && signatureTitles[toks[j+1].low]
}

// countryBeforeAcronym returns where an acronym starts after a listed country's name that
// opens the span ("Thailand AMLO"): two names, the country and its body.
func countryBeforeAcronym(g *Gazetteer, text string, toks []token, i, j int) (int, bool) {
	if j-i != 2 || !isAcronym(toks[j-1].text) || len(toks[j-1].text) < 3 || !isCountry(toks[i].text) {
		return 0, false
	}
	return i + 1, knownPlace(g, text, toks, i, i+1)
}
