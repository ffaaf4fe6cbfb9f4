package extract

// burmeseHonorifics open Burmese, Mon, Shan and Karen names ("U Tin Maung", "Daw Khin Myo",
// "Saw Htoo Maung", "Nai Aung Mon", "Sai Kham Leng", "Mahn Win"): the honorific makes the words
// after it a person's name even where one of them is also a people's name ("Mon", "Shan",
// "Karen", "Chin"), which nameShaped otherwise reads as a demonym.
var burmeseHonorifics = set("u", "daw", "saw", "naw", "nai", "mi", "sai", "nang", "nan", "mahn", "khun")

// burmeseName reports toks[i:j] as an honorific and one to three name words, one of them a
// people's name: the span nameShaped refuses only for that word.
func burmeseName(toks []token, i, j int) bool {
	return !shouted(toks[i:j]) && honorificEthnicName(toks, i, j)
}

// honorificEthnicName is burmeseName in either case: "SAI LAO WANG" in a designation notice
// is a name in capitals only the honorific tells from a heading.
func honorificEthnicName(toks []token, i, j int) bool {
	if j-i < 3 || j-i > 4 || !burmeseHonorifics[toks[i].low] {
		return false
	}
	ethnic := false
	for _, t := range toks[i+1 : j] {
		if t.kind != tokWord || !isCap(t) {
			return false
		}
		w := t.low
		if orgCues[w] || compoundCues[w] || companyEnds[w] || locationEnds[w] || notNames[w] || leadStrip[w] || documentWords[w] || titleWords[w] {
			return false
		}
		if demonyms[w] {
			ethnic = true
		}
	}
	// A people's name right after the honorific opens a group's name ("Saw Karen Shan
	// groups") unless the name closes on a word of its own ("Sai Lao Wang").
	return ethnic && (!demonyms[toks[i+1].low] || !demonyms[toks[j-1].low])
}
