package extract

import (
	"bufio"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// readableName turns a name a list writes in capitals ("WORLD HONGMEN HISTORY AND CULTURE
// ASSOCIATION", "KINGS ROMANS INTERNATIONAL (HK) CO., LIMITED") into the spelling news text
// uses ("World Hongmen History and Culture Association", "Kings Romans International (HK)
// Co., Limited"). Acronyms (known ones such as KNU or SEZ, words without vowels such as KK or
// BGF, dotted initials such as L.Y.P.), Roman numerals, single letters and words with digits
// (14K) keep their capitals; particles (of, and, the) are lower case inside the name. A name
// with any lower-case letter is taken as written.
func readableName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, w := range strings.Fields(s) {
		if w == "y" {
			// "OCAMPO y SALONGA": the Spanish "and" between surnames is written small.
			continue
		}
		for _, r := range w {
			if unicode.IsLower(r) {
				return s
			}
		}
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = readableWord(w, i == 0)
	}
	return strings.Join(words, " ")
}

// legalFormSpelling is how legal forms are written in mixed-case names.
var legalFormSpelling = map[string]string{"CO": "Co", "LTD": "Ltd", "LIMITED": "Limited", "INC": "Inc", "CORP": "Corp",
	"CORPORATION": "Corporation", "PTE": "Pte", "BHD": "Bhd", "SDN": "Sdn", "GMBH": "GmbH", "LLC": "LLC", "PLC": "PLC",
	"LLP": "LLP", "LP": "LP", "JSC": "JSC", "SA": "SA", "AG": "AG", "NV": "NV", "BV": "BV", "SRL": "SRL"}

// lowerParticles are written in lower case inside a name.
var lowerParticles = set("of", "and", "the", "for", "in", "on", "at", "to", "by", "de", "du", "da", "van", "von", "bin", "binti", "binte", "al", "el")

// readableWord respells one space-separated word, keeping the punctuation around it.
func readableWord(w string, first bool) string {
	// Split off leading and trailing punctuation: "(HK)", "CO.,", "\"BROKEN".
	start := strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if start < 0 {
		return w
	}
	end := strings.LastIndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	_, size := utf8.DecodeRuneInString(w[end:])
	end += size
	lead, core, trail := w[:start], w[start:end], w[end:]
	// A dotted abbreviation keeps its capitals: L.Y.P., U.S.
	if strings.Contains(core, ".") {
		return w
	}
	if spelled, ok := legalFormSpelling[core]; ok {
		return lead + spelled + trail
	}
	if !first && lead == "" && lowerParticles[strings.ToLower(core)] {
		return strings.ToLower(core) + trail
	}
	// Hyphenated words respell each part: HUNG-MUN -> Hung-Mun, SELF-ADMINISTERED.
	parts := strings.Split(core, "-")
	for i, p := range parts {
		parts[i] = readablePart(p)
	}
	return lead + strings.Join(parts, "-") + trail
}

func readablePart(p string) string {
	if p == "" || keepsCapitals(p) {
		return p
	}
	// O'SMACH -> O'Smach, D'ARCY -> D'Arcy; PEOPLE'S -> People's.
	if i := strings.IndexAny(p, "'’"); i > 0 {
		_, size := utf8.DecodeRuneInString(p[i:])
		head, tail := p[:i], p[i+size:]
		if utf8.RuneCountInString(head) == 1 && utf8.RuneCountInString(tail) > 1 {
			return head + p[i:i+size] + titleCase(tail)
		}
		return titleCase(head) + p[i:i+size] + strings.ToLower(tail)
	}
	return titleCase(p)
}

func titleCase(p string) string {
	r, size := utf8.DecodeRuneInString(p)
	return string(unicode.ToUpper(r)) + strings.ToLower(p[size:])
}

// keepsCapitals reports words that stay in capitals: single letters, words with digits,
// Roman numerals, words without vowels and known acronyms.
func keepsCapitals(p string) bool {
	n := utf8.RuneCountInString(p)
	if n == 1 {
		return true
	}
	vowel := false
	for _, r := range p {
		if unicode.IsDigit(r) {
			return true
		}
		switch unicode.ToUpper(r) {
		case 'A', 'E', 'I', 'O', 'U', 'Y':
			vowel = true
		}
	}
	if !vowel || romanNumeral(p) {
		return true
	}
	return knownAcronyms()[p]
}

