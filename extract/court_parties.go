package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A court's decision names its party once ("The accused, Goh Wei Ming, pleaded guilty";
// "Defendant Tran Thi Mai admitted") and then speaks of "the accused" or "Defendant" for
// pages. When the document designates one person so, such a later mention stands for that
// person; when it designates two or more ("accused Cruz", "accused Zhou"), the bare party word
// is left open. Ordinal designations ("the First Defendant") are read in references.go.

// courtParties are the words a decision calls its party by.
var courtParties = set("accused", "defendant", "respondent", "appellant", "accused-appellant", "defendant-appellant")

// reDesignation ends the text before a person's name that designates the person as a party:
// "The accused, ", "Defendant ", "accused-appellant ". The word before it is captured so an
// ordinal ("Second Defendant") can be told apart.
var reDesignation = regexp.MustCompile(`(?i)(?:^|([\w-]+)\s+|[(“"]\s*)(accused|defendant|respondent|appellant|accused-appellant|defendant-appellant)\s*,?\s*$`)

// courtPartyRefs finds "the accused"/"Defendant" standing alone in sentences that name
// something, resolved to the one person the document designates as a party.
func courtPartyRefs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int) []reference {
	party := -1
	for si, st := range sents {
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Person {
				continue
			}
			lo := max(st.s, c.s-40)
			g := reDesignation.FindStringSubmatch(text[lo:c.s])
			if g == nil || ordinalWords[strings.ToLower(g[1])] {
				continue
			}
			if party >= 0 && party != c.ent {
				return nil // two parties: "the accused" may be either
			}
			party = c.ent
		}
	}
	if party < 0 {
		return nil
	}
	var out []reference
	last := -1 // the latest sentence naming the party
	for si, st := range sents {
		ms := bySent[si]
		toks := st.toks
		for k := 0; k < len(toks) && len(ms) > 0; k++ {
			t := toks[k]
			if !courtParties[t.low] {
				continue
			}
			s0, ti := t.s, k
			if k > 0 && toks[k-1].low == "the" {
				s0, ti = toks[k-1].s, k-1
			} else if !isCap(t) || k > 0 && (ordinalWords[toks[k-1].low] || toks[k-1].kind == tokWord && !refLeadWords[toks[k-1].low]) {
				// A bare party word is capitalised and opens its clause: "Defendant formed".
				continue
			}
			if k > 0 && ordinalWords[toks[k-1].low] {
				continue
			}
			if k+1 < len(toks) {
				// "Defendant Tran Thi Mai", "the accused, Goh Wei Ming": a designation, not
				// a reference; "the accused persons": a plural.
				nx := toks[k+1]
				if isCap(nx) || partyPlurals[nx.low] || nx.text == "," && personAfter(text, cands, ents, ms, nx.e) {
					continue
				}
			}
			from := last
			for _, m := range ms {
				if cands[m].ent == party && cands[m].e <= t.s {
					from = si
				}
			}
			if from < 0 {
				continue
			}
			inName := false
			for _, m := range ms {
				if cands[m].s < t.e && t.s < cands[m].e {
					inName = true
				}
			}
			if inName {
				continue
			}
			out = append(out, reference{candidate{s: s0, e: t.e, ti: ti, tj: k + 1, text: text[s0:t.e],
				typ: model.Person, gaz: -1, sent: si, ent: party, conf: 0.7}, from})
			if len(out) >= maxRefs {
				return out
			}
		}
		for _, m := range ms {
			if cands[m].ent == party {
				last = si
			}
		}
	}
	return out
}

// refLeadWords may stand before a bare, capitalised party word that opens a clause: "and
// Defendant", "that Defendant".
var refLeadWords = set("and", "that", "which", "when", "where", "but", "then", "while", "because", "as", "by", "to", "with", "of", "for")

// partyPlurals after a party word make it a plural or a modifier: "the accused persons".
var partyPlurals = set("persons", "people", "men", "women", "individuals", "parties", "companies", "firms")

// personAfter reports a person's name starting just after offset off: "the accused, Goh".
func personAfter(text string, cands []candidate, ents []*docEntity, ms []int, off int) bool {
	for _, m := range ms {
		c := cands[m]
		if c.s >= off && c.s-off <= 2 && c.ent >= 0 && ents[c.ent].typ == model.Person {
			return true
		}
	}
	return false
}
