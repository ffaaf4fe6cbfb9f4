package extract

import (
	"regexp"
	"strings"
)

// reGroupedFigure is a figure written with thousands separators ("3,000-hectare").
var reGroupedFigure = regexp.MustCompile(`(\d),(\d{3})\b`)

// groupedFigures joins the groups of a figure in a site's apposition ("The zone, a
// 3,000-hectare enclave of casinos in Bokeo province's Ton Pheung district"), so that the
// figure's comma is not read as the end of the apposition and the place after it still
// places the site.
func groupedFigures(gap string) string {
	if !strings.ContainsRune(gap, ',') {
		return gap
	}
	return reGroupedFigure.ReplaceAllString(gap, "$1$2")
}
