package extract

// countryBody reports a body named with the country it works in after two or three words of
// its own ("Safe Passage Cambodia", "Migrant Shield Philippines", "Open Door Thailand"): no
// person's name ends in a country's, and a place is written "Bamban, Philippines", with a
// comma. The words before must be name-shaped, unlisted, and no demonym or bearing
// ("Northern Thailand" is a region).
func countryBody(g *Gazetteer, text string, toks []token, i, j int, words []string) bool {
	n := len(words)
	if n < 3 || n > 4 || j-i != n || shouted(toks[i:j]) || !isCountry(toks[j-1].text) {
		return false
	}
	for k, w := range words[:n-1] {
		if compassWords[w] || demonyms[w] || notNames[w] || continents[w] || g.Lookup(toks[i+k].text) >= 0 {
			return false
		}
	}
	return nameShaped(toks[i : j-1])
}
