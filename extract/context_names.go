package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// Names read from their context: the rules here type or bound a name that no list holds by
// the words around it (a nickname in quotes, a firm's bracketed country, a place after
// "crossing at", a body after "the rights group").

// endsAtLegalForm reports a capitalised word at toks[j] that follows a legal form written
// with its period ("Corp.", "Inc.", "Ltd."): the period ended the sentence, unless another
// legal form follows ("Sdn. Bhd.").
func endsAtLegalForm(toks []token, j int) bool {
	if j == 0 {
		return false
	}
	prev := toks[j-1].text
	return strings.HasSuffix(prev, ".") && isLegalForm(strings.ToLower(prev)) && !companyEnds[toks[j].low] &&
		!strings.Contains(strings.TrimSuffix(prev, "."), ".")
}

// quoteMarks open or close a nickname.
var quoteMarks = set(`"`, "“", "”", "'", "‘", "’")

// nicknameAt reports a nickname in quotes at toks[j] between the parts of a person's name
// (Ernesto "Boyet" Maglaya): a given name before, one capitalised word quoted, and a
// capitalised surname after.
func nicknameAt(toks []token, i, j int) bool {
	if j+3 >= len(toks) || !quoteMarks[toks[j].text] || !quoteMarks[toks[j+2].text] {
		return false
	}
	nick, sur := toks[j+1], toks[j+3]
	return isCap(nick) && isCap(sur) && nameShaped(toks[i:j]) && nameShaped([]token{nick, sur}) && j+4 <= len(toks) &&
		(j+4 == len(toks) || !isCap(toks[j+4]) || nameShaped(toks[j+4:j+5]))
}

// bracketInsideFirmName reports "(Cambodia) Co., Ltd." or "(Thailand) Limited" at toks[j]:
// one capitalised word in brackets followed by a legal form.
func bracketInsideFirmName(toks []token, j int) bool {
	if j+3 >= len(toks) || toks[j+2].text != ")" || !isCap(toks[j+1]) {
		return false
	}
	next := toks[j+3].low
	return companyEnds[next] && isLegalForm(next)
}

// spanishY reports the "y" or a particle inside a Spanish-Filipino name ("Ocampo y Salonga",
// "de los Santos"): it is no capitalised word but belongs to the name.
func spanishY(ts []token, k int) bool {
	return (ts[k].text == "y" || surnameParticles[ts[k].text]) && k > 0 && k+1 < len(ts)
}

// wordCount counts the words among tokens, leaving out quotes and brackets.
func wordCount(ts []token) int {
	n := 0
	for _, t := range ts {
		if t.kind != tokPunct {
			n++
		}
	}
	return n
}

// locationStarts open the names of local units in the region's languages: a Philippine
// barangay, a Thai tambon or amphoe, a Cambodian sangkat, khum or phum.
// "Camp Crame" is a Philippine police or army camp: a place named as such.
var locationStarts = set("barangay", "brgy.", "brgy", "tambon", "amphoe", "sangkat", "khum", "phum", "camp", "jalan", "jln", "lorong", "kampung", "kampong")

// placeBeforeAtFrom reports a word before "at" or "from" after which a name is a place:
// "crossing at", "landed at", "an MP from", "a lawmaker from".
func placeBeforeAtFrom(before, prep string) bool {
	if prep == "at" {
		return atPlaceWords[before]
	}
	return fromPlaceWords[before] || headmanWords[before]
}

var (
	atPlaceWords = set("crossing", "crossed", "landed", "arrived", "docked", "stationed", "based", "border", "checkpoint",
		"crossings", "arriving", "landing", "compound", "compounds", "site", "camp", "facility", "premises", "port", "pier",
		"bridge", "gate")
	fromPlaceWords = set("mp", "lawmaker", "legislator", "congressman", "congresswoman", "senator", "representative",
		"native", "hails", "deported", "repatriated", "fled", "escaped", "returned", "trafficked", "rescued", "flew",
		"travelled", "traveled", "arriving", "arrived", "km", "kilometres", "kilometers", "miles", "border", "across",
		"river", "crossing", "drive", "road", "upstream", "downstream")
)

