package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// joinHeadShortForms joins a name only its shape called a person's ("Fortune Gate was in the
// news", "Red Lantern was not touched") to the one firm or site of the document written in
// full as that name and a head word that says what it is ("Fortune Gate Technology", "Red
// Lantern Casino", "Kinglong Phoenix Entertainment Co., Ltd."): a firm or site named once in
// full is named after without its head. joinFirmShortForms needs a legal form at the end;
// here the head may be any firm's or site's word, so a name with a people's surname in it
// ("Chen Wei" beside "Chen Wei Trading") keeps its person, as does one with a person's aside
// (", who", ", his wife") or one two longer names begin; "the Jade Orchid" is left to the site
// readers, as joinFirmShortForms leaves it. A lone word already joined to the
// name ("the Kinglong board") says nothing of a person and does not hold it back.
func joinHeadShortForms(text string, cands []candidate, ents []*docEntity) {
	for k, e := range ents {
		if e.typ != model.Person || e.gaz >= 0 || len(e.cands) == 0 {
			continue
		}
		w := strings.Fields(e.nkey)
		if len(w) < 2 || len(w) > 3 || hasSurnameWord(w) {
			continue
		}
		shape := true
		for _, ci := range e.cands {
			c := cands[ci]
			if c.weak && !strings.Contains(c.text, " ") {
				continue
			}
			if c.typ != model.Person || c.conf > 0.75 || personAside(text, c.e) || theBefore(text, c.s) {
				shape = false
				break
			}
		}
		if !shape {
			continue
		}
		t := soleLongerForm(ents, k, func(f *docEntity) bool {
			fw := strings.Fields(f.nkey)
			last := fw[len(fw)-1]
			switch f.typ {
			case model.Company:
				return f.gaz < 0 && (companyEnds[last] || legalForms[last])
			case model.Compound:
				return compoundCues[last] || strongCompoundCues[last]
			}
			return false
		})
		if t >= 0 {
			moveMentions(cands, ents, k, t)
		}
	}
}

// hasSurnameWord reports a folded word that is a listed Chinese or Han surname, or
// a surname spelt like a common word: such a name may be a person's whom a firm is named after.
func hasSurnameWord(words []string) bool {
	for _, x := range words {
		if chineseSurnameSet[x] || hanSurnames[x] || wordSurnames[x] {
			return true
		}
	}
	return false
}
