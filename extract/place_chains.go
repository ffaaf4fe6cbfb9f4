package extract

import "strings"

// classedComma reads the gap "district," of "opposite Mae Sot district, Tak province" as the
// bare comma of a chain of places: the class word belongs to the first place, and the second
// place says where the first is, not where a site named before them is.
func classedComma(gap string) string {
	if g := strings.TrimSpace(strings.TrimSuffix(gap, ",")); g != gap && placeClasses[strings.ToLower(g)] {
		return ","
	}
	return gap
}
