package telegram

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseTelegram(f *testing.F) {
	formatstest.Seed(f, "telegram_channel.html")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b, "http://127.0.0.1:8999/telegram/s/chan")
		if err != nil {
			return
		}
		for _, post := range p.Posts {
			if !strings.Contains(post.ID, "/") || post.Permalink == "" {
				t.Fatalf("post %+v", post)
			}
		}
		if p.Before != "" && !strings.HasPrefix(p.Before, "http://127.0.0.1:8999/telegram/s/chan?") {
			t.Fatalf("before %q", p.Before)
		}
	})
}
