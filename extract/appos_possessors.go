package extract

// A description's possessive set off after a name stands for someone else: in "Company
// filings list Chen Yuhang, the tycoon's nephew, as sole director" the tycoon is not Chen
// Yuhang, who is his nephew. The reference readers take the nearest fitting name before a
// description, which here is the apposition's own name; apposedPossessor reads the
// description again from before that name, and drops it when it can find nothing else.
// Cases are in appos_possessors_test.go.

// apposedPossessor returns the antecedent of the description "the HEAD's" at tokens k..hi of
// sentence si when ent, the antecedent found, is the name set off by the comma right before
// it; otherwise ent and from as they were.
func apposedPossessor(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	toks []token, si, k, hi, ent, from int, types []string, head string, described apposHeads) (int, int) {
	if ent < 0 || k < 1 || hi+1 >= len(toks) || toks[k-1].text != "," || toks[hi+1].low != "'s" && toks[hi+1].low != "’s" {
		return ent, from
	}
	comma := toks[k-1].s
	x := -1
	for _, m := range bySent[si] {
		if c := cands[m]; c.e <= comma && c.e >= comma-1 {
			x = m
		}
	}
	if x < 0 || cands[x].ent != ent {
		return ent, from
	}
	e2, f2 := headAntecedent(text, sents, cands, ents, bySent, si, cands[x].s, types, head, described)
	if e2 < 0 {
		e2, f2 = farHeadAntecedent(text, cands, ents, bySent, si, si, cands[x].s, types, head, described)
	}
	if e2 == ent {
		return -1, -1
	}
	return e2, f2
}
