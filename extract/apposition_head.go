package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An apposition whose head noun is a site's word says what the name before it is, whatever
// its shape or its last word said: "Lucky Star Technopark, a former offshore gaming hub in
// Capas", "Lucky Dragon City, a sprawling scam compound across the river". The head is the
// noun that ends the apposition's noun phrase; a site's word that only modifies the head
// ("Chen Wei, a casino boss", "Golden Fortune, a resort developer") says nothing.

// appositionStops end the noun phrase of an apposition: prepositions, relative words,
// conjunctions and participles that open what is said of the head.
var appositionStops = set("of", "in", "on", "at", "near", "across", "along", "outside", "inside", "from", "with", "by",
	"that", "which", "where", "who", "whose", "and", "or", "but", "for", "off", "about", "between", "behind", "beyond",
	"within", "north", "south", "east", "west", "run", "owned", "operated", "built", "known", "located", "linked",
	"set", "said", "believed", "reportedly", "once", "now", "until", "since", "before", "after", "marketed",
	"developed", "managed", "controlled", "raided", "guarded", "used", "described", "called", "named", "opened", "closed",
	"beside", "next", "close", "opposite", "around", "over", "under", "past", "into", "to", "towards", "toward", "through",
	"housing", "holding", "employing", "straddling", "overlooking")

// appositionSiteHead reports an apposition after the name ending before toks[j] whose head
// noun is a site's word: ", a|an|the [modifiers] HEAD" followed by punctuation, the end of
// the sentence or a word that ends the noun phrase. Up to six modifiers may stand before it.
func appositionSiteHead(toks []token, j int) bool { return appositionHead(toks, j, siteHeads) }

// appositionHead reports an apposition after toks[j-1] whose head noun is one of heads.
func appositionHead(toks []token, j int, heads map[string]bool) bool {
	if j+2 >= len(toks) || toks[j].text != "," {
		return false
	}
	if det := toks[j+1].low; det != "a" && det != "an" && det != "the" {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+8; k++ {
		t := toks[k]
		if t.kind != tokWord || isCap(t) || appositionStops[t.low] {
			return false
		}
		if !heads[t.low] {
			continue
		}
		if k+1 == len(toks) {
			return true
		}
		// A participle after the noun opens what is said of it ("a compound raided in May").
		if n := toks[k+1]; n.kind != tokWord && n.low != "'s" && n.low != "’s" || n.kind == tokWord && (appositionStops[n.low] || strings.HasSuffix(n.low, "ed")) {
			return true
		}
	}
	return false
}

// siteHeads are the head nouns of an apposition that describes a compound.
var siteHeads = func() map[string]bool {
	m := set("compound", "compounds", "enclave", "development", "technopark", "complex", "tower", "towers", "building",
		"block", "yard", "depot", "residence")
	for w := range strongCompoundCues {
		m[w] = true
	}
	return m
}()

// typeBySiteApposition retypes a name whose type came from its shape or its last word to a
// compound when an apposition after it is headed by a site's word, and a name only its shape
// called a person's to a place when the head is a place's word ("a town", "a district"). The type is said outright
// by the writer, so it outweighs a mention elsewhere typed by shape ("Lucky Dragon City lies
// in ..."). A listed name keeps its list's type.
func typeBySiteApposition(toks []token, c *candidate) bool {
	if c.gaz >= 0 || c.typ == model.Compound || c.typ == model.Organization || c.typ == model.Person && c.conf >= 0.85 {
		return false
	}
	if c.typ == model.Person && strings.Contains(c.text, ",") {
		return false
	}
	switch {
	case appositionSiteHead(toks, c.tj):
		c.typ, c.conf, c.weak = model.Compound, statedType, false
		return true
	case c.typ == model.Person && appositionHead(toks, c.tj, placeNouns):
		// "held at Mong La, a town on the border": no person is a town.
		c.typ, c.conf, c.weak = model.Location, 0.8, false
		return true
	}
	return false
}

// statedType is the confidence of a type the text states outright about a name (an
// apposition's head noun); settle lets it decide the entity's type.
const statedType = 1.0

// nounPhraseEnds reports that the noun phrase of an apposition ends before toks[k]: the
// sentence ends, punctuation or the possessive follows, or a word that opens what is said
// of the head (a preposition, a relative word, a participle). A lower-case noun there means
// the word before it only modified it ("a casino cashier", "a resort developer").
func nounPhraseEnds(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	n := toks[k]
	return n.kind != tokWord || isCap(n) || appositionStops[n.low] || strings.HasSuffix(n.low, "ed")
}
