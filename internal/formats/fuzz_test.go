package formats_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzHTMLToText(f *testing.F) {
	f.Add("<p>One</p><p>Two<br>three</p>")
	f.Add("<script>x</script><pre> a\n b</pre><ul><li>x</ul>")
	f.Add(string(formatstest.KindFixture(f, "telegram_channel.html")))
	f.Fuzz(func(t *testing.T, s string) {
		out := formats.HTMLToText(s)
		if out != strings.TrimSpace(out) {
			t.Fatalf("untrimmed output %q", out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output from valid input")
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("more than one blank line in %q", out)
		}
	})
}

func FuzzPageLinkStats(f *testing.F) {
	f.Add(formatstest.KindFixture(f, "telegram_channel.html"))
	for _, g := range formatstest.GarbageInputs() {
		f.Add([]byte(g))
	}
	f.Add([]byte(`<a href="/x">a</a><script><a href="/y">b</a></script><a>no href</a>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st := formats.PageLinkStats(b)
		if st.LinkText > st.Text || st.Links < 0 {
			t.Fatalf("stats %+v", st)
		}
	})
}
