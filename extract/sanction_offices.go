package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// sanctionOffice is a line of the sanction-offices list: the state a name acts for, and
// whether the name is the state's sanctions office or the state or department above it.
type sanctionOffice struct {
	state  string
	office bool
	// implements marks an office that carries out designations others make (the UK's
	// OFSI): naming it does not make it the designator.
	implements bool
}

// sanctionOffices maps lower-case names to their line (internal/lexicon/sanction-offices.txt).
var sanctionOffices = func() map[string]sanctionOffice {
	m := map[string]sanctionOffice{}
	for _, l := range lexicon.SanctionOffices() {
		f := strings.SplitN(l, "|", 3)
		if len(f) == 3 {
			m[f[2]] = sanctionOffice{state: f[0], office: f[1] == "office" || f[1] == "implements", implements: f[1] == "implements"}
		}
	}
	return m
}()

// dropParentSanctioners drops a party's designation by a state or department when the same
// document has the party designated by that state's sanctions office too: "the Treasury
// sanctioned X" and "OFAC designated X" tell one designation, which the office made.
func dropParentSanctioners(out []model.Relation, ids []string, ents []*docEntity) []model.Relation {
	office := map[string]string{} // entity id -> the state its sanctions office acts for
	parent := map[string]string{} // entity id -> the state it is or stands for
	placeIDs := map[string]bool{} // parents that are the state itself, a place
	acting := map[string]bool{}   // states whose designating office the document names
	for i, e := range ents {
		if o, ok := sanctionOffices[strings.ToLower(e.name)]; ok {
			if o.office {
				office[ids[i]] = o.state
				acting[o.state] = acting[o.state] || !o.implements
			} else {
				parent[ids[i]] = o.state
				placeIDs[ids[i]] = e.typ == model.Location
			}
		}
	}
	if len(office) == 0 || len(parent) == 0 {
		return out
	}
	byOffice := map[[2]string]bool{} // party, state
	for _, r := range out {
		if st, ok := office[r.Object]; ok && r.Predicate == model.SanctionedBy {
			byOffice[[2]string{r.Subject, st}] = true
		}
	}
	return dropPred(out, func(r model.Relation) bool {
		st, ok := parent[r.Object]
		// A state named as designator in a document that names the state's designating
		// office speaks for the office: "the United States sanctioned X" in a story about
		// OFAC's designations. A department ("the US Treasury") may be the actor the text
		// names, and stays unless the office designated the same party.
		return ok && r.Predicate == model.SanctionedBy && (byOffice[[2]string{r.Subject, st}] || acting[st] && placeIDs[r.Object])
	})
}

// reDesignatedBy is a passive designation with its agent: "designated by the ministry".
var reDesignatedBy = regexp.MustCompile(`(?i)\bdesignated\s+(?:[\w ,]{1,30}?\s+)?by\b`)

// designatedAsKind reports a passive designation read over [start, end) ("designated by the
// ministry") that goes on to name what the party was designated as, when that is no sanction:
// "X was designated by the ministry as a scam hub" or "as head of the task force" names X, it
// does not sanction it.
func designatedAsKind(text string, start, end int) bool {
	// Every match holds "designated": a span over a long list without it is not read (grade_segments.go).
	if start < 0 || end > len(text) || start >= end || !mayHoldFold(text[start:end], "designated") || !reDesignatedBy.MatchString(text[start:end]) {
		return false
	}
	return appointedAs(lowerASCII(text[end:min(len(text), end+100)]))
}
