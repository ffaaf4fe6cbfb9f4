package entitymatch

import (
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
	KindWeak       = "weak"       // a weak identifier both hold: shown, never merged on
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
	if name == "" || (typ == Organization && GenericBody(name)) {
		return nil // a bare "Ministry of Foreign Affairs" names a different body in each country
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
	// Country is the issuing country (a name or ISO code), when the source gives one.
	Country string `json:"country,omitempty"`
}

// candidateKeys returns every key of a candidate: identifiers first, then names and aliases.
func candidateKeys(c *Candidate, r Rules) []Key {
	var keys []Key
	seen := map[string]bool{}
	for _, id := range c.Identifiers {
		// Only strong identifiers are keys: a shared website or phone number proves nothing.
		if info, ok := ClassifyIdentifier(id.Scheme, id.Value, id.Country); ok && info.Strength == Strong && !seen[info.Key] {
			seen[info.Key] = true
			keys = append(keys, Key{Kind: KindIdentifier, Value: info.Key, From: info.describe(id)})
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
