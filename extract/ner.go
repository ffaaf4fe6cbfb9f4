package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// candidate is one recognised name in a sentence before entities are resolved.
type candidate struct {
	s, e   int // byte offsets in the text
	ti, tj int // token range [ti, tj) in the sentence
	text   string
	typ    string
	conf   float64
	gaz    int    // gazetteer entry, or -1
	weak   bool   // single word without its own cue: kept only if it resolves to a fuller name
	sector string // an Organization's sector said by the words around it ("the rights group X")
	sent   int
	ent    int // resolved entity index
}

func isCap(t token) bool {
	if t.kind != tokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && strings.IndexFunc(t.text, unicode.IsUpper) > 0
}

func lower(t token) string { return t.low }

// recognise finds the names in one sentence: gazetteer names first (longest match), then
// capitalised spans typed by their cues.
func (x *Extractor) recognise(g *Gazetteer, text string, si int, st sentence) []candidate {
	toks := st.toks
	maxTok, _ := g.limits()
	if maxTok > 12 {
		maxTok = 12
	}
	var out []candidate
	byline := isByline(st)
	if byline {
		return nil
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == tokHan {
			out = append(out, x.hanCandidates(g, text, si, st, i)...)
			i++
			continue
		}
		if !isCap(t) {
			i++
			continue
		}
		if e := vietNameEnd(toks, i); e > 0 {
			out = append(out, vietName(text, si, toks, i, e)) // "Le Thi My Duyen" (vietnamese_names.go)
			i = e
			continue
		}
		// Skip function words that open sentences ("The", "In", "But").
		// A listed name may open with such a word ("Three Pagodas Pass").
		if leadStrip[lower(t)] && !midSentenceSurname(toks, i) && !(i+1 < len(toks) && (g.Lookup(text[t.s:toks[i+1].e]) >= 0 || g.mayStart(t.text) && gazStarts(g, text, toks, i))) && !numberedName(text, toks, i) {
			if g.Lookup(t.text) < 0 || lower(t) == "the" {
				i++
				continue
			}
		}
		// Longest gazetteer match from here.
		best, bestJ := -1, 0
		for j := min(len(toks), i+maxTok+3); j > i && g.mayStart(t.text); j-- {
			last := toks[j-1]
			// A name may end in a bracket only when it opened one: "Kings Romans
			// International (HK)", never "Chen Zhi)" in "(... Chen Zhi)".
			if last.kind == tokPunct && (last.text != ")" || !opensBracket(toks[i:j-1])) {
				continue
			}
			if idx := g.Lookup(text[t.s:last.e]); idx >= 0 {
				best, bestJ = idx, j
				break
			}
		}
		if best < 0 && t.kind == tokWord {
			if idx := shoutedPlaceAt(g, toks, i); idx >= 0 {
				best, bestJ = idx, i+1 // "MANILA —" (shouted_places.go)
			}
		}
		// "Officials of the Kayin State Border Guard Force": a group of people opening the
		// sentence is no part of the body's name.
		// "Owner of Riverside Star Casino" (a role heading a table cell or a list item): the
		// role word and "of" are no part of the name after them.
		if (groupNouns[lower(t)] || roleWords[lower(t)] != "" && !gazStarts(g, text, toks, i)) && i+2 < len(toks) && lower(toks[i+1]) == "of" {
			// "Minister of Interior Sar Sokha": the portfolio, then the holder's name.
			if sj := capSpanEnd(toks, i+2); roleWords[lower(t)] != "" && g.Lookup(text[toks[i+2].s:toks[sj-1].e]) < 0 {
				if c, ok := nameAfterPortfolio(text, si, st, i+2, sj); ok && fieldWord(toks[c.ti-1].low) && !documentWords[toks[c.ti-1].low] {
					out = append(out, c)
					i = sj
					continue
				}
			}
			if k := portfolioOfBodyEnd(toks, i); k > 0 && roleWords[lower(t)] != "" {
				i = k // "Secretary of State of the Ministry of Interior" (portfolio_of_bodies.go)
				continue
			}
			i += 2
			continue
		}
		if officeAcronyms[lower(t)] && i+2 < len(toks) && (toks[i+1].low == "for" || toks[i+1].low == "at" || toks[i+1].low == "of") && isCap(toks[i+2]) {
			// "she was HR for Orient Pearl Group", "the CFO of Lucky Star": a post's
			// letters, then the firm; the letters are no part of its name.
			i += 2
			continue
		}
		spanJ := capSpanEnd(toks, i)
		// A known name followed by "of"/"for" and more capitals ("Karen Border Guard Force of
		// Saw Chit Thu") is the known name; the rest is another name.
		if best >= 0 && bestJ < spanJ && bestJ < len(toks) && (lower(toks[bestJ]) == "of" || lower(toks[bestJ]) == "for") {
			spanJ = bestJ
		}
		if best >= 0 && bestJ < spanJ && stateBeforeBody(g, text, toks, best, i, bestJ, spanJ) {
			spanJ = bestJ // "Republic of the Philippines Regional Trial Court": the state, then its court
		}
		if best >= 0 && bestJ >= spanJ && genericForce(toks, i, bestJ) && forceModifier(toks, bestJ) {
			i = bestJ // "a Lao government statement": listed, but only a modifier here
			continue
		}
		if best >= 0 && bestJ >= spanJ {
			e := g.entry(best)
			if written := text[t.s:toks[bestJ-1].e]; districtAsPlace(e.Type, written) {
				// "victims in the Eastern District of New York" (court_districts.go)
				out = append(out, candidate{s: t.s, e: toks[bestJ-1].e, ti: i, tj: bestJ, text: written,
					typ: model.Location, conf: 0.9, gaz: -1, sent: si})
				i = bestJ
				continue
			}
			out = append(out, candidate{s: t.s, e: toks[bestJ-1].e, ti: i, tj: bestJ, text: text[t.s:toks[bestJ-1].e],
				typ: e.Type, conf: 0.95, gaz: best, sent: si})
			i = bestJ
			continue
		}
		// "Members of the Karen National Union": a common word, "of", then a known name that
		// is no place. The known name stands alone; the words before it name nothing.
		if k := knownAfterOf(g, toks, i, spanJ); k > 0 && commonNouns(toks[i:k]) {
			i = k
			continue
		}
		if spanJ == i+1 {
			if c, ok := forceName(text, si, st, i); ok {
				out = append(out, c)
				i = c.tj
				continue
			}
		}
		out = append(out, x.spanCandidates(g, text, si, st, i, spanJ)...)
		i = spanJ
	}
	out = extendNameTails(g, text, st, out)
	ordinalUnits(text, st, out)
	checkpointUnits(text, st, out) // checkpoint_units.go
	militiaNames(text, st, out)    // militia_names.go
	localPolice(text, st, out)
	siteCalled(st, out)
	out = sonOfParts(g, text, st, out)
	for k := range out {
		retypeByContext(text, st, &out[k])
	}
	siteRunBy(st, out)
	typeByNeighbours(text, st, out)
	typeByLeadNoun(st, out) // lead_nouns.go
	kindNamedAcronym(st, out)
	out = ministryFieldList(text, st, out)
	placeLists(text, st, out)
	return dropNonNames(st, out)
}

// gazStarts reports a gazetteer name that starts at toks[i] and runs past "of" ("Head of
// State Security Bureau" if listed).
func gazStarts(g *Gazetteer, text string, toks []token, i int) bool {
	for j := min(len(toks), i+8); j > i+2; j-- {
		if g.Lookup(text[toks[i].s:toks[j-1].e]) >= 0 {
			return true
		}
	}
	return false
}

// knownAfterOf returns the start of a gazetteer name (not a place) that follows "of" or "of
// the" inside the capitalised span toks[i:j], or 0.
func knownAfterOf(g *Gazetteer, toks []token, i, j int) int {
	for k := i + 2; k < j; k++ {
		if lower(toks[k-1]) == "the" && k-2 > i && lower(toks[k-2]) == "of" {
			// "of the X": the name starts at k
		} else if lower(toks[k-1]) != "of" {
			continue
		}
		if !g.mayStart(toks[k].text) {
			continue
		}
		for e := j; e > k; e-- {
			if idx := g.Lookup(toks[k].text + spanText(toks[k:e])); idx >= 0 && g.entry(idx).Type != model.Location {
				return k
			}
		}
	}
	return 0
}

// commonNouns reports words before "of" that are common nouns, not part of a name: words
// that never name anything alone, or plurals ("Members", "Soldiers", "Officials").
func commonNouns(ts []token) bool {
	for _, t := range ts {
		w := lower(t)
		if w == "of" || w == "the" {
			continue
		}
		plural := len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		if !notNames[w] && !plural {
			return false
		}
	}
	return true
}

