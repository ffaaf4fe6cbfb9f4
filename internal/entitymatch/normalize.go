// Package entitymatch decides which entity records name the same person, company, compound,
// organisation or place. It is pure: it reads candidate records and analyst decisions and
// returns clusters with an explanation for every decision, and the graph store applies them.
//
// Precision comes first, because a wrong merge puts one person's sanctions and business
// links on another: two records merge only on a shared identifier, or on an exact match of
// normalised names (titles, company forms, name order and script folded in well-defined
// ways) with nothing that contradicts it. Similar-looking names never merge on their own:
// "Li Wu" and "Lu Wu" stay apart.
package entitymatch

import (
	"slices"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"

	"github.com/scamgraph/scamgraph/internal/lexicon"
)

// maxNameBytes caps one name before it is normalised; crawled names longer than this are
// cut, so a hostile page cannot make key generation expensive.
const maxNameBytes = 512

// Normalize folds a name for comparison: NFKC, lower case, Latin accents removed, dotted
// initials joined ("U.S." -> "us", "L.Y.P." -> "lyp"), "&" read as "and", apostrophes
// dropped ("O'Smach" -> "osmach") and every other punctuation mark turned into a space.
// Letters of every script are kept, so Han, Khmer and Burmese names stay as written.
func Normalize(name string) string {
	return strings.Join(tokens(name), " ")
}

// tokens splits a normalised name into words.
func tokens(name string) []string {
	if len(name) > maxNameBytes {
		name = name[:maxNameBytes]
	}
	name = strings.ToValidUTF8(name, " ")
	name = norm.NFKC.String(name)
	// Decompose to drop accents on Latin letters only: combining marks are essential in
	// Khmer, Burmese and Thai and stay.
	var b strings.Builder
	prevLatin := false
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) && prevLatin {
			continue
		}
		prevLatin = unicode.Is(unicode.Latin, r)
		b.WriteRune(r)
	}
	s := norm.NFC.String(b.String())

	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	runes := joinInitials([]rune(s))
	for _, r := range runes {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			cur.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '`':
			// O'Smach, Kings' -> one word
		case r == '&':
			flush()
			out = append(out, "and")
		default:
			flush()
		}
	}
	flush()
	return out
}

// joinInitials turns dotted initialisms into one word: "U.S." -> "US ", "L.Y.P Group" ->
// "LYP Group". An initialism is two or more single letters each followed by a dot (the last
// dot may be missing), not glued to other letters.
func joinInitials(rs []rune) []rune {
	single := func(j int) bool {
		return j < len(rs) && unicode.IsLetter(rs[j]) && (j+1 >= len(rs) || !unicode.IsLetter(rs[j+1]))
	}
	out := make([]rune, 0, len(rs)+4)
	for i := 0; i < len(rs); {
		if single(i) && (i == 0 || !unicode.IsLetter(rs[i-1])) {
			var letters []rune
			j := i
			for single(j) {
				if j+1 < len(rs) && rs[j+1] == '.' {
					letters = append(letters, rs[j])
					j += 2
					continue
				}
				if len(letters) > 0 {
					letters = append(letters, rs[j]) // last initial without its dot
					j++
				}
				break
			}
			if len(letters) >= 2 {
				out = append(out, letters...)
				out = append(out, ' ')
				i = j
				continue
			}
		}
		out = append(out, rs[i])
		i++
	}
	return out
}

// titles are honorifics and ranks that precede a name and are not part of it. "Saw" (a Karen
// name element) and "Sai" (Shan) are part of names and are not here.
var titles = lexicon.NameTitles()

// titlePhrases are multi-word honorifics that are removed as a unit.
var titlePhrases = lexicon.NameTitlePhrases()

