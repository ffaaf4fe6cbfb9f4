package extract

import "sort"

// A quotation that runs over several sentences ("“The BGF guards KK Park day and night. They
// took our passports,” one survivor said.") is the speaker's words in every sentence it holds,
// though only the last names the speaker: a claim inside it is attributed, not the writer's
// own. The sentence grader reads one sentence, so the quotation's marks are indexed once per
// document and a claim standing inside a quotation that crosses its sentence's bounds is
// graded alleged. A quotation that opens and closes inside one sentence is the grader's.

// quoteIndex holds the offsets where a document's quotation state changes: a curly opening or
// closing mark, a straight mark (which toggles), and a line break, which closes any quotation
// left open (a paragraph that ends inside a quotation is read no further).
type quoteIndex struct {
	pos  []int
	open []bool // state after the change at pos[i]
}

func newQuoteIndex(text string) *quoteIndex {
	q := &quoteIndex{}
	open := false
	for i, r := range text {
		was := open
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		case '\n':
			open = false
		default:
			continue
		}
		if open != was {
			q.pos = append(q.pos, i)
			q.open = append(q.open, open)
		}
	}
	return q
}

// openAt reports whether a quotation is open just before offset o.
func (q *quoteIndex) openAt(o int) bool {
	i := sort.SearchInts(q.pos, o) // first change at or after o
	return i > 0 && q.open[i-1]
}

// crossing reports that offset o stands inside a quotation that is open where sentence st
// begins or still open where it ends.
func (q *quoteIndex) crossing(st sentence, o int) bool {
	return q.openAt(o+1) && (q.openAt(st.s) || q.openAt(st.e))
}
