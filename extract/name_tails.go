package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// Lower-case words that finish a name begun in capitals: "at Soekarno-Hatta airport". The
// capitals alone name the place; with the tail they name the site, and the writer means it.
// A listed place keeps its own name ("Bangkok airport" is said of Bangkok).

// extendNameTails rewrites the sentence's candidates whose name runs on past the capitals.
func extendNameTails(g *Gazetteer, text string, st sentence, out []candidate) []candidate {
	toks := st.toks
	for k := 0; k < len(out); k++ {
		if place, ok := possessorPlace(g, text, toks, out[k]); ok {
			// "Myanmar's military": the country is named too; the body's mention keeps its
			// listed entry and starts after the possessive, so that mentions never overlap.
			org := &out[k]
			org.ti += 2
			org.s = toks[org.ti].s
			org.text = text[org.s:org.e]
			out = append(out[:k], append([]candidate{place}, out[k:]...)...)
			k++
			continue
		}
		if org, place, ok := splitBodyForPlace(g, text, toks, out[k]); ok {
			out = append(out[:k], append([]candidate{org, place}, out[k+1:]...)...)
			k++
		}
	}
	for k := 0; k < len(out); k++ {
		c := &out[k]
		j := c.tj
		if j >= len(toks) || c.gaz >= 0 || c.typ == model.Person && c.conf >= 0.85 {
			continue
		}
		if c.typ == model.Person && c.gaz < 0 && c.conf <= 0.6 && c.ti >= 2 && (toks[c.ti-1].low == "called" || toks[c.ti-1].low == "named") &&
			businessNouns[toks[c.ti-2].low] {
			// "a company called Yuntai Tech": the noun before says what the name is.
			c.typ, c.conf, c.weak = model.Company, 0.75, false
			continue
		}
		w := toks[j]
		switch {
		case c.typ == model.Person && c.gaz < 0 && c.conf <= 0.6 && c.ti > 0 && toks[c.ti-1].low == "the" &&
			w.kind == tokWord && !isCap(w) && compoundFollowers[w.low] && w.low != "compounds":
			// "the Golden Sands compound": people take no article; the kind word says the site.
			c.typ, c.conf, c.weak = model.Compound, 0.75, false
		case w.kind == tokWord && !isCap(w) && w.low == "airport" && c.typ != model.Organization && c.typ != model.Company:
			// "at Soekarno-Hatta airport": the airport, a place.
			setTail(text, toks, c, j+1, model.Location)
		}
	}
	return out
}

// setTail extends c to end before toks[j] and gives it type typ; the longer name is no
// gazetteer entry.
func setTail(text string, toks []token, c *candidate, j int, typ string) {
	c.tj = j
	c.e = toks[j-1].e
	c.text = text[c.s:c.e]
	c.typ, c.gaz, c.conf, c.weak = typ, -1, 0.8, false
}

// legislatures are the bodies a single capitalised word names ("the Senate", "Parliament").
var legislatures = lexicon.Legislatures()

// legislatureNouns are the things of a legislature named after its word ("Senate hearing").
var legislatureNouns = lexicon.LegislatureNouns()

// compassWords open the names of regions ("South Asia", "Western Visayas").
var compassWords = lexicon.CompassWords()

// knownPlace reports a listed place written as toks[i:j].
func knownPlace(g *Gazetteer, text string, toks []token, i, j int) bool {
	idx := g.Lookup(text[toks[i].s:toks[j-1].e])
	return idx >= 0 && g.entry(idx).Type == model.Location
}

// peopleFrom are people said to come from a place: "workers from X" ("a letter came from X"
// may name a person).
var peopleFrom = lexicon.PeopleFrom()

// placeByShape reports a name that only its shape called a person's standing where a place
// stands: after "from" that follows people or an age ("young men from X", "Andi, 23, from X",
// "a 24-year-old from X"), or before a firm's noun after "a" ("a Kampala firm", "a Petaling
// Jaya recruitment firm").
func placeByShape(toks []token, i, j int) bool {
	if i >= 2 && toks[i-1].low == "from" {
		b := toks[i-2].low
		if peopleFrom[b] || strings.HasSuffix(b, "year-old") || b == "," && i >= 3 && sources.IsDigits(toks[i-3].text) {
			return true
		}
	}
	if i >= 1 && (toks[i-1].low == "a" || toks[i-1].low == "an") {
		for k := j; k < len(toks) && k <= j+1; k++ {
			if toks[k].kind != tokWord || isCap(toks[k]) {
				return false
			}
			if firmNouns[toks[k].low] {
				return true
			}
		}
	}
	return false
}