// stripTitles removes leading honorifics from a person's name tokens, keeping at least one
// token. "U" is only a title when a name follows it.
func stripTitles(toks []string) []string {
	for len(toks) > 1 {
		matched := false
		for _, p := range titlePhrases {
			if len(toks) > len(p) && slices.Equal(toks[:len(p)], p) {
				toks = toks[len(p):]
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if titles[toks[0]] {
			toks = toks[1:]
			continue
		}
		break
	}
	return toks
}

// companyForms are legal-form and group words folded out of company names for comparison.
// Words that say what a business does (bank, pay, exchange, casino, resort) are kept, so
// "Prince Bank" and "Prince Group" stay apart.
var companyForms = lexicon.CompanyForms()

// groupWords are folded in a second, broader step: "Prince Holding Group" = "Prince Group".
var groupWords = lexicon.GroupWords()

// foldCompany removes legal forms anywhere after the first word ("L.Y.P. Group Co., Ltd." ->
// "lyp group") and, with groups, "Group"/"Holding(s)" too ("Prince Holding Group Co., Ltd." ->
// "prince"), and the tail "of companies" of "Group of Companies".
func foldCompany(toks []string, groups bool) []string {
	if len(toks) >= 2 && toks[len(toks)-1] == "companies" && toks[len(toks)-2] == "of" {
		toks = toks[:len(toks)-2]
	}
	out := make([]string, 0, len(toks))
	for i, t := range toks {
		if i > 0 && (companyForms[t] || groups && groupWords[t]) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// leadingArticle drops "the" at the start of an organisation's name.
func leadingArticle(toks []string) []string {
	if len(toks) > 1 && toks[0] == "the" {
		return toks[1:]
	}
	return toks
}

// isHan reports whether a name is written in Han characters (spaces and punctuation aside).
func isHan(name string) bool {
	han, other := 0, 0
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			other++
		}
	}
	return han > 0 && other == 0
}

// hanRunes returns only the Han characters of a name.
func hanRunes(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(name) {
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// surnameReadings are the surname readings of characters whose commonest reading is another.
var surnameReadings = map[rune]string{'单': "shan", '單': "shan", '曾': "zeng", '解': "xie", '区': "ou", '區': "ou",
	'仇': "qiu", '朴': "piao", '查': "zha", '缪': "miao", '繆': "miao", '盖': "ge", '蓋': "ge", '种': "chong",
	'覃': "qin", '尉': "yu", '乐': "yue", '樂': "yue", '秘': "bi", '员': "yun", '員': "yun", '长': "chang", '長': "chang"}

// compoundSurnames are two-character surnames, in pinyin.
var compoundSurnames = lexicon.CompoundSurnames()

// HanToPinyin romanises a Han name the way it is usually written in Latin script: surname
// first, then the given name as one word ("佘智江" -> "she zhijiang", "陳志" -> "chen zhi").
// Traditional and simplified characters give the same result. ok is false for names that
// are not Han or have fewer than two characters.
func HanToPinyin(name string) (string, bool) {
	han := []rune(hanRunes(name))
	if len(han) < 2 || len(han) > 6 || !isHan(name) {
		return "", false
	}
	args := pinyin.NewArgs()
	sy := make([]string, len(han))
	for i, r := range han {
		p := pinyin.SinglePinyin(r, args)
		if len(p) == 0 || p[0] == "" {
			return "", false
		}
		sy[i] = p[0]
	}
	if r, ok := surnameReadings[han[0]]; ok {
		sy[0] = r
	}
	n := 1
	if len(sy) >= 3 && compoundSurnames[sy[0]+sy[1]] {
		n = 2
	}
	return strings.Join(sy[:n], "") + " " + strings.Join(sy[n:], ""), true
}

// chineseSurnames are common Chinese surnames in pinyin (and a few Cantonese and Hokkien
// spellings seen in the region), used to put "Zhi Chen" back in "Chen Zhi" order.
var chineseSurnames = lexicon.ChineseSurnames()

// surnameFirst puts a two- or three-word Chinese name in surname-first order when exactly one
// end of it is a known surname ("zhi chen" -> "chen zhi"). A name with surnames at both ends
// ("li wu") is left as written: the order cannot be told, and guessing would merge strangers.
func surnameFirst(toks []string) ([]string, bool) {
	if len(toks) < 2 || len(toks) > 3 {
		return toks, false
	}
	first, last := chineseSurnames[toks[0]], chineseSurnames[toks[len(toks)-1]]
	if last && !first {
		out := append([]string{toks[len(toks)-1]}, toks[:len(toks)-1]...)
		return out, true
	}
	return toks, false
}
