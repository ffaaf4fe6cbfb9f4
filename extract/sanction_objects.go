package extract

import "strings"

// A designating verb's object that describes the designated by what they do to a site or a
// firm names that site as the object of a preposition or a participle, not as one more
// designated party:
//
//	The UK has today sanctioned six people and two companies behind Mekong Pearl City.
//	OFAC designated two individuals and three entities responsible for building, operating,
//	and protecting Harbour Star Resort.
//
// "behind" governs the name like the prepositions of leadStop; a list item that opens on a
// participle of what is done to a site ("and protecting X", "financing X") continues the
// participles of a relative phrase, since a designated party is never introduced by one.
// A conjunction that opens a new clause ("..., although Mekong Star itself has not been
// designated") ends the list too, and a name the text says was not designated is no item
// however it is reached (reSpared, designated_counts.go).

// objectLeadStop are the words, besides leadStop, that may not stand between a sanction
// list item's start and its name.
var objectLeadStop = set("behind", "building", "built", "operating", "operated", "protecting", "protected",
	"running", "managing", "financing", "funding", "owning", "developing", "guarding", "controlling",
	"shielding", "supplying", "leasing", "housing", "hosting", "facilitating", "supporting",
	"although", "though", "while", "whereas", "but", "unlike", "except")

// objectLead reports a word that makes the name after it no item of a designation list.
func objectLead(w string) bool {
	w = strings.Trim(w, ",;:()")
	return leadStop[w] || objectLeadStop[w]
}

// sparedItem reports a list item the text goes on to say was not designated: "Mekong Star
// itself has not been designated".
func sparedItem(text string, e, end int) bool {
	return reSpared.MatchString(text[e:min(end, e+60)])
}
