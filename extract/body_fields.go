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
	m, ok := fieldWordsEnd(toks, j+1)
	if !ok {
		return false
	}
	// The name must end after the field: a capital word beyond three fields is some
	// other name.
	return m >= len(toks) || !isCap(toks[m])
}

// fieldWordsEnd returns the end of one to three capitalised words from toks[m] that name a
// field ("Finance", "Diaspora Affairs", "Youth Rehabilitation"): the last is a field word; a
// word before a listed field word may be any plain word, never a place's, a people's, a
// body's or a firm's.
func fieldWordsEnd(toks []token, m int) (int, bool) {
	start, plain := m, false
	for m < len(toks) && m < start+3 && isCap(toks[m]) {
		w := lower(toks[m])
		if orgCues[w] && !fieldWords[w] || companyEnds[w] && !fieldWords[w] || locationEnds[w] || demonyms[w] {
			return 0, false
		}
		plain = plain || !fieldWord(w)
		m++
	}
	if m == start || !fieldWord(lower(toks[m-1])) {
		return 0, false
	}
	// A plain word before the field only with a listed field word last: "Sophal" ends like
	// a field word ("-al") but "Chea Sophal" is a person.
	if plain && !fieldWords[lower(toks[m-1])] {
		return 0, false
	}
	return m, true
}

// fieldListAfterHead returns the end of a body's name whose fields are listed with commas
// after its head and "of" ("Ministry of Agriculture, Forestry and Fisheries", "Ministry of
// Social Affairs, Veterans and Youth Rehabilitation"), or j when toks[j] opens no such list.
// The list must close with "and" and a field and end there: "the Ministry of Interior,
// Cambodia's police and ..." names several bodies.
func fieldListAfterHead(toks []token, i, j int) int {
	if j >= len(toks) || toks[j].text != "," || !headOfField(toks, i, j) {
		return j
	}
	k := j
	for n := 0; n < 6 && k < len(toks); n++ {
		and := false
		switch {
		case toks[k].text == "," && k+1 < len(toks) && toks[k+1].low == "and":
			k, and = k+2, true
		case toks[k].text == ",":
			k++
		case toks[k].low == "and":
			k, and = k+1, true
		default:
			return j
		}
		end, ok := fieldWordsEnd(toks, k)
		if !ok && !and {
			// An item between commas may be a plain plural ("Veterans").
			if end = k + 1; end < len(toks) && isCap(toks[k]) && pluralNoun(toks[k].low) && (toks[end].text == "," || toks[end].low == "and") {
				ok = true
			}
		}
		if !ok {
			return j
		}
		if and {
			if end < len(toks) && isCap(toks[end]) {
				return j
			}
			return end
		}
		k = end
	}
	return j
}

// headOfField reports a span toks[i:j] made of a body's head, "of", and one to three
// capitalised field words ("Ministry of Agriculture").
func headOfField(toks []token, i, j int) bool {
	k := j - 1
	for k > i && isCap(toks[k]) && !orgCues[lower(toks[k])] && !bodyHeads[lower(toks[k])] {
		k--
	}
	if k == j-1 || j-1-k > 3 || k-1 < i || lower(toks[k]) != "of" || !bodyHeads[lower(toks[k-1])] {
		return false
	}
	_, ok := fieldWordsEnd(toks, k+1)
	return ok
}

// pluralNoun reports a plain English plural ("veterans", "workers"), not "ss" ("Ross").
func pluralNoun(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !demonyms[w]
}

// fieldsClose reports a body's name that ends in fields joined by "and" after its head
// ("Ministry of Economy and Finance"): a field word that is also a title's ("Finance", as in
// "Finance Minister") closes the name there, it opens no title.
func fieldsClose(toks []token, i, j int) bool {
	for k := j - 2; k > i && k >= j-4; k-- {
		if toks[k].low == "and" {
			return fieldsAfterHead(toks, i, k)
		}
	}
	return false
}

// fieldListBeforeHead returns the end of a body's name that lists its fields with commas
// before its head word ("Human Trafficking, Smuggling Investigation and Prevention Unit"), or
// j when toks[j] opens no such list. Every word before the head is a field word, and the list
// closes with "and", fields and the head: "Thailand, Cambodia and Laos" and "Sok Dara, Chen
// Wei and the Unit" are lists of names.
func fieldListBeforeHead(toks []token, i, j int) int {
	if j >= len(toks) || toks[j].text != "," || !allFieldWords(toks[i:j]) {
		return j
	}
	k := j
	for n := 0; n < 5 && k+1 < len(toks); n++ {
		and := false
		switch {
		case toks[k].text == "," && toks[k+1].low == "and":
			k, and = k+2, true
		case toks[k].text == ",":
			k++
		case toks[k].low == "and":
			k, and = k+1, true
		default:
			return j
		}
		m := k
		for m < len(toks) && m < k+4 && isCap(toks[m]) && !orgCues[toks[m].low] {
			m++
		}
		if m == k || !allFieldWords(toks[k:m]) {
			return j
		}
		if and {
			if m < len(toks) && isCap(toks[m]) && orgCues[toks[m].low] && (m+1 >= len(toks) || !isCap(toks[m+1])) {
				return m + 1
			}
			return j
		}
		k = m
	}
	return j
}

// allFieldWords reports capitalised words that all name fields ("Smuggling Investigation").
func allFieldWords(ts []token) bool {
	for _, t := range ts {
		if !isCap(t) || !fieldWord(t.low) || locationEnds[t.low] || demonyms[t.low] {
			return false
		}
	}
	return len(ts) > 0
}
