package extract

import (
	"testing"

	"golang.org/x/net/html"
)

// TestPopupBlock checks the class test, and that the cheap cue never hides a class the
// pattern matches.
func TestPopupBlock(t *testing.T) {
	cases := []struct {
		class string
		want  bool
	}{
		{"tooltip-text", true},
		{"Tooltip_Content", true},
		{"c-popover", false},
		{"popover", true},
		{"js popover fade", true},
		{"popover-body", true},
		{"person-hovercard", true},
		{"HOVER-CARD", true},
		{"rollover-bio-block", true},
		{"tooltip", false},
		{"entry-content", false},
		{"hover", false},
		{"rollover", false},
		{"", false},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := popupBlock(n); got != c.want {
			t.Errorf("popupBlock(class %q) = %v, want %v", c.class, got, c.want)
		}
		if popupWords.MatchString(c.class) && !popupCue(c.class) {
			t.Errorf("popupCue(%q) is false but popupWords matches", c.class)
		}
	}
	art := &html.Node{Type: html.ElementNode, Data: "article", Attr: []html.Attribute{{Key: "class", Val: "popover"}}}
	if popupBlock(art) {
		t.Error("an article is never a popup, whatever its class")
	}
}