// firmNouns name a business whose town may stand before them ("a Nairobi company").
var firmNouns = lexicon.FirmNouns()

// placeLists types the names of a list that holds a place as places, when their shape alone
// called them people: "from Tay Ninh, Dong Thap and Can Tho". A list is three names or more
// joined by commas and a last "and" or "or", opened by a preposition and a place; a titled or
// cue-typed name in it keeps its type and stops the rule.
func placeLists(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		// "and Can Tho": a capitalised modal opens the name of a list's last place.
		c := &cs[k]
		if c.ti >= 2 && toks[c.ti-1].text == "Can" && (toks[c.ti-2].low == "and" || toks[c.ti-2].low == "or" || toks[c.ti-2].low == ",") &&
			c.typ == model.Person && c.gaz < 0 && (k == 0 || cs[k-1].tj < c.ti-1) {
			c.ti--
			c.s = toks[c.ti].s
			c.text = text[c.s:c.e]
		}
	}
	for a := 0; a < len(cs); {
		b := a + 1
		for b < len(cs) {
			gap := strings.TrimSpace(text[cs[b-1].e:cs[b].s])
			if gap == "," {
				b++
				continue
			}
			if gap == "and" || gap == "or" || gap == ", and" || gap == ", or" {
				b++
			}
			break
		}
		if b-a >= 3 && cs[a].typ == model.Location && cs[a].ti > 0 && listPrepositions[toks[cs[a].ti-1].low] && listHoldsPlace(cs[a:b]) {
			for k := a; k < b; k++ {
				if cs[k].typ == model.Person {
					cs[k].typ, cs[k].conf, cs[k].weak = model.Location, 0.65, false
				}
			}
		}
		a = b
	}
}

// postsFirmsHold, beside firmHeldPosts (capital_people.go), are posts and parts a firm or an
// armed group can hold as well as a person ("its agent, GOLDEN VISA,", "its member, TA'ANG
// LIBERATION,", "its founder, KING ROMANS, a brand"): a name in capitals set off after one of
// them is not thereby a person.
var postsFirmsHold = set("founder", "co-founder", "defendant", "defendants", "co-defendant", "co-accused", "respondents", "accused-appellant", "accused-appellee",
	"counsel", "adviser", "advisor", "recruiter", "trafficker")

// heldPersonPosts are posts only a person holds that the titles list lacks, as they are not
// written before a name ("its treasurer, CHEN MEI,", "its chief executive, WU LEI,").
var heldPersonPosts = set("treasurer", "manager", "deputy", "executive", "vice-president", "vice-chairman", "chairwoman")

// listPrepositions open a list of places ("from Tay Ninh, Dong Thap and Can Tho").
var listPrepositions = set("in", "from", "to", "at", "into", "across", "between", "near")

// listHoldsPlace reports a list of a place and of names only their shape called people's.
func listHoldsPlace(cs []candidate) bool {
	place := false
	for _, c := range cs {
		switch {
		case c.typ == model.Location && (c.gaz >= 0 || c.conf >= 0.65):
			place = true
		case c.typ == model.Person && c.gaz < 0 && c.conf <= 0.6:
		default:
			return false
		}
	}
	return place
}

// offenceNouns end the capitalised names of offences, sums and lists, never a person's
// ("Qualified Trafficking", "Wire Fraud", "Two Million Pesos", "Sanctions List").
var offenceNouns = lexicon.OffenceNouns()

// verdictWords follow a defendant's name in capitals ("finds MARIA SANTOS GUILTY") and are no
// part of it.
var verdictWords = lexicon.VerdictWords()

