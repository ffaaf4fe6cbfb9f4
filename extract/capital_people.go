package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// capitalsPerson reports a name set in capitals (court papers, charge sheets, lists of the
// arrested) that what surrounds it marks as a person's, beyond the party words and
// aliases courtPersonContext reads: an age after it ("WANG LEI, 44,"), a short form in
// quotes made of one of its words ("HUANG JIANPING ("HUANG")"), a person's post in an
// apposition ("LIM SOKHA, an officer of"), a party's role in brackets ("MARGARET HOLLOWAY
// (Claimant)"), or a signature block, where the name has its own line and an officer's
// post the next ("KAREN O. LIU" over "Assistant United States Attorney"), or a list's
// particulars after a semicolon ("LI XUEFENG; DOB 09 Jul 1979"). A firm's name in
// capitals ends in a legal form that nameShaped refuses before this is asked.
func capitalsPerson(text string, toks []token, i, j int) bool {
	return capitalsAged(toks, j) || capitalsShortForm(toks, i, j) || capitalsApposedPost(toks, j) ||
		capitalsPartyRole(toks, j) || capitalsSignature(text, toks, i, j) || capitalsParticulars(text, toks, j)
}

// capitalsParticulars reports a designation list's particulars set off by a semicolon after
// the name ("LI XUEFENG; DOB 09 Jul 1979; nationality China"): a date of birth or a
// nationality is a person's. The semicolon ends the sentence, so the text after it is read.
func capitalsParticulars(text string, toks []token, j int) bool {
	if j+1 != len(toks) || toks[j].text != ";" {
		return false
	}
	rest := strings.Fields(text[toks[j].e:min(len(text), toks[j].e+24)])
	if len(rest) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(rest[0], ":")) {
	case "dob", "born", "nationality", "d.o.b.":
		return true
	}
	return false
}

// capitalsAged reports ", 44," / ", 44" closing the sentence / "(44)" after the name: the
// age lists of the arrested and charge sheets give, or ", Chinese national".
func capitalsAged(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	if toks[j].text == "," && demonyms[toks[j+1].low] && j+2 < len(toks) && (toks[j+2].low == "national" || toks[j+2].low == "citizen") {
		return true // "WANG LEI, Chinese national"
	}
	if toks[j].text != "," && toks[j].text != "(" || !ageWord(toks[j+1].text) {
		return false
	}
	if j+2 == len(toks) {
		return toks[j].text == ","
	}
	switch toks[j+2].text {
	case ",", ";":
		return toks[j].text == ","
	case ")":
		return toks[j].text == "("
	}
	return false
}

// ageWord reports a number a person's age is written with (two digits, 16 to 99).
func ageWord(w string) bool {
	if len(w) != 2 || !unicode.IsDigit(rune(w[0])) || !unicode.IsDigit(rune(w[1])) {
		return false
	}
	return w >= "16"
}

// capitalsShortForm reports a name followed by the short form a court paper defines for it
// in quotes, one of its words: the surname last ("MARGARET HOLLOWAY ("HOLLOWAY")") or a
// Chinese surname first ("HUANG JIANPING ("HUANG")").
func capitalsShortForm(toks []token, i, j int) bool {
	if j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && toks[j+1].kind == tokWord && shouted(toks[j+1:j+2]) {
		// Designation notices write the short form bare: "HUANG DEYUAN (HUANG)", "MEAS
		// RITHY (MEAS)"; the surname stands first in Chinese and Khmer names.
		short := toks[j+1].low
		return len(short) > 1 && j-i <= 4 && (short == toks[j-1].low || short == toks[i].low)
	}
	if j+4 >= len(toks) || toks[j].text != "(" || !quoteMarks[toks[j+1].text] || !quoteMarks[toks[j+3].text] || toks[j+4].text != ")" {
		return false
	}
	short := toks[j+2].low
	return short == toks[j-1].low || short == toks[i].low && chineseSurnameSet[short] && j-i <= 3
}

