package telegram

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseTelegram(t *testing.T) {
	tests := []struct {
		pageURL, before, firstPermalink string
	}{
		{"https://t.me/s/scamwatchkh", "https://t.me/s/scamwatchkh?before=1201", "https://t.me/scamwatchkh/1201"},
		// The sample world serves previews under a path prefix; paging must keep it.
		{"http://127.0.0.1:8999/telegram/s/scamwatchkh?after=1100", "http://127.0.0.1:8999/telegram/s/scamwatchkh?before=1201", "https://t.me/scamwatchkh/1201"},
	}
	for _, tt := range tests {
		p, err := Parse(formatstest.Fixture(t, "telegram_channel.html"), tt.pageURL)
		if err != nil {
			t.Fatal(err)
		}
		if p.Channel != "scamwatchkh" || p.Title != "Scam Watch KH" || p.Before != tt.before {
			t.Errorf("%s: channel %q title %q before %q", tt.pageURL, p.Channel, p.Title, p.Before)
		}
		if len(p.Posts) != 2 || len(p.Skipped) != 1 {
			t.Fatalf("posts %d skipped %d", len(p.Posts), len(p.Skipped))
		}
		a := p.Posts[0]
		if a.ID != "scamwatchkh/1201" || a.Permalink != tt.firstPermalink || a.Author != "Scam Watch KH" || a.Views != "3.1K" {
			t.Errorf("post %+v", a)
		}
		if !formatstest.SameTime(a.Time, time.Date(2025, 11, 3, 7, 45, 12, 0, time.UTC)) {
			t.Errorf("time %v", a.Time)
		}
		wantText := "Jin Bei casino in Sihanoukville had its licence suspended.\n\nWorkers say the compound was run by Prince Group managers & guards."
		if a.Text != wantText || !strings.Contains(a.TextHTML, "<b>Jin Bei casino</b>") {
			t.Errorf("text %q\nhtml %q", a.Text, a.TextHTML)
		}
		lp := a.LinkPreview
		if lp == nil || lp.URL != "https://cambojanews.com/casinos-suspended/" || lp.SiteName != "CamboJA News" ||
			lp.Title != "Wave of casinos suspended" || lp.Description != "Fourteen licences were suspended\nafter the sanctions." {
			t.Errorf("link preview %+v", lp)
		}
		// A reply quotes the earlier message; only the reply's own text counts.
		if b := p.Posts[1]; b.Text != "Update: police escorted 200 foreign workers out of the Jin Bei compound." || b.LinkPreview != nil {
			t.Errorf("reply text %q", b.Text)
		}
	}
}

func TestParseTelegramRelativeAndCharset(t *testing.T) {
	// Relative date links resolve against the page; a windows-1252 page is decoded.
	body := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" +
		"<div class=\"tgme_widget_message\" data-post=\"kh_news/5\"><div class=\"tgme_widget_message_text\">Caf\xe9 \x93Golden Fortune\x94</div>" +
		"<a class=\"tgme_widget_message_date\" href=\"/telegram/kh_news/5\"><time datetime=\"2025-10-14T12:00:00+07:00\">12:00</time></a></div></body></html>"
	p, err := Parse([]byte(body), "http://127.0.0.1:8999/telegram/s/kh_news")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Posts) != 1 || p.Posts[0].Text != "Café “Golden Fortune”" || p.Posts[0].Permalink != "http://127.0.0.1:8999/telegram/kh_news/5" || p.Before != "" {
		t.Fatalf("got %+v before %q", p.Posts, p.Before)
	}
	if p.Channel != "kh_news" {
		t.Errorf("channel %q", p.Channel)
	}
}

func TestParseTelegramBad(t *testing.T) {
	if _, err := Parse([]byte("<html><body><h1>Telegram</h1></body></html>"), "https://t.me/s/x"); err == nil {
		t.Error("page without channel or messages accepted")
	}
	if _, err := Parse(formatstest.Fixture(t, "telegram_channel.html"), "://bad url"); err == nil {
		t.Error("bad page URL accepted")
	}
	if _, err := Parse(formatstest.Oversized(), "https://t.me/s/x"); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	// data-before that is not a message number gives no next page.
	body := `<div class="tgme_channel_info"><div class="tgme_channel_info_header_title">T</div></div><a class="tme_messages_more" data-before="javascript:x"></a>`
	p, err := Parse([]byte(body), "https://t.me/s/chan")
	if err != nil || p.Before != "" || p.Channel != "chan" {
		t.Errorf("bad data-before: %v %+v", err, p)
	}
}