// typeByNeighbours types names that only their shape called people by what stands beside
// them: a name joined by "and" or "or" to a place ("Yunnan and Guangdong"), and a
// body or firm named right after a word that says what it is ("the rights group Licadho",
// "the developer Huiwang").
func typeByNeighbours(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if c.typ != model.Person || c.gaz >= 0 || c.conf > 0.75 {
			continue
		}
		// A name of several words joins only a place before it, and ends its clause:
		// "from Mong Pawk and Wan Hsa." ("Sok Dara and Thailand officials" is a person).
		closes := c.tj >= len(toks) || toks[c.tj].kind == tokPunct
		for _, o := range []int{k - 1, k + 1} {
			if !c.weak && !(o == k-1 && closes) {
				continue
			}
			if o < 0 || o >= len(cs) {
				continue
			}
			n := cs[o]
			if n.typ != model.Location || n.gaz < 0 && n.conf < 0.65 {
				continue
			}
			a, b := n.e, c.s
			if o > k {
				a, b = c.e, n.s
			}
			if a > b {
				continue
			}
			if between := strings.TrimSpace(text[a:b]); between == "and" || between == "or" {
				c.typ, c.conf, c.weak = model.Location, 0.65, false
				break
			}
		}
		if c.typ != model.Person || c.ti == 0 {
			continue
		}
		if c.conf <= 0.6 && !c.weak && toks[c.ti-1].low == "the" && (c.tj == len(toks) || toks[c.tj].kind == tokPunct && toks[c.tj].text != "'s") {
			// "obtained by the Phnom Penh Current,": a name after "the" that stands alone is
			// no person's (people take no article); what it is, its shape cannot say, so
			// it stands only if a fuller name elsewhere takes it.
			c.conf, c.weak = 0.4, true
			continue
		}
		// The kind word right before, and the name standing as a noun phrase of its own:
		// punctuation or a speech verb after it ("the group Saw Chit Thu leads" is left).
		if c.tj < len(toks) && toks[c.tj].kind != tokPunct && !personVerbs[toks[c.tj].low] {
			continue
		}
		switch kind := toks[c.ti-1]; {
		case kind.kind != tokWord || isCap(kind):
		case bodyKindWords[kind.low]:
			c.typ, c.conf, c.weak = model.Organization, 0.7, false
			c.sector = kindSector(toks, c.ti-1)
		case firmKindWords[kind.low] && !whoFollows(toks, c.tj):
			// "developer Rommel Tan, who built the dormitories": "who" says a person.
			c.typ, c.conf, c.weak = model.Company, 0.7, false
		}
	}
}

// bodyKindWords and firmKindWords name what the next name is ("the watchdog Global Witness").
var (
	bodyKindWords = set("group", "organisation", "organization", "ngo", "charity", "watchdog", "nonprofit", "non-profit",
		"coalition", "newspaper", "outlet", "broadcaster", "militia", "faction", "think-tank", "thinktank", "institute")
	firmKindWords = set("company", "firm", "conglomerate", "developer", "subsidiary", "startup", "lender", "app", "platform",
		"exchange", "operator", "contractor", "agency")
)

// numberedUnits take a number as part of their name ("Branch 14", "Brigade 31").
var numberedUnits = set("branch", "brigade", "battalion", "division", "regiment", "unit", "precinct", "station", "squadron", "post",
	"region", "area", "sector", "zone", "military", "road", "route", "highway", "terminal", "sangkat")

// portfolioWords name a ministry by its field ("Foreign Ministry").
var portfolioWords = set("foreign", "interior", "defence", "defense", "finance", "justice", "home", "labour", "labor",
	"commerce", "health", "education", "information", "tourism")

// courtDistricts open the names of federal court districts ("Eastern District of New York").
var courtDistricts = set("northern", "southern", "eastern", "western", "central", "middle")