// personPostWords are the posts an apposition gives a person in court papers beyond the
// titles list: "LIM SOKHA, an officer of the provincial police".
var personPostWords = set("officer", "official", "employee", "manager", "director", "owner", "shareholder",
	"agent", "recruiter", "supervisor", "accountant", "member", "partner", "resident", "worker", "victim")

// firmHeldPosts are posts a firm may hold as well as a person: without an article or after
// "is a" they mark no person.
var firmHeldPosts = set("owner", "shareholder", "member", "partner", "agent", "operator")

// capitalsApposedPost reports ", a/an/the POST" after the name, the post a person's
// ("LIM SOKHA, an officer of ..."; "CHEN MENG, the director of ..."), also written
// without the article before "of" (", president of") or after "is" ("X is a major in").
func capitalsApposedPost(toks []token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	if toks[j].text == "," && toks[j+2].low == "of" && !firmHeldPosts[toks[j+1].low] && (personPostWords[toks[j+1].low] || isPersonTitle(toks[j+1].low)) {
		return true // "ZHANG WEILIANG, president of Golden Jade Holdings"
	}
	if toks[j].low == "is" || toks[j].low == "was" {
		// "SAW MAUNG MAUNG WIN is a major in the KNA"; "GOLDEN REEF is a shareholder of":
		// a firm holds shares too.
		if firmHeldPosts[toks[j+2].low] {
			return false
		}
	} else if toks[j].text != "," {
		return false
	}
	switch toks[j+1].low {
	case "a", "an", "the":
	default:
		return false
	}
	w := toks[j+2].low
	if j+3 < len(toks) && (demonyms[w] || w == "former" || w == "senior" || w == "police" || w == "army") {
		w = toks[j+3].low // "an Indonesian recruiter", "a former officer", "a police officer"
	}
	return personPostWords[w] || isPersonTitle(w) && w != "general" && w != "head" && w != "chief"
}

// caseParties are a party's role written in brackets after its name in a case's heading.
var caseParties = set("claimant", "plaintiff", "defendant", "respondent", "applicant", "petitioner", "appellant",
	"appellee", "accused", "complainant", "intervener")

// capitalsPartyRole reports "(Claimant)", "(Defendant)" after the name: a case heading's
// party, one (the plural closes a list whose members are named on their own).
func capitalsPartyRole(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].text == "(" && caseParties[toks[j+1].low] && toks[j+2].text == ")"
}

// signaturePosts are the words of a post written on the line under a signature's name.
var signaturePosts = set("attorney", "judge", "counsel", "prosecutor", "magistrate", "clerk", "registrar",
	"solicitor", "barrister", "advocate", "justice", "commissioner", "secretary", "director")

