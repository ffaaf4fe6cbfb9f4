package extract

// A body named once and referred to by its kind much later: "officers from the Preah
// Sihanouk Provincial Police raided the park ... (five sentences on) Kim Rithy, a spokesperson
// for the provincial police, said". body_posts.go looks bodyRefSentences back; past that,
// the description still stands for a body when the document named exactly one that holds
// every word of it and the description says more than its head ("provincial police", not
// "police"): a reader takes the one such body, and a second one makes it unclear.

// minFarBodyWords is how many words a description needs before it may reach past
// bodyRefSentences: a bare head ("the ministry") is too vague so far away.
const minFarBodyWords = 2

// soleBodyFarBefore returns the one organization named in the maxFarBack sentences before
// sentence si (the near window included, where namedBodyBefore found none) whose name holds
// every word of words, and the sentence that last names it; -1 when none or two do.
func soleBodyFarBefore(cands []candidate, ents []*docEntity, bySent map[int][]int, si, at int, words []string) (int, int) {
	if len(words) < minFarBodyWords {
		return -1, -1
	}
	return soleBodyWithin(cands, ents, bySent, si, at, words)
}

// soleBodyWithin is soleBodyFarBefore without the bound on the description's words.
func soleBodyWithin(cands []candidate, ents []*docEntity, bySent map[int][]int, si, at int, words []string) (int, int) {
	found, from := -1, -1
	for sj := si; sj >= 0 && sj >= si-maxFarBack; sj-- {
		f, clash := bodyIn(cands, ents, bySent[sj], si, sj, at, words)
		if clash || f >= 0 && found >= 0 && f != found {
			return -1, -1 // two bodies fit: the description is not clear
		}
		if f >= 0 && found < 0 {
			found, from = f, sj
		}
	}
	return found, from
}