// contraction reports a word with a clipped verb ("DM'd", "I'll").
func contraction(w string) bool {
	for _, suf := range []string{"'d", "’d", "'ve", "’ve", "'ll", "’ll", "'re", "’re", "'m", "’m"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ownBodyAfter reports a capitalised name at toks[k] that ends in a word naming a body of
// its own kind, a party or a union ("for the Bhumjaithai Party").
func ownBodyAfter(toks []token, k int) bool {
	e := capSpanEnd(toks, k)
	if e <= k || e-k > 5 {
		return false
	}
	switch toks[e-1].low {
	case "party", "union", "front", "alliance", "league", "coalition":
		return true
	}
	return false
}

// committeeFields returns the end of a list of fields inside a committee's name ("Committee
// on Women, Children, Family Relations and Gender Equality") when the comma at toks[j]
// continues one, or j. The list must close with "and" and capitalised words.
func committeeFields(toks []token, i, j int) int {
	on := -1
	for k := i + 1; k < j; k++ {
		if toks[k].low == "on" {
			switch toks[k-1].low {
			case "committee", "commission", "subcommittee", "council":
				on = k
			}
		}
	}
	if on < 0 {
		return j
	}
	k := j
	for k < len(toks) && k < j+16 {
		if toks[k].text != "," || k+1 >= len(toks) {
			return j
		}
		k++
		if toks[k].low == "and" {
			k++
		}
		if k >= len(toks) || !isCap(toks[k]) {
			return j
		}
		for k < len(toks) && isCap(toks[k]) {
			k++
		}
		if k < len(toks) && toks[k].low == "and" && k+1 < len(toks) && isCap(toks[k+1]) {
			k++
			for k < len(toks) && isCap(toks[k]) {
				k++
			}
			return k
		}
	}
	return j
}

// cueBeforeOf reports a body's cue word before the first "of" ("Regional Trial Court Branch
// 14 of Cebu City"): the place after "of" is where the body sits, not what it is.
func cueBeforeOf(words []string) bool {
	for _, w := range words {
		if w == "of" {
			return false
		}
		if orgCues[w] {
			return true
		}
	}
	return false
}

// acronymStands reports an unknown acronym that names a body by where it stands: after "the"
// with no noun after it ("raided by the PAOCC."), or before a title ("PNP Chief Rommel
// Marbil"). Elsewhere a lone acronym ("a CCTV camera") waits for a fuller name.
func acronymStands(toks []token, i, j int) bool {
	letters := 0
	for _, r := range toks[i].text {
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	if letters < 3 {
		return false
	}
	if j < len(toks) && toks[j].kind == tokWord && !isCap(toks[j]) && !personVerbs[toks[j].low] && i > 0 && toks[i-1].low == "the" {
		return false
	}
	if i > 0 && toks[i-1].low == "the" {
		return true
	}
	if j < len(toks) && isCap(toks[j]) {
		switch toks[j].low {
		case "chief", "director", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "commander", "head", "secretary":
			return true
		}
	}
	return false
}

// abstractNoun reports a word with an abstract noun's ending ("Equality", "Relations",
// "Governance"), which no person's name ends in.
func abstractNoun(w string) bool {
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ity", "ities", "ness", "ism", "ship", "ments", "ance", "ancy"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeAdjectives follow a place and a hyphen ("Shenzhen-listed", "Bangkok-based").
var placeAdjectives = set("based", "listed", "registered", "headquartered", "incorporated", "born")

// dropNonNames types a name that only its shape called a person, when a hyphen and a word
// like "based" follow it ("the Shenzhen-listed Huiwang Holdings"), as a place; and drops
// what only looks like a name: a currency's country code ("US$2,000") and a pair of
// demonyms ("the Lao-Chinese border").
func dropNonNames(st sentence, cs []candidate) []candidate {
	toks := st.toks
	out := cs[:0]
	for _, c := range cs {
		if c.tj+1 < len(toks) && toks[c.tj].text == "-" && placeAdjectives[toks[c.tj+1].low] && c.typ == model.Person && c.gaz < 0 && c.conf <= 0.6 {
			c.typ, c.conf, c.weak = model.Location, 0.7, false
		}
		if c.tj < len(toks) && toks[c.tj].text == "$" && toks[c.tj].s == c.e {
			continue
		}
		if c.gaz < 0 && c.tj == c.ti+1 && (demonymPair(toks[c.ti].low) || countryPair(toks[c.ti].text)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// demonymPair reports "lao-chinese", "thai-cambodian": demonyms joined by hyphens.
func demonymPair(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !demonyms[p] && !forceDemonyms[p] {
			return false
		}
	}
	return true
}

// surnameParticles sit in lower case inside Filipino and Spanish surnames, and Malay
// patronymics ("Ahmad bin Ismail", "Siti Aminah binti Hassan").
var surnameParticles = set("dela", "delos", "de", "los", "la", "bin", "binti", "binte")

// particles counts the words of a name that are particles ("y", "de", "los").
func particles(words []string) int {
	n := 0
	for k, w := range words {
		if k > 0 && k < len(words)-1 && (w == "y" || surnameParticles[w]) {
			n++
		}
	}
	return n
}

// motionClause reports a preposition at toks[p] ("from", "into", "via") in a clause whose
// verb moves people: a motion verb up to five words before it, with no mark between
// ("buses left from Hpa Lu", "they crossed into Bokeo from Chiang Saen").
func motionClause(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		if toks[k].kind == tokPunct {
			return false
		}
		if motionVerbs[toks[k].low] || clauseMotion[toks[k].low] {
			return true
		}
	}
	return false
}

// clauseMotion adds verbs of leaving and crossing to motionVerbs for "from", "into" and "via".
var clauseMotion = set("left", "crossed", "fled", "rescued", "freed", "released", "drove", "walked", "swam",
	"sailed", "flew", "departed", "arrived", "returned", "moved", "taken", "smuggled", "trafficked")

// againstSomething reports a word that works against something ("Anti-Cybercrime Group",
// "Anti-Scam Centre"): bodies name themselves so, firms do not.
func againstSomething(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "counter-") {
			return true
		}
	}
	return false
}

// isPersonTitle reports a title before a person's name, also when it is a former one
// ("ex-senator", "former-governor" written as one word).
func isPersonTitle(w string) bool {
	if personTitles[w] {
		return true
	}
	for _, p := range []string{"ex-", "former-"} {
		if strings.HasPrefix(w, p) && personTitles[w[len(p):]] {
			return true
		}
	}
	return false
}

// syllableInName reports a capitalised "An", "In" or "On" at toks[j], inside a sentence,
// after a capitalised name word and ending the name ("Kok An", "Sok In"): there it is a
// syllable of a Khmer or Chinese name, never the article or preposition.
func syllableInName(toks []token, i, j int) bool {
	t := toks[j]
	if t.text != "An" && t.text != "In" && t.text != "On" || j == i || !nameShaped(toks[j-1:j]) {
		return false
	}
	return j+1 >= len(toks) || !isCap(toks[j+1])
}

// nameAfterPortfolio finds a person's name of two or three words closing a title's
// portfolio ("Secretary for Terrorism and Financial Intelligence Daniel Okafor"): the
// longest tail of plain name words, stopped by a word that names a field or a body, or by
// a region joined by a hyphen ("Minister for the Indo-Pacific Helen Ashworth"). A given
// name joined by a hyphen keeps its second part small ("Peter Lam Chun-wai").
func nameAfterPortfolio(text string, si int, st sentence, i, j int) (candidate, bool) {
	toks := st.toks
	k := j
	for k > i && j-k < 3 && nameShaped(toks[k-1:k]) && !fieldWord(toks[k-1].low) && !abstractNoun(toks[k-1].low) &&
		!capitalHyphen(toks[k-1].text) {
		k--
	}
	if k-1 > i && givenNameDemonym(toks, k-1, j) {
		k-- // "... Financial Intelligence Karen Whitfield" (given_demonyms.go)
	}
	if j-k < 2 || k <= i || toks[k-1].kind != tokWord || isCap(toks[k-1]) && nameShaped(toks[k-1:k]) && !fieldWord(toks[k-1].low) &&
		!abstractNoun(toks[k-1].low) && !capitalHyphen(toks[k-1].text) {
		return candidate{}, false
	}
	c := candidate{s: toks[k].s, e: toks[j-1].e, ti: k, tj: j, typ: model.Person, conf: 0.7, gaz: -1, sent: si}
	c.text = text[c.s:c.e]
	return c, true
}

// businessAgency reports the trade before "Agency" in a firm's name: staffing, recruitment,
// travel and the like ("Bright Staffing Agency"); a public agency has no such word.
func businessAgency(w string) bool {
	switch w {
	case "staffing", "recruitment", "recruiting", "travel", "employment", "manpower", "placement", "marketing",
		"advertising", "talent", "modelling", "modeling", "shipping", "tour", "tours", "visa", "booking", "realty":
		return true
	}
	return false
}

// causeGroup words name a cause or a task before "Group" ("International Crisis Group",
// "Migrant Rights Group", "Financial Action Task Group"): such groups are bodies, not firms.
var causeGroup = set("crisis", "rights", "advocacy", "research", "action", "monitoring", "working", "policy", "protection",
	"support", "study", "lobby", "pressure", "contact", "justice", "peace", "solidarity", "relief", "rescue")

// bylineName reports the word after a sentence's first "By" that opens an author's name; "By
// 2024, ...", "By March ...", "By the time ..." open a story's sentence instead.
func bylineName(t token) bool {
	return isCap(t) && !sources.IsDigits(t.text) && !calendarWords[t.low] && !leadStrip[t.low] && !notNames[t.low]
}

// kindSector gives the sector the kind word at toks[k] says ("rights group", "militia",
// "newspaper"), or "".
func kindSector(toks []token, k int) string {
	switch toks[k].low {
	case "ngo", "charity", "watchdog", "nonprofit", "non-profit", "coalition":
		return model.SectorNGO
	case "militia", "faction":
		return model.SectorArmedGroup
	case "newspaper", "outlet", "broadcaster":
		return model.SectorMedia
	case "think-tank", "thinktank", "institute":
		return model.SectorAcademic
	case "group", "organisation", "organization":
		if k > 0 && (toks[k-1].low == "rights" || toks[k-1].low == "advocacy" || toks[k-1].low == "aid" || toks[k-1].low == "campaign") {
			return model.SectorNGO
		}
	}
	return ""
}

// capitalHyphen reports a word whose part after a hyphen is capitalised ("Indo-Pacific",
// "Asia-Pacific"): a region's or a field's compound, where names join a small syllable
// ("Chun-wai", "Jong-un").
func capitalHyphen(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	if !ok || after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r)
}

// whoFollows reports ", who" (or "who") right after a name ending before toks[j]: the
// relative pronoun of people.
func whoFollows(toks []token, j int) bool {
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	return j < len(toks) && (toks[j].low == "who" || toks[j].low == "whom")
}

// countryPair reports "Myanmar-Thailand", "Cambodia-Vietnam": two countries joined by a
// hyphen (a border or a route between them), no place of its own.
func countryPair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isCountry(a) && isCountry(b)
}