// capitalsSignature reports a name that fills its line (brackets aside) with a short line
// under it holding an officer's post: a signature block ("KAREN O. LIU" / "Assistant United
// States Attorney"; "(NOR AZIAN BINTI HASSAN)" / "Sessions Court Judge").
func capitalsSignature(text string, toks []token, i, j int) bool {
	for k, t := range toks {
		if (k < i || k >= j) && t.kind != tokPunct {
			return false
		}
	}
	start, end := toks[i].s, toks[j-1].e
	if strings.TrimLeft(lineBefore(text, start), "( ") != "" {
		return false
	}
	rest := text[end:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || strings.Trim(rest[:nl], ") ") != "" {
		return false
	}
	next := strings.TrimLeft(rest[nl:], "\n \t")
	if k := strings.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	words := strings.Fields(next)
	if len(words) == 0 || len(words) > 8 || strings.HasSuffix(next, ".") {
		return false
	}
	for _, w := range words[:min(len(words), 5)] {
		if signaturePosts[strings.ToLower(strings.Trim(w, ",;:"))] {
			return true
		}
	}
	return false
}

// lineBefore returns the text of start's line before it.
func lineBefore(text string, start int) string {
	return text[strings.LastIndexByte(text[:start], '\n')+1 : start]
}

// capitalsEchoed reports a name in capitals that the same text writes in mixed case as a
// name standing alone ("KHUN SOPHANITH — asset freeze" after "tycoon Khun Sophanith has"):
// designation lists and case captions repeat in capitals the people the prose names. The
// mixed-case form must not run on into a longer name ("Golden Gate" inside "Golden Gate
// Payathonzu Development"), and a name preceded by a capitalised word is part of another.
// The mixed-case names of the text are gathered once per document (echo, which
// splitSentences gives every sentence), so a page of many capitals spans costs one pass over
// its text, not one per span.
func capitalsEchoed(echo *echoNames, text string, toks []token, i, j int) bool {
	// The name is built in a buffer on the stack and looked up without a string: this runs for
	// every capitals span, and garbage here made long pages pay for the collector on each call.
	var buf [96]byte
	b := buf[:0]
	for k := i; k < j; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		low := toks[k].low
		r0, n := utf8.DecodeRuneInString(low)
		if n == len(low) {
			return false // one letter
		}
		if k > i {
			b = append(b, ' ')
		}
		b = utf8.AppendRune(b, unicode.ToUpper(r0))
		b = append(b, low[n:]...)
	}
	return echo.has(text, b)
}

// echoNames holds, for one document, every run of two to five mixed-case words ("Khun
// Sophanith") that stands alone: no letter touches it, no capitalised word follows it after a
// space, and the word before it (across spaces) is not a capitalised word other than a title.
// It is built on first use and shared by the sentences of the document.
type echoNames struct {
	built bool
	names map[string]bool
	// shouted holds the names in capitals already read as a person's in an earlier sentence:
	// designation notices and indictments introduce "CHEN JIANYU (陈建宇), a Chinese national,"
	// and go on with "CHEN JIANYU is a business partner of ...", a repeat with no context of its
	// own.
	shouted map[string]bool
}

// capitalsOwnMark reports the marks of its own that make a name in capitals a person's for
// its later repeats: an age or a nationality ("WANG LEI, 44,", "MA LIHONG (马丽红), a Chinese
// national"), a short form in quotes, a person's post in apposition. A list's neighbour, a
// tie's object and an echo mark the mention only, not the name.
func capitalsOwnMark(toks []token, i, j int) bool {
	if capitalsAged(toks, j) || capitalsShortForm(toks, i, j) || capitalsApposedPost(toks, j) {
		return true
	}
	k := j
	if k < len(toks) && toks[k].text == "(" {
		for k < len(toks) && k < j+12 && toks[k].text != ")" {
			k++
		}
		k++ // past ")": "MA LIHONG (马丽红), a Chinese national"
	}
	if k >= len(toks) || toks[k].text != "," {
		return false
	}
	k++
	if k < len(toks) && (toks[k].low == "a" || toks[k].low == "an") {
		k++
	}
	return k+1 < len(toks) && demonyms[toks[k].low] && (toks[k+1].low == "national" || toks[k+1].low == "citizen")
}

// capitalsNotPersonAfter reports a repeat whose own words make it no person: an apposition
// headed by a place's or a firm's noun (", a casino in Bavet", ", a warehouse"), a site's
// noun right after ("CHEN LONG building"), "the" before ("the CHEN LONG compound"), or a
// site's noun as its predicate ("KING ROMANS is the compound where").
func capitalsNotPersonAfter(toks []token, i, j int) bool {
	if i > 0 && toks[i-1].low == "the" {
		return true
	}
	if j < len(toks) && (locusHeads[toks[j].low] || siteHeads[toks[j].low]) {
		return true
	}
	if j+2 < len(toks) && (toks[j].low == "is" || toks[j].low == "was") && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the") {
		for k := j + 2; k < len(toks) && k < j+5; k++ {
			if siteNounAt(toks, k) {
				return true // "KING ROMANS is the compound where ..."
			}
		}
	}
	if j+2 < len(toks) && toks[j].text == "," && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the" || toks[j+1].low == "its") {
		for k := j + 2; k < len(toks) && k < j+5; k++ {
			w := toks[k].low
			if siteNounAt(toks, k) {
				return true
			}
			if personPostWords[w] || isPersonTitle(w) || familyWords[w] || w == "national" || w == "citizen" {
				return false
			}
		}
	}
	return false
}

