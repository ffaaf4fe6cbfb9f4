package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A person named in full once is often named by the surname (or given name) alone later, and
// the bare word is read two ways: where a cue types it ("Heng, who", "Mr. Wei", "(a.k.a.
// "Oknha Heng")") it stands as a name of its own; elsewhere ("Gao and Heng have been business
// partners", "Wei could not be reached") it is a weak word that only joins a fuller name.
// Resolution first puts the weak repeats on the standing one-word name, then the standing
// mentions join the full name they shorten, and the weak repeats were left behind on an entity
// with no standing mention, which is then dropped: "a business partner of Wei" lost its person.
// followDesertedRepeats lets those repeats follow, under the guards a bare word needs:
//
//   - every standing mention of the one-word name went to the same person, whose full name
//     holds the word;
//   - the full name is written before the repeat ("Heng said ... Heng Sokha" is not read back);
//   - no other person named in full on the page holds the word ("Heng Sokha and his son Heng
//     Vichet ... Heng said" leaves Heng unread);
//   - no firm, site or body's name begins with the word unless it holds the person's full
//     name ("Prince" beside "Prince Group" and "Prince Chen" is not read; "Heng" beside "Heng
//     Sopheap Group" and "Heng Sopheap" is the person);
//   - the repeat names no family, firm or newcomer: "the Heng family", "Chen's Garden", "a
//     guard named Somchai" are left;
//   - no one-word mention of the person carries a woman's title: "Mrs. Wei" after "Wei
//     Jianhong" is most often his wife, joined to him by an older merge, so "Wei" is unsure.

// noteMove records that a standing mention of entity from joined entity to: -1 marks an
// entity whose mentions went to two different entities.
func noteMove(movedTo map[int]int, from, to int) {
	if prev, ok := movedTo[from]; ok && prev != to {
		movedTo[from] = -1
		return
	}
	movedTo[from] = to
}

// followDesertedRepeats moves the weak repeats (candidate indices) whose one-word entity lost
// every standing mention to one person onto that person.
func followDesertedRepeats(text string, ents []*docEntity, cands []candidate, repeats []int, movedTo map[int]int) {
	for _, i := range repeats {
		c := cands[i]
		from := c.ent
		if from < 0 || c.typ != model.Person || !bareRepeat(text, c) {
			continue
		}
		to, ok := movedTo[from]
		if !ok || to < 0 || to == from || standingMention(ents[from], cands) {
			continue
		}
		word := NameKey(c.text)
		if !repeatTarget(ents, cands, to, word, c.s) || womanTitled(text, ents[to], cands) {
			continue
		}
		ents[from].cands = removeInt(ents[from].cands, i)
		cands[i].ent = to
		ents[to].cands = append(ents[to].cands, i)
	}
}

// standingMention reports an entity that still holds a mention that is not weak.
func standingMention(e *docEntity, cands []candidate) bool {
	for _, ci := range e.cands {
		if !cands[ci].weak {
			return true
		}
	}
	return false
}

// repeatTarget reports that the bare word at offset at may stand for person to: the person's
// full name holds the word and is written before at, no other person named in full holds it,
// and no other name begins with it unless that name holds the person's full name.
func repeatTarget(ents []*docEntity, cands []candidate, to int, word string, at int) bool {
	p := ents[to]
	if p.typ != model.Person || len(p.parts) < 2 || !hasPart(p, word) {
		return false
	}
	before := false
	for _, ci := range p.cands {
		if m := cands[ci]; m.s < at && len(strings.Fields(m.text)) > 1 && !m.weak {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for k, e := range ents {
		if k == to || e.typ == "" || len(e.cands) == 0 || len(e.parts) < 2 {
			continue
		}
		if e.typ == model.Person && hasPart(e, word) {
			return false // two people share the word
		}
		if e.typ != model.Person && e.parts[0] == word && !strings.Contains(" "+e.nkey+" ", " "+p.nkey+" ") {
			return false // the word also begins a firm's, site's or body's name
		}
	}
	return true
}

// reRepeatAfter follows a bare word that names a family or a possession: "Heng family",
// "Chen's Garden". reRepeatBefore precedes one that introduces someone new: "a guard named
// Somchai", "a man called Wei".
var (
	reRepeatAfter  = regexp.MustCompile(`^(?:\s+(?:family|clan|families|household)\b|['’]s?\s+\p{Lu})`)
	reRepeatBefore = regexp.MustCompile(`(?i)\b(?:named|called|known\s+as|nicknamed|surnamed)\s*$`)
)

// bareRepeat reports a repeat c that may stand for a person: not a family's name, a
// possessor of a capitalised name, or a newcomer's name.
func bareRepeat(text string, c candidate) bool {
	return !reRepeatAfter.MatchString(text[c.e:min(len(text), c.e+12)]) &&
		!reRepeatBefore.MatchString(text[max(0, c.s-16):c.s])
}

// womanTitled reports a one-word mention of person e written after a woman's title
// (nameGender, ref_gender.go).
func womanTitled(text string, e *docEntity, cands []candidate) bool {
	for _, ci := range e.cands {
		if m := cands[ci]; len(strings.Fields(m.text)) == 1 && nameGender(text, m) == 'f' {
			return true
		}
	}
	return false
}

// reKinBefore ends the text before a name with a kin noun set off by a comma: "Her husband,
// Dizon-Ocampo" names the relative, not the person whose surname he shares.
var reKinBefore = regexp.MustCompile(`(?i)\b(?:husband|wife|son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|in-law|spouse|widow|widower)\s*,?\s*$`)

// hyphenTarget returns the person a weak, untitled hyphenated word stands for when it is the
// whole tail of that person's longer name: a double surname ("Dizon-Ocampo" after "Rosalinda
// Dizon-Ocampo") or a hyphenated given name after a surname ("Chih-wei" after "Chen
// Chih-wei"). One half alone is no match ("Dizon-Tan" is not "Ernesto Dizon"). It refuses
// when two people end with the word, when the full name is written only after it, and after a
// kin noun; -1 then.
func hyphenTarget(text string, ents []*docEntity, cands []candidate, c candidate, word string) int {
	if !strings.Contains(c.text, "-") || strings.ContainsAny(strings.TrimSpace(c.text), " \t\n") ||
		reKinBefore.MatchString(text[max(0, c.s-24):c.s]) {
		return -1
	}
	n := len(strings.Fields(word))
	if n < 2 {
		return -1
	}
	found := -1
	for k, e := range ents {
		if e.typ != model.Person || len(e.parts) <= n || !strings.HasSuffix(e.nkey, " "+word) || len(e.cands) == 0 {
			continue
		}
		if found >= 0 {
			return -1 // two people end with the word
		}
		found = k
	}
	if found < 0 {
		return -1
	}
	for _, ci := range ents[found].cands {
		if m := cands[ci]; m.s < c.s && !m.weak && len(strings.Fields(m.text)) > 1 {
			return found
		}
	}
	return -1
}