// splitBodyForPlace splits a body's name that runs on into the place it serves: "House of
// Representatives for Tak province", "US Attorney's Office for the Eastern District of New
// York". The place is a listed one, a court's district, or a name ending in a place word;
// the words before "for" must hold a body's cue.
func splitBodyForPlace(g *Gazetteer, text string, toks []token, c candidate) (candidate, candidate, bool) {
	if c.typ != model.Organization || c.gaz >= 0 {
		return c, c, false
	}
	for k := c.ti + 1; k < c.tj-1; k++ {
		if toks[k].low == "of" && k-c.ti >= 2 && locationEnds[toks[c.tj-1].low] && courtHeads[toks[k-1].low] && !courtRanks[toks[c.ti].low] {
			// "Kunming Intermediate People's Court of Yunnan Province": a court's name,
			// then its province; a place's word must close the span, and the court's own
			// name must name its seat ("Higher People's Court of Yunnan Province", "Supreme
			// Court of the Philippines" and "Department of Labor of Bokeo Province" stay
			// whole).
		} else if toks[k].low != "for" {
			continue
		}
		cue := false
		for _, t := range toks[c.ti:k] {
			cue = cue || orgCues[t.low]
		}
		if !cue {
			return c, c, false
		}
		r := k + 1
		if toks[r].low == "the" {
			r++
		}
		if r >= c.tj {
			return c, c, false
		}
		e := c.tj
		if e < len(toks) && toks[e].kind == tokWord && !isCap(toks[e]) && locationEnds[toks[e].low] {
			e++ // "for Tak province"
		}
		words := make([]string, 0, e-r)
		for _, t := range toks[r:e] {
			words = append(words, t.low)
		}
		court := len(words) >= 4 && courtDistricts[words[0]] && words[1] == "district" && words[2] == "of"
		if !court && !knownPlace(g, text, toks, r, e) && !locationEnds[words[len(words)-1]] {
			return c, c, false
		}
		org, place := c, c
		org.tj, org.e = k, toks[k-1].e
		org.text = text[org.s:org.e]
		place.ti, place.tj, place.s, place.e = r, e, toks[r].s, toks[e-1].e
		place.text = text[place.s:place.e]
		place.typ, place.gaz, place.conf, place.weak, place.sector = model.Location, -1, 0.8, false, ""
		if idx := g.Lookup(place.text); idx >= 0 {
			place.gaz, place.conf = idx, 0.95
		}
		return org, place, true
	}
	return c, c, false
}

// midSentenceSurname reports a function word in capitals inside a sentence that opens a
// Chinese name ("the tycoon He Zhenbang") or a Malay one ("the director is Nor Azlina
// Hamzah", "(NOR AZIAN BINTI HASSAN)"): the pronoun "he" and the conjunction "nor" are
// written small there.
func midSentenceSurname(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].text != "He" && toks[i].low != "nor" {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	if toks[i].text == "NOR" {
		// In capitals only a signature's bracket sets the name off.
		return prev.text == "(" && i+2 < len(toks) && shouted(toks[i+1:i+3]) && nameShaped(toks[i+1:i+3])
	}
	if toks[i].text != "He" && toks[i].text != "Nor" {
		return false
	}
	// A comma inside the sentence sets the name off as well: "whose chairman, He Wenbo,".
	// A person's title before it does too: "Mr. He Jianlin", "Defendant He Wenbin".
	return (prev.kind == tokWord && !isCap(prev) || prev.kind == tokWord && isPersonTitle(prev.low) && toks[i].text == "He" && pinyinGiven.MatchString(next.low) || prev.text == "," && i >= 2 && toks[i-2].kind == tokWord && !isCap(toks[i-2])) &&
		isCap(next) && !leadStrip[next.low] && nameShaped(toks[i+1:i+2])
}

// pinyinGiven matches a given name of one or two pinyin syllables ("Jianlin", "Wenbin"): after
// a title, "He" opens a name only before one ("Did Colonel He Protect ..." is the pronoun's
// shape; review r22).
var pinyinGiven = regexp.MustCompile(`^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ua|uo|ia|a|o|e|i|u|v)){1,2}$`)

