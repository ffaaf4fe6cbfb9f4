package extract

// A post named by its portfolio, then the body it serves: "Secretary of State of the Ministry
// of Interior", "Minister of Justice of the Kingdom of Cambodia", "Under Secretary of State at
// the Ministry of Tourism". The portfolio ("State", "Justice") is part of the post's title,
// not the first word of a body's name: the body starts after the second "of"/"at".

// portfolioOfBodyEnd reports, for a role word at toks[i] followed by "of", the index of the
// "of"/"at" that closes a one- or two-word portfolio ("Secretary of State of ..."), or 0. The
// portfolio opens with a field word (context_names.go) or "State"; its words carry no cue of a body and are followed by "of"/"at" and a capital (after
// an optional "the").
func portfolioOfBodyEnd(toks []token, i int) int {
	k := i + 2
	for k < len(toks) && k < i+4 && isCap(toks[k]) && toks[k].kind == tokWord {
		w := lower(toks[k])
		if w == "state" && k == i+2 {
			k++ // "State" names a region elsewhere ("Shan State"); after "Secretary of" it is the post's
			break
		}
		if orgCues[w] || locationEnds[w] || demonyms[w] || !portfolioWords[w] && k == i+2 {
			return 0
		}
		k++
	}
	if k == i+2 || k+1 >= len(toks) || toks[k].low != "of" && toks[k].low != "at" {
		return 0
	}
	n := k + 1
	if toks[n].low == "the" && n+1 < len(toks) {
		n++
	}
	if !isCap(toks[n]) {
		return 0
	}
	return k
}
