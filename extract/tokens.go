package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/lexicon"
)

// Token kinds.
const (
	tokWord  = 'w'
	tokHan   = 'h'
	tokPunct = 'p'
)

// token is a word, a run of Han characters or one punctuation mark, with byte offsets and
// its lower-case form (looked up in the word lists many times over).
type token struct {
	s, e int
	text string
	kind byte
	low  string
}

// sentence is a span of the text with its tokens.
type sentence struct {
	s, e int
	toks []token
	// echo is the document's mixed-case names, shared by its sentences (capital_people.go).
	echo *echoNames
}

// abbreviations keep their final period.
var abbreviations = withRanks(set("co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep",
	"jr", "sr", "st", "sta", "sto", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "capt", "maj", "sgt", "gov", "prof", "dept", "pte", "pvt", "plc", "intl", "bros", "sdn", "bhd", "lda", "mt", "ft", "blvd", "est", "e.g", "i.e", "u.s", "u.k", "u.n", "h.e"))

// withRanks adds the ranks abbreviated before names ("Pol. Lt. Gen.", "Brig. Gen."), kept
// in a word list of their own.
func withRanks(m map[string]bool) map[string]bool {
	for w := range lexicon.RankAbbreviations() {
		m[w] = true
	}
	return m
}

// apostropheTitles are the title words written with a closing apostrophe ("dato'"), from
// the title list.
var apostropheTitles = func() map[string]bool {
	m := map[string]bool{}
	for w := range lexicon.TitleWords() {
		if strings.HasSuffix(w, "'") {
			m[w] = true
		}
	}
	return m
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) &&
		!unicode.Is(unicode.Han, r)
}

// isHan reports a Han character; ASCII never is.
func isHan(r rune) bool { return r >= utf8.RuneSelf && unicode.Is(unicode.Han, r) }

// decodeRune is utf8.DecodeRuneInString with the ASCII case inline.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// tokenize splits text into tokens. It never fails; invalid bytes become punctuation.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, w := decodeRune(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isHan(r):
			j := i + w
			for j < len(text) {
				r2, w2 := decodeRune(text[j:])
				if !isHan(r2) {
					break
				}
				j += w2
			}
			toks = append(toks, token{i, j, text[i:j], tokHan, text[i:j]})
			i = j
		case isWordRune(r):
			j := i + w
			for j < len(text) {
				r2, w2 := decodeRune(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				// Joiners inside a word: O'Smach, Kuok-koi, L.Y.P, but not the possessive 's,
				// nor the hyphen of "Phnom Penh-based" or "KNU-owned", which joins a name to
				// an adjective.
				if (r2 == '-' || r2 == '‑') && nameAdjectiveSuffix(text[j+w2:]) {
					break
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
					r3, w3 := decodeRune(text[j+w2:])
					if j+w2 < len(text) && isWordRune(r3) {
						if (r2 == '\'' || r2 == '’') && (r3 == 's' || r3 == 'S') {
							r4, _ := decodeRune(text[j+w2+w3:])
							if j+w2+w3 >= len(text) || !isWordRune(r4) {
								break
							}
						}
						if r2 == '.' && !shortPart(text[i:j]) && !decimalPoint(text[i:j], r3) {
							break
						}
						j += w2 + w3
						continue
					}
				}
				break
			}
			// A closing apostrophe belongs to the titles written with one ("Dato' Sri Azman"):
			// the title is one word, as its lists hold it.
			low := ""
			if ap, aw := decodeRune(text[j:]); j < len(text) && (ap == '\'' || ap == '’') && apostropheTitles[strings.ToLower(text[i:j])+"'"] {
				if r3, _ := decodeRune(text[j+aw:]); j+aw >= len(text) || !isWordRune(r3) {
					low = strings.ToLower(text[i:j]) + "'"
					j += aw
				}
			}
			if low != "" {
				toks = append(toks, token{i, j, text[i:j], tokWord, low})
				i = j
				continue
			}
			// A trailing period belongs to abbreviations and initials.
			if j < len(text) && text[j] == '.' {
				low := strings.ToLower(text[i:j])
				if abbreviations[low] || utf8.RuneCountInString(text[i:j]) == 1 && unicode.IsUpper(r) || strings.Contains(low, ".") || givenAbbrev(text, toks, i, j) {
					j++
				}
			}
			toks = append(toks, token{i, j, text[i:j], tokWord, strings.ToLower(text[i:j])})
			i = j
		default:
			// The possessive 's is one token.
			if (r == '\'' || r == '’') && i+w < len(text) && (text[i+w] == 's' || text[i+w] == 'S') {
				if i+w+1 >= len(text) || !isWordRune(rune(text[i+w+1])) {
					toks = append(toks, token{i, i + w + 1, text[i : i+w+1], tokPunct, strings.ToLower(text[i : i+w+1])})
					i += w + 1
					continue
				}
			}
			toks = append(toks, token{i, i + w, text[i : i+w], tokPunct, text[i : i+w]})
			i += w
		}
	}
	return toks
}

