package entitymatch

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Identifier strength. Only a strong identifier proves that two records are one entity:
// a list's own uid, a registration or tax number with its country, a passport, an IMO or
// MMSI number, a wallet address. A weak one (a website, a phone number, an e-mail or postal
// address) is shared by parents and subsidiaries, by agents and their clients, and never
// merges anything; explain shows it, the audit lists merges that rested on one.
const (
	Strong = "strong"
	Weak   = "weak"
)

// IdentifierInfo is what an identifier is worth for resolution.
type IdentifierInfo struct {
	// Key is what two records must share: "wallet:<address>" or "id|<class>|<CC>|<value>".
	Key string `json:"key"`
	// Class is the scheme the value belongs to ("reg", "passport", "list:ofac", "wallet"...).
	Class string `json:"class"`
	// Country is the ISO 3166 code of the issuing country, when known.
	Country  string `json:"country,omitempty"`
	Strength string `json:"strength"`
	// Singular classes are held once per country: two different values of one are two
	// different entities, whatever else they share (a hard block).
	Singular bool `json:"singular,omitempty"`
}

// schemeClass describes one family of scheme names.
type schemeClass struct {
	words []string // any of these (lower case) in the scheme name selects the class
	class string
	// strength without a country; withCountry is the strength when the country is known.
	strength, withCountry string
	singular              bool
}

// schemeClasses are tried in order; the first whose word appears in the scheme wins. List
// uids come first: "OFAC SDN UID" is a list uid, not a registration.
var schemeClasses = []schemeClass{
	{[]string{"ofac"}, "list:ofac", Strong, Strong, true},
	{[]string{"uk sanctions list", "ofsi group", "fcdo"}, "list:uk", Strong, Strong, true},
	{[]string{"un reference", "un ref", "unsc"}, "list:un", Strong, Strong, true},
	{[]string{"wikidata", "qid"}, "wikidata", Strong, Strong, true},
	// An OpenSanctions entity holds its canonical id and the ids it was merged from
	// (referents): several values, so no block.
	{[]string{"opensanctions"}, "opensanctions", Strong, Strong, false},
	// People hold several passports (and renew them): two numbers do not make two people.
	{[]string{"passport"}, "passport", Strong, Strong, false},
	{[]string{"imo", "vessel registration"}, "imo", Strong, Strong, true},
	{[]string{"mmsi"}, "mmsi", Strong, Strong, true},
	{[]string{"lei"}, "lei", Strong, Strong, true},
	{[]string{"swift", "bic"}, "swift", Strong, Strong, false},
	{[]string{"inn"}, "tax", Weak, Strong, true},
	{[]string{"ogrn"}, "reg", Weak, Strong, true},
	// OFAC's "Government Gazette Number" is Russia's OKPO statistics code, one per company.
	{[]string{"gazette", "okpo"}, "okpo", Weak, Strong, true},
	{[]string{"kpp"}, "kpp", Weak, Weak, false}, // shared by a company's branches
	{[]string{"bik"}, "swift", Strong, Strong, false},
	{[]string{"tax", "vat", "v.a.t", "tin", "npwp"}, "tax", Weak, Strong, true},
	{[]string{"registration", "registry", "company number", "reg no", "business", "trade license",
		"licen", "incorporation"}, "reg", Weak, Strong, true},
	{[]string{"national", "id number", "identification", "cedula", "personal id", "citizen"}, "nid", Weak, Strong, true},
	{[]string{"website", "web site", "url", "domain", "http"}, "website", Weak, Weak, false},
	{[]string{"email", "e-mail"}, "email", Weak, Weak, false},
	{[]string{"phone", "telephone", "fax", "mobile", "whatsapp", "telegram"}, "phone", Weak, Weak, false},
	{[]string{"address", "p.o. box"}, "address", Weak, Weak, false},
}