// spanText rebuilds the words after the first token of toks, single-spaced, for lookups.
func spanText(toks []token) string {
	var b strings.Builder
	for _, t := range toks[1:] {
		b.WriteByte(' ')
		b.WriteString(t.text)
	}
	return b.String()
}

// opensBracket reports an unclosed "(" among the tokens.
func opensBracket(ts []token) bool {
	open := 0
	for _, t := range ts {
		switch t.text {
		case "(":
			open++
		case ")":
			open--
		}
	}
	return open > 0
}

// retypeByContext applies what follows a name: "the Min Let Pan compound" names a compound
// (the cue word joins the name), and an apposition ("LuBian, a bitcoin mining business")
// types a name no list holds.
func retypeByContext(text string, st sentence, c *candidate) {
	toks := st.toks
	j := c.tj
	if c.typ == model.Person && c.gaz < 0 && c.conf < 0.85 && !apposedPerson(toks, c.tj) && (placeContext(toks, c.ti, c.tj) || placeByShape(toks, c.ti, c.tj)) {
		c.typ, c.conf, c.weak = model.Location, 0.65, false
		return
	}
	if typeBySiteApposition(toks, c) {
		return
	}
	// "the Zun Yuan Technology compound": a name no list holds, read as a company from its
	// head word, names the compound the word after it says it is.
	if j < len(toks) && c.typ == model.Company && c.gaz < 0 && (toks[j].text == "compound" || toks[j].text == "compounds") {
		c.typ, c.conf, c.weak = model.Compound, 0.75, false
		return
	}
	if j >= len(toks) || agentType(c.typ) {
		if j < len(toks) && c.typ == model.Person && c.weak {
			// fall through to apposition typing
		} else {
			return
		}
	}
	next := lower(toks[j])
	if compoundFollowers[next] && toks[j].kind == tokWord && !isCap(toks[j]) && c.typ != model.Person && c.typ != model.Compound &&
		(c.typ != model.Location || namesSiteAfterPlace(toks, c.ti, j)) {
		stated := c.gaz < 0 && siteNamedByKind(toks, c, j) // "the Phoenix Bay compound." (lead_nouns.go)
		c.typ, c.gaz, c.conf, c.weak = model.Compound, -1, 0.8, false
		if stated {
			c.conf = statedType
		}
		return
	}
	if next != "," || j+2 >= len(toks) {
		return
	}
	det := lower(toks[j+1])
	if det != "a" && det != "an" && det != "the" {
		return
	}
	for k := j + 2; k < len(toks) && k < j+8; k++ {
		w := lower(toks[k])
		if w == "," || w == "." || w == "of" {
			break
		}
		switch {
		case appositionCompany[w]:
			c.typ, c.conf, c.weak = model.Company, 0.75, false
			return
		case appositionPerson[w]:
			c.typ, c.conf, c.weak = model.Person, 0.75, false
			return
		case (strongCompoundCues[w] || w == "compound" || w == "compounds" || w == "development" || w == "enclave") && nounPhraseEnds(toks, k+1):
			// "X, a former casino cashier": a site's word that only modifies the
			// noun after it is not the apposition's head.
			c.typ, c.conf, c.weak = model.Compound, 0.7, false
			return
		}
	}
}

// courtPersonContext reports a name in capitals where court papers put a person: after
// "defendant", "v." or "also known as", or before ", also known as" / "a/k/a".
func courtPersonContext(toks []token, i, j int) bool {
	if i > 0 {
		switch lower(toks[i-1]) {
		case "defendant", "defendants", "v.", "v", "vs.", "vs", "plaintiff", "petitioner", "respondent", "appellant",
			"appellee", "claimant", "as", "a/k/a", "aka", "alias", "mr.", "ms.", "mrs.", "and", "accused", "convicted", "respondents",
			"versus", "co-accused", "accused-appellant", "accused-appellee", "co-respondent", "co-defendant":
			if lower(toks[i-1]) == "as" && !(i > 2 && lower(toks[i-2]) == "known") {
				return false
			}
			if lower(toks[i-1]) != "and" {
				return true
			}
			// "defendants LIN AND WANG": only when the name before is one too; otherwise
			// what follows the name may still say a person.
			if i > 1 && shouted(toks[i-2:i-1]) && isCap(toks[i-2]) {
				return true
			}
		}
	}
	if j+2 < len(toks) && toks[j].text == "," && (lower(toks[j+1]) == "also" || lower(toks[j+1]) == "a/k/a" || lower(toks[j+1]) == "aka") {
		return true
	}
	// Designation notices: "owned or controlled by CHEN MENG", "acting for or on behalf of
	// SOK LIN"; the verb before "by"/"of" takes a person or a firm, and a firm's name in
	// capitals ends in a legal form that nameShaped already refuses.
	if i > 1 {
		switch lower(toks[i-1]) {
		case "by":
			switch lower(toks[i-2]) {
			case "controlled", "owned", "directed", "operated", "run", "managed", "led", "founded":
				return true
			}
		case "of":
			if lower(toks[i-2]) == "behalf" {
				return true
			}
		}
	}
	// What follows says a person: ", a national of", ", a citizen of", ", who", ", born",
	// ", DOB", "(born".
	if j+1 < len(toks) && (toks[j].text == "," || toks[j].text == "(") {
		switch lower(toks[j+1]) {
		case "who", "born", "dob", "nationality", "male", "female", "aged", "age":
			return true
		case "a", "an":
			return nationalAfter(toks, j+2)
		}
	}
	return false
}

// nationalAfter reports a person's kind at toks[k], after the nationality it may carry ("a
// national of China", "a Taiwanese national", "a dual Burma-China national", "a People's
// Republic of China national"): up to six capitalised words, "of", "the" and possessives
// before the noun.
func nationalAfter(toks []token, k int) bool {
	for end := min(len(toks), k+7); k < end; k++ {
		switch w := toks[k].low; w {
		case "national", "citizen", "businessman", "businesswoman", "resident":
			return true
		case "of", "the", "'s", "’s", "dual", "-":
		default:
			if !isCap(toks[k]) {
				return false
			}
		}
	}
	return false
}

// placeContext reports a name that only its shape calls a person standing where places
// stand: after "in", "near" or "outside" (and not owning what follows), or described by an
// apposition as a place ("Mong Hpa, the capital of ...", "Mae Sot, a town in ...").
func placeContext(toks []token, i, j int) bool {
	if j < len(toks) && (toks[j].low == "'s" || toks[j].low == "’s") {
		return false
	}
	if i > 0 {
		switch toks[i-1].low {
		case "in", "near", "nearby", "outside", "opposite":
			return true
		case "at", "from", "into", "via":
			// "crossing at Hat Lek", "landed at Mae Sot", "an MP from Sa Kaeo", "crossed
			// into Bokeo from Chiang Saen".
			return i > 1 && (placeBeforeAtFrom(toks[i-2].low, toks[i-1].low) || motionClause(toks, i-1))
		case "of":
			// "the Thai border town of Aranyaprathet", "residents of Houayxay", "Kevin
			// Zhang, 41, of Irvine"
			if i > 1 && (placeNouns[toks[i-2].low] || placeOfNouns[toks[i-2].low]) {
				return true
			}
			if i > 2 && toks[i-2].low == "," && sources.IsDigits(toks[i-3].text) {
				return true
			}
			return false
		case "to":
			// "trafficked to Bamban", "fled to Mae Sot", "traced the money to Los Angeles"
			if i > 1 && motionVerbs[toks[i-2].low] && !holdingTransferred(toks, i-2) {
				return true
			}
			if i > 2 && (toks[i-2].low == "money" || toks[i-2].low == "funds" || toks[i-2].low == "proceeds") {
				k := i - 3
				if k > 0 && (toks[k].low == "the" || toks[k].low == "their" || toks[k].low == "its") {
					k--
				}
				return moneyVerbs[toks[k].low]
			}
			return false
		case ",":
			// "in Bamban, Tarlac": the larger place after a place; "in Barangay San Isidro,
			// Capas, Tarlac": after a chain of them.
			k := i - 2
			for k >= 0 && (isCap(toks[k]) && !leadStrip[toks[k].low] || toks[k].low == "," && k > 0 && isCap(toks[k-1])) && k > i-12 {
				k--
			}
			if k >= 0 && k < i-2 {
				// "In Myawaddy, Pho Khwe and Thingannyinaung,": a list of places ends at a
				// mark or at "and"/"or" before its last one.
				ends := j >= len(toks) || toks[j].kind == tokPunct || (toks[j].low == "and" || toks[j].low == "or") && j+1 < len(toks) && isCap(toks[j+1])
				if personAfterComma(toks, j) || chainPersonAfter(toks, j) || closedApposition(toks, k, j) || calendarChain(toks, k, i) {
					ends = false // "In Bangkok, Chen, 45, said": an age or a person's apposition follows
				}
				switch toks[k].low {
				case "in", "near", "outside":
					return ends
				case "to":
					return k > 0 && motionVerbs[toks[k-1].low] && ends
				}
			}
		}
	}
	// "Los Angeles, where the firm rented an office": a relative "where" follows a place
	// (a person takes "who"; a site named like a person's name is rare).

	if j+2 < len(toks) && toks[j].low == "," {
		k := j + 1
		if w := toks[k].low; w == "the" || w == "a" || w == "an" {
			k++
		}
		for ; k < len(toks) && k < j+5; k++ {
			if placeNouns[toks[k].low] {
				return k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "in")
			}
		}
	}
	return false
}