// romanNumeral reports II to XXXIX written in capitals.
func romanNumeral(p string) bool {
	if len(p) < 2 || len(p) > 6 || strings.Trim(p, "IVX") != "" {
		return false
	}
	for _, bad := range []string{"IIII", "VV", "XXXX", "IIV", "IIX", "VX", "IXI", "VIV"} {
		if strings.Contains(p, bad) {
			return false
		}
	}
	return true
}

// knownAcronyms collects the acronyms that the embedded gazetteer lists as names (KNU, DKBA,
// OFAC, ...) and a few that only appear inside names. It is built once and only read.
var knownAcronyms = sync.OnceValue(func() map[string]bool {
	m := set("SEZ", "TCO", "BGF", "USA", "UAE", "UK", "US", "UN", "EU", "HK", "PRC", "DPRK", "NGO", "ASEAN", "UNODC",
		"OFAC", "OFSI", "FCDO", "FBI", "DOJ", "KNU", "KNA", "KNLA", "DKBA", "IT", "ICT", "IOU", "AI")
	sc := bufio.NewScanner(strings.NewReader(gazetteerText))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Split(line, "|") {
			for _, w := range strings.Fields(f) {
				if isAcronym(w) && !strings.Contains(w, ".") {
					m[w] = true
				}
			}
		}
	}
	return m
})

// cleanName tidies a name or alias for output: spaces collapsed, stray punctuation at either
// end dropped ("Chen Zhi)" -> "Chen Zhi", ", Prince Group" -> "Prince Group"), and a bracket or
// quote that is not closed inside the name removed. A final period stays on abbreviations
// ("Co., Ltd.", "L.Y.P.", "U.S.A.").
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for {
		before := s
		s = strings.TrimLeft(s, " ,;:.)]}）】-–—/\\|·•*")
		s = strings.TrimRight(s, " ,;:([{（【-–—/\\|·•*")
		if strings.HasSuffix(s, ".") && !keepsFinalPeriod(s) {
			s = strings.TrimSuffix(s, ".")
		}
		s = dropUnbalanced(s)
		if s == before {
			return s
		}
	}
}

// keepsFinalPeriod reports names whose last word is an abbreviation.
func keepsFinalPeriod(s string) bool {
	last := s[strings.LastIndexAny(s, " ")+1:]
	low := strings.ToLower(strings.TrimSuffix(last, "."))
	return isLegalForm(low) || strings.Contains(low, ".") || utf8.RuneCountInString(low) == 1 ||
		abbreviations[low] || low == "jr" || low == "sr"
}

// dropUnbalanced removes a leading or trailing bracket or quote that has no partner.
func dropUnbalanced(s string) string {
	pairs := []struct{ open, close string }{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"“", "”"}, {"「", "」"}}
	for _, p := range pairs {
		o, c := strings.Count(s, p.open), strings.Count(s, p.close)
		switch {
		case c > o && strings.HasSuffix(s, p.close):
			s = strings.TrimSpace(strings.TrimSuffix(s, p.close))
		case o > c && strings.HasPrefix(s, p.open):
			s = strings.TrimSpace(strings.TrimPrefix(s, p.open))
		case o > c && strings.HasSuffix(s, p.open):
			s = strings.TrimSpace(strings.TrimSuffix(s, p.open))
		case c > o && strings.HasPrefix(s, p.close):
			s = strings.TrimSpace(strings.TrimPrefix(s, p.close))
		}
	}
	for _, q := range []string{`"`, "'", "’", "‘"} {
		if strings.Count(s, q)%2 == 1 && (strings.HasPrefix(s, q) || strings.HasSuffix(s, q)) {
			if q == "'" || q == "’" {
				// An apostrophe inside a word is part of it (O'Smach); only a quote at an
				// end with no partner goes.
				if strings.HasSuffix(s, q) && !strings.HasSuffix(s, "s"+q) {
					s = strings.TrimSuffix(s, q)
				} else if strings.HasPrefix(s, q) {
					s = strings.TrimPrefix(s, q)
				}
				continue
			}
			s = strings.Trim(s, q)
		}
	}
	return strings.TrimSpace(s)
}
