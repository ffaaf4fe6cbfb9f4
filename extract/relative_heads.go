package extract

import (
	"regexp"
	"strings"
)

// A relative clause after "the N of X", where N is a person's tie to X: "the brother of Li
// Ming who works for Star Link", "a business associate of Chen Zhi who manages shell
// companies". A restrictive "who" (no comma) does not follow a proper name, so the clause
// tells of the brother, the associate, not of X. Set off by a comma ("the nephew of Chen
// Jinlong, who heads the Golden Orchid Group") it tells of X, as writers mostly mean it, and
// is left to the readers. Cases in relative_heads_test.go.

// rePersonOfBefore ends the words before X: "the brother of ", "a close associate of ",
// "one of the bodyguards of ", "the brother of businessman ", "the daughter of Kokang warlord
// ", and a headline's bare "Brother of "; group 1 is the head noun.
var rePersonOfBefore = regexp.MustCompile(`(?i)(?:\b(?:the|a|an|his|her|their|its|one)\s+(?:(?:[a-z-]+\s+){0,2}?(?:of\s+the\s+)?)|(?:^|[\n.!?:;"“]\s*))(` + kinNoun + `|friends?|partners?|associates?|aides?|assistants?|colleagues?|relatives?|employees?|lawyers?|girlfriend|boyfriend|mistress|fianc[eé]e?|` + servants + `|bodyguards|drivers|guards?|staff|deputy|deputies|lieutenants?|henchm[ae]n|spokes(?:man|woman|person))\s+of\s+` + descriptorBefore + `$`)

// reBodyOfBefore ends the words before X where the head is a body a person has, read with a
// "which" or "that" clause no person takes: "the company of Li Ming which runs", "the group
// of Saw Chit Thu that protects". A body's troops, forces, men or units ("the troops of the
// DKBA that guard X", "a unit of Y that runs X") do the body's deed and are not read here.
var reBodyOfBefore = regexp.MustCompile(`(?i)\b(?:the|a|an|his|her|their|its|one)\s+(?:[a-z-]+\s+){0,2}?(companies|company|firms?|business(?:es)?|groups?|army|armies|gangs?|networks?|syndicates?|organi[sz]ations?|outfits?|conglomerates?)\s+of\s+` + descriptorBefore + `$`)

// descriptorBefore is a title or descriptor between "of" and the name, in lower case but for
// one word before it: "businessman ", "Kokang warlord ", "the late ".
const descriptorBefore = `(?:(?-i:(?:[A-Z][a-z-]+\s+)?[a-z][a-z-]+\s+){1,2})?`

// reRelativeOpen opens the gap after X with a restrictive relative pronoun: " who", " whose";
// group 1 is the pronoun, group 2 the clause's first word.
var reRelativeOpen = regexp.MustCompile(`(?i)^\s+(who|whose|whom|which|that)\b\s*([a-z'’-]*)`)

// relativeOfTie reports a name at [start, end) that follows "the N of" (a person's tie to it)
// and is followed by a restrictive relative clause (gap is the text after the name): the
// clause is N's, not the name's. A mention that holds its own apposition ("Li Wenbo, the
// Chinese investor who co-owns Y") ends in a common noun the clause restricts: it is the name's.
// A plural N with a singular verb ("the sons of X who owns Y") leaves the clause to X.
func relativeOfTie(text string, start, end int, gap string) bool {
	if start > len(text) || end > len(text) || start > end || strings.ContainsAny(text[start:end], ",(") {
		return false
	}
	rm := reRelativeOpen.FindStringSubmatch(gap)
	if rm == nil {
		return false
	}
	from := runeStartBefore(text, max(0, start-60), 0)
	before := text[from:start]
	if !strings.Contains(strings.ToLower(before), " of ") && !strings.HasPrefix(strings.ToLower(before), "of ") {
		return false
	}
	pron := strings.ToLower(rm[1])
	if pron == "which" || pron == "that" {
		return reBodyOfBefore.MatchString(before)
	}
	m := rePersonOfBefore.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	return !(pluralHead(m[1]) && singularVerb(rm[2]))
}

// pluralHead tells a plural head noun: "sons", "bodyguards", "henchmen".
func pluralHead(n string) bool {
	n = strings.ToLower(n)
	return strings.HasSuffix(n, "men") || strings.HasSuffix(n, "ren") || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss")
}

// singularVerb tells a verb agreeing with a singular subject: "owns", "heads", "is", "was".
func singularVerb(v string) bool {
	v = strings.ToLower(v)
	return v == "is" || v == "was" || v == "has" || v == "does" || len(v) > 2 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")
}