// motionVerbs take people to a place: "to X" after them names a place.
var motionVerbs = set("taken", "sent", "fled", "moved", "trafficked", "travelled", "traveled", "returned", "lured",
	"brought", "transferred", "deported", "smuggled", "driven", "escaped", "went", "relocated", "repatriated",
	"flown", "bussed", "shipped", "transported", "recruited", "headed", "crossed")

// placeOfNouns take a place after "of": "residents of Houayxay", "the outskirts of Bavet".
var placeOfNouns = set("headman", "headmen", "kamnan", "residents", "outskirts", "suburbs", "streets", "heart", "edge", "mayor", "governor", "villagers", "townships", "districts")

// moneyVerbs move money to a place: "traced the money to Los Angeles".
var moneyVerbs = set("traced", "wired", "funnelled", "funneled", "channelled", "channeled", "laundered", "moved",
	"sent", "transferred", "routed", "followed")

// placeNouns describe a place in an apposition.
var placeNouns = set("capital", "town", "city", "village", "district", "province", "township", "region", "suburb",
	"municipality", "county", "seat", "port", "hamlet", "commune", "subdistrict", "sub-district")

// headmanWords are the posts of a village's or sub-district's head, whose place follows
// "of" or "from": "headman of Ban Pa Yang", "a former village headman from Tha Sai Luat".
var headmanWords = set("headman", "headmen", "kamnan")

// namesSiteAfterPlace reports "the Min Let Pan compound" (a site known by its place's name)
// as against "Sihanoukville compounds", "a Koh Kong casino" or "Sihanoukville casino owners",
// where the known place name only says where some sites are. toks[j] is the site word.
func namesSiteAfterPlace(toks []token, i, j int) bool {
	if i == 0 || lower(toks[i-1]) != "the" || strings.HasSuffix(lower(toks[j]), "s") || apposedSiteModifier(toks, i, j) {
		return false
	}
	if j+1 < len(toks) && toks[j+1].kind == tokWord && !isCap(toks[j+1]) && siteModifiedNouns[lower(toks[j+1])] {
		return false
	}
	return true
}

// siteModifiedNouns follow a site word that is only a modifier ("casino owners").
var siteModifiedNouns = set("owner", "owners", "operator", "operators", "worker", "workers", "boss", "bosses", "district",
	"districts", "area", "areas", "industry", "sector", "licence", "licences", "license", "licenses", "business",
	"businesses", "raid", "raids", "staff", "employees", "victims", "survivors", "economy", "trade", "town", "towns",
	"boom", "hub", "hubs", "network", "networks", "operations", "crackdown")

// calendarWords never continue a name ("Myawaddy on Monday").
var calendarWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

// documentWords name documents, laws and court roles, never people ("Executive Order",
// "Proposed Rule", "Civil Cover Sheet", "Defendant Cryptocurrency", "The Grand Jury charges",
// "Designated Individuals", "Wire Fraud Conspiracy").
var documentWords = set("act", "order", "rule", "rules", "sheet", "regulation", "regulations", "notice", "bill", "law",
	"statute", "code", "complaint", "indictment", "motion", "exhibit", "section", "article", "chapter", "amendment",
	"defendant", "defendants", "plaintiff", "petitioner", "respondent", "appellant", "cryptocurrency", "measure",
	"measures", "finding", "designation", "press", "release", "statement", "summary", "docket", "filing", "verdict",
	"judgment", "judgement", "sentence", "warrant", "affidavit", "subpoena", "report", "brief", "guidance", "advisory",
	"gender", "male", "female", "dob", "pob", "nationality", "passport", "address", "operation", "findings", "butchering",
	"highlights", "recommendations", "background", "methodology", "takeaways", "case", "sheets", "decree", "decrees",
	"jury", "individuals", "conspiracy")

// possessiveNames keep their 's inside a name ("Attorney's Office", "People's Court").
var possessiveNames = set("attorney", "attorney-general", "solicitor-general", "auditor-general", "people", "children", "women", "prosecutor", "workers", "solicitor", "veterans", "farmers",
	"sheriff", "magistrate", "magistrates")

var appositionCompany = set("company", "firm", "business", "conglomerate", "bank", "exchange", "developer", "operator",
	"subsidiary", "corporation", "startup", "platform", "lender", "miner", "shell", "enterprise", "holding", "investor")

var appositionPerson = set("businessman", "businesswoman", "tycoon", "national", "citizen", "spokesman", "spokeswoman",
	"man", "woman", "official", "officer", "lawyer", "researcher", "survivor", "worker", "victim", "director",
	"chairman", "founder", "executive", "politician", "senator", "general", "colonel", "commander", "lawmaker",
	"magnate", "investor", "entrepreneur", "developer", "journalist", "activist", "monk")

