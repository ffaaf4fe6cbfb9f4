package extract

import (
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
//     Sopheap Group" and "Heng Sopheap" is the person).

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
func followDesertedRepeats(ents []*docEntity, cands []candidate, repeats []int, movedTo map[int]int) {
	for _, i := range repeats {
		c := cands[i]
		from := c.ent
		if from < 0 || c.typ != model.Person {
			continue
		}
		to, ok := movedTo[from]
		if !ok || to < 0 || to == from || standingMention(ents[from], cands) {
			continue
		}
		word := NameKey(c.text)
		if !repeatTarget(ents, cands, to, word, c.s) {
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

// hyphenatedTail reports a short form written as one hyphenated word that is the whole tail of
// a person's longer name: a double surname ("Dizon-Ocampo" after "Rosalinda Dizon-Ocampo",
// "BAUTISTA-KHO" after "ROSALINDA MERCADO BAUTISTA-KHO") or a hyphenated given name after a
// surname ("Chih-wei" after "Chen Chih-wei"). One half alone is no match: "Dizon-Tan" is not
// "Ernesto Dizon". word is the short form's key ("dizon ocampo").
func hyphenatedTail(text, word string, e *docEntity) bool {
	if !strings.Contains(text, "-") || strings.ContainsAny(strings.TrimSpace(text), " \t\n") {
		return false
	}
	n := len(strings.Fields(word))
	return n >= 2 && len(e.parts) > n && strings.HasSuffix(e.nkey, " "+word)
}