// fillerSchemes are ID fields of lists that carry listing facts or pointers, never an
// identifier ("For more information, please see: <pdf>", OFAC's sanctions notes).
var fillerSchemes = []string{"for more information", "additional sanctions information", "secondary sanctions risk",
	"executive order", "directive determination", "transactions prohibited", "gender", "organization established",
	"organization type", "target type", "effective date", "listing date", "former vessel flag", "vessel flag",
	"nationality of registration", "vessel type", "vessel owner", "tonnage", "length", "year of build",
	"caatsa", "ifca determination", "prohibited", "see also", "notes", "remarks", "program"}

var (
	ethAddress  = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	tronAddress = regexp.MustCompile(`^T[1-9A-HJ-NP-Za-km-z]{33}$`)
	btcAddress  = regexp.MustCompile(`^(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,87})$`)
	urlLike     = regexp.MustCompile(`(?i)^(?:https?://|www\.)|\.(?:pdf|html?|aspx?)$`)
)

// cryptoSchemes are identifier schemes that name a crypto currency or wallet.
var cryptoSchemes = map[string]bool{"usdt": true, "trx": true, "tron": true, "eth": true, "ethereum": true,
	"btc": true, "xbt": true, "bitcoin": true, "ltc": true, "bch": true, "xmr": true, "usdc": true, "bsc": true,
	"crypto": true, "wallet": true, "arb": true, "sol": true, "xrp": true}

// ClassifyIdentifier says what an identifier is worth: its comparison key, scheme class,
// issuing country and strength. ok is false for filler (list notes, "see: ...pdf"), values
// too short or repetitive to identify anything ("N/A", "000000") and values too long to be
// an identifier. country may be a name ("Russia") or an ISO code.
func ClassifyIdentifier(scheme, value, country string) (IdentifierInfo, bool) {
	value = strings.TrimSpace(value)
	if value == "" || len(value) > 256 || len(scheme) > 256 {
		return IdentifierInfo{}, false
	}
	s := strings.ToLower(strings.TrimSpace(scheme))
	compact := strings.Join(strings.Fields(value), "")
	switch {
	case ethAddress.MatchString(compact):
		return IdentifierInfo{Key: "wallet:" + strings.ToLower(compact), Class: "wallet", Strength: Strong}, true
	case tronAddress.MatchString(compact) || btcAddress.MatchString(compact):
		return IdentifierInfo{Key: "wallet:" + compact, Class: "wallet", Strength: Strong}, true
	case cryptoSchemes[s] || strings.Contains(s, "wallet") || strings.Contains(s, "digital currency"):
		if len(compact) < 16 {
			return IdentifierInfo{}, false
		}
		return IdentifierInfo{Key: "wallet:" + compact, Class: "wallet", Strength: Strong}, true
	}
	for _, f := range fillerSchemes {
		if strings.Contains(s, f) {
			return IdentifierInfo{}, false
		}
	}
	var sc *schemeClass
	for i := range schemeClasses {
		for _, w := range schemeClasses[i].words {
			if containsWord(s, w) {
				sc = &schemeClasses[i]
				break
			}
		}
		if sc != nil {
			break
		}
	}
	// A sentence or a link in an ID field is a note, not an identifier, unless the scheme
	// says it is a website or an address.
	if sc == nil || (sc.class != "website" && sc.class != "address" && sc.class != "email" && sc.class != "phone") {
		if urlLike.MatchString(value) || len(strings.Fields(value)) > 4 {
			return IdentifierInfo{}, false
		}
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(value) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	v := b.String()
	minLen := 5
	if sc != nil && strings.HasPrefix(sc.class, "list:") || sc != nil && sc.class == "opensanctions" {
		minLen = 1 // list uids are short numbers ("4632")
	}
	if utf8.RuneCountInString(v) < minLen || repetitive(v) && minLen > 1 {
		return IdentifierInfo{}, false
	}
	info := IdentifierInfo{Class: "other:" + Normalize(s), Strength: Weak}
	if sc != nil {
		info.Class, info.Strength, info.Singular = sc.class, sc.strength, sc.singular
	}
	if info.Class == "wikidata" || info.Class == "opensanctions" {
		v = strings.ToUpper(compact)
	}
	info.Country = CountryCode(country)
	if info.Country != "" && sc != nil && sc.withCountry == Strong {
		info.Strength = Strong
	}
	switch {
	case info.Class == "website" || info.Class == "email":
		v = strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(compact), "https://"), "http://"), "/"))
		v = strings.TrimPrefix(v, "www.")
		info.Key = "id|" + info.Class + "|" + v
	case strings.HasPrefix(info.Class, "list:") || info.Class == "wikidata" || info.Class == "opensanctions" ||
		info.Class == "imo" || info.Class == "mmsi" || info.Class == "lei" || info.Class == "swift" || info.Class == "wallet":
		info.Country = ""
		info.Key = "id|" + info.Class + "|" + v
	default:
		info.Key = "id|" + info.Class + "|" + info.Country + "|" + v
	}
	return info, true
}

