package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "Chea Sokunthea, the wife of Oknha Lim Sophanith, a member of the Senate of Cambodia. It is
// operated by X, whose director, Ma Zhenhai, ... The senator's nephew, Lim Rithy, ...": a role
// description ("the senator", "the tycoon", "the general") stands for the person the text gave
// that role to (a title, an apposition, a seat in the Senate), not for the nearest person
// named. When no name in the description's window carries the role, the one person who
// carried it earlier in the document is meant; when two did, the description stays open
// rather than taking the nearest person.

// reSenateSeat reads a seat in the Senate said of a name right after it: ", a senator for the
// ruling party", ", a member of the Senate", ", a businessman who has sat in the Senate".
// A senator reached through a preposition ("an aide to a senator", "a lawyer for a senator")
// and a post in a body of the Senate ("served in the Senate's legal office") seat nobody.
var reSenateSeat = regexp.MustCompile(`^(?:\s*\([^)]{1,30}\))?\s*,\s*(?:(?:a|an|the)\s+(?:[a-z'-]+\s+){0,3}?)?(?:senator(?:[^'’a-z]|$)|(?:who\s+(?:has\s+|had\s+)?(?:sat|sits|served|serves)\s+in|member\s+of)\s+the\s+senate(?:[^'’a-z]|$))`)

// reSeatThroughOther is a preposition before the senator: the seat is another's.
var reSeatThroughOther = regexp.MustCompile(`\b(?:to|for|of|with|from|by)\s+(?:(?:a|an|the|one)\s+)?(?:[a-z'-]+\s+)?senator`)

// reUnnamedHolder ends in a preposition and the indefinite article of a role given to no one
// named, right before the head: "the son of a senator", "an aide to a former senator".
var reUnnamedHolder = regexp.MustCompile(`\b(?:of|to|for|with)\s+(?:a|an)\s+(?:[a-z-]+\s+)?$`)

// senateSeat reports a person the words after the name seat in the Senate. An apposition
// that describes someone else ("the wife of Senator X") seats nobody.
func senateSeat(text string, c candidate) bool {
	if c.e > len(text) {
		return false
	}
	m := reSenateSeat.FindString(strings.ToLower(text[c.e:min(len(text), c.e+90)]))
	if m == "" {
		return false
	}
	return !strings.Contains(strings.Replace(m, "member of the senate", "", 1), " of ") && !reSeatThroughOther.MatchString(m)
}

// unnamedHolder reports the role head given in the sentences si-2..si before off to
// someone left unnamed ("Kok An, the son of a senator, ... The senator owns"): with no named
// holder, "the senator" is that one, not the nearest person named.
func unnamedHolder(text string, sents []sentence, si, off int, head string) bool {
	from := sents[max(0, si-2)].s
	if from >= off {
		return false
	}
	low := strings.ToLower(text[from:off])
	for i := 0; ; {
		k := strings.Index(low[i:], head)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(head)
		if k > 0 && isWordByte(low[k-1]) || i < len(low) && isWordByte(low[i]) {
			continue // part of a longer word
		}
		if !reUnnamedHolder.MatchString(low[max(0, k-30):k]) {
			continue
		}
		rest := text[from+i : min(len(text), from+i+3)]
		if rest = strings.TrimLeft(rest, ", "); rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			continue // "a senator, Keo Vannak" / "a senator Keo Vannak": named
		}
		return true
	}
}

// roleHolder returns the one person named before offset off of sentence si (up to maxFarBack
// sentences back) whom the text gave the role head, and the sentence of that name; open
// reports that two people carried it (the description then stands for neither).
func roleHolder(text string, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, head string, described apposHeads) (ent, from int, open bool) {
	ent, from = -1, -1
	for sj := si; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent < 0 || c.ent == ent || sj == si && c.e > off || ents[c.ent].typ != model.Person {
				continue
			}
			if !headOf(text, c, ents, head) && !described.has(c, head) {
				continue
			}
			if ent >= 0 {
				return -1, -1, true
			}
			ent, from = c.ent, sj
		}
	}
	return ent, from, false
}

// personRole reports a description whose head stands for a person only ("the senator",
// "the tycoon"), the heads roleHolder reads.
func personRole(types []string) bool {
	return len(types) == 1 && types[0] == model.Person
}

// coordinatedHeadPeer reports that the mentions ms join entity ent by "and" or "or" with
// another entity of one of types that carries the head too ("the Khmer-Thai Chamber and the
// Lao Chamber"): a description with that head may stand for either, so it stands for neither.
func coordinatedHeadPeer(text string, cands []candidate, ents []*docEntity, ms []int, ent int, types []string, head string) bool {
	for i := 0; i+1 < len(ms); i++ {
		a, b := cands[ms[i]], cands[ms[i+1]]
		if a.ent < 0 || b.ent < 0 || a.ent == b.ent || a.e > b.s || a.ent != ent && b.ent != ent {
			continue
		}
		other := b
		if b.ent == ent {
			other = a
		}
		if !slices.Contains(types, ents[other.ent].typ) || !headOf(text, other, ents, head) {
			continue
		}
		switch strings.TrimSpace(strings.ToLower(text[a.e:b.s])) {
		case "and", "or", ", and", "and the", "or the", ", and the":
			return true
		}
	}
	return false
}
