package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

var (
	// reBoardSeat is a seat on a board told as a post or a verb: "board member", "sits on
	// the board of", "is on the board of".
	reBoardSeat = regexp.MustCompile(`\bboard\s+members?\b|\b(?:sits|sat|sit|sitting|serves|served|serve|serving|is|was|has\s+been|had\s+been)\s+(?:also\s+)?on\s+(?:the\s+)?(?:\w+\s+){0,2}?boards?\b`)
	// reOneOfManagers is a manager among several: "a manager at", "one of the managers of".
	// "the manager of" and "its manager" name the firm's manager, which runs it (post_kinds.go).
	// reHeadsToo is a head's post or verb in the same span ("sits on the board of A and also
	// chairs B"): the pair may be the second post's.
	reHeadsToo      = regexp.MustCompile(`\b(?:chairs?|chaired|chairman|chairwoman|chairperson|heads?|headed|leads?|led|president|vice[- ]president|runs?|ran|founded|founder)\b`)
	reOneOfManagers = regexp.MustCompile(`\b(?:a|an|one|another)\s+(?:(?:senior|junior|local|site|floor|branch|shift|former)\s+)?manager\s+(?:at|of|with|for|in)\b|\bone\s+of\s+(?:the|its)\s+managers\b`)
)

// boardSeatOfAssociation reports a board seat in a chamber of commerce or a trade or business
// association: its board is drawn from the members, and a seat on it is membership
// (MEMBER_OF, role "board member"), as the labels read it; a company's board member directs
// the company, and the association's chairman or president still heads it.
func boardSeatOfAssociation(span, pred, role string, obj *docEntity) bool {
	if pred != model.Directs || obj.typ != model.Organization || sectorOf(obj.name) != model.SectorBusinessAssn {
		return false
	}
	r := cleanRole(role)
	if r != "" && r != "board member" && r != "member of the board" {
		return false
	}
	l := strings.ToLower(span)
	return reBoardSeat.MatchString(l) && !reHeadsToo.MatchString(l)
}

// oneOfManagers files "a manager at X" as a post on the firm's staff (EMPLOYED_BY): the
// indefinite article makes the person one of its managers, not the manager who runs it.
func oneOfManagers(span, pred, role string, obj *docEntity) string {
	if pred != model.Directs || obj.typ != model.Company || cleanRole(role) != "manager" {
		return pred
	}
	l := strings.ToLower(span)
	k := strings.LastIndex(l, "manager")
	if k < 0 {
		return pred
	}
	// The manager named last in the span is the one that joins the pair.
	if loc := reOneOfManagers.FindAllStringIndex(l, -1); len(loc) > 0 && loc[len(loc)-1][1] > k {
		return model.EmployedBy
	}
	return pred
}
