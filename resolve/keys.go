package resolve

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// Entity types, as in the project's vocabulary (kept here so the package imports no stage).
const (
	Person       = "Person"
	Company      = "Company"
	Compound     = "Compound"
	Organization = "Organization"
	Location     = "Location"
)

// Key kinds say how a blocking key was made; an explanation lists them.
const (
	KindIdentifier = "identifier" // the same registry number, passport or wallet
	KindExact      = "exact"      // the same name after case, accents and punctuation
	KindTitle      = "title"      // the same after honorifics and ranks were removed
	KindOrder      = "order"      // the same after a Chinese name was put surname first
	KindPinyin     = "pinyin"     // a Han name's pinyin equals a Latin name
	KindForm       = "form"       // the same after company forms (Co., Ltd., Group) were folded
	KindHan        = "han"        // two Han names with the same reading (simplified/traditional)
	KindAnalyst    = "analyst"    // an analyst's merge decision
)

// kindWeight scores a match by how much it says; the score is informational, the decision
// is the rule (a key match with no blocker).
var kindWeight = map[string]float64{KindAnalyst: 1, KindIdentifier: 1, KindExact: 0.95, KindTitle: 0.9,
	KindOrder: 0.85, KindPinyin: 0.85, KindHan: 0.85, KindForm: 0.8}

// Key is one blocking key of a candidate: two candidates sharing a key are compared.
type Key struct {
	Kind  string `json:"kind"`
	Value string `json:"key"`
	// From is the name or identifier the key was made from, as written.
	From string `json:"from"`
}

// NameKeys returns the comparison keys of one name of an entity of type typ. Keys of
// different types never collide, so a person never matches a company by name.
func NameKeys(typ, name string, r Rules) []Key {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	var keys []Key
	add := func(kind string, toks []string) {
		if !validKey(typ, toks) {
			return
		}
		v := "n|" + typ + "|" + strings.Join(toks, " ")
		for _, k := range keys {
			if k.Value == v {
				return
			}
		}
		keys = append(keys, Key{Kind: kind, Value: v, From: name})
	}
	toks := tokens(name)
	if len(toks) == 0 {
		return nil
	}
	han := isHan(name)
	switch typ {
	case Person:
		add(KindExact, toks)
		stripped := stripTitles(toks)
		if len(stripped) != len(toks) {
			add(KindTitle, stripped)
		}
		if r.NameOrder {
			if re, ok := surnameFirst(stripped); ok {
				add(KindOrder, re)
				stripped = re
			}
			// "She Zhi Jiang" and "She Zhijiang": a pinyin given name may be written in two words.
			if len(stripped) == 3 && chineseSurnames[stripped[0]] && pinyinSyllable(stripped[1]) && pinyinSyllable(stripped[2]) {
				add(KindOrder, []string{stripped[0], stripped[1] + stripped[2]})
			}
		}
		if r.Pinyin && han {
			if py, ok := HanToPinyin(name); ok {
				add(KindPinyin, strings.Fields(py))
			}
		}
	case Company:
		toks = leadingArticle(toks)
		add(KindExact, toks)
		if r.CompanyForms {
			if f := foldCompany(toks, false); len(f) != len(toks) {
				add(KindForm, f)
			}
			if f := foldCompany(toks, true); len(f) != len(toks) {
				add(KindForm, f)
			}
		}
	default:
		toks = leadingArticle(toks)
		add(KindExact, toks)
	}
	// Han names of non-persons: simplified and traditional forms read the same.
	if typ != Person && han && r.Pinyin && utf8.RuneCountInString(hanRunes(name)) >= 3 {
		if py := hanReading(name); py != "" {
			v := "n|" + typ + "|han:" + py
			keys = append(keys, Key{Kind: KindHan, Value: v, From: name})
		}
	}
	return keys
}

// hanReading is the toneless pinyin of every Han character, joined.
func hanReading(name string) string {
	args := pinyin.NewArgs()
	var b strings.Builder
	for _, r := range hanRunes(name) {
		p := pinyin.SinglePinyin(r, args)
		if len(p) == 0 || p[0] == "" {
			return ""
		}
		b.WriteString(p[0])
	}
	return b.String()
}

// validKey says whether a key is specific enough to merge on. A person needs two words (a
// lone "Chen" or "Ming" names half a province) or two Han characters; anything else needs
// one word of at least four letters, so acronyms like "SAC" or "CIR" do not merge bodies.
func validKey(typ string, toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	joined := strings.Join(toks, "")
	hanCount := 0
	for _, r := range joined {
		if unicode.Is(unicode.Han, r) {
			hanCount++
		}
	}
	if hanCount > 0 && hanCount == utf8.RuneCountInString(joined) {
		return hanCount >= 2
	}
	if typ == Person {
		return len(toks) >= 2
	}
	if len(toks) == 1 {
		return utf8.RuneCountInString(toks[0]) >= 4
	}
	return utf8.RuneCountInString(joined) >= 3
}

