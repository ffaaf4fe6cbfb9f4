package formats_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// TestLinkFarmRealArticles: no captured news page is taken for a link farm, and a tag cloud is.
func TestLinkFarmRealArticles(t *testing.T) {
	for _, name := range []string{"dw.com.colonial.html", "mercurynews.com.2023.01.16.letters-1119.html", "reuters.com.parasite.html",
		"salon.com.emissions.html", "scmp.com.playbook.html", "theguardian.com.academics.html", "theverge.com.ios13.html",
		"vancouversun.com.microsoft.html"} {
		st := formats.PageLinkStats(sharedtest.Capture(t, "article/"+name))
		if st.LinkFarm() || st.Text < 500 {
			t.Errorf("%s: %+v taken for a link farm", name, st)
		}
	}
	var b strings.Builder
	b.WriteString("<html><body><h1>Tags</h1>")
	for i := 0; i < 500; i++ {
		b.WriteString(`<a href="/tag/` + strings.Repeat("x", i%7) + `">tag</a> `)
	}
	if st := formats.PageLinkStats([]byte(b.String())); !st.LinkFarm() || st.Links != 500 {
		t.Errorf("tag cloud: %+v", st)
	}
}

// TestTreeLinkStats: counts read from the parsed tree are the streaming pass's on the captured
// pages, a tag cloud and markup the streaming pass skips or counts specially.
func TestTreeLinkStats(t *testing.T) {
	var cloud strings.Builder
	cloud.WriteString("<html><body><h1>Tags</h1>")
	for i := 0; i < 500; i++ {
		cloud.WriteString(`<a href="/tag/` + strings.Repeat("x", i%7) + `">tag</a> `)
	}
	pages := map[string][]byte{
		"tag cloud": []byte(cloud.String()),
		"skipped":   []byte(`<a href="/x">a &amp; b</a><script><a href="/y">b</a></script><a>no href</a><style>p{}</style><noscript>x</noscript><svg><a href="/z">c</a></svg><textarea>t</textarea><template><a href="/t">t</a></template>`),
		"head":      []byte(`<html><head><title>A &lt;title&gt;</title></head><body><p>Text <A HREF="/u">link</A> more.</p></body></html>`),
		"empty":     nil,
	}
	for _, name := range []string{"dw.com.colonial.html", "mercurynews.com.2023.01.16.letters-1119.html", "reuters.com.parasite.html",
		"salon.com.emissions.html", "scmp.com.playbook.html", "theguardian.com.academics.html", "theverge.com.ios13.html",
		"vancouversun.com.microsoft.html"} {
		pages[name] = sharedtest.Capture(t, "article/"+name)
	}
	for name, b := range pages {
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if want, got := formats.PageLinkStats(b), formats.TreeLinkStats(doc); got != want {
			t.Errorf("%s: tree %+v, stream %+v", name, got, want)
		}
	}
}
