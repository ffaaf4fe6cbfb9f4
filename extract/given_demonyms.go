package extract

// givenDemonyms are peoples' names that are also given names in English ("Karen Whitfield").
var givenDemonyms = set("karen")

// burmeseNameParts open or make up Burmese and Karen names ("Saw Tun", "Ko Ko", "Maung Win"):
// after one the people's name is the man's people ("Colonel Karen Saw Tun"), not his given name.
var burmeseNameParts = set("saw", "naw", "ko", "maung", "mg", "mahn", "nai", "mi", "daw", "u", "aung", "kyaw", "tun", "win", "myint", "htoo", "thein", "zaw", "soe", "hla", "tin", "nyein", "naing", "oo", "thu", "moe", "myo", "khin", "lwin", "thant", "htun", "htet", "kyi", "thura")

// givenNameDemonym reports a people's name at toks[k] used as a given name after a title:
// "Deputy Assistant Secretary Karen M. Halvorsen", "... Financial Intelligence Karen
// Whitfield". One or two words follow to the end of the span toks[k:j], an initial or
// name-shaped words, none a body's or a place's word ("Karen National Union", "Karen State",
// "Karen Buddhist Army" keep the people's name), none a part of a Burmese name ("Karen Ko Ko").
func givenNameDemonym(toks []token, k, j int) bool {
	if k < 0 || k >= len(toks) || !givenDemonyms[toks[k].low] || j-k < 2 || j-k > 3 || shouted(toks[k:j]) {
		return false
	}
	for _, t := range toks[k+1 : j] {
		if burmeseNameParts[t.low] || burmeseHonorifics[t.low] {
			return false // "General Karen Ko Ko", "Colonel Karen Saw Tun": a Burmese name follows
		}
		if initialWord(t.text) {
			continue
		}
		if !nameShaped([]token{t}) || fieldWord(t.low) {
			return false
		}
	}
	return !initialWord(toks[j-1].text)
}

// initialWord reports a capital and a period: "M.".
func initialWord(s string) bool {
	return len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z'
}
