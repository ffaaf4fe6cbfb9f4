package extract

// pacificFirm reports a name of two to four words ending in "Pacific" whose other words are
// plain name words and no place, bearing or people ("Everbright Pacific", "KW Pacific",
// "Sunrise Pacific"): firms take the ocean's name for the trade they claim across it, where
// bodies that work across a continent name the continent ("Freedom Lines Asia",
// continentBody). "South Pacific" (a bearing) and "Thai Pacific" (a people) stay out, and so
// does a name whose apposition says it is another kind of thing ("Mercy Pacific, a charity
// founded by ...", "The Jade Pacific, a casino boat run by ...").
func pacificFirm(g *Gazetteer, toks []token, i, j int, words []string) bool {
	n := len(words)
	if n < 2 || n > 4 || words[n-1] != "pacific" || j-i != n || shouted(toks[i:j]) || pacificApposedKind(toks, j) {
		return false
	}
	return plainNameLead(g, toks, i, j, words) // title_phrases.go
}

// pacificNotFirmHeads are apposition heads that name a kind of thing other than a firm.
var pacificNotFirmHeads = set("charity", "foundation", "ngo", "group", "boat", "ship", "vessel", "ferry", "shelter",
	"route", "typhoon", "storm", "cyclone", "church", "mission", "school", "hospital", "camp")

// pacificApposedKind reports an apposition after toks[j-1] headed by one of
// pacificNotFirmHeads, reading through possessives among its modifiers ("Ocean Pacific, the
// survivors' shelter"). Only a few tokens after the name are copied (appositionHead reads
// from the comma on), and only for a name that ends in "Pacific".
func pacificApposedKind(toks []token, j int) bool {
	if appositionHead(toks, j, pacificNotFirmHeads) {
		return true
	}
	end := min(len(toks), j+12)
	near := make([]token, 0, end-j)
	for k := j; k < end; k++ {
		switch toks[k].text {
		case "'", "’", "'s", "’s":
			if k > j && toks[k-1].kind == tokWord {
				continue
			}
		}
		near = append(near, toks[k])
	}
	return len(near) < end-j && appositionHead(near, 0, pacificNotFirmHeads)
}
