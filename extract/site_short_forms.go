package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// siteShortTarget joins a lone word to the site whose full name is that word and a site's
// head ("Shunda" after "Shunda Park", "Jinshui" after "Jinshui Compound"): a report names a
// compound in full once and then by its distinctive word ("Hongsheng Group runs Shunda",
// "was protecting Jinshui"). shortFormTarget matches a firm's core word but not a site's,
// whose head is no legal form. The word joins only when it is the lead of one name of the
// document and no other: two names that begin with it ("Shunda Park", "Shunda Holdings")
// leave it unread. A listed name, a name a place's class word follows ("Shunda village"),
// an acronym, a word the text also writes in lower case, a short word, and a word of a
// person's name ("Chen" beside "Chen Park" and "Chen Wei") keep their own reading. lowered holds the words the document writes in lower case.
func siteShortTarget(text string, ents []*docEntity, cands []candidate, i int, lowered map[string]bool) int {
	c := cands[i]
	if c.gaz >= 0 || placeKindAfter(text, c.e) || strings.ContainsAny(c.text, " .-'’0123456789") || isAcronym(c.text) || utf8.RuneCountInString(c.text) < 4 {
		return -1
	}
	if c.typ == model.Person && c.conf >= 0.85 || c.typ == model.Company && c.conf > 0.7 || c.typ == model.Organization {
		return -1
	}
	word := NameKey(c.text)
	if word == "" || lowered[word] || classNouns[word] != nil || titleWords[word] || companyEnds[word] || nationalities[word] {
		return -1
	}
	target := -1
	for k, e := range ents {
		if k == c.ent || e.typ == "" || len(e.parts) < 2 || e.parts[0] != word {
			if k != c.ent && e.typ == model.Person && hasPart(e, word) {
				return -1 // a person's name holds the word
			}
			continue
		}
		if e.typ != model.Compound || !siteHeadTail(e.parts[1:]) {
			return -1 // another name begins with the word
		}
		if target >= 0 {
			return -1
		}
		target = k
	}
	return target
}

// siteHeadTail reports words that are all a site's head nouns ("park", "compound", "zone").
func siteHeadTail(words []string) bool {
	for _, w := range words {
		if !strongCompoundCues[w] && !siteHeads[w] {
			return false
		}
	}
	return len(words) > 0
}
