package extract

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// mainTextPages runs the main-text step alone (decode, parse, extract) on every page.
func mainTextPages(tb testing.TB, pages []aebPage) {
	for _, p := range pages {
		body, _, err := decodeHTML(p.HTML, "text/html")
		if err != nil {
			tb.Fatalf("%s: %v", p.ID, err)
		}
		mainText(body, p.URL)
	}
}

// BenchmarkMainText is the main-text step alone over the 88 benchmark pages; compare with
// BenchmarkTrafilaturaMainText in the same run:
// go test ./extract -run '^$' -bench 'MainText' -benchtime 3x
func BenchmarkMainText(b *testing.B) {
	pages := loadAEB(b, aebDir(b))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mainTextPages(b, pages)
	}
}

// TestMainTextSpeed times the main-text step against go-trafilatura's main text (fallbacks
// on) in one run, interleaved, CPU time, fastest of three rounds each (as
// TestSpeedAgainstTrafilatura does for the full extract).
func TestMainTextSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; run without -short")
	}
	pages := loadAEB(t, aebDir(t))
	mainTextPages(t, pages[:1])
	trafilaturaAnchor(pages[0].HTML, pages[0].URL)
	const rounds = 3
	var ours, anchor time.Duration
	for round := 0; round < rounds; round++ {
		runtime.GC()
		c0 := cpuTime()
		for _, p := range pages {
			trafilaturaAnchor(p.HTML, p.URL)
		}
		if a := cpuTime() - c0; round == 0 || a < anchor {
			anchor = a
		}
		runtime.GC()
		c0 = cpuTime()
		mainTextPages(t, pages)
		if o := cpuTime() - c0; round == 0 || o < ours {
			ours = o
		}
	}
	ratio := float64(anchor) / float64(ours)
	t.Logf("%d pages, fastest of %d rounds: main text CPU %v, go-trafilatura main text CPU %v, speed-up %.2fx",
		len(pages), rounds, ours.Round(time.Millisecond), anchor.Round(time.Millisecond), ratio)
	// Measured 2.2x-2.6x on a shared two-core machine; the floor leaves room for noise.
	if ratio < 1.5 {
		t.Errorf("main text only %.2fx the speed of go-trafilatura's; want it clearly faster", ratio)
	}
}

// furniturePage builds a page of n article paragraphs with the furniture the rules look at
// (links, related lists, headings), so that every rule runs on every block.
func furniturePage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>t</title></head><body><article><h1>Headline of the page</h1><h2>A standfirst of several words under it.</h2>")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d says the <a href='/x%d'>company</a> moved <b>money</b> through <i>three</i> banks in <span>2024</span>.</p>", i, i)
		if i%10 == 0 {
			fmt.Fprintf(&b, "<ul><li><a href='/r%d'>Related story %d</a></li><li><a href='/s%d'>Another story</a></li></ul><p><strong><a href='/c'>READ THIS OTHER STORY NOW</a></strong></p>", i, i, i)
		}
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// nestedPage is hostile markup: n <div>s in blocks nested 400 deep (the HTML parser refuses
// more than 512 open elements), each with a little text and a link.
func nestedPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><body>")
	for done := 0; done < n; done += 400 {
		b.WriteString(strings.Repeat("<div class='x'>x <a href='/'>y</a> ", 400))
		b.WriteString(strings.Repeat("</div>", 400))
	}
	b.WriteString("</body></html>")
	return []byte(b.String())
}

// TestMainTextLinearCost checks that what this project adds to the main-text step (the
// furniture pass on the tree, the rendering and the line rules) costs about four times as
// much on a page four times as large, on ordinary and on deeply nested markup.
// (go-trafilatura itself grows a little faster than linearly; pages too large for it go to
// linearMainText, see bounds.go.)
func TestMainTextLinearCost(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; run without -short")
	}
	ours := func(page []byte) time.Duration {
		best := time.Duration(0)
		for i := 0; i < 3; i++ {
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			c0 := cpuTime()
			dropPageFurniture(doc)
			dropBoilerLines(trimmedTreeText(doc), "Headline of the page")
			if d := cpuTime() - c0; i == 0 || d < best {
				best = d
			}
		}
		return best
	}
	for _, tc := range []struct {
		name string
		page func(int) []byte
		n    int
	}{
		{"article with furniture", furniturePage, 2000},
		{"nested divs", nestedPage, 4000},
	} {
		small, large := ours(tc.page(tc.n)), ours(tc.page(4*tc.n))
		ratio := float64(large) / float64(max(small, time.Microsecond))
		t.Logf("%s: n=%d %v, 4n %v, ratio %.1f", tc.name, tc.n, small, large, ratio)
		// Linear is 4; quadratic would be 16. The bound leaves room for a noisy machine.
		if ratio > 8 {
			t.Errorf("%s: 4x the input took %.1fx the time; want about 4x (linear)", tc.name, ratio)
		}
	}
}