// capSpanEnd returns the end of the capitalised name that starts at i: capitalised words,
// lower-case particles between them, "&", and legal forms after a comma ("Co., Ltd.").
func capSpanEnd(toks []token, i int) int {
	j := i + 1
	for j < len(toks) {
		t := toks[j]
		switch {
		case isCap(t) && contraction(t.text):
			// "someone from IJM Cambodia DM'd me": a verb in capitals ends the name.
			return j
		case t.kind == tokWord && sources.IsDigits(t.text) && len(t.text) <= 4 && numberedUnits[toks[j-1].low]:
			// "Regional Trial Court Branch 14 of Cebu City", "Brigade 31".
			j++
		case currencyAt(toks, j):
			// "paid Chen Zhiwei US$1,500", "USD 1,500": a currency's letters before a sum end
			// the name (currency_tokens.go).
			return j
		case isCap(t) && !leadStrip[lower(t)] && endsAtLegalForm(toks, j):
			// "... Services Corp. Authorities said": a legal form with its period ended
			// the sentence; the capital after it opens the next one.
			return j
		case isCap(t) && !leadStrip[lower(t)]:
			j++
		case syllableInName(toks, i, j):
			// "Tycoon Kok An denied it": a capitalised "An" inside a sentence is a
			// syllable of a name, not the article.
			j++
		case nicknameAt(toks, i, j):
			// Ernesto "Boyet" Maglaya: a nickname in quotes inside a person's name.
			j += 3
		case t.text == "y" && j+1 < len(toks) && isCap(toks[j+1]) && nameShaped(toks[i:j]) && nameShaped(toks[j+1:j+2]):
			// "Roderick Ocampo y Salonga": the Spanish "y" joins a father's and a mother's
			// surname.
			j++
		case t.text == "(" && j+3 < len(toks) && isCap(toks[j+1]) && toks[j+2].text == ")" && isCap(toks[j+3]) && locationEnds[toks[j+3].low]:
			// "the Thaungyin (Moei) River": a place's other name in brackets before its kind
			// word is part of the name.
			j += 3
		case t.text == "(" && bracketInsideFirmName(toks, j):
			// "Huiwang Real Estate (Cambodia) Co., Ltd.": a country or place in brackets
			// before the legal form is part of the firm's name.
			j += 3
		case t.kind == tokWord && len(t.text) <= 3 && sources.IsDigits(t.text) && j > i && j+1 < len(toks) && isCap(toks[j+1]) && !calendarWords[lower(toks[j+1])]:
			// "Lucky South 99 Outsourcing Inc.": a short number inside a name.
			j++
		case lower(t) == "and" && j > i && andInsideName(toks, i, j):
			// "Philippine Amusement and Gaming Corporation", "Criminal Investigation and
			// Detection Group": the name goes on to its cue word.
			j++
		case t.kind == tokWord && nameParticles[lower(t)] && lower(t) != "and" && lower(t) != "the" && j+1 < len(toks) && isCap(toks[j+1]) && !leadStrip[lower(toks[j+1])] && !calendarWords[lower(toks[j+1])]:
			j++
		case t.kind == tokWord && surnameParticles[t.text] && j+1 < len(toks) && (isCap(toks[j+1]) && !leadStrip[toks[j+1].low] && (t.text == "dela" || t.text == "delos" || toks[j-1].text == "de") ||
			t.text == "de" && (toks[j+1].text == "los" || toks[j+1].text == "la") && j+2 < len(toks) && isCap(toks[j+2])) && (nameShaped(toks[j-1:j]) || toks[j-1].text == "de"):
			// "Juan dela Cruz", "Maria Clara de los Santos": particles inside a surname.
			j++
		case (lower(t) == "against" || lower(t) == "on") && orgCues[lower(toks[j-1])] && j+1 < len(toks) && isCap(toks[j+1]) &&
			!leadStrip[lower(toks[j+1])] && !calendarWords[lower(toks[j+1])]:
			// "Global Initiative Against Transnational Organized Crime", "House Committee on
			// National Security": a body's head word, then what it works against or on.
			j++
		case (t.low == "'s" || t.low == "’s") && j+1 < len(toks) && isCap(toks[j+1]) && possessiveNames[lower(toks[j-1])]:
			j++
		case t.kind == tokWord && lower(t) == "for" && j+2 < len(toks) && lower(toks[j+1]) == "the" && ownBodyAfter(toks, j+2):
			// "a member of the House of Representatives for the Bhumjaithai Party": a
			// body after "for the" that is named as a body of its own.
			return j
		case t.kind == tokWord && (lower(t) == "of" || lower(t) == "for") && j+2 < len(toks) && lower(toks[j+1]) == "the" && isCap(toks[j+2]) && !calendarWords[lower(toks[j+2])] && !demonymBeforeNoun(toks, j+2):
			j += 2
		case t.kind == tokWord && lower(t) == "of" && j+2 < len(toks) && lower(toks[j+1]) == "the" && isCap(toks[j+2]) && !demonymBeforeNoun(toks, j+2):
			j += 2
		case t.text == "," && committeeFields(toks, i, j) > j:
			// "Senate Committee on Women, Children, Family Relations and Gender Equality".
			j = committeeFields(toks, i, j)
		case t.low == "at" && courtAtSeat(toks, i, j) > j:
			// "Sessions Court at Johor Bahru" (court_at_seats.go).
			return courtAtSeat(toks, i, j)
		case t.text == "," && trialCourtEnd(toks, i, j) > j:
			// "Regional Trial Court, Branch 58, Angeles City".
			return trialCourtEnd(toks, i, j)
		case t.text == "," && fieldListBeforeHead(toks, i, j) > j:
			// "Human Trafficking, Smuggling Investigation and Prevention Unit".
			return fieldListBeforeHead(toks, i, j)
		case t.text == "," && fieldListAfterHead(toks, i, j) > j:
			// "Ministry of Agriculture, Forestry and Fisheries".
			j = fieldListAfterHead(toks, i, j)
		case dashInsideName(toks, j):
			// "the Second Thai–Myanmar Friendship Bridge": two names joined by a dash
			// inside a longer name.
			j += 2
		case t.low == "in" && j > i && j+1 < len(toks) && toks[j+1].text == "Persons":
			// "Anti-Trafficking in Persons Division": the legal phrase inside a body's name.
			j++
		case t.text == "&" && j+1 < len(toks) && isCap(toks[j+1]):
			j++
		case t.text == "," && j+1 < len(toks) && (companyEnds[lower(toks[j+1])] && isLegalForm(lower(toks[j+1]))) && j > i:
			j++
		case t.text == "(" && j+2 < len(toks) && strings.EqualFold(toks[j+1].text, "HK") && toks[j+2].text == ")":
			j += 3
		default:
			return j
		}
	}
	return j
}

func isLegalForm(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "ltd", "co", "inc", "plc", "llc", "limited", "corp", "pte", "jsc", "sdn", "bhd", "fze", "fzco", "fz-llc", "lda", "pcl", "pvt":
		return true
	}
	return false
}

// spanCandidates types the capitalised span toks[i:j], splitting off titles ("Prime Minister
// Hun Manet", "Prince Group Chairman Chen Zhi").
func (x *Extractor) spanCandidates(g *Gazetteer, text string, si int, st sentence, i, j int) []candidate {
	toks := st.toks
	if m := repeatedHalf(toks, i, j); m > 0 {
		// "Case study 1: Mekong Bay City Mekong Bay City, a development ...": a heading
		// run into the sentence that repeats it is two mentions.
		return append(x.spanCandidates(g, text, si, st, i, m), x.spanCandidates(g, text, si, st, m, j)...)
	}
	if c, ok := nicknameName(text, si, toks, i, j); ok {
		return []candidate{c} // "Boss Ma", "Ah Seng" (nickname_titles.go)
	}
	if k := titlePhraseEnd(toks, i, j); k > 0 {
		return x.titledName(g, text, si, st, k, j) // "Tan Sri Lim Boon Keat"
	}
	// Split at the last title word followed by a plain name.
	for k := j - 2; k >= i && !officeOfTitle(toks, i, j); k-- {
		if !isPersonTitle(lower(toks[k])) && !judgeTitle(toks, i, k) && !pluralTitle(toks, k, j) {
			continue
		}
		rest := toks[k+1 : j]
		from := k + 1
		if allTitleWords(rest) {
			// "Office of the Attorney General": titles with no name after them.
			continue
		}
		for len(rest) > 2 && titleWords[rest[0].low] && !isPersonTitle(rest[0].low) {
			rest, from = rest[1:], from+1 // "Datuk Seri Lim Kok Wing"
		}
		if g := rankGrade(rest); g > 0 {
			rest, from = rest[g:], from+g // "Immigration Officer II Janine Abalos" (rank_grades.go)
		}
		if len(rest) > 0 && (rest[0].low == "for" || rest[0].low == "of" || rest[0].low == "the") {
			// "Minister for the Indo-Pacific": the words after the title name its
			// portfolio, not a person; "Under Secretary for Terrorism and Financial
			// Intelligence Daniel Okafor": a name may close the portfolio.
			var out []candidate
			if k > i {
				out = x.spanCandidates(g, text, si, st, i, k)
			}
			if c, ok := nameAfterPortfolio(text, si, st, from, j); ok {
				out = append(out, c)
			}
			return out
		}
		// "Colonel Thanakorn Srisuwan of the Tak Immigration Bureau": the name ends at
		// "of"; titledName types what follows on its own.
		for r := 2; r < len(rest)-1; r++ {
			if rest[r].low == "of" {
				rest = rest[:r] // two words at least: "General Commissariat of ..." is a body
				break
			}
		}
		if len(rest) == 0 || wordCount(rest) > 4 || hasCue(rest) || documentWords[rest[len(rest)-1].low] {
			break // "General Information Sheet": a document's name, no person's
		}
		var out []candidate
		left := k
		for left > i && titleWords[lower(toks[left-1])] {
			left--
		}
		if left > i && !titleQualifier(g, text, toks, i, left) {
			out = append(out, x.spanCandidates(g, text, si, st, i, left)...)
		}
		return append(out, x.titledName(g, text, si, st, from, j)...)
	}
	for j-i > 1 && verdictWords[lower(toks[j-1])] {
		j-- // "MARIA SANTOS GUILTY"
	}
	if j-i >= 3 && judgeSuffixes[toks[j-1].text] {
		j-- // "Ahmad Fuad bin Othman J": a judge's post written after the name
	}
	// Trailing title words are not part of a name ("Karen National Union Chairman").
	// "Ministry of Interior" and "Office of the Attorney General" keep their last words: title
	// words after "of" name the field or the office.
	if !titlesAfterOf(toks, i, j) && !fieldsClose(toks, i, j) {
		for j-i > 1 && titleWords[lower(toks[j-1])] && !orgCues[lower(toks[j-1])] {
			j--
		}
	}
	// "Barangay captain Luzviminda Ouano of Barangay Maribago": a lower-case title before
	// the span; the person's name ends at "of".
	if precededByTitle(toks, i) {
		return x.titledName(g, text, si, st, i, j)
	}
	if r := caseNumberEnd(toks, i, j); r > i {
		return x.spanCandidates(g, text, si, st, r, j) // "Case No. R-24-1187 Regional Trial Court"
	}
	if r := documentOfBody(toks, i, j); r > 0 {
		return x.spanCandidates(g, text, si, st, r, j) // "Joint Decision of the Regional Trial Court"
	}
	if k, r, ok := unitOfKnownBody(g, text, toks, i, j); ok {
		// "the Anti-Scam Centre of the Royal Thai Police": the unit, then the listed body.
		return unitAndParent(g, text, toks, si, x.spanCandidates(g, text, si, st, i, k), r, j)
	}
	if k, ok := firmOfSplit(toks, i, j); ok {
		return append(x.spanCandidates(g, text, si, st, i, k), x.spanCandidates(g, text, si, st, k+1, j)...)
	}
	if k, r, ok := unitOfForce(g, text, toks, i, j); ok {
		return unitAndForce(text, toks, si, x.spanCandidates(g, text, si, st, i, k), r, j)
	}
	if k, ok := countryBeforeAcronym(g, text, toks, i, j); ok {
		// "Thailand AMLO": the country, then its body by its letters (lead_nouns.go).
		return append(x.spanCandidates(g, text, si, st, i, k), x.spanCandidates(g, text, si, st, k, j)...)
	}
	if k, ok := firmOfPlace(g, text, toks, i, j); ok {
		return append(x.spanCandidates(g, text, si, st, i, k), x.spanCandidates(g, text, si, st, k+1, j)...)
	}
	if k, ok := personOfBody(g, toks, i, j); ok {
		if c, ok := x.classify(g, text, si, st, i, k, false); ok && c.typ == model.Person {
			return append([]candidate{c}, x.spanCandidates(g, text, si, st, k+1, j)...)
		}
	}
	// A gazetteer name inside a longer span that is not itself a name ("Cambodian Prime").
	if c, ok := x.classify(g, text, si, st, i, j, precededByTitle(toks, i)); ok {
		return []candidate{c}
	}
	// "... and Financial Intelligence Daniel Okafor": a field's words, then a name.
	if c, ok := nameAfterPortfolio(text, si, st, i, j); ok && fieldWord(toks[c.ti-1].low) && !documentWords[toks[c.ti-1].low] {
		return []candidate{c}
	}
	if c, ok := kindNamed(text, si, st, i, j); ok {
		return []candidate{c}
	}
	return nil
}

