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
