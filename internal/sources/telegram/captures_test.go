package telegram

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestTelegramCapture(t *testing.T) {
	p, err := Parse(sharedtest.Capture(t, "telegram/xcareers_s.html"), "https://t.me/s/xCareers")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Posts) != 3 || p.Before != "https://t.me/s/xCareers?before=1491" {
		t.Fatalf("%d posts, before %q", len(p.Posts), p.Before)
	}
	first := p.Posts[0]
	if first.ID != "xCareers/1491" || first.Permalink != "https://t.me/xCareers/1491" || first.Time == nil ||
		!first.Time.Equal(time.Date(2020, 4, 30, 17, 0, 4, 0, time.UTC)) || !strings.HasPrefix(first.Text, "РАЗРАБОТЧИК IOS") ||
		!strings.Contains(first.Text, "Зарплата: от 170 000 рублей в месяц\n") {
		t.Errorf("first post %+v", first)
	}
}
