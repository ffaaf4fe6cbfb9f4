package extract

import "strings"

// personOfBody finds the "of" that ends a person's name inside a longer capitalised span:
// "Jason Tower of the United States Institute of Peace", "Mary Lee of Harbour Holdings
// Ltd". Reporters name a source and the body they speak for in one run of capitals; the
// name is two or three plain name words with no cue, and a body's cue word follows the "of".
// Names whose first words are a known entry or carry a cue ("University of Melbourne",
// "Bank of China", "Friends of the Earth") stay whole.
func personOfBody(g *Gazetteer, toks []token, i, j int) (int, bool) {
	for k := i + 2; k <= i+3 && k < j-1; k++ {
		if toks[k].low != "of" {
			continue
		}
		if !nameShaped(toks[i:k]) || hasCue(toks[i:k]) || precededByTitle(toks, i) {
			return 0, false
		}
		for _, t := range toks[i:k] {
			if titleWords[t.low] || isPersonTitle(t.low) {
				return 0, false
			}
		}
		if g.Lookup(spanText(toks[i:k])) >= 0 {
			return 0, false
		}
		for _, t := range toks[k+1 : j] {
			if orgCues[t.low] || companyEnds[t.low] && isLegalForm(t.low) {
				return k, true
			}
		}
		return 0, false
	}
	return 0, false
}

// definesListedAcronym reports an acronym in brackets that spells the initials of the
// name just before it: "Australian Federal Police (AFP)" defines AFP for this text,
// whatever other body a list knows under the same letters.
func definesListedAcronym(prev, c candidate) bool {
	return c.gaz >= 0 && prev.gaz != c.gaz && isAcronym(c.text) && initials(prev.text) == strings.ReplaceAll(c.text, ".", "")
}

// allTitleWords reports a run of words that are all titles ("Attorney General"), which
// names an office and no person.
func allTitleWords(ts []token) bool {
	for _, t := range ts {
		if !titleWords[t.low] {
			return false
		}
	}
	return len(ts) > 0
}

// judgeTitle reports "Justice" used as a judge's title: after a court or a rank ("Supreme
// Court Justice", "Associate Justice", "Chief Justice"). Elsewhere it is a field in a body's
// name ("Ministry of Justice", "Justice For Myanmar").
func judgeTitle(toks []token, i, k int) bool {
	if toks[k].low != "justice" || k == i {
		return false
	}
	switch toks[k-1].low {
	case "court", "associate", "chief", "senior", "presiding":
		return true
	}
	return false
}

// pluralDemonym reports the people of a country named in the plural ("Indonesians",
// "Kenyans"): a group, never one person's name.
func pluralDemonym(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && demonyms[w[:len(w)-1]]
}

// joinCountryQualifiedBodies joins "Thai Anti-Money Laundering Office (AMLO)" to the listed
// body whose acronym the brackets give, when the name before them is that body's listed name
// with only a country's adjective in front: the writer says which country's office it is,
// not that it is another body.
func joinCountryQualifiedBodies(g *Gazetteer, text string, cands []candidate, ents []*docEntity) {
	for i := 1; i < len(cands); i++ {
		prev, c := cands[i-1], cands[i]
		if c.gaz < 0 || prev.gaz >= 0 || c.ent < 0 || prev.ent < 0 || prev.ent == c.ent || prev.sent != c.sent || !isAcronym(c.text) {
			continue
		}
		if strings.TrimSpace(text[prev.e:c.s]) != "(" {
			continue
		}
		listed := NameKey(g.entry(c.gaz).Name)
		head, ok := strings.CutSuffix(NameKey(prev.text), " "+listed)
		if !ok || head == "" {
			continue
		}
		if !listedParentHead(g, head, c.gaz) { // parent_qualified_bodies.go
			for _, w := range strings.Fields(head) {
				if !demonyms[w] && !isCountry(head) { // "Cambodian" or "Cambodia National Committee ..."
					head = ""
					break
				}
			}
		}
		if head == "" {
			continue
		}
		from, into := ents[prev.ent], ents[c.ent]
		for _, k := range from.cands {
			cands[k].ent = c.ent
			into.cands = append(into.cands, k)
			into.votes[cands[k].typ] += cands[k].conf
		}
		into.forms[prev.text] = true
		from.cands = nil
	}
}

// demonymBeforeNoun reports a country's adjective at toks[k] followed by a lower-case noun
// ("the Philippine police", "the Myanmar army"): "of the" before it leads to a plain phrase,
// not to the rest of a body's name ("the Bureau of the Philippine police" is no
// "Bureau of the Philippine").
func demonymBeforeNoun(toks []token, k int) bool {
	return k+1 < len(toks) && (demonyms[toks[k].low] || forceDemonyms[toks[k].low]) && toks[k+1].kind == tokWord && !isCap(toks[k+1])
}
