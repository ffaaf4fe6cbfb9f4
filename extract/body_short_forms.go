package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// joinBodyShortForms joins an unlisted two- or three-word name that only the words around it
// typed a body ("the operations manager of Golden Pacific", "staff of Silver Crane") to the
// one firm of the document whose registered name, legal form and all, begins with it ("Golden
// Pacific Outsourcing Services Inc."): a firm named once in full is named after by its first
// words, and "of" or "at" before the short form reads like a body's. A name that carries a
// body's own word ("Tarlac Police", "High Court") or a listed name keeps its entity, and so
// does one two registered firms begin.
func joinBodyShortForms(cands []candidate, ents []*docEntity) {
	for k, e := range ents {
		if e.typ != model.Organization || e.gaz >= 0 || len(e.cands) == 0 {
			continue
		}
		w := strings.Fields(e.nkey)
		if len(w) < 2 || len(w) > 3 || hasBodyWord(w) {
			continue
		}
		weak := true
		for _, ci := range e.cands {
			if c := cands[ci]; c.gaz >= 0 || c.conf > 0.75 || c.typ != model.Organization {
				weak = false
				break
			}
		}
		if !weak {
			continue
		}
		t := soleLongerForm(ents, k, func(f *docEntity) bool {
			fw := strings.Fields(f.nkey)
			return f.gaz < 0 && f.typ == model.Company && len(fw) > len(w)+1 && legalForms[fw[len(fw)-1]]
		})
		if t >= 0 {
			moveMentions(cands, ents, k, t)
		}
	}
}

// hasBodyWord reports a folded word that names a public body or unit ("police", "court",
// "ministry"): such a name is a body of its own, not a firm's short form.
func hasBodyWord(words []string) bool {
	for _, x := range words {
		if orgCues[x] || bodyHeads[x] {
			return true
		}
	}
	return false
}
