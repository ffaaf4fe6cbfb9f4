package extract

import (
	"regexp"
	"strings"
)

// One entity under two names: "ALICE LEAL GUO, also known as GUO HUA PING", "Lim Bo
// (workers call him Ah Bo)". The second name is an alias only when it ends the phrase: a
// bracket, a comma, a stop or the sentence's end follows it right away. "(workers call him
// Chen Hao's nephew)" and "(they called him Chen Hao, after the boss)" name someone else
// through a possessive or liken the man to him; and a name that stood as its own entity
// earlier on the page is that entity, not a second name of the first (a nickname may come
// back later: "Quang Ninh police arrested Duc Beo").

// reAlsoKnownAs is the gap between the two names: ", also known as", "(a/k/a", ", alias",
// "(everyone calls him".
var reAlsoKnownAs = regexp.MustCompile(`(?i)^\s*[,(（]?\s*(?:also\s+known\s+as|a/k/a|a\.k\.a\.?|aka|alias|also\s+called|formerly\s+known\s+as|(?:everyone|everybody|people|locals|workers|we|they)\s+call(?:s|ed)?\s+(?:him|her))\s*:?\s*["“]?\s*$`)

// reCalledNickname is a gap that calls by a nickname ("(everyone calls him"): what follows
// the name decides whether it is one ("(they called him Chen Hao, after the boss)" likens).
var reCalledNickname = regexp.MustCompile(`(?i)\bcall(?:s|ed)?\s+(?:him|her)\s*["“]?\s*$`)

// joinAlsoKnownAs folds the second name's entity into the first's.
func joinAlsoKnownAs(text string, sents []sentence, cands []candidate, ents []*docEntity) {
	for i := 1; i < len(cands); i++ {
		prev, c := cands[i-1], cands[i]
		if prev.ent < 0 || c.ent < 0 || prev.ent == c.ent || prev.sent != c.sent || c.e <= prev.e {
			continue
		}
		if ents[prev.ent].typ != ents[c.ent].typ || ents[c.ent].gaz >= 0 && ents[prev.ent].gaz >= 0 {
			continue
		}
		gap := text[prev.e:c.s]
		if !reAlsoKnownAs.MatchString(gap) || mentionedBefore(ents[c.ent], i) || !aliasEnds(text, sents[c.sent].e, c.e, reCalledNickname.MatchString(gap)) {
			continue
		}
		from, into := c.ent, prev.ent
		if reCalledNickname.MatchString(gap) {
			if ents[into].nicks == nil {
				ents[into].nicks = map[string]bool{}
			}
			ents[into].nicks[c.text] = true // "Li Na (people call her Mei Ling)": still Li Na
		}
		for _, k := range ents[from].cands {
			cands[k].ent = into
			ents[into].cands = append(ents[into].cands, k)
			ents[into].forms[cands[k].text] = true
		}
		ents[from].cands = nil
	}
}

// aliasEnds reports a second name that ends its phrase: a closing quote aside, a bracket, a
// comma, a stop or the sentence's end right after it. After a nickname's "calls him" a
// comma goes on to say why ("Chen Hao, after the boss"), so only a bracket or the end
// closes it.
func aliasEnds(text string, sentEnd, end int, called bool) bool {
	rest := text[end:min(len(text), sentEnd)]
	rest = strings.TrimLeft(rest, "\"”'’")
	if strings.TrimSpace(rest) == "" {
		return true
	}
	switch {
	case strings.HasPrefix(rest, ")"), strings.HasPrefix(rest, "）"):
		return true
	case strings.HasPrefix(rest, "."), strings.HasPrefix(rest, ";"):
		return true
	case strings.HasPrefix(rest, ","):
		return !called
	}
	return false
}

// mentionedBefore reports an entity with a mention before candidate i.
func mentionedBefore(e *docEntity, i int) bool {
	for _, k := range e.cands {
		if k < i {
			return true
		}
	}
	return false
}
