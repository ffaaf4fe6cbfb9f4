package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// headPost corrects an employment read from a post that heads the body: a firm's manager
// without a narrower field ("Tianyi's manager, Zhou Peng", "the registered manager of X
// LLC") runs the firm (DIRECTS), while an operations, finance or floor manager is staff; a
// governor of a provincial administration or government heads it. An armed group's
// spokesman speaks as one of its members (MEMBER_OF), as its officers are, not as staff. The
// inspector of an inspectorate heads it, where an inspector elsewhere is staff.
func headPost(pred, role string, obj *docEntity) string {
	if pred != model.EmployedBy {
		return pred
	}
	r := cleanRole(role)
	switch {
	case obj.typ == model.Organization && sectorOf(obj.name) == model.SectorArmedGroup && (strings.HasSuffix(r, "spokesman") || strings.HasSuffix(r, "spokeswoman") || strings.HasSuffix(r, "spokesperson")):
		return model.MemberOf
	case obj.typ == model.Company && (r == "manager" || r == "registered manager" || r == "company manager"):
		return model.Directs
	case obj.typ == model.Organization && r == "inspector" && strings.HasSuffix(strings.ToLower(obj.name), "inspectorate"):
		return model.Directs
	case obj.typ == model.Organization && (r == "governor" || r == "provincial governor"):
		n := strings.ToLower(obj.name)
		if strings.HasSuffix(n, " administration") || strings.HasSuffix(n, " government") {
			return model.Directs
		}
	}
	return pred
}

// reOneOfInspectors is an inspector among several ("an inspector of", "a labour inspector
// at"): the indefinite article makes the person one of the body's inspectors. A chief
// inspector or an inspector-general heads it, so those stay out.
var reInspectorWord = regexp.MustCompile(`\binspectors?\b`)

var reOneOfInspectors = regexp.MustCompile(`\b(?:a|an|one|another)\s+(?:(?:senior|junior|local|labour|labor|police|district|provincial|former)\s+)?inspector\s+(?:at|of|with|for|in)\b|\bone\s+of\s+(?:the|its)\s+inspectors\b`)

// oneOfInspectors files "an inspector of the X Inspectorate" as a post on its staff
// (EMPLOYED_BY): only the inspector of an inspectorate ("the inspector of", "Inspector of",
// "chief inspector", "inspector-general") heads it, as headPost reads.
func oneOfInspectors(span, pred, role string, obj *docEntity) string {
	if pred != model.Directs || obj.typ != model.Organization || cleanRole(role) != "inspector" {
		return pred
	}
	l := strings.ToLower(span)
	all := reInspectorWord.FindAllStringIndex(l, -1) // not "inspectorate"
	if len(all) == 0 {
		return pred
	}
	k := all[len(all)-1][0]
	// The inspector named last in the span is the one that joins the pair.
	if loc := reOneOfInspectors.FindAllStringIndex(l, -1); len(loc) > 0 && loc[len(loc)-1][1] > k {
		return model.EmployedBy
	}
	return pred
}
