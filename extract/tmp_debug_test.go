package extract

import (
	"os"
	"testing"
)

func TestTmpDebug(t *testing.T) {
	x := newTestExtractor(t)
	d := Document{URL: "https://news.example.org/x", Text: os.Getenv("TXT")}
	x.Analyze(&d)
	for _, e := range d.Entities {
		t.Logf("E %s %q %v %d", e.Type, e.Name, e.Aliases, len(e.Mentions))
	}
	for _, r := range d.Relations {
		t.Logf("R %s %s %s [%s %.2f]", r.Subject, r.Predicate, r.Object, r.Grade, r.Confidence)
	}
}
