package extract

// possessiveInName reports a possessive 's that capSpanEnd kept inside the name toks[i:j]
// after a group of people, before a capitalised word ("Lao Women's Union", "Cambodian
// Children's Fund"): the words around it may each name nothing alone (a people's name,
// "Women", "Union"), but with the possessive they are a name, not a group of people ("Lao
// police").
func possessiveInName(toks []token, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if (toks[k].text == "'s" || toks[k].text == "’s") && possessiveNames[toks[k-1].low] && isCap(toks[k-1]) && isCap(toks[k+1]) {
			return true
		}
	}
	return false
}
