package extract

import (
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