// containsWord reports whether w occurs in s not glued to letters on either side, so "inn"
// does not match "winner" and "tin" does not match "station".
func containsWord(s, w string) bool {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(w)
		before, after := ' ', ' '
		if start > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:start])
		}
		if end < len(s) {
			after, _ = utf8.DecodeRuneInString(s[end:])
		}
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		from = start + 1
	}
	return false
}

// IdentifierKey folds an identifier to the key it is compared by (see ClassifyIdentifier,
// without a country). ok is false for filler and unusable values.
func IdentifierKey(scheme, value string) (key, class string, ok bool) {
	info, ok := ClassifyIdentifier(scheme, value, "")
	return info.Key, info.Class, ok
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

// countryCodes maps lower-case English country names to ISO 3166 codes, built once from the
// CLDR names, plus the spellings sanctions lists use.
var countryCodes = func() map[string]string {
	m := map[string]string{"burma": "MM", "russia": "RU", "russian federation": "RU", "iran": "IR",
		"korea, north": "KP", "north korea": "KP", "korea, south": "KR", "south korea": "KR", "syria": "SY",
		"vietnam": "VN", "viet nam": "VN", "laos": "LA", "macau": "MO", "hong kong": "HK", "taiwan": "TW",
		"united states": "US", "usa": "US", "united kingdom": "GB", "uk": "GB", "uae": "AE",
		"turkey": "TR", "czech republic": "CZ", "crimea": "UA", "region: crimea": "UA", "palestinian": "PS",
		"west bank": "PS", "gaza": "PS", "congo, democratic republic of the": "CD", "cote d ivoire": "CI"}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() {
				continue
			}
			name := display.English.Regions().Name(r)
			if name == "" || name == code {
				continue
			}
			low := strings.ToLower(name)
			if _, ok := m[low]; !ok {
				m[low] = code
			}
			if i := strings.Index(low, " ("); i > 0 {
				if _, ok := m[low[:i]]; !ok {
					m[low[:i]] = code
				}
			}
		}
	}
	return m
}()

// CountryCode turns a country name or code into its ISO 3166 alpha-2 code ("" when unknown).
func CountryCode(c string) string {
	c = strings.TrimSpace(c)
	if c == "" || len(c) > 80 {
		return ""
	}
	if len(c) == 2 {
		if r, err := language.ParseRegion(strings.ToUpper(c)); err == nil && r.IsCountry() {
			return strings.ToUpper(c)
		}
		return ""
	}
	low := strings.ToLower(strings.Join(strings.Fields(c), " "))
	if code, ok := countryCodes[low]; ok {
		return code
	}
	if code, ok := countryCodes[strings.ReplaceAll(low, "'", " ")]; ok {
		return code
	}
	return ""
}

// describe renders an identifier for explanations.
func (i IdentifierInfo) describe(id Identifier) string {
	s := fmt.Sprintf("%s %s", id.Scheme, id.Value)
	if i.Country != "" {
		s += " (" + i.Country + ")"
	}
	return s
}