// pinyinSyllable reports whether a word could be one pinyin syllable (short, Latin letters).
func pinyinSyllable(w string) bool {
	if len(w) < 1 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// Identifier is a registry number, passport or wallet address of a candidate.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

var (
	ethAddress  = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	tronAddress = regexp.MustCompile(`^T[1-9A-HJ-NP-Za-km-z]{33}$`)
	btcAddress  = regexp.MustCompile(`^(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,87})$`)
)

// cryptoSchemes are identifier schemes that name a crypto currency or wallet.
var cryptoSchemes = map[string]bool{"usdt": true, "trx": true, "tron": true, "eth": true, "ethereum": true,
	"btc": true, "xbt": true, "bitcoin": true, "ltc": true, "bch": true, "xmr": true, "usdc": true, "bsc": true,
	"crypto": true, "wallet": true, "arb": true, "sol": true, "xrp": true}

// schemeClasses groups the many spellings of an identifier scheme.
var schemeClasses = []struct{ word, class string }{
	{"passport", "passport"}, {"registration", "reg"}, {"company number", "reg"}, {"reg no", "reg"},
	{"business", "reg"}, {"national", "nid"}, {"id number", "nid"}, {"identification", "nid"},
	{"tax", "tax"}, {"vat", "tax"}, {"inn", "tax"}, {"lei", "lei"}, {"swift", "swift"}, {"bic", "swift"},
	{"imo", "imo"}, {"ogrn", "reg"},
}

// singularClasses are identifier classes an entity has at most one of, so two different
// values contradict each other. Passports are not here: people hold several.
var singularClasses = map[string]bool{"reg": true, "nid": true, "lei": true, "imo": true}

// IdentifierKey folds an identifier to the key it is compared by: wallets by address alone
// (whatever currency label a list gives them; hex addresses case-folded, base58 ones kept
// as written), other identifiers by scheme class and upper-case letters and digits. ok is
// false for values too short or too repetitive to identify anything ("N/A", "000000").
func IdentifierKey(scheme, value string) (key, class string, ok bool) {
	value = strings.TrimSpace(value)
	if len(value) > 256 {
		return "", "", false
	}
	s := strings.ToLower(strings.TrimSpace(scheme))
	compact := strings.Join(strings.Fields(value), "")
	switch {
	case ethAddress.MatchString(compact):
		return "wallet:" + strings.ToLower(compact), "wallet", true
	case tronAddress.MatchString(compact) || btcAddress.MatchString(compact):
		return "wallet:" + compact, "wallet", true
	case cryptoSchemes[s] || strings.Contains(s, "wallet") || strings.Contains(s, "digital currency"):
		if len(compact) < 16 {
			return "", "", false
		}
		return "wallet:" + compact, "wallet", true
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(value) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	v := b.String()
	if utf8.RuneCountInString(v) < 5 || repetitive(v) {
		return "", "", false
	}
	class = "other:" + Normalize(s)
	for _, c := range schemeClasses {
		if strings.Contains(s, c.word) {
			class = c.class
			break
		}
	}
	return "id|" + class + "|" + v, class, true
}

func repetitive(v string) bool {
	first, _ := utf8.DecodeRuneInString(v)
	for _, r := range v {
		if r != first {
			return false
		}
	}
	return true
}

// candidateKeys returns every key of a candidate: identifiers first, then names and aliases.
func candidateKeys(c *Candidate, r Rules) []Key {
	var keys []Key
	seen := map[string]bool{}
	for _, id := range c.Identifiers {
		if k, _, ok := IdentifierKey(id.Scheme, id.Value); ok && !seen[k] {
			seen[k] = true
			keys = append(keys, Key{Kind: KindIdentifier, Value: k, From: id.Scheme + " " + id.Value})
		}
	}
	for _, n := range c.names() {
		for _, k := range NameKeys(c.Type, n, r) {
			if !seen[k.Value] {
				seen[k.Value] = true
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// hanPinyins returns the pinyin readings of a person's Han names, for the conflict check.
func hanPinyins(c *Candidate) []string {
	var out []string
	for _, n := range c.names() {
		if isHan(n) {
			if py, ok := HanToPinyin(n); ok && !slices.Contains(out, py) {
				out = append(out, py)
			}
		}
	}
	return out
}
