package formats_test

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"paragraphs", "<p>One  two\nthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"br", "Line one<br>Line two<br/><br/>Line four", "Line one\nLine two\n\nLine four"},
		{"entities", "Huione &amp; Haowang &#8217;s &quot;guarantee&quot; &nbsp;market", "Huione & Haowang ’s \"guarantee\" market"},
		{"scripts dropped", "<p>Keep</p><script>var x = '<p>no</p>';</script><style>p{}</style><noscript>no</noscript>", "Keep"},
		{"list", "<p>Targets:</p><ul><li>Chen Zhi</li><li>Prince Bank</li></ul><p>End</p>", "Targets:\n\nChen Zhi\nPrince Bank\n\nEnd"},
		{"inline spacing", "<b>KK</b> <i>Park</i>,<span> Myawaddy</span>", "KK Park, Myawaddy"},
		{"headings", "<h2>Title</h2>Body text", "Title\n\nBody text"},
		{"pre keeps layout", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"table", "<table><tr><td>Name</td><td>Chen Zhi</td></tr><tr><td>DOB</td><td>1987</td></tr></table>", "Name Chen Zhi\nDOB 1987"},
		{"unclosed tags", "<p>Open <b>bold <i>both", "Open bold both"},
		{"plain text", "just text", "just text"},
		{"khmer", "<p>ក្រុមហ៊ុន ព្រីនស៍</p>", "ក្រុមហ៊ុន ព្រីនស៍"},
	}
	for _, tt := range tests {
		if got := formats.HTMLToText(tt.in); got != tt.want {
			t.Errorf("%s: formats.HTMLToText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
