package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Seats in a legislature that seats.go's pair reading misses (cases in seat_shapes_test.go):
//
//   - "the chairman's brother, X, sits in the Senate": the person set off by commas is the
//     subject of the verb of sitting;
//   - "X, who has sat in Cambodia's Senate since 2018": the chamber named through its
//     country's possessive;
//   - "X, who sits on the National Assembly's foreign affairs committee": a seat on one of the
//     chamber's committees is a seat in the chamber.
//
// A former seat ("once sat", "formerly sat") is history, not a membership, and is left alone,
// as in member_ranks.go. A legislator's title alone ("Senator X ... the Senate") is left out:
// on the keep sets it added four false edges and no true one (sets label legislators'
// ties differently).

var (
	// reSeatVerbGap is the gap between the person and the chamber (or its country): "who has
	// sat in ", ", sits on the ". Group 1 is the preposition.
	reSeatVerbGap = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?who\s+|,?\s*who\s+|,\s*)(?:(?:also|still|now|currently)\s+)?(?:(?:has|have)\s+(?:also\s+|long\s+)?)?(?:sat|sits|sit|served|serves|serve|held\s+a\s+seat)\s+(in|on)\s+(?:the\s+)?$`)
	// reCommitteeAfter follows a chamber whose committee the seat is on: "'s foreign affairs
	// committee".
	reCommitteeAfter = regexp.MustCompile(`^['’]s?\s+(?:[a-z-]+\s+){0,4}?(?:committee|commission|caucus)\b`)
)

// legislatorSeats reads the shapes above over each sentence's mentions.
func legislatorSeats(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !mentionsAny(lowerASCII(text[st.s:st.e]), "sat ", "sits ", "sit ", "served ", "serves ", "serve ", "held a seat") {
			continue // cheap test before the regular expressions
		}
		for p, m := range ms {
			ca := cands[m]
			if ca.ent < 0 || ents[ca.ent].typ != model.Person || pronounRef(ca) {
				continue
			}
			if b := seatAfter(text, cands, ents, ms, p); b >= 0 {
				emit(si, ca.ent, cands[b].ent, ca.s, cands[b].e)
			}
		}
	}
}

// seatAfter returns the chamber mention a verb of sitting after the person at ms[p] names, or
// -1: the next mention, or the one after a country's possessive.
func seatAfter(text string, cands []candidate, ents []*docEntity, ms []int, p int) int {
	if p+1 >= len(ms) {
		return -1
	}
	ca, q := cands[ms[p]], p+1
	next := cands[ms[q]]
	if next.s < ca.e || next.s-ca.e > 80 {
		return -1
	}
	gapEnd := next.s
	if next.ent >= 0 && ents[next.ent].typ == model.Location && q+1 < len(ms) {
		// "who has sat in Cambodia's Senate"
		cb := cands[ms[q+1]]
		if cb.s < next.e || !reBodyPoss.MatchString(text[next.e:cb.s]) {
			return -1
		}
		q, next = q+1, cb
	}
	if next.ent < 0 || ents[next.ent].typ != model.Organization || !chamberName(ents[next.ent].name) {
		return -1
	}
	gap := strings.ToLower(text[ca.e:gapEnd])
	g := reSeatVerbGap.FindStringSubmatch(gap)
	if g == nil {
		return -1
	}
	if !strings.Contains(gap, "who") && !apposedBefore(text, ca.s) {
		return -1 // ", sits in": only the closing comma of the person's own apposition
	}
	if g[1] == "on" && !reCommitteeAfter.MatchString(strings.ToLower(text[next.e:min(len(text), next.e+60)])) {
		return -1 // "sits on the board of ..." is another reading
	}
	return ms[q]
}
