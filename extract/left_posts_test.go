package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLeftPosts holds leftPost, replacedHolder and the verbs of leaving in reFormerBeforeRole:
// a post told as left ("ousted as", "removed as", "retired as", "replaced X as") is kept as
// history (role "former ...", ended); a post held now stays current; a post only nominated
// is not held.
func TestLeftPosts(t *testing.T) {
	x := newTestExtractor(t)
	const firm, army = "Sunrise Holdings Co., Ltd.", "Democratic Karen Benevolent Army"
	for _, c := range []struct {
		text, holder, pred, body string
		former                   bool
	}{
		{"Chen Wei replaced Li Qiang as chairman of Sunrise Holdings Co., Ltd. in 2022.", "Li Qiang", model.Directs, firm, true},
		{"Li Qiang, who was replaced as chairman of Sunrise Holdings Co., Ltd. in 2022, left Cambodia.", "Li Qiang", model.Directs, firm, true},
		{"Chen Wei took over from Li Qiang as director of Sunrise Holdings Co., Ltd.", "Li Qiang", model.Directs, firm, true},
		{"Chen Wei was ousted as chairman of Sunrise Holdings Co., Ltd. last year.", "Chen Wei", model.Directs, firm, true},
		{"Chen Wei was removed as commander of the Democratic Karen Benevolent Army in 2021.", "Chen Wei", model.Directs, army, true},
		{"Chen Wei retired as chairman of Sunrise Holdings Co., Ltd. in 2020.", "Chen Wei", model.Directs, firm, true},
		{"Zhao Ming was dismissed as chairman of Jade River Co., Ltd. and arrested again in 2023.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", true},
		{"Zhao Ming was sacked as chairman of Jade River Co., Ltd. but Li Qiang was reinstated.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", true},
		{"Zhao Ming, who was sacked as chairman of Jade River Co., Ltd. in 2021, is again under investigation.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", true},
		{"Zhao Ming, the former chairman of Jade River Co., Ltd., is again a suspect.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", true},
		// Current posts stay current: a post left and taken back (review of r22-sweep).
		{"Zhao Ming was dismissed as chairman of Jade River Co., Ltd. but reinstated a week later.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", false},
		{"Zhao Ming, who was sacked as chairman of Jade River Co., Ltd. in 2021, is again its chairman.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", false},
		{"Zhao Ming retired as chairman of Jade River Co., Ltd. in 2019 and returned to the post in 2022.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", false},
		// A post put forward and then taken.
		{"Zhao Ming was nominated as director of Jade River Co., Ltd. in 2020 and took the seat in 2021.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", false},
		{"Zhao Ming was proposed as director of Jade River Co., Ltd. and elected unanimously in May.", "Zhao Ming", model.Directs, "Jade River Co., Ltd.", false},
		{"Chen Wei, who was nominated by the board, is chairman of Sunrise Holdings Co., Ltd.", "Chen Wei", model.Directs, firm, false},
		{"Chen Wei, the chairman of Sunrise Holdings Co., Ltd., replaced the auditors in 2022.", "Chen Wei", model.Directs, firm, false},
		{"Chen Wei met Li Qiang, the chairman of Sunrise Holdings Co., Ltd., in Bangkok.", "Li Qiang", model.Directs, firm, false},
	} {
		got, _ := analyzeText(t, x, c.text)
		r, ok := got[[3]string{c.holder, c.pred, c.body}]
		if !ok {
			t.Errorf("%q: missing %s %s %s; got %v", c.text, c.holder, c.pred, c.body, keysOf(got))
			continue
		}
		if f := strings.HasPrefix(r.Role, "former "); f != c.former || r.Ended != c.former {
			t.Errorf("%q: role %q ended %v: want former=%v", c.text, r.Role, r.Ended, c.former)
		}
	}
	// A post only nominated is not held.
	for _, text := range []string{
		"Chen Wei was nominated as chairman of Sunrise Holdings Co., Ltd. but withdrew.",
		"Chen Wei was nominated as chairman of Sunrise Holdings Co., Ltd. and took bribes.",
		"Chen Wei was proposed as director of Sunrise Holdings Co., Ltd. and was not elected.",
	} {
		got, _ := analyzeText(t, x, text)
		if _, ok := got[[3]string{"Chen Wei", model.Directs, firm}]; ok {
			t.Errorf("%q: nominated post read as held", text)
		}
	}
}

func keysOf(m map[[3]string]model.Relation) [][3]string {
	var out [][3]string
	for k := range m {
		out = append(out, k)
	}
	return out
}
