package extract

// pacificFirm reports a name of two to four words ending in "Pacific" whose other words are
// plain name words and no place, bearing or people ("Everbright Pacific", "KW Pacific",
// "Sunrise Pacific"): firms take the ocean's name for the trade they claim across it, where
// bodies that work across a continent name the continent ("Freedom Lines Asia",
// continentBody). "South Pacific" (a bearing) and "Thai Pacific" (a people) stay out.
func pacificFirm(g *Gazetteer, toks []token, i, j int, words []string) bool {
	n := len(words)
	if n < 2 || n > 4 || words[n-1] != "pacific" || j-i != n || shouted(toks[i:j]) {
		return false
	}
	for k, w := range words[:n-1] {
		if compassWords[w] || demonyms[w] || notNames[w] || continents[w] || g.Lookup(toks[i+k].text) >= 0 {
			return false
		}
	}
	return nameShaped(toks[i : j-1])
}
