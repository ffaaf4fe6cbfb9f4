package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// The rest of a firm's shares, told after a first holder's share: "Lotus Crest Co. is 70
// percent held by Heng Vuthy. The remaining 30 percent belongs to Meng Sokha." "The remaining
// shares", "the other 40%", "the rest of the shares" refer back to the firm whose shares the
// text just divided: the one firm named in the nearest sentence (its own, before the phrase,
// or up to two back) that speaks of a share, or the firm that follows "percent of" there. Its
// holders are the names after "belongs to", "is held by", "is registered to", "sits with" ("and by" adds
// one more), or the name before "holds the remaining 20 percent". After "A holds 70 percent of
// its shares", the rest is of the firm "its" stands for. A claim so read quotes the sentence of
// the firm too.

var (
	// reShareRest is the remainder: "the remaining 30 percent", "the other 60%", "the rest of
	// the shares", the bare "the rest" and "the remainder", not followed by what it is a share
	// of ("the other 40 percent of X").
	reShareRest = regexp.MustCompile(`(?i)\bthe\s+(?:(?:remaining|other|rest\s+of\s+the|balance\s+of\s+the)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|(?:shares|stake|equity|half)\b)|(?:rest|remainder)\b)`)
	// reRestHeldBy follows a remainder that is the subject: " belongs to", " were held by",
	// " sits with", " is listed under the name of", (papers list it) " under the name of".
	reRestHeldBy = regexp.MustCompile(`(?i)^\s+(?:(?:is|are|was|were)\s+(?:(?:now|still|also|reportedly)\s+)?(?:held|owned|controlled)\s+by|(?:is|are|was|were)\s+(?:(?:now|still|also)\s+)?registered\s+(?:to|in\s+the\s+name\s+of)|belongs?\s+to|belonged\s+(?:(?:until\s+recently|until\s+\d{4}|formerly|previously|once)\s+)?to|(?:sits|sat|rests|rested|lies|lay)\s+with|(?:is\s+|are\s+|was\s+|were\s+)?(?:listed\s+|registered\s+)?under\s+(?:the\s+)?names?\s+of|(?:is|are|was|were)\s+(?:listed|registered|held)\s+under\s+(?:the\s+)?names?\s+of)\s+`)
	// reRestHolderGap is what may stand between the verb and the holder: a possessor, an
	// article and up to three lower-case words of description ("her brother, ", "Chen's
	// daughter, ", "businessman ").
	reRestHolderGap = regexp.MustCompile(`^\s*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]*,?\s*$`)
	// reRestNextHolder joins one more holder: ", and by ", " and ".
	reRestNextHolder = regexp.MustCompile(`^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:by\s+|to\s+)?(?:(?:the|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]*,?\s*$`)
	// reRestHolderVerb is the gap of "X holds the remaining 20 percent".
	reRestHolderVerb = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:who|which)\s+)?(?:(?:also|now|still|reportedly)\s+)?(?:holds|held|owns|owned|controls|controlled|holding|owning|has|had)\s+$`)
	// reShareWord marks a sentence that speaks of a share.
	reShareWord = regexp.MustCompile(`(?i)\d\s*(?:%|percent|per\s+cent)|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\s+(?:percent|per\s+cent)\b|\bshares?\b|\bstake\b|\bequity\b`)
	// reShareOfBefore ends the words before the firm a share is of: "60 percent of ",
	// "40% of the shares of ", "a stake in ".
	reShareOfBefore = regexp.MustCompile(`(?i)(?:%|percent|per\s+cent|shares|stake|equity)\s+(?:of|in)\s+(?:the\s+(?:shares|equity|capital|stock)\s+of\s+)?(?:the\s+)?$`)
)

// reQuantity is a count or amount that may part a share from a bare "the rest".
var reQuantity = regexp.MustCompile(`(?i)\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|several|many|some|most|half)\b`)

// shareBeforeRest reports that the words before a bare "the rest" (or "the remainder"), from
// the sentence before on, speak of a share, and that no other quantity stands between that
// share and the rest: only then is the rest a share.
func shareBeforeRest(before string) bool {
	locs := reShareWord.FindAllStringIndex(before, -1)
	if locs == nil {
		return false
	}
	return !reQuantity.MatchString(before[locs[len(locs)-1][1]:])
}

// shareRests finds the holders of the rest of a firm's shares; emit gets the sentence, the
// holder's and the firm's mentions (indexes into all; the firm's may be a reference or in an
// earlier sentence), the holder and firm entities and the span read.
func shareRests(text string, sents []sentence, all []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, hm, fm, holder, firm, s, e int)) {
	holderType := func(c candidate) bool {
		if c.ent < 0 {
			return false
		}
		t := ents[c.ent].typ
		return agentType(t)
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		if low := strings.ToLower(text[st.s:st.e]); !mentionsAny(low, "remaining", "other", "rest", "balance of", "remainder") {
			continue
		}
		for _, loc := range reShareRest.FindAllStringIndex(text[st.s:st.e], 4) {
			rs, re := st.s+loc[0], st.s+loc[1]
			if strings.HasPrefix(strings.TrimLeft(strings.ToLower(text[re:min(st.e, re+5)]), " "), "of ") ||
				strings.HasPrefix(strings.TrimLeft(strings.ToLower(text[re:min(st.e, re+5)]), " "), "in ") {
				continue // "the other 40 percent of X" names what it is a share of
			}
			fm := shareFirm(text, sents, all, ents, bySent, si, rs)
			firm := -1
			if m := reItsShares.FindStringSubmatchIndex(text[st.s:rs]); m != nil {
				// "A holds 70 percent of its shares and B holds the remaining 30 percent":
				// the rest is of the firm "its" stands for (share_holders.go).
				var fs int
				if firm, fs = shareAntecedent(text, sents, all, ents, bySent, si, st.s+m[2]); firm >= 0 {
					fm = -1
					for _, mi := range bySent[fs] {
						if all[mi].ent == firm {
							fm = mi
						}
					}
				}
			}
			if fm < 0 {
				continue
			}
			if bareRest(text[rs:re]) && !shareBeforeRest(text[sents[max(0, si-1)].s:rs]) {
				continue // "Police detained 40 of his guards, while B held the rest": no share divided
			}
			if bareRest(text[rs:re]) && firm < 0 && !reShareOfBefore.MatchString(text[max(0, all[fm].s-60):all[fm].s]) {
				continue // "holds a stake in it, with B owning the remainder": the firm named is no share's (share_rest_forms.go)
			}
			if firm < 0 {
				firm = all[fm].ent
			}
			var holders []int
			if m := reRestHeldBy.FindStringIndex(text[re:st.e]); m != nil {
				at := re + m[1]
				prev := -1
				for _, mi := range ms {
					c := all[mi]
					if c.s < at || c.ent < 0 || pronounRef(c) {
						continue // "held by her brother, X": the pronoun is the holder's kin
					}
					if prev < 0 && possessiveFollows(text, c.e) {
						at = possessiveEnd(text, c.e) // "registered to Chen's daughter, X": the possessor is the holder's kin
						continue
					}
					if prev < 0 {
						if !holderType(c) || !restHolderGap(text[at:c.s]) {
							break
						}
					} else if !holderType(c) || !reRestNextHolder.MatchString(text[all[prev].e:c.s]) {
						// A holder's own description ("Ernesto Dizon, a lawyer,") may stand
						// before the next holder.
						continue
					}
					holders = append(holders, mi)
					prev = mi
				}
			} else {
				// "X holds the remaining 20 percent": the name just before the verb.
				for i := len(ms) - 1; i >= 0; i-- {
					c := all[ms[i]]
					if c.e > rs {
						continue
					}
					if holderType(c) && reRestHolderVerb.MatchString(text[c.e:rs]) {
						holders = append(holders, ms[i])
					}
					break
				}
			}
			for _, h := range holders {
				if all[h].ent != firm {
					emit(si, h, fm, all[h].ent, firm, min(all[h].s, rs), max(all[h].e, re))
				}
			}
		}
	}
}

// shareFirm returns the mention of the firm whose shares a remainder at offset off of
// sentence si divides, or -1.
func shareFirm(text string, sents []sentence, all []candidate, ents []*docEntity, bySent map[int][]int, si, off int) int {
	for sj := si; sj >= 0 && sj >= si-2; sj-- {
		end := sents[sj].e
		if sj == si {
			end = off
		}
		if !reShareWord.MatchString(text[sents[sj].s:end]) {
			continue
		}
		sole, of, two := -1, -1, false
		for _, mi := range bySent[sj] {
			c := all[mi]
			if c.ent < 0 || c.e > end || ents[c.ent].typ != model.Company {
				continue
			}
			if reShareOfBefore.MatchString(text[max(sents[sj].s, c.s-40):c.s]) {
				of = mi
			}
			if sole >= 0 && all[sole].ent != c.ent {
				two = true
			}
			if sole < 0 {
				sole = mi
			}
		}
		if of < 0 && two {
			of = passiveShareFirm(text, sents, all, ents, bySent[sj], sj, end) // share_rest_forms.go
		}
		switch {
		case of >= 0:
			return of
		case sole >= 0 && !two:
			return sole
		case sole >= 0:
			return -1 // two firms and no "percent of": which one's shares is open
		}
	}
	return -1
}

// possessiveEnd returns the end of the possessive "'s" or "’s" that starts at end (the
// curly mark is three bytes, so the end is no fixed step from the name).
func possessiveEnd(text string, end int) int {
	if strings.HasPrefix(text[end:], "’s") {
		return end + len("’s")
	}
	return end + len("'s")
}
