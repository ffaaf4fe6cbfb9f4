package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// reCourtDistrict is the name of a federal judicial district as written: "Eastern District of
// New York", "District of Columbia", "Central District of California".
var reCourtDistrict = regexp.MustCompile(`^(?:(?:Eastern|Western|Northern|Southern|Central|Middle)\s+)?District\s+of\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?$`)

// districtAsPlace reports a listed body's alias that is only a judicial district's name
// ("Eastern District of New York", listed for the prosecutors' office). Written alone it
// names the district, a place ("victims in the Eastern District of New York", "prosecuting
// the case for the Eastern District of New York"), so the mention is typed a Location
// under its own name; the office and the court keep their full names ("the US Attorney's
// Office for the Eastern District of New York").
func districtAsPlace(typ, written string) bool {
	return typ == model.Organization && reCourtDistrict.MatchString(written)
}
