package extract

import "strings"

// cappedClassAfter returns the capitalised class word written right after a place's mention
// when it ends the place's phrase: "registered in Mae Sot District, Tak Province". The name
// recogniser leaves "District" out of a name (it also opens titles: "District Governor"), so
// the fuller form is the text's own spelling of the place and is kept as an alias. A
// capitalised word after the class word makes it part of another name ("the Kaohsiung
// District Court", "Tak Province Governor"), and then nothing is returned.
func cappedClassAfter(text string, end int) string {
	w, k := wordAfterSpace(text, end)
	if w == "" || w[0] < 'A' || w[0] > 'Z' || !locationFollowers[strings.ToLower(w)] {
		return ""
	}
	if w != strings.ToUpper(w[:1])+strings.ToLower(w[1:]) {
		return "" // "TAK DISTRICT" in a heading, or a word in capitals
	}
	if next, _ := wordAfterSpace(text, k); next != "" && next[0] >= 'A' && next[0] <= 'Z' {
		return ""
	}
	return w
}
