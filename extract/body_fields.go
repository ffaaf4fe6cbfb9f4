package extract

// fieldsAfterHead reports an "and" at toks[j] that joins two fields a body's head works on:
// "Ministry of Labour and Vocational Training", "Committee on Public Order and Safety",
// "Commission for Drug Control and Supervision". The head and its "of", "on" or "for" come
// first, capitalised words (no second head) before the "and", field words after it, and the
// name ends with them. A second body or a person after the "and" ("the Ministry of Interior and Sar Sokha",
// "... and the Royal Thai Police") is not a field and stays a name of its own.
func fieldsAfterHead(toks []token, i, j int) bool {
	k := j - 1
	for k > i && isCap(toks[k]) && !orgCues[lower(toks[k])] && !bodyHeads[lower(toks[k])] {
		k--
	}
	if k == j-1 || j-1-k > 3 || k-1 < i {
		return false
	}
	if w := lower(toks[k]); w != "of" && w != "on" && w != "for" {
		return false
	}
	if !bodyHeads[lower(toks[k-1])] {
		return false
	}
	m := j + 1
	for m < len(toks) && m <= j+3 && isCap(toks[m]) {
		w := lower(toks[m])
		if !fieldWord(w) || orgCues[w] && !fieldWords[w] || companyEnds[w] || locationEnds[w] || demonyms[w] {
			return false
		}
		m++
	}
	if m == j+1 {
		return false
	}
	// The name must end after the field: a capital word beyond three fields is some
	// other name.
	return m >= len(toks) || !isCap(toks[m])
}