// siteNounAt reports a place's or a firm's noun at k that heads its phrase: "a casino in",
// "the compound where", not "a business partner of".
func siteNounAt(toks []token, k int) bool {
	w := toks[k].low
	if !locusHeads[w] && !siteHeads[w] && w != "warehouse" {
		return false
	}
	if k+1 < len(toks) {
		n := toks[k+1].low
		if personPostWords[n] || isPersonTitle(n) || familyWords[n] || n == "associate" || n == "partner" {
			return false
		}
	}
	return true
}

// noteShouted records a name in capitals read as a person's.
func (en *echoNames) noteShouted(name string) {
	if en == nil {
		return
	}
	if en.shouted == nil {
		en.shouted = map[string]bool{}
	}
	en.shouted[name] = true
}

// shoutedBefore reports a name in capitals read as a person's earlier in the document.
func (en *echoNames) shoutedBefore(name string) bool {
	return en != nil && en.shouted[name]
}

func (en *echoNames) has(text string, name []byte) bool {
	if !en.built {
		en.built, en.names = true, mixedCaseNames(text)
	}
	return en.names[string(name)]
}

// mixedCaseNames gathers the standalone mixed-case names of text for echoNames in one pass:
// each start is an upper-case letter after a byte that is not a letter, each word is a
// capital and lower-case runes, words are parted by one space, and a name may end wherever
// the next byte is not a letter.
func mixedCaseNames(text string) map[string]bool {
	names := map[string]bool{}
	letterAt := func(k int) bool { return unicode.IsLetter(rune(text[k])) }
	for s := 0; s < len(text); {
		r, w := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsUpper(r) || unicode.ToUpper(r) != r || s > 0 && letterAt(s-1) || !standsAfter(text, s) {
			s += w
			continue
		}
		ws := s // start of the current word
		for words := 1; words <= 5; words++ {
			// The word: a capital, then runes that lower-casing leaves as they are.
			r0, w0 := utf8.DecodeRuneInString(text[ws:])
			if !unicode.IsUpper(r0) || unicode.ToUpper(r0) != r0 {
				break
			}
			k, runes := ws+w0, 1
			for k < len(text) {
				if runes >= 2 && words >= 2 && !letterAt(k) && !(len(text)-k > 1 && text[k] == ' ' && unicode.IsUpper(rune(text[k+1]))) {
					names[text[s:k]] = true
				}
				rk, wk := utf8.DecodeRuneInString(text[k:])
				if unicode.IsSpace(rk) || unicode.ToLower(rk) != rk {
					break
				}
				k += wk
				runes++
			}
			if k == len(text) && runes >= 2 && words >= 2 {
				names[text[s:k]] = true
			}
			if k >= len(text) || text[k] != ' ' || runes < 2 {
				break
			}
			ws = k + 1
		}
		s += w
	}
	return names
}

// standsAfter reports that the word before s, when spaces part it from s, is not a
// capitalised word ("Hongfa Golden Gate"), unless it is a title or ends a clause.
func standsAfter(text string, s int) bool {
	before := strings.TrimRight(text[:s], " ")
	if len(before) == s {
		return true
	}
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	if before == "" {
		return true
	}
	last := before
	if k := strings.LastIndexFunc(before, unicode.IsSpace); k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		last = before[k+w:]
	}
	r, _ := utf8.DecodeRuneInString(last)
	return !(unicode.IsUpper(r) && !strings.ContainsAny(last, ".,;:") && !titleWords[strings.ToLower(last)] && !personTitles[strings.ToLower(last)])
}