// forceDemonyms name the state whose forces a phrase names ("Lao security forces").
var forceDemonyms = set("cambodian", "khmer", "burmese", "myanmar", "thai", "lao", "laotian", "chinese", "vietnamese",
	"malaysian", "indonesian", "philippine", "filipino", "taiwanese", "korean", "indian", "australian", "american",
	"british", "japanese", "singaporean", "kenyan", "ugandan", "nigerian", "ethiopian", "bangladeshi", "nepali",
	"pakistani", "canadian", "russian", "ukrainian", "brazilian", "turkish", "french", "german")

// forceWords may stand in a phrase naming a state's armed or police forces; forceHeads end it.
var (
	forceWords = set("security", "police", "forces", "troops", "army", "military", "soldiers", "border", "guards",
		"immigration", "anti-narcotics", "special", "armed", "tourist", "riot", "federal", "national", "government",
		"embassy", "consulate")
	// Soldiers and troops are people, not a body: "Cambodian soldiers" names no organisation.
	forceHeads = set("police", "forces", "army", "military", "guards", "embassy", "consulate")
)

// forceName recognises the forces of a state named by a demonym and plain words ("Lao
// security forces", "Cambodian police", "Chinese troops"): they raid compounds and guard
// them, so the text names an actor even without a proper name. Up to four words follow.
func forceName(text string, si int, st sentence, i int) (candidate, bool) {
	toks := st.toks
	if !forceDemonyms[lower(toks[i])] {
		return candidate{}, false
	}
	end := -1
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := lower(toks[k])
		if toks[k].kind != tokWord || !forceWords[w] || isCap(toks[k]) {
			break
		}
		if forceHeads[w] {
			end = k + 1
		}
	}
	if end < 0 || forceModifier(toks, end) {
		return candidate{}, false
	}
	c := candidate{s: toks[i].s, e: toks[end-1].e, ti: i, tj: end, typ: model.Organization, conf: 0.7, gaz: -1, sent: si}
	c.text = text[c.s:c.e]
	return c, true
}

// bodyHeads end the names of bodies that join two fields with "and" ("Amusement and Gaming
// Corporation", "Investigation and Detection Group").
var bodyHeads = set("corporation", "group", "commission", "committee", "department", "ministry", "council", "bureau", "section",
	"agency", "authority", "association", "company", "board", "office", "centre", "center", "institute", "division",
	"directorate", "administration", "command", "force", "task")

// andInsideName reports an "and" at toks[j] inside an organisation's name: the words before
// it end in no cue (they are no name of their own) and capitalised words after it reach an
// organisation or company cue within four words.
func andInsideName(toks []token, i, j int) bool {
	if fieldsAfterHead(toks, i, j) {
		return true
	}
	last := lower(toks[j-1])
	// "Securities and Exchange Commission": a field named like a firm's, joined to a public
	// body's head.
	if last == "securities" || last == "finance" || last == "insurance" || last == "investment" || last == "trade" {
		for k := j + 1; k < len(toks) && k <= j+3; k++ {
			if !isCap(toks[k]) {
				break
			}
			switch lower(toks[k]) {
			case "commission", "authority", "ministry", "council", "department", "bureau", "board", "committee", "administration", "directorate":
				return true
			}
		}
	}
	// "Royal Sands Hotel and Casino", "Golden Gate Resort and Spa": one site's two kinds.
	if j-i >= 2 && (last == "hotel" || last == "resort" || last == "casino") && j+1 < len(toks) && isCap(toks[j+1]) {
		switch lower(toks[j+1]) {
		case "casino", "resort", "spa", "hotel", "residences", "entertainment", "tourism":
			// "... Hotel and Entertainment Co., Ltd.": a legal form closes the firm's name.
			return j+2 >= len(toks) || !isCap(toks[j+2]) || isLegalForm(toks[j+2].low)
		}
	}
	if tradePairEnd(toks, i, j) {
		return true // "JMB Skyway Travel and Tours" (trade_pairs.go)
	}
	if orgCues[last] || companyEnds[last] || strongCompoundCues[last] || locationEnds[last] || j-i > 5 {
		return false
	}
	if tradeNouns[last] {
		// "RCM Builders and Construction": a trade, "and", then fields up to a firm's
		// word; a name after "and" ("Lim Builders and Tan Holdings") is a second firm.
		for k := j + 1; k < len(toks) && k <= j+4 && isCap(toks[k]); k++ {
			if w := lower(toks[k]); companyEnds[w] || bodyHeads[w] {
				return true
			} else if !fieldWord(w) {
				return false
			}
		}
		return false
	}
	// The word before "and" names a field ("Amusement", "Culture", "Investigation"); a
	// person's name does not ("sanctioned Sok Dara and Hengda Holdings" are two names).
	if !fieldWord(last) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if !isCap(toks[k]) {
			return false
		}
		if w := lower(toks[k]); bodyHeads[w] || companyEnds[w] || strongCompoundCues[w] {
			return true
		}
	}
	return false
}

