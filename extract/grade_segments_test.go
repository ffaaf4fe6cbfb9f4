package extract

import (
	"math"
	"math/rand"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// commaList is a freeze naming n firms in one sentence, closed by what links them all.
func commaList(n int) string {
	names := listNames(n)
	return "The Ministry of Finance froze the accounts of " + strings.Join(names[:n-1], ", ") + " and " + names[n-1] + ", all linked to Prince Holding Group Co., Ltd."
}

// gradeTexts are texts cut from sentences with cues near, inside and across commas.
func gradeTexts() []string {
	words := []string{"Li Ming", "owns", "the", "compound", ",", ", ", " ", "allegedly", "said", "police said", "which", "who",
		"according to", "former", "ex-", "denied", "has no links to", "否认", "alleged", "suspected", "accused of", "the accused",
		"ſaid", "\u212Aept", "reportedly", "Bao Chen Holdings Ltd.", "and", "of", "1,200", "claims", "designated by", "deſignated, by", ";", ".", "(", ")", "\"", "—", "told reporters", "sources say"}
	r := rand.New(rand.NewSource(19))
	var out []string
	for k := 0; k < 1000; k++ {
		var b strings.Builder
		for n := r.Intn(120); n >= 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	return out
}

// TestGradeReadsPiecesAlike holds that the piece-by-piece and tail reads answer as the whole
// text read at once does.
func TestGradeReadsPiecesAlike(t *testing.T) {
	for _, re := range []*regexp.Regexp{reHedge, reSaid, reDenial} {
		if !splitsAtCommas(re) {
			t.Errorf("%.40s... is read whole: it can match a comma", re)
		}
	}
	for _, re := range []*regexp.Regexp{reContends, reClauseOpen, reFinalAttribution, reFormer, reNounHedge} {
		if splitsAtCommas(re) {
			t.Errorf("%.40s... is read by pieces, but can match a comma or is anchored", re)
		}
	}
	var g sentGrader
	for _, x := range gradeTexts() {
		for _, re := range []*regexp.Regexp{reHedge, reSaid, reDenial, reContends} {
			if got, want := g.match(re, x), re.MatchString(x); got != want {
				t.Errorf("match(%.30s..., %q) = %v, want %v", re, x, got, want)
			}
		}
		if got, want := finalAttribution(x), reFinalAttribution.MatchString(x); got != want {
			t.Errorf("finalAttribution(%q) = %v, want %v", x, got, want)
		}
		if got, want := mayHoldFold(x, formerWords...) && reFormer.MatchString(x), reFormer.MatchString(x); got != want {
			t.Errorf("former %q = %v, want %v", x, got, want)
		}
		if got, want := mayHoldFold(x, "designated") && reDesignatedBy.MatchString(x), reDesignatedBy.MatchString(x); got != want {
			t.Errorf("designated %q = %v, want %v", x, got, want)
		}
		if got, want := maskNounHedges(x), blankNounHedgesWhole(x); got != want {
			t.Errorf("maskNounHedges(%q) = %q, want %q", x, got, want)
		}
	}
}

// blankNounHedgesWhole is maskNounHedges reading the whole text, without its word check.
func blankNounHedgesWhole(post string) string {
	return blankNounHedges(post, reNounHedge.FindAllStringSubmatchIndex(post, -1))
}

// TestCommaListsLinear: a comma list of firms four times longer costs about four times as much
// to grade, not sixteen (each piece of the sentence is read once for all its items).
func TestCommaListsLinear(t *testing.T) {
	x := newTestExtractor(t)
	cost := func(n int) (time.Duration, int) {
		best, rels := time.Duration(math.MaxInt64), 0
		for r := 0; r < 2; r++ {
			runtime.GC()
			d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: commaList(n)}
			t0 := time.Now()
			x.Analyze(&d)
			best = min(best, time.Since(t0))
			rels = len(d.Relations)
		}
		return best, rels
	}
	small, n1 := cost(200)
	large, n2 := cost(800)
	if n1 < 200 || n2 < 800 {
		t.Errorf("read %d and %d relations, want at least 200 and 800", n1, n2)
	}
	if large > 10*small {
		t.Errorf("a list four times longer took %v after %v (%.1fx): the list is not graded in linear time", large, small, float64(large)/float64(small))
	}
	t.Logf("%v %v %.1fx", small, large, float64(large)/float64(small))
}

// BenchmarkGradeLongList reads a freeze naming 400 firms in one sentence.
func BenchmarkGradeLongList(b *testing.B) {
	x := newTestExtractor(b)
	text := commaList(400)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: text}
		x.Analyze(&d)
	}
}
