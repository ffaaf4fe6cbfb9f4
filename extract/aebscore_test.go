package extract

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode"
)

// The article-extraction benchmark lives beside the project (../shared in CI, /work/shared here).
func aebDir(t testing.TB) string {
	t.Helper()
	for _, d := range []string{os.Getenv("SCAMGRAPH_AEB_DIR"), "../../shared/bench/article-extraction", "/work/shared/bench/article-extraction"} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "ground-truth.json")); err == nil {
			return d
		}
	}
	return ""
}

type aebPage struct {
	ID, URL, Truth string
	HTML           []byte
}

func loadAEB(t testing.TB, dir string) []aebPage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("ground truth: %v", err)
	}
	var pages []aebPage
	for id, v := range gt {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		pages = append(pages, aebPage{ID: id, URL: v.URL, Truth: v.ArticleBody, HTML: b})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages
}

// aebTokens splits like Python's re \w+ (letters, numbers, underscore).
func aebTokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.Is(unicode.N, r) || r == '_'
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func aebShingles(s string) map[string]int {
	toks := aebTokens(s)
	m := map[string]int{}
	n := len(toks) - 3
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		end := i + 4
		if end > len(toks) {
			end = len(toks)
		}
		if end <= i {
			continue
		}
		key := ""
		for j, tk := range toks[i:end] {
			if j > 0 {
				key += "\x00"
			}
			key += tk
		}
		m[key]++
	}
	return m
}

// aebScore ports score.py: per-page normalised TP/FP/FN, mean precision and recall, F1 of means.
func aebScore(truth, pred []string) (f, p, r float64) {
	var ps, rs []float64
	for i := range truth {
		t, q := aebShingles(truth[i]), aebShingles(pred[i])
		var tp, fp, fn float64
		for k, a := range t {
			b := q[k]
			tp += float64(min(a, b))
			fn += float64(max(0, a-b))
		}
		for k, b := range q {
			fp += float64(max(0, b-t[k]))
		}
		if s := tp + fp + fn; s > 0 {
			tp, fp, fn = tp/s, fp/s, fn/s
		}
		if tp+fp > 0 {
			if fp == 0 && fn == 0 {
				ps = append(ps, 1)
			} else {
				ps = append(ps, tp/(tp+fp))
			}
		}
		if tp+fn > 0 {
			if fp == 0 && fn == 0 {
				rs = append(rs, 1)
			} else {
				rs = append(rs, tp/(tp+fn))
			}
		}
	}
	p, r = mean(ps), mean(rs)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return f, p, r
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func writePredictions(t testing.TB, path string, pages []aebPage, pred []string) {
	out := map[string]map[string]string{}
	for i, p := range pages {
		out[p.ID] = map[string]string{"articleBody": pred[i]}
	}
	b, _ := json.Marshal(out)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(os.Stderr, "wrote", path)
}

// TestMainTextBenchmark scores the extractor's main text on the article-extraction benchmark
// with the benchmark's own scoring, against the go-trafilatura anchor figure.
func TestMainTextBenchmark(t *testing.T) {
	dir := aebDir(t)
	if dir == "" {
		t.Skip("article-extraction benchmark not beside the project")
	}
	pages := loadAEB(t, dir)
	var truth, pred []string
	for _, p := range pages {
		body, _, err := decodeHTML(p.HTML, "text/html")
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		text, _ := mainText(body, p.URL)
		truth = append(truth, p.Truth)
		pred = append(pred, text)
	}
	f, pr, r := aebScore(truth, pred)
	t.Logf("main text on %d pages: F1 %.4f P %.4f R %.4f", len(pages), f, pr, r)
	if !testing.Short() {
		var anchor []string
		for _, p := range pages {
			anchor = append(anchor, trafilaturaAnchor(p.HTML, p.URL))
		}
		af, ap, ar := aebScore(truth, anchor)
		t.Logf("go-trafilatura (fallbacks on) same run: F1 %.4f P %.4f R %.4f", af, ap, ar)
		if f < af {
			t.Errorf("main-text F1 %.4f below go-trafilatura's %.4f", f, af)
		}
	}
	if os.Getenv("SCAMGRAPH_AEB_OUT") != "" {
		writePredictions(t, os.Getenv("SCAMGRAPH_AEB_OUT"), pages, pred)
	}
	if f < 0.965 {
		t.Errorf("main-text F1 %.4f below the 0.965 target", f)
	}
}
