package mastodon

import (
	"net/http"
	"testing"
)

func TestNextLink(t *testing.T) {
	tests := []struct {
		name  string
		links []string
		want  string
	}{
		{"mastodon", []string{`<https://mastodon.social/api/v1/timelines/tag/cambodia?max_id=115371234567890000>; rel="next", <https://mastodon.social/api/v1/timelines/tag/cambodia?min_id=115371234567890123>; rel="prev"`},
			"https://mastodon.social/api/v1/timelines/tag/cambodia?max_id=115371234567890000"},
		{"prev first, unquoted rel", []string{`<https://a/?min_id=2>; rel=prev, <https://a/?max_id=1>; rel=next`}, "https://a/?max_id=1"},
		{"comma in URL and title", []string{`<https://a/x?ids=1,2>; title="a, b"; rel="next"`}, "https://a/x?ids=1,2"},
		{"multiple rel values", []string{`<https://a/n>; rel="last next"`}, "https://a/n"},
		{"uppercase", []string{`<https://a/n>; REL="Next"`}, "https://a/n"},
		{"second header", []string{`<https://a/p>; rel="prev"`, `<https://a/n>; rel="next"`}, "https://a/n"},
		{"none", []string{`<https://a/p>; rel="prev"`}, ""},
		{"first rel wins", []string{`<https://a/p>; rel="prev"; rel="next"`}, ""},
		{"garbage", []string{`rel="next"`, `<unterminated; rel=next`, `;;;,,,<>`, ``}, ""},
		{"relative", []string{`</api/v1/timelines/tag/x?max_id=5>; rel="next"`}, "/api/v1/timelines/tag/x?max_id=5"},
	}
	for _, tt := range tests {
		h := http.Header{}
		for _, l := range tt.links {
			h.Add("Link", l)
		}
		if got := NextLink(h); got != tt.want {
			t.Errorf("%s: NextLink = %q, want %q", tt.name, got, tt.want)
		}
	}
}
