package extract

// rankGrade returns how many words at the start of rest grade the title before them rather
// than open the name after it: a Roman numeral ("Immigration Officer II Janine Abalos") or an
// ordinal class ("Sergeant Major First Class Sombat Inthachai"). Two name words at least
// must follow the class, one the numeral.
func rankGrade(rest []token) int {
	if len(rest) > 1 && (rest[0].text == "I" || romanNumeral(rest[0].text)) && isCap(rest[1]) && rest[1].text != "I" {
		return 1
	}
	if len(rest) > 3 && rest[1].text == "Class" {
		switch rest[0].text {
		case "First", "Second", "Third":
			return 2
		}
	}
	return 0
}
