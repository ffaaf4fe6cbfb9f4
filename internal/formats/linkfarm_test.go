package formats_test

import (
	"strings"
	"testing"

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
