package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// courtesyWords are the courtesy titles, honorifics and military ranks that records and
// official texts keep in front of a person's name ("Mr. Somchai", "Oknha Ly", "Lieutenant
// General Sok"); offices ("minister", "governor") are not among them: they are posts, said
// by relations.
var courtesyWords = set("mr", "mrs", "ms", "miss", "madam", "mdm", "oknha", "okhna", "neak", "lok", "chumteav", "samdech",
	"u", "daw", "saw", "padoh", "dato", "datuk", "tan", "sri", "general", "gen", "lieutenant", "lt", "major", "maj",
	"brigadier", "brig", "colonel", "col", "captain", "capt")

// courtesyForms returns the forms of a person's name as the text writes them after a courtesy
// title or rank ("Mr. Somchai Rattanawong", "Lieutenant General Mao Sothea"): the fuller form
// a record may use for the same person. Only words joined to the mention by spaces count,
// back to the first word that is no courtesy word.
func courtesyForms(text string, e model.Entity) []string {
	if e.Type != model.Person {
		return nil
	}
	var out []string
	for _, m := range e.Mentions {
		start := m.Start
		for n := 0; n < 4; n++ {
			k := strings.LastIndexByte(strings.TrimRight(text[:start], " "), ' ')
			w := text[k+1 : len(strings.TrimRight(text[:start], " "))]
			if start-len(strings.TrimRight(text[:start], " ")) != 1 || !courtesyWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
				break
			}
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				break // "u" and "saw" are words in lower case
			}
			start = k + 1
		}
		if form := text[start:m.End]; start < m.Start && !slices.Contains(out, form) {
			out = append(out, form)
		}
	}
	return out
}

// sonOfParts extends a person's name over "s/o", "d/o", "a/l" or "a/p" and the father's name
// after it ("Ravindran s/o Muthusamy"): Malaysian and Singaporean Indian names are written so
// on records, and the name alone is often only a given name. Candidates the longer name
// covers are dropped.
func sonOfParts(g *Gazetteer, text string, st sentence, cs []candidate) []candidate {
	toks := st.toks
	out := cs[:0]
	covered := -1
	for k := range cs {
		c := cs[k]
		if c.ti < covered {
			continue
		}
		out = append(out, c)
		if c.typ != model.Person || c.tj+3 >= len(toks) || toks[c.tj+1].text != "/" {
			continue
		}
		switch toks[c.tj].text + "/" + toks[c.tj+2].text {
		case "s/o", "d/o", "a/l", "a/p":
		default:
			continue
		}
		// The father's name is one or two words and stops before a listed name after it
		// ("Raju a/l Muthu Bavet was named": Bavet is the place).
		end := c.tj + 3
		for end < len(toks) && end < c.tj+5 && isCap(toks[end]) && !titleWords[toks[end].low] && g.Lookup(toks[end].text) < 0 {
			end++
		}
		if end == c.tj+3 {
			continue
		}
		p := &out[len(out)-1]
		p.tj, p.e = end, toks[end-1].e
		p.text = text[p.s:p.e]
		// The particle says a person's name, even of one given name before it
		// ("Kumaravel a/l Subramaniam"), which alone would be a weak guess.
		p.weak, p.conf = false, max(p.conf, 0.75)
		covered = end
	}
	return out
}

// cueOverShape returns the type a mention's own words state ("Fortune Bay Group", "Lotus
// Ridge Co., Ltd.", at confidence 0.8 or more) when the entity's vote went to a person or a
// place that only the name's shape or a weak context said (no mention above 0.75): the short
// form "Fortune Bay", written three times, looks like a person's name, the full name says a
// firm. "" when no such mention outweighs.
func cueOverShape(cands []candidate, e *docEntity) string {
	if e.gaz >= 0 || e.typ != model.Person && e.typ != model.Location {
		return ""
	}
	best, typ := 0.0, ""
	for _, ci := range e.cands {
		c := cands[ci]
		if c.typ == e.typ && c.conf > 0.75 {
			return ""
		}
		if c.typ != e.typ && c.conf >= 0.8 && c.conf > best && (c.typ == model.Company || c.typ == model.Compound || c.typ == model.Organization) {
			best, typ = c.conf, c.typ
		}
	}
	return typ
}
