package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Hedged and described owners of a site or firm after "belongs to". Forum posts and reports
// tell who owns a compound's ground with a hedge before the verb and a description before
// the name, and "belongs to" then reaches past both:
//   - "the land supposedly belongs to X", "the land is supposed to belong to X", "is said to
//     belong to X": X owns the site (the hedge grades it, grade.go);
//   - "belongs to a Karen businessman, X", "belongs to X's company, Y": the name after the
//     description is the owner; the possessor of "X's company" owns the company, not the site.

// reHedgedBelongs is the gap from the thing owned to its owner: a hedged verb with an optional
// description, or the plain verb with one.
var reHedgedBelongs = regexp.MustCompile(`^\s*(?:(?:which|that)\s+)?(?:` + hedgedBelong + `\s+to\s+(?:the\s+)?(?:` + belongsDesc + `)?|(?:belongs|belonged|belong)\s+to\s+(?:` + belongsDesc + `))$`)

// hedgedBelong is the verb with its hedge: "supposedly belongs", "is said to belong".
const hedgedBelong = `(?:(?:(?:supposedly|reportedly|allegedly|apparently|actually|also|still)\s+)+(?:belongs|belonged|belong)|(?:is|was|are|were)\s+(?:(?:also|still)\s+)?(?:supposed|said|believed|rumou?red|thought|understood|alleged|reported)\s+to\s+belong)`

// belongsDesc is a description before the owner's name: "a Karen businessman, ", "Oknha
// Touch Kimleang's company, ".
const belongsDesc = `(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:businessman|businesswoman|tycoon|investor|developer|colonel|commander|general|guy|man|woman)\s*,\s*|(?:[^\s,;.]+\s+){1,4}?[^\s,;.]+['’]s\s+(?:own\s+)?(?:company|firm)\s*,\s*`

// hedgedBelongs reports that gap, read from a site or firm (ta) to an owner (tb), says the
// first belongs to the second.
func hedgedBelongs(ta, tb, gap string) bool {
	if ta != model.Compound && ta != model.Company || tb != model.Person && tb != model.Company && tb != model.Organization {
		return false
	}
	return reHedgedBelongs.MatchString(gap)
}
