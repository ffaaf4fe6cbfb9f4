package extract

import "strings"

// Another place of the description's kind told between the name and the description.
// "Police raided Lucky Star Park in May. Rescued workers were moved to another compound.
// Zhang Wei ran the compound.": "the compound" is the compound just introduced by the
// indefinite noun phrase, not the park named before it, and since that compound has no name
// the description is left open. An indefinite noun phrase with the description's head ("a
// nearby economic zone", "another compound", "a second park") between the antecedent's name
// and the description takes the description; one said of the name itself ("X, a compound in
// Bavet", "X is a compound", "known as a compound") does not.

// maxIndefiniteBack bounds how far back from the description the text is read.
const maxIndefiniteBack = 1500

// indefiniteSameHead reports an indefinite noun phrase headed by head between the end of
// sentence from, which names the antecedent, and the description at off.
func indefiniteSameHead(text string, sents []sentence, from, off int, head string) bool {
	if from < 0 || from >= len(sents) || head == "" {
		return false
	}
	// The name's own sentence is left out: an indefinite phrase there is often said of the
	// name ("X, set in a special economic zone").
	start := max(sents[from].e, off-maxIndefiniteBack)
	if start >= off {
		return false
	}
	win := strings.ToLower(text[start:off])
	for i := 0; i < len(win); {
		k := strings.Index(win[i:], head)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(head)
		if at > 0 && isWordByte(win[at-1]) || at+len(head) < len(win) && isWordByte(win[at+len(head)]) {
			continue
		}
		if headModifies(win[at+len(head):]) {
			continue
		}
		if indefiniteBefore(win[max(0, at-60):at]) {
			return true
		}
	}
	return false
}

// indefiniteBefore reports that the words before a head open an indefinite noun phrase: "a
// nearby economic ", "another ", "a second ", at most three modifiers between, and no copula,
// "as" or comma before the determiner (a phrase said of the name itself).
func indefiniteBefore(s string) bool {
	f := strings.Fields(s)
	for j, n := len(f)-1, 0; j >= 0 && n <= 3; j, n = j-1, n+1 {
		w := f[j]
		if w == "a" || w == "an" || w == "another" {
			if j > 0 {
				p := f[j-1]
				if strings.HasSuffix(p, ",") || strings.HasSuffix(p, "(") || indefiniteSaidOf[p] {
					return false
				}
			}
			return true
		}
		if !lowerLetters(w, true) || indefiniteStops[w] {
			return false
		}
	}
	return false
}

// indefiniteSaidOf are words before an indefinite phrase that say it of the name: "X is a
// compound", "known as a compound".
var indefiniteSaidOf = set("is", "was", "are", "were", "be", "been", "being", "remains", "remained", "became", "becomes", "as", "—", "-")

// indefiniteStops end the modifiers of a head: determiners, possessives, prepositions, joiners.
var indefiniteStops = set("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "of", "in", "on", "at",
	"to", "for", "with", "from", "by", "and", "or", "but", "near", "into")

// headModifies reports the head word used as a modifier of a noun after it ("passed a militia
// checkpoint": the phrase is a checkpoint, and "the militia" after it still means the armed
// group named before). The next word is taken as a noun when it is a plain lower-case word
// that no clause, participle or adverb ending and no linking word marks.
func headModifies(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	if !lowerLetters(w, false) || indefiniteStops[w] || clauseWords[w] || headLinks[w] {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// headLinks follow a noun phrase's head without being nouns themselves.
var headLinks = set("where", "run", "built", "set", "known", "near", "outside", "inside", "across", "just", "nearby", "about", "some", "there", "here", "under", "beside", "behind", "along", "off", "up", "down", "over", "which", "who", "whose")

// lowerLetters reports a word of lower-case ASCII letters only (and hyphens when hyphen is
// set): a plain word of the phrase, not a name, a number or a word with punctuation.
func lowerLetters(w string, hyphen bool) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && (!hyphen || r != '-') {
			return false
		}
	}
	return true
}
