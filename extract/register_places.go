package extract

import (
	"regexp"
	"strings"
)

// A register's column may be headed by the class of the places it gives ("Area", "Village",
// "Township", "District") or by "Registered" (where each firm is registered): such a cell
// says where the row's site or firm is, as a "Location" cell does (register_rows.go), when it
// opens with a place's name. "12 March 2019" under "Registered" and "40 hectares" under
// "Area" name no place, and "Near Myawaddy" or "Across the river from Mae Sot" sets the
// site by a town, not in it.

var (
	// rePlaceClassHead heads a column of places named by their class, or of firms' seats.
	rePlaceClassHead = regexp.MustCompile(`^(?:area|village|town|township|district|registered|registered office)$`)
	// reCellNotIn opens a cell that sets a site by a place, not in it.
	reCellNotIn = regexp.MustCompile(`^(?i:near|nearby|close\s+to|next\s+to|outside|opposite|across|beside|along|north|south|east|west|between|off|border\s+with)\b`)
)

// placeClassColumn reports a cell v under header h (lowered) that gives the row's place.
func placeClassColumn(h, v string) bool {
	v = strings.TrimSpace(v)
	if !rePlaceClassHead.MatchString(h) || v == "" || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	return !reCellNotIn.MatchString(v)
}
