package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// organWords are the words of a body's own organ named without its body: "Board of
// Directors", "Executive Committee", "Management Board".
var organWords = set("board", "of", "directors", "trustees", "supervisors", "governors", "executive", "committee",
	"management", "supervisory", "the")

// organOfBody reports a post's object that is only an organ of a body ("the Chairman of its
// Board of Directors"): the post is in the body the possessive points to, not in a body
// named "Board of Directors", so no tie is filed to the organ as if it were one.
func organOfBody(pred, name string) bool {
	if pred != model.Directs && pred != model.EmployedBy && pred != model.MemberOf {
		return false
	}
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !organWords[w] {
			return false
		}
	}
	return f[0] == "board" || f[len(f)-1] == "board" || f[len(f)-1] == "committee"
}

// respectivelyAfter reports a body followed by "respectively" ("A and B, chairman and
// accountant of Y respectively"): the posts before it go one to each name, which the
// "respectively" rule reads (respectively.go); read as one name's apposition they would give
// B the first post too.
func respectivelyAfter(text string, end int) bool {
	return end >= 0 && end <= len(text) && reRespClose.MatchString(strings.ToLower(text[end:min(len(text), end+20)]))
}
