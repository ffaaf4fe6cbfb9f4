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

// reportedSpeechVerbs open a clause whose subject pronoun continues the speaker. "told" is
// left out: its hearer stands between ("told reporters he ..."), and the pronoun may be either.
var reportedSpeechVerbs = set("said", "says", "denied", "denies", "insisted", "insists", "claimed", "claims",
	"confirmed", "confirms", "stated", "states", "admitted", "admits", "maintained", "maintains",
	"acknowledged", "acknowledges", "testified", "argued", "argues", "added", "wrote", "conceded")

// itBeWords after "it" make it the subject of a copula or passive.
var itBeWords = set("is", "was", "were", "has", "had", "remains", "remained", "being", "had been", "'s", "’s")

// speakerFillers may stand between a speaker's name and its verb: "Chen has previously said".
var speakerFillers = set("has", "had", "have", "previously", "also", "later", "repeatedly", "publicly",
	"then", "who", "earlier", "since", "always", "consistently", "strongly", "flatly")

// reportedSpeaker returns the entity a subject pronoun stands for when it opens a clause of
// speech whose speaker is named just before the verb: "Chen Zhi denied that he owns X",
// "Shwe Thiri Investment Group has rejected claims that it leases property to X", "a woman
// named Cherry Mae Bautista who said she worked for X". In reported speech the subject
// pronoun continues the speaker; the speaker must be of the pronoun's kind (a person for
// "he"/"she", a firm or body for "it"). The pronoun's own sentence names the speaker, so the
// rule for pronouns reaching back to earlier sentences never reads it. -1 when the shape
// does not hold. speakers are the sentence's names and references, in order.
func reportedSpeaker(toks []token, k int, speakers []candidate, ents []*docEntity) int {
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
	for n := 0; j >= 0 && n < 3 && (speakerFillers[toks[j].low] || toks[j].text == ","); n++ {
		j--
	}
	if j < 0 {
		return -1
	}
	for i := len(speakers) - 1; i >= 0; i-- {
		c := speakers[i]
		if c.e != toks[j].e {
			continue
		}
		if c.ent < 0 {
			return -1
		}
		switch typ := ents[c.ent].typ; {
		case (pron == "he" || pron == "she") && typ == model.Person,
			pron == "it" && (typ == model.Company || typ == model.Organization):
			return c.ent
		}
		return -1
	}
	return -1
}

// sentenceSpeakers lists the names of sentence si (positions ms in cands) and the references
// already read in it, in text order.
func sentenceSpeakers(cands []candidate, ms []int, refs []reference, si int) []candidate {
	out := make([]candidate, 0, len(ms)+2)
	for _, m := range ms {
		out = append(out, cands[m])
	}
	for i := len(refs) - 1; i >= 0 && refs[i].cand.sent == si; i-- {
		out = append(out, refs[i].cand)
	}
	slices.SortFunc(out, func(a, b candidate) int { return a.s - b.s })
	return out
}
