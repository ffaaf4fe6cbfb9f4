package extract

import "strings"

// ownLocusHead reports whether the words of a placing apposition ("a gated resort-turned-
// compound", "a payment processor incorporated") have a site or business noun as their own
// head, so the place after them is the named thing's.
//
// Before the first such noun no preposition or "no" may open another noun phrase ("a client
// of a Thai-Chinese law-firm in Bangkok", "a shell with no back-office in Phnom Penh", "a
// partner of a firm in Bangkok": the place is the other noun's); only a site noun may follow
// an "of" without an article, as its contents ("a strip of casinos, hotels and apartment
// blocks in").
//
// After it, a noun of the lexicon (processor, changer, ...) takes only more head nouns, a
// locating participle ("incorporated in") or its seat ("with an office in"): "a payment
// processor for casinos in Bavet", "a money changer popular with workers in Poipet". The
// site and business nouns and hyphened heads also take other words ("a cluster of eleven
// towers behind a wall in"), but no participle straight after the noun ("a company
// sanctioned in the United States", "a money changer raided in Poipet") and no "for",
// "with", "to" and the like.
func ownLocusHead(words []string) bool {
	h := -1
	for i, w := range words {
		if isLocusHead(w) {
			h = i
			break
		}
	}
	if h < 0 {
		return false
	}
	site := locusHeads[words[h]]
	for i, w := range words[:h] {
		if w == "with" && seatPhrase(words[i+1:]) {
			return true // "a sole proprietorship with an office on"
		}
		if otherPhrase[w] && !(w == "of" && site && !copulaDeterminers[words[i+1]]) { // copula_locus.go
			return false
		}
	}
	strict := locusNouns[words[h]]
	for i := h + 1; i < len(words); i++ {
		w := words[i]
		switch {
		case locatingParticiples[w] || isLocusHead(w) || w == "and":
		case w == "with" && seatPhrase(words[i+1:]):
			return true // "a labour agency with an office in"
		case strict || tailBreaks[w] || strings.HasSuffix(w, "ed") && isLocusHead(words[i-1]):
			return false
		}
	}
	return true
}

// isLocusHead reports a site or business noun, or a hyphened word ending in a site noun.
func isLocusHead(w string) bool {
	return locusHeads[w] || locusNouns[w] || locusHeads[lastHyphenPart(w)] // locusNouns: copula_locus.go
}

// seatPhrase reports words that name a firm's seat: "an office", "offices", "premises".
func seatPhrase(words []string) bool {
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "its" || words[0] == "their") {
		words = words[1:]
	}
	return len(words) > 0 && seatNouns[words[0]]
}

var (
	// otherPhrase opens a noun phrase of its own inside an apposition.
	otherPhrase = set("of", "for", "with", "without", "to", "from", "behind", "in", "at", "on", "into", "no", "against", "about", "like")
	// tailBreaks after a head turn the place to another noun or to something said of the thing.
	tailBreaks = set("for", "with", "without", "to", "from", "against", "like", "no", "popular", "known", "famous", "notorious", "once")
	// locatingParticiples say where a thing is: "a processor incorporated in Singapore".
	locatingParticiples = set("located", "situated", "based", "nestled", "incorporated", "registered", "headquartered",
		"domiciled", "organized", "organised")
	// seatNouns name where a firm sits.
	seatNouns = set("office", "offices", "premises", "branch", "branches", "headquarters", "seat")
)