// capitalsPersonContext reports a name in capitals that court papers mark as a person's other
// than by a party word: its name in characters after it ("LAI SHUQIN (赖淑琴)"), a place in
// a list of such names ("LUO JIANFEI (罗剑飞), LAI SHUQIN"), a kinship beside it ("her
// brother, LAI WEIDONG"; "LAI SHUQIN, the wife of"), "one" before it ("one WANG JUN"), or a
// post in small letters it is set off after ("its chairman, WU ZHIQIANG,").
func capitalsPersonContext(toks []token, i, j int) bool {
	if j+1 < len(toks) && toks[j].text == "(" && (toks[j+1].kind == tokHan || nativeScript(toks[j+1]) && nativeScriptName(toks, i, j)) {
		return true // "HENG VANNARITH (ហេង វណ្ណារិទ្ធ)": the name in its own script
	}
	if j+2 < len(toks) && toks[j].text == "," && (toks[j+1].low == "the" || toks[j+1].low == "his" || toks[j+1].low == "her") && familyWords[toks[j+2].low] {
		return true
	}
	if i >= 1 && toks[i-1].low == "one" {
		return true
	}
	if i >= 2 && toks[i-1].text == "," && familyWords[toks[i-2].low] {
		return true
	}
	if i >= 2 && toks[i-1].text == "," && j < len(toks) && toks[j].text == "," && (isPersonTitle(toks[i-2].low) || heldPersonPosts[toks[i-2].low]) && !firmHeldPosts[toks[i-2].low] && !postsFirmsHold[toks[i-2].low] && !isCap(toks[i-2]) {
		return true // "Its chairman, WU ZHIQIANG, was sanctioned": a post, then its holder set off
	}
	if i >= 2 && (toks[i-1].text == "," || toks[i-1].low == "and") {
		if toks[i-2].text == ")" && i >= 3 && toks[i-3].kind == tokHan {
			return true // "LUO JIANFEI (罗剑飞), LAI SHUQIN"; not "JIN BEI (ជីនបី) and DARA SAKOR"
		}
		// The name before is in capitals too, and shaped as a name ("LUO JIANFEI, LAI SHUQIN").
		k := i - 1
		// A Spanish "y" inside the name before licenses nothing: in Philippine charge sheets
		// the item after "JUAN CRUZ y SANTOS," is as often the accused's town ("BAMBAN
		// TARLAC") as another accused.
		for k > 0 && toks[k-1].kind == tokWord && len(toks[k-1].text) > 1 && shouted(toks[k-1:k]) {
			k--
		}
		return i-1-k >= 2 && i-1-k <= 4 && nameShaped(toks[k:i-1])
	}
	return false
}

// missionSeat returns the place an embassy's or consulate's mention is said to sit in,
// written right after it ("the Kenyan embassy in Bangkok", "the Embassy of India in Phnom
// Penh"): up to three capitalised words. Some writers name the mission with its seat, so
// that form is kept as an alias.
func missionSeat(text string, m model.Mention) string {
	low := strings.ToLower(m.Text)
	if !strings.HasSuffix(low, " embassy") && !strings.HasSuffix(low, " consulate") && !missionOf(low) {
		return ""
	}
	rest, ok := strings.CutPrefix(text[m.End:], " in ")
	if !ok {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(rest) {
		if len(words) == 3 {
			break
		}
		clean := strings.TrimRight(w, ".,;:)")
		r := []rune(clean)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || leadStrip[strings.ToLower(clean)] {
			break
		}
		words = append(words, clean)
		if clean != w {
			break
		}
	}
	return strings.Join(words, " ")
}

// parentBody returns the possessive before a body's mention when it names a parent body
// ("the FBI's Los Angeles Field Office", "the Justice Department's Criminal Division"): an
// acronym, or up to three capitalised words ending in a body's cue. Some writers name the
// unit with its parent, so that form is kept as an alias.
func parentBody(text string, start int) string {
	before := text[max(0, start-60):start]
	var poss, mark string
	switch {
	case strings.HasSuffix(before, "'s "):
		poss, mark = before[:len(before)-3], "'s"
	case strings.HasSuffix(before, "’s "):
		poss, mark = before[:len(before)-len("’s ")], "’s"
	default:
		return ""
	}
	words := strings.Fields(poss)
	var name []string
	for k := len(words) - 1; k >= 0 && len(name) < 3; k-- {
		w := words[k]
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || leadStrip[strings.ToLower(w)] {
			break
		}
		name = append([]string{w}, name...)
	}
	if len(name) == 0 {
		return ""
	}
	last := name[len(name)-1]
	if !(len(name) == 1 && isAcronym(last) && len(last) >= 2) && !orgCues[strings.ToLower(last)] {
		return ""
	}
	return strings.Join(name, " ") + mark
}

// possessorPlace returns the place a listed body's name opens with in the possessive
// ("Myanmar's military", "Cambodia's Interior Ministry"): the text names the country too.
func possessorPlace(g *Gazetteer, text string, toks []token, c candidate) (candidate, bool) {
	if c.gaz < 0 || c.typ != model.Organization || c.tj-c.ti < 3 || toks[c.ti+1].low != "'s" && toks[c.ti+1].low != "’s" {
		return c, false
	}
	if !knownPlace(g, text, toks, c.ti, c.ti+1) {
		return c, false
	}
	p := candidate{s: toks[c.ti].s, e: toks[c.ti].e, ti: c.ti, tj: c.ti + 1, typ: model.Location, conf: 0.95,
		gaz: g.Lookup(toks[c.ti].text), sent: c.sent}
	p.text = text[p.s:p.e]
	return p, true
}

// businessNouns say that the name called so after them is a firm's.
var businessNouns = lexicon.BusinessNouns()

// nounModifier reports a body's name used before a lower-case noun of its business ("chairs
// the Senate committee", "led Senate hearings"): the verb's object is the committee or the
// hearing, not the body.
func nounModifier(text string, end int) bool {
	w, _ := wordAfterSpace(text, end)
	return w != "" && w == strings.ToLower(w) && legislatureNouns[w]
}

// wordAfterSpace returns the word after one space at text[end:], and its end.
func wordAfterSpace(text string, end int) (string, int) {
	if end >= len(text) || text[end] != ' ' {
		return "", end
	}
	k := end + 1
	for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z' || text[k] == '-') {
		k++
	}
	return text[end+1 : k], k
}

