package extract

import (
	"slices"

	"github.com/scamgraph/scamgraph/model"
)

// claimNouns head the object of a rejection: "denied reports that he ...", "has rejected
// claims that it ...".
var claimNouns = set("claims", "claim", "reports", "report", "allegations", "allegation", "accusations",
	"suggestions", "suggestion", "charges")

// rejectVerbs take such an object.
var rejectVerbs = set("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "disputed")

// reportedSpeechVerbs open a clause whose subject pronoun continues the speaker: only verbs
// the grader reads as an attribution (lexicon attributions.txt) or a denial, so a claim
// read through the pronoun is graded alleged. "told" is left out: its hearer stands between
// ("told reporters he ..."), and the pronoun may be either.
var reportedSpeechVerbs = set("said", "says", "denied", "denies", "claimed", "claims", "stated", "wrote")

// itBeWords after "it" make it the subject of a copula or passive.
var itBeWords = set("is", "was", "were", "has", "had", "remains", "remained", "being", "'s", "’s")

// speakerFillers may stand between a speaker's name and its verb: "Chen has previously said",
// "Zhao Jinming, who said". A comma is crossed only before "who": after an aside ("Lim Bo, a
// partner of Chen Hao, said he ...") the name before the verb is not the speaker.
var speakerFillers = set("has", "had", "have", "previously", "also", "later", "repeatedly", "publicly",
	"then", "who", "earlier", "since", "always", "consistently", "strongly", "flatly")

// speakerGuards before a name make it the object of a phrase, not the speaker: "the lawyer
// for Chen Hao said he ...".
var speakerGuards = set("of", "for", "about", "with", "to", "by", "from", "against", "on", "at", "and", "or")

// reportedSpeaker returns the entity a subject pronoun stands for when it opens a clause of
// speech whose speaker is named just before the verb: "Chen Zhi denied that he owns X",
// "Shwe Thiri Investment Group has rejected claims that it leases property to X", "a woman
// named Cherry Mae Bautista who said she worked for X". In reported speech the subject
// pronoun continues the speaker; the speaker must be of the pronoun's kind (a person for
// "he"/"she", a firm or body for "it"). The pronoun's own sentence names the speaker, so the
// rule for pronouns reaching back to earlier sentences never reads it. -1 when the shape
// does not hold.
func reportedSpeaker(toks []token, k int, sp *speakers) int {
	pron := toks[k].low
	// "the DSI said it was owned by X": an "it" that is owned, run or raided is the thing
	// spoken of, not the speaker.
	if pron == "it" && k+1 < len(toks) && itBeWords[toks[k+1].low] {
		return -1
	}
	j := k - 1
	if j >= 0 && toks[j].low == "that" {
		j--
	}
	if j < 1 {
		return -1
	}
	if claimNouns[toks[j].low] {
		if !rejectVerbs[toks[j-1].low] {
			return -1
		}
		j -= 2
	} else if reportedSpeechVerbs[toks[j].low] {
		j--
	} else {
		return -1
	}
	for n := 0; j >= 0 && n < 3 && (speakerFillers[toks[j].low] || toks[j].text == "," && toks[j+1].low == "who"); n++ {
		j--
	}
	if j < 0 {
		return -1
	}
	c, ok := sp.endingAt(toks[j].e)
	if !ok || c.ent < 0 || c.ti > 0 && (speakerGuards[toks[c.ti-1].low] || toks[c.ti-1].low == "'s" || toks[c.ti-1].low == "’s") {
		return -1
	}
	switch typ := sp.ents[c.ent].typ; {
	case (pron == "he" || pron == "she") && typ == model.Person && !sp.otherPersonBefore(c):
		// "Chen Hao's wife Mei Ling said he ...": with another person named before the
		// speaker, a he or she may stand for either.
		return c.ent
	case pron == "it" && (typ == model.Company || typ == model.Organization):
		return c.ent
	}
	return -1
}

// speakers finds the name or reference of one sentence that ends at an offset, at a cost
// that does not grow with the pronouns read in it: names by binary search, references among
// the few already read in the sentence (at most maxRefs a document).
type speakers struct {
	cands []candidate
	ms    []int // the sentence's names, in text order
	refs  []reference
	si    int
	ents  []*docEntity
	// The first person named and the first naming anyone else: another person stands before c
	// when either starts before c and is not c's entity.
	first, second int // positions in ms, -1 when none
}

func newSpeakers(cands []candidate, ms []int, ents []*docEntity, si int) *speakers {
	sp := &speakers{cands: cands, ms: ms, si: si, ents: ents, first: -1, second: -1}
	for i, m := range ms {
		c := cands[m]
		if c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		if sp.first < 0 {
			sp.first = i
		} else if c.ent != cands[ms[sp.first]].ent {
			sp.second = i
			break
		}
	}
	return sp
}

// endingAt returns the name or reference read so far in the sentence that ends at e.
func (sp *speakers) endingAt(e int) (candidate, bool) {
	i, found := slices.BinarySearchFunc(sp.ms, e, func(m, e int) int { return sp.cands[m].e - e })
	if found {
		return sp.cands[sp.ms[i]], true
	}
	for i := len(sp.refs) - 1; i >= 0 && sp.refs[i].cand.sent == sp.si; i-- {
		if sp.refs[i].cand.e == e {
			return sp.refs[i].cand, true
		}
	}
	return candidate{}, false
}

// otherPersonBefore reports a person other than c named before c in the sentence.
func (sp *speakers) otherPersonBefore(c candidate) bool {
	for _, p := range []int{sp.first, sp.second} {
		if p >= 0 && sp.cands[sp.ms[p]].s < c.s && sp.cands[sp.ms[p]].ent != c.ent {
			return true
		}
	}
	return false
}
