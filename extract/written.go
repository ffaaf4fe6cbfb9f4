package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// nameHonorifics are honorifics that the people they address, and the reporting about them,
// write as part of the name ("U Kyaw Zin Htet", "Daw Khin Mar Oo", "Oknha Pich Sovann"); the
// recogniser keeps them out of the name, so the form as written is kept as an alias.
var nameHonorifics = lexicon.Honorifics()

// writtenForms adds to an entity's aliases the fuller forms its mentions take in the text:
// a person's name with the honorific before it, and a place with the lower-case word after it
// that says what kind of place it is ("Tonpheung district", "Bokeo province"). Both are the
// text's own spelling of the same entity, so they may be matched exactly and nothing looser.
func writtenForms(text string, e model.Entity, aliases []string) []string {
	seen := map[string]bool{NameKey(e.Name): true}
	for _, a := range aliases {
		seen[NameKey(a)] = true
	}
	add := func(form string) {
		if k := NameKey(form); k != "" && !seen[k] && len(aliases) < 64 {
			seen[k] = true
			aliases = append(aliases, form)
		}
	}
	for _, m := range e.Mentions {
		switch e.Type {
		case model.Person:
			if w, _ := wordBefore(text, m.Start); nameHonorifics[strings.ToLower(w)] && startsUpper(w) && startsUpper(m.Text) {
				add(w + " " + m.Text)
			}
		case model.Organization:
			// "Cambodian Anti-Human Trafficking and Juvenile Protection Department": the
			// body's name without the nationality the text put before it.
			if first, rest, ok := strings.Cut(m.Text, " "); ok && demonyms[strings.ToLower(first)] && len(strings.Fields(rest)) >= 2 && e.Sector != "" {
				add(rest)
			}
			if seat := missionSeat(text, m); seat != "" {
				add(m.Text + " in " + seat)
			}
			if parent := parentBody(text, m.Start); parent != "" {
				add(parent + " " + m.Text)
			}
		case model.Location:
			if w := wordAfter(text, m.End); locationFollowers[w] {
				add(m.Text + " " + w)
			}
			if w := cappedClassAfter(text, m.End); w != "" {
				add(m.Text + " " + w)
			}
			// "the Moc Bai border gate", "the Cham Yeam international checkpoint": some
			// writers name the crossing so.
			if kind := pointForm(text, m.End); kind != "" {
				add(m.Text + kind)
			}
		case model.Compound:
			// "the Golden Sands compound", "the Royal Dragon casino": the site's name with
			// the kind word the text writes after it.
			if w := wordAfter(text, m.End); compoundFollowers[w] && w != "compounds" || siteKindWords[w] {
				add(m.Text + " " + w)
			}
		}
	}
	return aliases
}

// wordBefore returns the word that ends one space before offset i, and where it starts.
func wordBefore(text string, i int) (string, int) {
	if i < 2 || text[i-1] != ' ' {
		return "", i
	}
	j := i - 1
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	return text[k:j], k
}

// wordAfter returns the lower-case word that starts one space after offset i ("" when the
// word is capitalised or absent).
func wordAfter(text string, i int) string {
	if i+1 >= len(text) || text[i] != ' ' {
		return ""
	}
	k := i + 1
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	w := text[i+1 : k]
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return ""
	}
	return w
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
