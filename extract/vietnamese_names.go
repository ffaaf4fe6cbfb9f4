package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// vietSurnames are the common Vietnamese family names, without and with their marks.
var vietSurnames = set("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
	"ngo", "duong", "ly", "dinh", "doan", "truong", "lam", "trinh", "luong", "cao", "kieu", "quach", "chau",
	"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "võ", "vũ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
	"đinh", "đoàn", "trương", "lâm", "trịnh", "lương", "kiều", "quách", "châu")

// vietMiddles are the middle names that mark a Vietnamese name: "Thi" for women, "Van" for men.
var vietMiddles = set("Thi", "Van", "Thị", "Văn")

// vietNameEnd returns the end of a Vietnamese name at toks[i]: a family name, "Thi" or "Van",
// and one or two given syllables, whatever English word they are spelt like ("Le Thi My
// Duyen", "Do Van Hai", "Nguyen Van An"); 0 when there is none. A body's, a firm's or a
// place's word after the syllables means the name is part of a longer one.
func vietNameEnd(toks []token, i int) int {
	if i+2 >= len(toks) || !vietSurnames[toks[i].low] || !isCap(toks[i]) || !vietMiddles[toks[i+1].text] {
		return 0
	}
	e := i + 2
	for e < len(toks) && e < i+4 && vietSyllable(toks[e]) {
		e++
	}
	if e == i+2 {
		return 0
	}
	// The whole capitalised run after the syllables, up to eight words, holds no body's,
	// firm's, place's or site's word: "Le Thi Hoa Export Import JSC" is a firm's name
	// (review r22).
	for k := e; k < len(toks) && k < e+8 && (isCap(toks[k]) || toks[k].text == "&"); k++ {
		w := toks[k].low
		if orgCues[w] || companyEnds[w] || legalForms[w] || firmNouns[w] || locationEnds[w] || compoundCues[w] || strongCompoundCues[w] {
			return 0
		}
		if k == e && !vietSyllable(toks[k]) {
			return 0
		}
	}
	return e
}

// vietSyllable reports a capitalised word of letters only, up to seven of them, that is no
// body's, firm's, place's or site's word.
func vietSyllable(t token) bool {
	if t.kind != tokWord || !isCap(t) || utf8.RuneCountInString(t.text) > 7 {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	w := t.low
	return !orgCues[w] && !companyEnds[w] && !locationEnds[w] && !compoundCues[w] && !strongCompoundCues[w]
}

// vietName is the person candidate for a Vietnamese name at toks[i:e].
func vietName(text string, si int, toks []token, i, e int) candidate {
	c := candidate{s: toks[i].s, e: toks[e-1].e, ti: i, tj: e, typ: model.Person, conf: 0.8, gaz: -1, sent: si}
	c.text = text[c.s:c.e]
	return c
}
