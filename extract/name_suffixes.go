package extract

// generationSuffixes close a person's name after the surname: "Ernesto Sison Jr.", "Antonio
// Reyes Sr.". The list of words that name nothing holds them (a lone "Jr." names no one), so
// nameShaped refuses a span that ends with one.
var generationSuffixes = set("jr.", "jr", "sr.", "sr")

// suffixedName reports toks[i:j] as two to four name words and a generation suffix: the
// suffix is part of the person's name, and the words before it are shaped as a name on their
// own.
func suffixedName(toks []token, i, j int) bool {
	if j-i < 3 || j-i > 5 || !generationSuffixes[toks[j-1].low] || !isCap(toks[j-1]) {
		return false
	}
	name := toks[i : j-1]
	if !nameShaped(name) || shouted(name) {
		return false
	}
	last := name[len(name)-1].low
	return !abstractNoun(last) && !offenceNouns[last]
}