// fieldWord reports a word that names a field of activity, as the words joined by "and"
// inside a body's name do: common English noun endings, or a short list of such nouns.
func fieldWord(w string) bool {
	if fieldWords[w] {
		return true
	}
	for _, suf := range []string{"ment", "tion", "sion", "ure", "ry", "ty", "nce", "al", "ics", "ism", "ness", "ship", "age", "ogy", "ive", "ies"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// fieldWords are fields named inside bodies' names that no ending above catches.
var fieldWords = set("trade", "culture", "peace", "justice", "labour", "labor", "tourism", "science", "research",
	"health", "welfare", "human", "energy", "land", "youth", "sport", "sports", "arts", "art", "finance", "commerce",
	"defense", "defence", "rescue", "relief", "drug", "drugs", "crime", "law", "order", "customs", "tax", "trust",
	"savings", "loan", "loans", "import", "export", "exports", "imports", "hotel", "hotels", "resort", "resorts",
	"travel", "tours", "food", "oil", "gas", "power", "water", "fisheries", "mines", "affairs", "interior", "home",
	"public", "works", "transport", "communications", "post", "rights", "freedom", "unity", "progress", "gold",
	"media", "news", "film", "games", "golf", "leisure", "logistics", "estate", "foreign", "sea", "air", "marine",
	"development", "investment", "technology", "technologies", "industry", "industries", "gaming", "entertainment",
	"economy", "society", "digital", "women", "children", "migrants", "workers", "services", "gender", "protection")

// tradeNouns name the trade a firm is named for before "and" ("RCM Builders and
// Construction", "Delta Contractors and Engineering Services").
var tradeNouns = set("builders", "contractors", "suppliers", "traders", "engineers", "developers", "brokers", "exporters", "importers")

// groupNouns name groups of people: "Officials of the ...", "Members of ...".
var groupNouns = set("officials", "members", "soldiers", "guards", "ex-workers", "troops", "officers", "residents", "workers", "victims",
	"survivors", "leaders", "agents", "staff", "representatives", "employees", "executives", "fighters",
	"commanders", "lawyers", "relatives", "families", "owners", "operators", "investigators", "researchers",
	"operatives", "militiamen", "gunmen", "policemen", "prosecutors", "inspectors", "personnel")

// titledName types the span after a title, a person's name. A person's name takes no "of"
// ("Governor Somchai Wongsawat of Tak province"): what follows it is the body or place the
// title belongs to, and is typed on its own.
func (x *Extractor) titledName(g *Gazetteer, text string, si int, st sentence, i, j int) []candidate {
	toks := st.toks
	for k := i + 1; k < j-1; k++ {
		if toks[k].low != "of" {
			continue
		}
		if hasCue(toks[i:k]) || !nameShaped(toks[i:k]) {
			break
		}
		if c, ok := x.classify(g, text, si, st, i, k, true); ok && c.typ == model.Person {
			return append([]candidate{c}, x.spanCandidates(g, text, si, st, k+1, j)...)
		}
		break
	}
	if c, ok := x.classify(g, text, si, st, i, j, true); ok {
		return []candidate{c}
	}
	return nil
}

// titlesAfterOf reports a span ending in title words that follow "of" or "of the".
func titlesAfterOf(toks []token, i, j int) bool {
	k := j
	for k > i && titleWords[lower(toks[k-1])] && !orgCues[lower(toks[k-1])] {
		k--
	}
	if k == j || k <= i {
		return false
	}
	if lower(toks[k-1]) == "the" && k-1 > i {
		k--
	}
	return lower(toks[k-1]) == "of"
}

func hasCue(ts []token) bool {
	for _, t := range ts {
		w := lower(t)
		if orgCues[w] || strongCompoundCues[w] || companyEnds[w] && isLegalForm(w) || locationEnds[w] {
			return true
		}
	}
	return false
}

// precededByTitle reports a person title just before the span ("Oknha Ly", "tycoon Ly").
func precededByTitle(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := lower(toks[k])
		if isPersonTitle(w) {
			return true
		}
		if !titleWords[w] {
			return false
		}
	}
	return false
}

// classify decides the type of the span toks[i:j], or reports that it names nothing.
func (x *Extractor) classify(g *Gazetteer, text string, si int, st sentence, i, j int, titled bool) (candidate, bool) {
	toks := st.toks
	for i < j && (leadStrip[lower(toks[i])] && !midSentenceSurname(toks, i) && !numberedName(text, toks, i) || demonyms[lower(toks[i])] && j-i > 2 && !hasCue(toks[i+1:j]) && titled && !givenNameDemonym(toks, i, j) || romanHeading(toks[i])) {
		i++
	}
	for j > i && (toks[j-1].kind == tokPunct || j-i > 1 && leadStrip[lower(toks[j-1])] && !syllableInName(toks, i, j-1)) {
		j--
	}
	if k := numberLabelEnd(toks, i, j); k < j {
		if k-i < 2 {
			return candidate{}, false // "R.A. No. 9208", "Registration No. 118845202" (number_labels.go)
		}
		j = k
	}
	if i >= j {
		return candidate{}, false
	}
	c := candidate{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, gaz: -1, sent: si}
	c.text = text[c.s:c.e]
	if courtPseudonym(toks[i:j]) {
		return c, false // "Witness AAA" (court_pseudonyms.go)
	}
	if idx := g.Lookup(c.text); idx >= 0 {
		c.gaz, c.typ, c.conf = idx, g.entry(idx).Type, 0.95
		return c, true
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		if t.kind == tokWord {
			words = append(words, lower(t))
		}
	}
	if len(words) == 0 {
		return c, false
	}
	last := words[len(words)-1]
	n := len(words)
	var next, next2 string
	if j < len(toks) {
		next = lower(toks[j])
		if j+1 < len(toks) {
			next2 = lower(toks[j+1])
		}
	}
	allNot := true
	for _, w := range words {
		if !notNames[w] && !demonyms[w] && !leadStrip[w] {
			allNot = false
		}
	}
	if possessiveInName(toks, i, j) {
		allNot = false // "Lao Women's Union" (possessive_bodies.go)
	}
	if policeRankPrefix(toks, i, j, words) {
		return c, false // "Police Master Sergeant X": a rank, no body (police_ranks.go)
	}
	if n == 2 && portfolioWords[words[0]] && (last == "ministry" || last == "ministry's") {
		// "the Foreign Ministry", "the Interior Ministry": a ministry named by its portfolio.
		c.typ, c.conf = model.Organization, 0.8
		return c, true
	}
	if n >= 4 && words[1] == "district" && words[2] == "of" && courtDistricts[words[0]] {
		// "Central District of California": the district of a federal court is a place.
		c.typ, c.conf = model.Location, 0.8
		return c, true
	}
	if words[0] == "section" && n <= 3 || n >= 2 && words[n-1] == "section" && !containsAny(words, "and") && n <= 2 {
		// "Section 5 of the Act", "Fraud Section" alone: a law's part or a bare office
		// word; a section named by its fields ("Money Laundering and Asset Recovery
		// Section") is a body.
		if !(n >= 3 && words[n-1] == "section") {
			return c, false
		}
	}
	if n >= 2 && words[n-2] == "judicial" && words[n-1] == "region" {
		// "7th Judicial Region": the district of a court's appeals written in its
		// heading, a division of the courts, not a place the text puts anything in.
		return c, false
	}
	if numberedRoad(words) {
		// "National Road 4", "Route 7": a numbered road is a place.
		c.typ, c.conf = model.Location, 0.8
		return c, true
	}
	if n >= 2 && n <= 3 && compassWords[words[0]] && !shouted(toks[i:j]) && (nameShaped(toks[i+1:j]) || knownPlace(g, text, toks, i+1, j)) {
		// "North Sumatra", "West Jakarta", "South Asia": a region named by its bearing.
		c.typ, c.conf = model.Location, 0.75
		return c, true
	}
	if n == 2 && demonyms[words[0]] && ethnicStateWords[last] {
		// "Mon State", "Chin State": states and regions named after their people.
		c.typ, c.conf = model.Location, 0.8
		return c, true
	}
	if chineseNickname(toks, i, j) {
		// "a man everyone called Lao Zhou": "Old Zhou", a nickname of a surname.
		c.typ, c.conf = model.Person, 0.75
		return c, true
	}
	if stateArmy(toks, i, j, words) {
		// "the Malaysian Army": a state's army named with capitals (lead_nouns.go).
		c.typ, c.conf = model.Organization, 0.75
		return c, true
	}
	if releaseHeading(words) || operationName(toks, i, j) || demonymAdjective(toks, i, j) || spacedLetters(words) {
		return c, false // "Press Release No. 214", "Operation Clean Sweep", "Chinese-invested"
	}
	if allNot || i > 0 && toks[i-1].text == "Operation" {
		// "Operation Clean Sweep": the name of a police operation, not of a person.
		return c, false
	}
	// A lone cue word ("Post", "Army", "Police") names nothing without the rest of a name.
	if n == 1 && orgCues[last] && numberedUnits[last] && i > 0 && ordinal(toks[i-1].low) {
		// "the 2nd Battalion": the ordinal names the unit (ordinalUnits joins it).
		c.typ, c.conf = model.Organization, 0.7
		return c, true
	}
	if n == 1 && orgCues[last] && !isAcronym(c.text) {
		if legislatures[last] && toks[i].text != strings.ToUpper(toks[i].text) {
			// "told the Senate", "a Senate hearing": a legislature is named by its one word.
			c.typ, c.conf = model.Organization, 0.7
			return c, true
		}
		return c, false
	}
	if n == 1 && apposedSiteModifier(toks, i, j) {
		return c, false // "Golden Palm Resort, the Porac compound" (site_modifiers.go)
	}
	anyOrg := false
	for _, w := range words {
		if orgCues[w] {
			anyOrg = true
		}
	}
	switch {
	case n >= 2 && (words[0] == "pt" && toks[i].text == "PT" || words[0] == "cv" && toks[i].text == "CV") && !anyOrg:
		// "PT Cahaya Karier Abadi": Indonesia's limited company (Perseroan Terbatas);
		// "CV Mitra Abadi": its limited partnership (Commanditaire Vennootschap).
		c.typ, c.conf = model.Company, 0.75
	case hyphenGivenName(toks, i, j):
		// "Park Ji-hoon", "Ko Wen-je": a surname and a hyphenated given name (hyphen_names.go).
		c.typ, c.conf = model.Person, 0.8
	case n == 2 && isAcronym(toks[i].text) && len(toks[i].text) >= 3 && isCountry(toks[j-1].text),
		n >= 2 && n <= 3 && j-i == n && isAcronym(toks[i].text) && len(toks[i].text) >= 3 && knownPlace(g, text, toks, i+1, j):
		// "HAART Kenya", "IJM Cambodia": a body's acronym and the country of its branch.
		c.typ, c.conf = model.Organization, 0.7
	case titled && !anyOrg && !strongCompoundCues[last] && !(companyEnds[last] && n > 1):
		c.typ, c.conf = model.Person, 0.85
	case n > 1 && locationStarts[words[0]] && !anyOrg:
		// "Barangay Maribago", "Tambon Tha Sai", "Sangkat Buon": a local unit's word first.
		c.typ, c.conf = model.Location, 0.8
	case n > 1 && adminRegion(words):
		c.typ, c.conf = model.Location, 0.8
	case n >= 2 && words[0] == "bank" && words[1] != "of" && !anyOrg && nameShaped(toks[i+1:j]):
		// "Bank Mega Persada", "Bank Mandiri": Indonesian and Malaysian banks put the word first.
		c.typ, c.conf = model.Company, 0.75
	case n > 1 && last == "estate" && words[n-2] != "real" && !anyOrg:
		// "Greenmeadow Estate", "Tianhe Lakeview Estate": a walled site named as a housing
		// estate; "Golden Land Real Estate" stays the firm that trades in land.
		c.typ, c.conf = model.Compound, 0.6
	case n > 1 && companyEnds[last] && !orgCues[last] && !isLegalForm(last) && (containsAny(words, "investigation", "detection", "police",
		"enforcement", "bureau", "ministry", "department", "commission", "authority", "agency", "army", "military", "national") ||
		againstSomething(words) || last == "group" && causeGroup[words[n-2]] || associationOf(words)):
		// "Criminal Investigation and Detection Group": a public body named like a firm. A
		// legal form last ("Recruitment Agency Ltd.") is a firm's own word, whatever went before.
		c.typ, c.conf = model.Organization, 0.75
	case n > 1 && companyEnds[last] && !orgCues[last]:
		c.typ, c.conf = model.Company, 0.8
	case n > 1 && tradeNouns[last] && !anyOrg:
		// "Lim Builders", "Golden Road Contractors": a firm named for its trade.
		c.typ, c.conf = model.Company, 0.7
	case n > 1 && last == "agency" && businessAgency(words[n-2]):
		// "Manila Bright Staffing Agency": a firm that places workers or sells travel.
		c.typ, c.conf = model.Company, 0.75
	case n > 1 && (strongCompoundCues[last] || siteCompoundWord(last)):
		// "Clearwater Bay Technohub": a site's word may close a coined last word.
		c.typ, c.conf = model.Compound, 0.8
	case n > 1 && (last == "city" || last == "town") && containsAny(words, "entertainment", "new", "resort", "golden", "royal", "world", "tech", "technology", "industrial", "casino", "park"),
		n > 2 && last == "city" && coinedCityWords(words),
		n > 2 && last == "city" && (words[n-2] == "garden" || words[n-2] == "gardens"):
		// "Thanlwin Garden City": a gated development named as a garden town, not a town.
		c.typ, c.conf = model.Compound, 0.7
	case n > 1 && last == "heights":
		// "Jackson Heights", "the Golan Heights": a district or a ridge; a site only when a
		// site's word stands near ("the Chamkar Heights compound"; heights_sites.go). Never a
		// person either way.
		c.typ, c.conf = model.Location, 0.5
		if siteWordNear(toks, i, j) {
			c.typ, c.conf = model.Compound, 0.6
		}
	case n > 1 && (last == "camp" || last == "plaza" || last == "tower" || last == "towers" || last == "building" || last == "garden" || last == "gardens"):
		c.typ, c.conf = model.Compound, 0.6
	case n > 2 && last == "checkpoint" && words[n-2] == "immigration":
		// "Tak Immigration Checkpoint": the immigration unit posted at a crossing, whose
		// officers and chief answer to it, not the crossing itself.
		c.typ, c.conf, c.sector = model.Organization, 0.8, model.SectorPolice
	case orgCues[last] && n > 1 || anyOrg && (!locationEnds[last] || cueBeforeOf(words)):
		c.typ, c.conf = model.Organization, 0.8
	case n > 1 && locationEnds[last]:
		c.typ, c.conf = model.Location, 0.8
	case locationFollowers[next]:
		c.typ, c.conf = model.Location, 0.75
	case compoundFollowers[next] && n >= 1 && !demonyms[words[0]]:
		c.typ, c.conf = model.Compound, 0.6
		if i > 0 && toks[i-1].low == "the" && (next == "compound" || next == "complex") {
			// "the Golden Sands compound": the writer names the site by its kind.
			c.conf = 0.85
		} else if next == "compound" {
			c.conf = 0.8 // "workers of Blue Lagoon compound": the kind, written without "the"
		}
	case orgCues[next] && n == 1 && isAcronym(c.text):
		c.typ, c.conf = model.Organization, 0.6
	case isAcronym(c.text) && !notNames[words[0]]:
		c.typ, c.conf = model.Organization, 0.5
		c.weak = n == 1 && !acronymStands(toks, i, j)
	case n >= 2 && n <= 5 && (nameShaped(toks[i:j]) || honorificEthnicName(toks, i, j)) && shouted(toks[i:j]) && (courtPersonContext(toks, i, j) || capitalsPersonContext(toks, i, j) || capitalsSigned(toks, i, j) || capitalsPerson(text, toks, i, j) || capitalsTieObject(toks, i, j) || capitalsEchoed(st.echo, text, toks, i, j) || st.echo.shoutedBefore(c.text) && !capitalsNotPersonAfter(toks, i, j)):
		// "Defendant WANG XIAOMING", "v. ALICE LEAL GUO, also known as GUO HUA PING"
		c.typ, c.conf = model.Person, 0.75
		if capitalsOwnMark(toks, i, j) {
			st.echo.noteShouted(c.text) // later bare repeats of the name are the person's (capital_people.go)
		}
	case n >= 3 && bankOf(words):
		// "Bank of Ayudhya", "Industrial and Commercial Bank of China": a bank named by
		// its country or founder after "of".
		c.typ, c.conf = model.Company, 0.8
	case pacificFirm(g, toks, i, j, words):
		// "Everbright Pacific": a firm's name (pacific_firms.go).
		c.typ, c.conf = model.Company, 0.7
	case continentBody(g, text, toks, i, j, words) || countryBody(g, text, toks, i, j, words):
		// "Freedom Lines Asia", "Harbour Light Africa": a body named with the continent it
		// works in; a place's name never ends so.
		c.typ, c.conf = model.Organization, 0.7
	case burmeseName(toks, i, j) || initialledName(toks, i, j) || kinApposedName(toks, i, j):
		// "Nai Aung Mon": an honorific, then a name with a people's name in it.
		c.typ, c.conf = model.Person, 0.75
	case suffixedName(toks, i, j):
		// "Ernesto Sison Jr.": a generation suffix closes a person's name (name_suffixes.go).
		c.typ, c.conf = model.Person, 0.7
	case n >= 2 && n-particles(words) <= 4 && nameShaped(toks[i:j]) && !shouted(toks[i:j]) && (abstractNoun(last) || offenceNouns[last] || listedFields(words) || antiWord(words[0])):
		// "Family Relations", "Gender Equality": abstract nouns name no person.
		return c, false
	case n >= 2 && n-particles(words) <= 4 && nameShaped(toks[i:j]) && !shouted(toks[i:j]):
		c.typ, c.conf = model.Person, 0.6
		if personVerbs[next] || next == "," && (next2 == "who" || next2 == "a" || next2 == "the" || next2 == "an") ||
			(next == "'s" || next == "’s") && !(j+1 < len(toks) && isCap(toks[j+1])) {
			// A possessive before a name ("Mong La's Golden Peacock Resort") is a place's as
			// often as a person's; before a common noun ("Chen's lawyer") it is a person's.
			c.conf = 0.75
		}
	case n == 1 && !notNames[words[0]] && !demonyms[words[0]]:
		c.typ, c.conf, c.weak = model.Person, 0.4, true
		if personVerbs[next] {
			c.conf = 0.55
		}
		if singleNamePerson(toks, i, j) {
			// "The recruiter, Sutrisno, told them", "Li, 45, was arrested": the context
			// says a person of one name.
			c.conf, c.weak = 0.75, false
		}
	default:
		return c, false
	}
	if n == 1 && (demonyms[words[0]] || notNames[words[0]]) {
		return c, false
	}
	return c, true
}

// adminRegion reports the name of an administrative region, which is a place even though it
// ends like a site ("Kokang Self-Administered Zone", "Wa Special Region", "Xishuangbanna
// Autonomous Prefecture"); a "Special Economic Zone" stays a compound.
func adminRegion(words []string) bool {
	n := len(words)
	switch words[n-1] {
	case "zone", "region", "division", "area", "prefecture", "county":
	default:
		return false
	}
	for _, w := range words[:n-1] {
		switch w {
		case "self-administered", "autonomous", "administrative", "administered", "self-governing":
			return true
		}
	}
	return words[n-1] == "region" && words[n-2] == "special"
}

// shouted reports a span written all in capitals ("SEALED INDICTMENT", "GRAND JURY"): court
// papers and list headings set headings that way, so its shape says nothing of a person.
func shouted(ts []token) bool {
	for k, t := range ts {
		if spanishY(ts, k) {
			continue
		}
		letters := 0
		for _, r := range t.text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 {
			return false
		}
	}
	return true
}

func containsAny(words []string, want ...string) bool {
	for _, w := range words {
		for _, v := range want {
			if w == v {
				return true
			}
		}
	}
	return false
}

// nameShaped reports a run of capitalised words that are not common words, cues or demonyms.
func nameShaped(ts []token) bool {
	for k, t := range ts {
		if spanishY(ts, k) || quoteMarks[t.text] && k > 0 && k+1 < len(ts) || k > 0 && (t.text == "An" || t.text == "In" || t.text == "On") ||
			k == 0 && (t.text == "He" || t.low == "nor") && len(ts) > 1 || // the surname He, the Malay name Nor: a span opens with them only inside a sentence
			k == 0 && surnameWord(ts) {

			continue
		}
		if t.kind != tokWord || !isCap(t) {
			return false
		}
		w := lower(t)
		if w == "than" && k > 0 {
			continue // "Mahn Win Khaing Than", "Tin Than": a Burmese name's syllable after its first
		}
		if notNames[w] || demonyms[w] || pluralDemonym(w) || orgCues[w] || compoundCues[w] || companyEnds[w] || locationEnds[w] || leadStrip[w] || documentWords[w] {
			return false
		}
		for _, r := range t.text {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// isByline spots author lines and photo credits, whose names are not entities of the story.
func isByline(st sentence) bool {
	if len(st.toks) == 0 {
		return false
	}
	first := lower(st.toks[0])
	if (first == "by" || first == "photo" || first == "photos" || first == "credit" || first == "image" || first == "reporting" || first == "editing" || first == "written" ||
		first == "edited" || first == "writing" || first == "translated" || first == "compiled" ||
		first == "additional" && len(st.toks) > 2 && lower(st.toks[1]) == "reporting") && len(st.toks) <= 16 &&
		!(first == "by" && len(st.toks) > 1 && !bylineName(st.toks[1])) {
		return true
	}
	// Links to other stories ("Read also: Treasury targets Sihanoukville casino owners") are
	// headlines without context; their names belong to the other story.
	if len(st.toks) > 2 {
		second := lower(st.toks[1])
		if (first == "read" || first == "see") && (second == "also" || second == "more") || first == "also" && second == "read" ||
			(first == "related" || first == "recommended") && st.toks[1].text == ":" {
			return true
		}
	}
	for _, t := range st.toks {
		if w := lower(t); w == "©" || w == "copyright" {
			return true
		}
	}
	return false
}

// hanCues type unknown Han names by their last characters.
var hanCues = []struct{ suffix, typ string }{
	{"有限公司", model.Company}, {"集团", model.Company}, {"集團", model.Company}, {"公司", model.Company}, {"银行", model.Company}, {"銀行", model.Company},
	{"园区", model.Compound}, {"園區", model.Compound}, {"赌场", model.Compound}, {"賭場", model.Compound}, {"度假村", model.Compound}, {"经济特区", model.Compound},
	{"經濟特區", model.Compound}, {"特区", model.Compound}, {"山庄", model.Compound}, {"山莊", model.Compound}, {"娱乐城", model.Compound},
	{"法院", model.Organization}, {"警察", model.Organization}, {"委员会", model.Organization}, {"委員會", model.Organization}, {"政府", model.Organization},
	{"协会", model.Organization}, {"協會", model.Organization}, {"军", model.Organization}, {"軍", model.Organization}, {"部", model.Organization},
	{"省", model.Location}, {"市", model.Location}, {"县", model.Location}, {"縣", model.Location},
}

// hanCandidates finds known Han names inside a run of Han characters, and types a short
// unknown run by its last characters.
func (x *Extractor) hanCandidates(g *Gazetteer, text string, si int, st sentence, ti int) []candidate {
	t := st.toks[ti]
	_, hanMax := g.limits()
	runes := []int{} // byte offsets of rune starts
	for k := range t.text {
		runes = append(runes, k)
	}
	runes = append(runes, len(t.text))
	nr := len(runes) - 1
	var out []candidate
	for a := 0; a < nr; {
		found := false
		for b := min(nr, a+hanMax); b >= a+2; b-- {
			s := t.text[runes[a]:runes[b]]
			if idx := g.Lookup(s); idx >= 0 {
				if a == 0 && b == nr-1 && nr <= 4 && g.entry(idx).Type == model.Person {
					// "赵伟明" is not "赵伟" with a character after it: a known
					// two-character name that a run of three begins is another
					// person's name.
					continue
				}
				out = append(out, candidate{s: t.s + runes[a], e: t.s + runes[b], ti: ti, tj: ti + 1, text: s,
					typ: g.entry(idx).Type, conf: 0.9, gaz: idx, sent: si})
				a, found = b, true
				break
			}
		}
		if !found {
			a++
		}
	}
	if len(out) > 0 || nr < 2 || nr > 12 {
		return out
	}
	c := candidate{s: t.s, e: t.e, ti: ti, tj: ti + 1, text: t.text, gaz: -1, sent: si, conf: 0.6}
	for _, h := range hanCues {
		if strings.HasSuffix(t.text, h.suffix) && len(t.text) > len(h.suffix) {
			c.typ = h.typ
			return []candidate{c}
		}
	}
	// A short Han run in brackets after a name is that name in Chinese; resolution links it.
	if ti > 0 && ti+1 < len(st.toks) && (st.toks[ti-1].text == "(" || st.toks[ti-1].text == "（") && nr <= 4 {
		c.typ, c.weak = model.Person, true
		return []candidate{c}
	}
	// A run of two or three characters that opens with a common surname, standing among
	// Latin words ("and 王晓明 ran"), is a person's name written in characters. In Chinese
	// text its neighbours are characters, and nothing is guessed.
	if nr >= 2 && nr <= 3 && hanSurnames[t.text[:runes[1]]] && latinNeighbour(st.toks, ti) {
		c.typ = model.Person
		return []candidate{c}
	}
	return nil
}

// hanSurnames are the commonest Chinese surnames (simplified and traditional forms).
var hanSurnames = lexicon.HanSurnames()

// latinNeighbour reports a token whose neighbours in the sentence are Latin words or plain
// punctuation, not characters or CJK punctuation.
func latinNeighbour(toks []token, ti int) bool {
	ok := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return true
		}
		t := toks[k]
		return t.kind == tokWord || t.kind == tokPunct && len(t.text) == 1
	}
	return ok(ti-1) && ok(ti+1) && (ti > 0 && toks[ti-1].kind == tokWord || ti+1 < len(toks) && toks[ti+1].kind == tokWord)
}

// sortCandidates orders by position and drops overlaps, keeping the longer name.
func sortCandidates(cs []candidate) []candidate {
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].s != cs[b].s {
			return cs[a].s < cs[b].s
		}
		return cs[a].e > cs[b].e
	})
	out := cs[:0]
	end := -1
	for _, c := range cs {
		if c.s < end {
			continue
		}
		out = append(out, c)
		end = c.e
	}
	return out
}
