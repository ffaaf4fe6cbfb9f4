package extract

import (
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// People known by one name (Indonesian and Burmese names, nicknames) stand alone when the
// words around them say a person: an age in commas ("Li, 45, was arrested"), an apposition
// that is a person's ("Aung, a 23-year-old from Yangon", "Wang, his deputy,"), or the name
// itself in apposition to a person's noun ("the recruiter, Sutrisno, said"; "her partner,
// identified only as Jomar").

// singleNamePerson reports such a context around the one word toks[i:j].
func singleNamePerson(toks []token, i, j int) bool {
	if j != i+1 {
		return false
	}
	// ", 45," after the name: an age.
	if j+2 < len(toks) && toks[j].text == "," && sources.IsDigits(toks[j+1].text) && toks[j+2].text == "," {
		if age, err := strconv.Atoi(toks[j+1].text); err == nil && age >= 14 && age <= 99 {
			return true
		}
	}
	// ", a 23-year-old", ", his deputy", ", her brother": a person's apposition after it.
	if j+2 < len(toks) && toks[j].text == "," {
		d, w := toks[j+1].low, toks[j+2].low
		switch {
		case (d == "a" || d == "an") && (hasSuffixAny(w, "-year-old") || appositionPerson[w]):
			return true
		case (d == "his" || d == "her" || d == "their") && (familyWords[w] || roleWords[w] != "" || personNouns[w]):
			return true
		}
	}
	// "the recruiter, Sutrisno, told": the name in commas after a person's noun.
	if i >= 2 && toks[i-1].text == "," && j < len(toks) && toks[j].text == "," {
		w := toks[i-2].low
		if familyWords[w] || roleWords[w] != "" || personNouns[w] || appositionPerson[w] {
			return true
		}
	}
	// "identified only as Jomar", "a man known as Ah Long": a name given to a person.
	if i >= 3 {
		k := i - 1
		if quoteMarks[toks[k].text] {
			k--
		}
		v := k - 1
		if v > 0 && (toks[v].low == "only" || toks[v].low == "simply") {
			v-- // "identified only as"
		}
		if v >= 1 && toks[k].low == "as" && (toks[v].low == "identified" || toks[v].low == "known") {
			for b := v - 1; b >= 0 && b >= v-4; b-- {
				if personNouns[toks[b].low] || familyWords[toks[b].low] || roleWords[toks[b].low] != "" {
					return true
				}
			}
		}
	}
	return false
}

// personNouns are nouns for people that are neither kin nor posts ("a man", "the recruiter").
var personNouns = set("man", "woman", "boy", "girl", "recruiter", "broker", "driver", "guard", "partner", "boss",
	"supervisor", "worker", "victim", "survivor", "suspect", "trafficker", "agent", "friend", "colleague", "neighbour",
	"neighbor", "fixer", "middleman", "interpreter", "translator", "lawyer", "witness", "defendant", "accused", "person",
	"individual", "foreman", "teammate", "roommate", "cousin", "handler", "smuggler")

// hasSuffixAny reports w ending in one of the suffixes.
func hasSuffixAny(w string, sufs ...string) bool {
	for _, s := range sufs {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// placeOverShape reports an entity that some mention places where places stand ("on the
// edge of Mong La") while no mention gives a person's cue: its person votes come from the
// name's shape alone (confidence 0.6 or less), which a place's name shares.
func placeOverShape(cands []candidate, e *docEntity) bool {
	place := false
	for _, ci := range e.cands {
		c := cands[ci]
		switch {
		case c.typ == model.Location && c.gaz < 0 && c.conf >= 0.65:
			place = true
		case c.typ == model.Person && c.conf > 0.6:
			return false
		case c.typ != model.Person && c.typ != model.Location:
			return false
		}
	}
	return place
}

// personAfterComma reports ", 45," or ", the mayor," / ", his lawyer," right after a name
// ending before toks[j]: what follows describes a person, so the name is no place in a list.
func personAfterComma(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].text != "," {
		return false
	}
	n := toks[j+1]
	switch n.low {
	case "the", "his", "her", "their", "who":
		return true
	case "a", "an":
		return personNounAfter(toks, j+2)
	}
	return sources.IsDigits(n.text) && j+2 < len(toks) && toks[j+2].text == ","
}

// personNounAfter reports a noun for a person at toks[k], after up to two modifiers ("a
// Cambodian businesswoman", "a local labour broker"): ", a businesswoman" makes the name
// before it a person's, not a place in a list.
func personNounAfter(toks []token, k int) bool {
	for end := k + 3; k < len(toks) && k < end; k++ {
		w := toks[k].low
		if toks[k].kind != tokWord {
			return false
		}
		if personNouns[w] || appositionPerson[w] || familyWords[w] || roleWords[w] != "" {
			return true
		}
	}
	return false
}

// officeAcronyms are posts and departments written in capitals ("HR", "CFO").
var officeAcronyms = set("hr", "ceo", "cfo", "coo", "cto", "pr", "md", "gm")

// chineseSurnameSet holds the pinyin surnames that nicknames are made of.
var chineseSurnameSet = lexicon.ChineseSurnames()

// chineseNickname reports "Lao Zhou", "Xiao Li", "Ah Long" right after a word that gives a
// name ("called", "named", "known as", "boss"): "old", "little" or the Cantonese "Ah" before
// a surname is how colleagues name a person. Elsewhere "Lao Cai" is a Vietnamese province.
func chineseNickname(toks []token, i, j int) bool {
	if j-i != 2 || i == 0 || !isCap(toks[i]) || !isCap(toks[i+1]) {
		return false
	}
	switch toks[i].low {
	case "lao", "xiao", "ah", "a-":
	default:
		return false
	}
	if !chineseSurnameSet[toks[i+1].low] {
		return false
	}
	k := i - 1
	if quoteMarks[toks[k].text] && k > 0 {
		k-- // "known as \"Lao Wu,\"": the nickname in quotes
	}
	switch toks[k].low {
	case "called", "calls", "call", "named", "nicknamed", "as", "boss":
		return true
	}
	return false
}

// withoutNickname returns a name without the nickname quoted inside it (Ernesto "Totoy"
// Villareal is Ernesto Villareal on records), or "" when it holds none.
func withoutNickname(name string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		a := strings.Index(name, q[0])
		if a <= 0 {
			continue
		}
		b := strings.Index(name[a+len(q[0]):], q[1])
		if b < 0 {
			continue
		}
		rest := name[a+len(q[0])+b+len(q[1]):]
		if strings.TrimSpace(rest) == "" {
			continue
		}
		return strings.Join(strings.Fields(name[:a]+" "+rest), " ")
	}
	return ""
}
