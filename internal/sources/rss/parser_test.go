package rss

import (
	"errors"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseFeed(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		items     int
		firstLink string
		firstItem string
		author    string
		published time.Time
	}{
		{"feed_wordpress.xml", "CamboJA News", 2, "https://cambojanews.com/osmach-resort-long-linked-to-cyber-scams/",
			"O’Smach Resort long linked to cyber scams", "CamboJA Staff", time.Date(2025, 1, 6, 10, 30, 0, 0, time.UTC)},
		{"feed_atom.xml", "Frontier Myanmar", 1, "https://www.frontiermyanmar.net/en/the-mystery-man-behind-the-shwe-kokko-project/",
			"The mystery man behind the Shwe Kokko project", "Frontier", time.Date(2020, 3, 1, 2, 0, 0, 0, time.UTC)},
		{"feed_windows1252.xml", "Café Khémer – News", 1, "https://example.org/osmach",
			"O’Smach raid – 57 workers", "", time.Date(2025, 1, 5, 5, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(formatstest.Fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || len(f.Items) != tt.items {
				t.Fatalf("title %q items %d, want %q %d", f.Title, len(f.Items), tt.title, tt.items)
			}
			it := f.Items[0]
			if it.Link != tt.firstLink || it.Title != tt.firstItem {
				t.Errorf("first item %q %q", it.Link, it.Title)
			}
			if tt.author != "" && (it.Author == nil || it.Author.Name != tt.author) {
				t.Errorf("author %+v, want %q", it.Author, tt.author)
			}
			if it.PublishedParsed == nil || !it.PublishedParsed.Equal(tt.published) {
				t.Errorf("published %v, want %v", it.PublishedParsed, tt.published)
			}
		})
	}
}

func TestParseFeedLeadingJunk(t *testing.T) {
	body := append([]byte("\xef\xbb\xbf\n\n  "), formatstest.Fixture(t, "feed_wordpress.xml")...)
	f, err := Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 {
		t.Fatalf("items %d", len(f.Items))
	}
}

func TestParseFeedBad(t *testing.T) {
	for _, g := range formatstest.GarbageInputs() {
		if _, err := Parse([]byte(g)); err == nil {
			t.Errorf("Parse(%q) gave no error", g)
		}
	}
	if _, err := Parse(formatstest.Oversized()); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
}
