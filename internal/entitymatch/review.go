package entitymatch

import (
	"fmt"
	"strings"
)

// Holder is a node that holds merged records, as the graph has it now: its own record (the
// names and identifiers it had before any merge, plus what loads gave its own id since) and
// the records merged into it, oldest merge first.
type Holder struct {
	Own    Candidate      `json:"own"`
	Merges []AppliedMerge `json:"merges"`
}

// AppliedMerge is one record merged into a holder.
type AppliedMerge struct {
	Record Candidate `json:"record"`
	// Matched is the id the record was matched to when it was merged (the canonical node or
	// another merged record); Reason is the reason recorded then.
	Matched string `json:"matched,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// Bases of an applied merge, strongest first.
const (
	BasisAnalyst = "analyst decision"
	BasisStrong  = "strong identifier"
	BasisNames   = "names alone"
	BasisNone    = "nothing that merges under the current rules"
)

// Review is one applied merge judged again under the current rules.
type Review struct {
	ID    string `json:"id"`
	Into  string `json:"into"`
	Basis string `json:"basis"`
	// Weak lists weak identifiers the record shares with the node (a website, a phone).
	Weak []string `json:"weak,omitempty"`
	// Forbidden says why the current rules forbid the merge; such a merge is split by the
	// next resolve run.
	Forbidden   string      `json:"forbidden,omitempty"`
	Reason      string      `json:"reason,omitempty"` // as recorded when merged
	Explanation Explanation `json:"explanation"`
}

// NeedsReview reports a merge an analyst should look at: one resting on names alone or on
// nothing the current rules accept, or one they forbid.
func (r Review) NeedsReview() bool {
	return r.Forbidden != "" || r.Basis == BasisNames || r.Basis == BasisNone
}

// ReviewMerges judges every merge a holder holds under the rules and decisions. A record is
// forbidden when it contradicts the holder or a record merged before it (another value of a
// singular identifier, a type, a never-merge decision), or when nothing links it, through a
// chain of records kept, to the holder: no strong identifier, name key or analyst decision.
// So merges made under older rules on a shared website or a "see: ...pdf" note are
// forbidden now, while a record matched to another merged record stays.
func ReviewMerges(h Holder, r Rules, d Decisions) []Review {
	n := len(h.Merges)
	out := make([]Review, n)
	// 1. Contradictions, in merge order.
	accepted := []Candidate{h.Own}
	for i, m := range h.Merges {
		out[i] = Review{ID: m.Record.ID, Into: h.Own.ID, Reason: m.Reason}
		for _, k := range accepted {
			if e := Explain(m.Record, k, r, d); len(e.Blockers) > 0 {
				out[i].Forbidden = e.Blockers[0]
				out[i].Explanation, out[i].Basis = e, basisOf(e)
				break
			}
		}
		if out[i].Forbidden == "" {
			accepted = append(accepted, m.Record)
		}
	}
	// 2. Support: records linked to the holder by matches, directly or through records
	// already linked.
	linked := []Candidate{h.Own}
	done := make([]bool, n)
	for changed := true; changed; {
		changed = false
		for i, m := range h.Merges {
			if done[i] || out[i].Forbidden != "" {
				continue
			}
			var best *Explanation
			for _, k := range linked {
				e := Explain(m.Record, k, r, d)
				if len(e.Matches) > 0 && (best == nil || basisRank(e) < basisRank(*best) || k.ID == m.Matched && basisRank(e) == basisRank(*best)) {
					best = &e
				}
			}
			if best != nil {
				done[i], changed = true, true
				out[i].Explanation, out[i].Basis = *best, basisOf(*best)
				linked = append(linked, m.Record)
			}
		}
	}
	for i, m := range h.Merges {
		rv := &out[i]
		if !done[i] {
			e := Explain(m.Record, h.Own, r, d)
			if rv.Forbidden == "" {
				rv.Explanation = e
			}
			if rv.Forbidden == "" || rv.Basis == "" {
				rv.Basis = BasisNone
			}
			for _, w := range e.Weak {
				rv.Weak = append(rv.Weak, w.A)
			}
			if rv.Forbidden == "" {
				rv.Forbidden = "it shares no strong identifier, name or analyst decision with " + h.Own.ID + " or the records merged into it"
				if len(rv.Weak) > 0 {
					rv.Forbidden += " (only weak identifiers: " + strings.Join(rv.Weak, ", ") + ")"
				}
			}
			continue
		}
		for _, w := range rv.Explanation.Weak {
			rv.Weak = append(rv.Weak, w.A)
		}
	}
	return out
}

// basisRank orders explanations: analyst, strong identifier, names, nothing.
func basisRank(e Explanation) int {
	switch basisOf(e) {
	case BasisAnalyst:
		return 0
	case BasisStrong:
		return 1
	case BasisNames:
		return 2
	}
	return 3
}

func basisOf(e Explanation) string {
	basis := BasisNone
	for _, m := range e.Matches {
		switch m.Kind {
		case KindAnalyst:
			return BasisAnalyst
		case KindIdentifier:
			basis = BasisStrong
		case KindWeak:
		default:
			if basis == BasisNone {
				basis = BasisNames
			}
		}
	}
	return basis
}

// String renders a review on one line.
func (r Review) String() string {
	s := fmt.Sprintf("%s -> %s: %s", r.ID, r.Into, r.Basis)
	if len(r.Weak) > 0 {
		s += "; weak identifiers shared: " + strings.Join(r.Weak, ", ")
	}
	if r.Forbidden != "" {
		s += "; FORBIDDEN (split on the next resolve): " + r.Forbidden
	}
	if r.Reason != "" {
		s += " [merged as: " + r.Reason + "]"
	}
	return s
}