// courtHeads end the names of courts that name their province after "of".
var courtHeads = set("court", "procuratorate", "tribunal")

// courtRanks open the names of courts that name no seat of their own before "of".
var courtRanks = set("higher", "high", "supreme", "intermediate", "people's", "district", "regional", "municipal",
	"provincial", "superior", "basic", "primary", "constitutional", "appellate", "central")

// wordSurnames are Khmer and Chinese surnames spelt like common English words ("Sim
// Chanthou", "Men Sarun"), which the list of words that name nothing holds.
var wordSurnames = lexicon.WordSurnames()

// surnameWord reports a span opening with such a surname, written with one capital, before
// a name-shaped word ("Sim Chanthou", not "SIM cards" or "Men said").
func surnameWord(ts []token) bool {
	t := ts[0].text
	return len(ts) >= 2 && wordSurnames[ts[0].low] && len(t) > 1 && t[:1] != strings.ToLower(t[:1]) && t[1:] == strings.ToLower(t[1:]) && nameShaped(ts[1:])
}

// nativeScripts are the scripts a person's name is written in beside its romanisation in the
// region's court papers and notices: Khmer, Thai, Lao, Burmese, Korean.
var nativeScripts = []*unicode.RangeTable{unicode.Khmer, unicode.Thai, unicode.Lao, unicode.Myanmar, unicode.Hangul}

// nativeScript reports a word whose first letter is in one of those scripts.
func nativeScript(t token) bool {
	if t.kind != tokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsOneOf(nativeScripts, r)
}

// nativeScriptName reports a name in capitals before its Khmer, Thai, Lao, Burmese or Korean
// script that is a person's by its own words: a firm, a casino or a zone is written in its
// own script in brackets as often as a person ("KING ROMANS (คิงส์โรมันส์)", "DARA SAKOR
// (ដារាសាគរ)"), so the bracket alone says nothing. Withdrawn for those scripts (review r22).
func nativeScriptName(toks []token, i, j int) bool {
	first := toks[i].low
	if j+2 >= len(toks) || !nativeScript(toks[j+1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[j+1].text)
	if unicode.Is(unicode.Hangul, r) {
		return koreanSurnames[first] // "KIM DONG-WOOK (김동욱)"
	}
	if unicode.Is(unicode.Myanmar, r) {
		return false // Burmese names have no surname to check, and are written unspaced like a site's
	}
	// Khmer, Thai, Lao: a listed surname first, and the bracket holding the name as two
	// words, as a person's is written there and a firm's or a site's is not
	// ("SOMCHAI (สมชาย ศรีสุข)" but "JIN BEI (ជីនបី)").
	return (chineseSurnameSet[first] || wordSurnames[first]) && nativeScript(toks[j+2])
}
