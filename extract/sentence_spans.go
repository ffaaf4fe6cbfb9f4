package extract

// SentenceSpans returns the byte spans [start, end) of the sentences the extractor reads in a
// document's text, split as relation rules see them, so that a scorer can tell a relation
// missed inside one sentence from one that only a reference across sentences could give.
func SentenceSpans(text string) [][2]int {
	sents := splitSentences(text, tokenize(text))
	out := make([][2]int, len(sents))
	for i, s := range sents {
		out[i] = [2]int{s.s, s.e}
	}
	return out
}