// nameSuffixes are the words that turn a name into an adjective after a hyphen.
var nameSuffixes = []string{"based", "owned", "linked", "run", "backed", "born", "registered", "listed", "controlled",
	"funded", "affiliated", "headquartered", "operated", "led", "connected", "allied", "aligned", "style", "era", "made",
	"incorporated", "sanctioned", "designated", "blacklisted"}

// nameAdjectiveSuffix reports whether rest (the text after a hyphen) starts with one of
// nameSuffixes as a whole word.
func nameAdjectiveSuffix(rest string) bool {
	for _, w := range nameSuffixes {
		if len(rest) >= len(w) && rest[:len(w)] == w {
			if len(rest) == len(w) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest[len(w):])
			if !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// shortPart reports whether the word so far is made of one-letter parts (L.Y, U.S), so a
// period continues it.
func shortPart(s string) bool {
	for _, p := range strings.Split(s, ".") {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

var sentenceEnd = set(".", "!", "?", "。", "！", "？", "…", ";")
var closers = set("\"", "”", "’", "'", ")", "]", "»", "」", "』")

// splitSentences groups tokens into sentences; paragraph breaks always end one.
func splitSentences(text string, toks []token) []sentence {
	var out []sentence
	start := 0
	echo := &echoNames{}
	emit := func(end int) {
		if end > start {
			out = append(out, sentence{s: toks[start].s, e: toks[end-1].e, toks: toks[start:end], echo: echo})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && strings.Contains(text[toks[i].e:toks[i+1].s], "\n") {
			emit(i + 1)
			continue
		}
		t := toks[i]
		end := false
		if t.kind == tokPunct && sentenceEnd[t.text] {
			end = true
		} else if t.kind == tokWord && strings.HasSuffix(t.text, ".") && i+1 < len(toks) {
			// "... Co., Ltd. The company" ends; "Gen. Min" and "U.S. Treasury" do not.
			low := strings.ToLower(strings.TrimSuffix(t.text, "."))
			next := toks[i+1]
			if (low == "ltd" || low == "inc" || low == "co" || low == "corp" || low == "u.s" || low == "u.k" || low == "plc") &&
				isCap(next) && leadStrip[strings.ToLower(next.text)] {
				end = true
			}
			// No name goes on after "Ltd." or "Plc.": "... Holding Group Co. Ltd. Yatai and the
			// KNA built ..." starts a sentence, "Co., Ltd. Chairman Chen Zhi" does not.
			if (low == "ltd" || low == "plc" || low == "llc") && isCap(next) && !titleWords[strings.ToLower(next.text)] {
				end = true
			}
			if firmFormEndsSentence(t, next) {
				end = true // sentence_ends.go
			}
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tokPunct && (closers[toks[j].text] || sentenceEnd[toks[j].text]) {
			j++
		}
		if j < len(toks) {
			r, _ := utf8.DecodeRuneInString(toks[j].text)
			if t.text == "." && !(unicode.IsUpper(r) || unicode.IsDigit(r) || toks[j].kind == tokHan || toks[j].kind == tokPunct) {
				continue
			}
		}
		emit(j)
		i = j - 1
	}
	emit(len(toks))
	return out
}

// leadStrip are capitalised function words that begin sentences, never names.
var leadStrip = set("the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
	"i", "you", "his", "her", "their", "our", "in", "on", "at", "by", "for", "from", "with", "after", "before",
	"during", "since", "until", "but", "and", "or", "so", "yet", "if", "when", "while", "although", "though",
	"as", "because", "however", "meanwhile", "also", "there", "here", "what", "who", "which", "where", "why",
	"how", "some", "many", "most", "all", "both", "each", "every", "no", "not", "according", "despite", "under",
	"over", "about", "against", "between", "among", "into", "through", "then", "now", "today", "yesterday",
	"last", "next", "earlier", "later", "once", "even", "still", "like", "unlike", "via", "following",
	"including", "amid", "within", "without", "upon", "near", "inside", "outside", "throughout", "to", "of",
	"neighbouring", "neighboring", "nearby", "accused", "defendant", "defendants",
	"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
	"should", "may", "might", "must", "read", "photo", "see", "more", "other", "another", "such", "several",
	"few", "one", "two", "three", "only", "just", "meanwhile", "furthermore", "moreover", "instead", "indeed",
	"thus", "therefore", "nearly", "almost", "around", "roughly", "yes", "please", "let", "dear", "why", "whether",
	"either", "neither", "nor", "whose", "whom", "any", "much", "very", "too", "already", "again", "perhaps",
	"recently", "currently", "previously", "formerly", "reportedly", "allegedly", "unlike", "across", "behind",
	"above", "below", "beyond", "toward", "towards", "along", "besides", "given", "asked", "told", "said", "regarding",
	"concerning", "apparently", "supposedly", "obviously", "actually", "basically", "honestly", "sadly", "luckily",
	"unfortunately", "fortunately", "separately", "additionally", "finally", "eventually", "ultimately")
