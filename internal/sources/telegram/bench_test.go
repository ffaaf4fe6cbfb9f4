package telegram

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func BenchmarkParseTelegram(b *testing.B) {
	body := formatstest.Fixture(b, "telegram_channel.html")
	b.SetBytes(int64(len(body)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(body, "https://t.me/s/scamwatchkh"); err != nil {
			b.Fatal(err)
		}
	}
}
