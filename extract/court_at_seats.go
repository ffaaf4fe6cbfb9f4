package extract

// courtAtSeat returns the end of a court's name that goes on with "at" and its seat, as
// Malaysian and Singaporean courts are named ("Sessions Court at Johor Bahru", "High Court of
// Malaya at Kuala Lumpur", "SESSIONS COURT AT JOHOR BAHRU"), or j when toks[j] continues no
// such name. toks[i:j] must end in "Court"; the seat is one to three capitalised words, not a
// date, a title or a word that opens a sentence ("the Court at 9 a.m.", "the High Court at
// Monday's hearing", "the Court at The Hague" is left as it was).
func courtAtSeat(toks []token, i, j int) int {
	if j >= len(toks) || toks[j].low != "at" || j-i < 2 || toks[j-1].low != "court" || !isCap(toks[j-1]) {
		return j
	}
	m := j + 1
	for m < len(toks) && m < j+4 && toks[m].kind == tokWord && isCap(toks[m]) && !leadStrip[toks[m].low] &&
		!titleWords[toks[m].low] && !calendarWords[toks[m].low] && !orgCues[toks[m].low] {
		m++
	}
	if m == j+1 || m == j+4 && m < len(toks) && toks[m].kind == tokWord && isCap(toks[m]) && !leadStrip[toks[m].low] {
		return j // no seat, or a longer run of capitals than a seat
	}
	return m
}
