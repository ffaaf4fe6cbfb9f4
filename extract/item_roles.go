package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A list item or table row that names a party and then, after a dash or a colon, what it is,
// field by field: "Chea Sovann – senator; chairman, Cape Serene Group", "Lim Dara: shareholder,
// Bluewave Capital LLC", "Zhou Kaiming — manager, Cape Serene Resort". A field "POST, BODY"
// (or "POST of BODY") whose body ends the field states the party's post in the body, as
// "Lim Dara, shareholder of Bluewave Capital LLC" would. A firm's item may instead list who
// holds it: "Siam Jade Trading Co., Ltd. (Bangkok) — 49% held by Malee Srisuk; 51% held by Chai
// Boonmee".

var (
	// reItemDash opens the fields after the party's name (a parenthetical note may come first).
	reItemDash = regexp.MustCompile(`^\s*(?:\([^()]{1,60}\)\s*)?(?:–|—|-{1,2}|:)\s*`)
	// reItemPost is a field's text before its body: a post, then a comma or "of"/"at".
	reItemPost = regexp.MustCompile(`^(?:the\s+|a\s+|an\s+)?([a-z][a-z -]{1,40}?)\s*(?:,|\s(?:of|at|in))\s*(?:the\s+)?$`)
	// reItemHeldBy is a field's text before a holder: "49% held by Mrs.", "a 20 percent stake
	// owned by".
	reItemHeldBy = regexp.MustCompile(`^(?:(?:a|an)\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:stake\s+|of\s+(?:the\s+)?shares\s+)?(?:is\s+|are\s+)?(?:held|owned)\s+by(?:\s+(?:mr|mrs|ms|madam|dr)\.?)?$`)
)

// itemRoles reads the items described above.
func itemRoles(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(first, si, a, b int, pred string, conf float64, s, e int, role string)) {
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		if !lineStart(text, st.s) {
			continue
		}
		// The item runs over the sentences the splitter cut it into, up to its line's end.
		last := si
		for last+1 < len(sents) && !lineStart(text, sents[last+1].s) && last-si < 6 {
			last++
		}
		var ms []int
		for k := si; k <= last; k++ {
			ms = append(ms, bySent[k]...)
		}
		if len(ms) < 2 {
			continue
		}
		first := cands[ms[0]]
		if first.ent < 0 || !onlyTitles(text[st.s:first.s]) {
			continue
		}
		ta := ents[first.ent].typ
		if ta != model.Person && ta != model.Company {
			continue
		}
		lineEnd := sents[last].e
		if k := strings.IndexByte(text[first.e:], '\n'); k >= 0 && first.e+k < lineEnd {
			lineEnd = first.e + k
		}
		if ta == model.Company && placesOnlyItem(text, cands, ents, ms, first, lineEnd) {
			// "RUIFENG PAYMENT CO., LTD.; Bangkok, Thailand.": the item gives the firm's seat.
			cb := cands[ms[1]]
			if c, ok := rowTownAfterStreet(text, cands, ents, ms); ok {
				cb = c // "X CO., LTD., No. 88 Street 271, Phnom Penh, Cambodia" (designation_tags.go)
			}
			bs := si
			for bs < last && cb.s >= sents[bs].e {
				bs++
			}
			emit(si, bs, first.ent, cb.ent, model.LocatedIn, 0.8, sents[bs].s, cb.e, "")
			continue
		}
		if ta == model.Company {
			// "CROWN BAY CO., LTD., Bavet, Svay Rieng, Cambodia; a subsidiary of X" (item_seats.go)
			if k := placesFirstField(text, cands, ents, ms, first, lineEnd); k >= 0 {
				bs := si
				for bs < last && cands[k].s >= sents[bs].e {
					bs++
				}
				emit(si, bs, first.ent, cands[k].ent, model.LocatedIn, 0.8, sents[bs].s, cands[k].e, "")
			}
		}
		dash := reItemDash.FindStringIndex(text[first.e:lineEnd])
		if dash == nil {
			continue
		}
		// Fields run from field start to a semicolon or the line's end.
		from := first.e + dash[1]
		for j := 1; j < len(ms); j++ {
			cb := cands[ms[j]]
			if cb.s < from || cb.ent < 0 || cb.ent == first.ent {
				continue
			}
			fs := from
			if k := strings.LastIndexByte(text[from:cb.s], ';'); k >= 0 {
				fs = from + k + 1
			}
			before := strings.TrimSpace(text[fs:cb.s])
			// The field ends with the name: a semicolon, a stop or the line's end follows.
			fe := cb.e
			rest := text[fe:lineEnd]
			if k := strings.IndexByte(rest, ';'); k >= 0 {
				rest = rest[:k]
			}
			// The relation's span lies in the sentence that names the body.
			bs := si
			for bs < last && cb.s >= sents[bs].e {
				bs++
			}
			tb := ents[cb.ent].typ
			switch {
			case ta == model.Company && tb == model.Person || ta == model.Company && tb == model.Company:
				// "49% held by Malee Srisuk, his wife": a description may follow the holder.
				if !reItemHeldBy.MatchString(strings.ToLower(before)) {
					continue
				}
				if typed(model.Owns, tb, ta, ents[first.ent].name) {
					emit(si, bs, cb.ent, first.ent, model.Owns, 0.8, sents[bs].s, cb.e, "")
				}
			case tb == model.Company || tb == model.Organization || tb == model.Compound:
				if strings.Trim(rest, " .,") != "" {
					continue
				}
				m := reItemPost.FindStringSubmatch(strings.ToLower(before))
				if m == nil {
					continue
				}
				post := strings.TrimSpace(m[1])
				w, pred := rolePhrase(post)
				if pred == "" || w != post && !strings.HasSuffix(post, " "+w) {
					continue
				}
				if pred == model.Directs && ta == model.Person && tb == model.Compound {
					pred = model.Operates // the head of a site runs it
				}
				pred = siteRole(pred, ta, tb, post)
				if typed(pred, ta, tb, ents[cb.ent].name) {
					emit(si, bs, first.ent, cb.ent, pred, 0.8, sents[bs].s, cb.e, w)
				}
			}
		}
	}
}

// placesOnlyItem reports an item that is a firm's name, a semicolon or comma, then only
// places up to its end: "Jade Lake Trading Co., Ltd.; Tachileik, Burma.".
func placesOnlyItem(text string, cands []candidate, ents []*docEntity, ms []int, first candidate, lineEnd int) bool {
	if len(ms) < 2 || lineEnd <= first.e {
		return false
	}
	rest := text[first.e:lineEnd]
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), ";") && !strings.HasPrefix(strings.TrimLeft(rest, " "), ",") {
		return false
	}
	cb := cands[ms[1]]
	if cb.ent < 0 || ents[cb.ent].typ != model.Location || strings.Trim(text[first.e:cb.s], " ;,") != "" {
		return false
	}
	return rowPlaceOnly(strings.Trim(dropProgramTag(rest), " ;,."), cands, ents, ms[1:], first.e) // designation_tags.go
}
