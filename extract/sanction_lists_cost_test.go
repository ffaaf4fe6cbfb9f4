package extract

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// listNames returns n distinct firm names ("Bao Chen Holdings Ltd.").
func listNames(n int) []string {
	syl := []string{"Bao", "Chen", "Dai", "Fan", "Gao", "Hui", "Jin", "Kai", "Lan", "Min", "Nuo", "Ping", "Qiao", "Rui", "Shan", "Tao", "Wei", "Xin", "Yao", "Zhu"}
	out := make([]string, n)
	for k := range out {
		out[k] = fmt.Sprintf("%s %s %s Holdings Ltd.", syl[k%20], syl[k/20%20], syl[k/400%20])
	}
	return out
}

// TestSanctionListsLinear: a freeze's "and of" list four times longer costs about four times
// as much to read and grade, not sixteen (the sentence is masked once for all its items).
func TestSanctionListsLinear(t *testing.T) {
	x := newTestExtractor(t)
	page := func(n int) string {
		names := listNames(n)
		return "The Royal Malaysia Police froze the accounts of " + names[0] + ", and of " + strings.Join(names[1:], ", and of ") + "."
	}
	cost := func(text string) (time.Duration, int) {
		best, n := time.Duration(math.MaxInt64), 0
		for r := 0; r < 2; r++ {
			runtime.GC()
			d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: text}
			t0 := time.Now()
			x.Analyze(&d)
			best = min(best, time.Since(t0))
			n = 0
			for _, rel := range d.Relations {
				if rel.Predicate == model.SanctionedBy {
					n++
				}
			}
		}
		return best, n
	}
	small, n1 := cost(page(100))
	large, n2 := cost(page(400))
	if n1 != 100 || n2 != 400 {
		t.Errorf("read %d and %d owners frozen, want 100 and 400", n1, n2)
	}
	// Linear work takes about 4x; grading the whole sentence per item, 16x.
	if large > 10*small {
		t.Errorf("a list four times longer took %v after %v (%.1fx): the list is not read in linear time", large, small, float64(large)/float64(small))
	}
	t.Logf("%v %v %.1fx", small, large, float64(large)/float64(small))
}

// TestFarAttributionStillGrades holds that the bounded grading window never raises a grade: an
// attribution that opens a very long sentence, or a "police said" that ends it, still reaches
// a claim told more than a window away from it.
func TestFarAttributionStillGrades(t *testing.T) {
	x := newTestExtractor(t)
	filler := strings.Repeat("the post lists many towns and many roads and many shops and many markets, ", 24)
	for _, c := range []struct{ name, text string }{
		{"an attribution far before", "According to an unverified post, " + filler + "and Li Ming owns the Sky Palace compound."},
		{"a speaker far after", "Li Ming owns the Sky Palace compound, and " + filler + "an anonymous source claimed on Monday."},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[[3]string{"Li Ming", model.Owns, "Sky Palace"}]
			if !ok {
				t.Fatalf("no OWNS; got %v", got)
			}
			if r.Grade != model.Alleged {
				t.Errorf("grade %s, want alleged", r.Grade)
			}
		})
	}
}
