package sources

import (
	"strings"
	"testing"
)

func TestAbsoluteItemURL(t *testing.T) {
	tests := []struct{ page, link, want string }{
		{"https://www.courtlistener.com/api/rest/v4/search/?q=x", "/docket/1/a/", "https://www.courtlistener.com/docket/1/a/"},
		{"http://127.0.0.1:1/cl/api/rest/v4/search/", "/docket/1/a/", "http://127.0.0.1:1/cl/docket/1/a/"},
		{"http://127.0.0.1:1/cl/api/rest/v4/search/", "https://x.org/a", "https://x.org/a"},
		{"http://127.0.0.1:1/cl/api/rest/v4/search/", "javascript:alert(1)", ""},
		{"", "/docket/1/", ""},
		{"https://a.org/api/x", "", ""},
	}
	for _, tt := range tests {
		if got := AbsoluteItemURL(tt.page, tt.link, "/api/rest/"); got != tt.want {
			t.Errorf("AbsoluteItemURL(%q, %q) = %q, want %q", tt.page, tt.link, got, tt.want)
		}
	}
}

func TestFirstLine(t *testing.T) {
	long := strings.Repeat("word ", 40)
	got := FirstLine("\n\n  " + long)
	if !strings.HasSuffix(got, "…") || len([]rune(got)) > maxTitleRunes+1 || strings.Contains(got, "  ") {
		t.Errorf("firstLine long = %q", got)
	}
	if got := FirstLine("Title here\nbody"); got != "Title here" {
		t.Errorf("firstLine = %q", got)
	}
}
