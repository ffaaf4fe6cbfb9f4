package rss

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestFeedCaptures(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file, charset string
		zone          *time.Location
		title         string
		items         int
		firstTitle    string
		firstDate     time.Time
		zoneless      int
	}{
		{"rss/guardian.rss", "", nil, "The Guardian", 55, "Trump State of the Union address promised unity but emphasized discord",
			time.Date(2018, 1, 31, 7, 26, 5, 0, time.UTC), 0},
		{"rss/heise.atom", "", nil, "heise developer neueste Meldungen", 15, "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei",
			time.Date(2016, 2, 1, 16, 22, 0, 0, time.UTC), 0},
		{"rss/feedburner.atom", "", nil, "Google Ads Developer Blog", 25, "AdWords and DFP Java client library will soon require Java 7+",
			time.Date(2016, 6, 3, 14, 38, 0, 0, time.UTC), 0},
		{"rss/craigslist.rss", "", nil, "craigslist SF bay area | apts/housing for rent search", 25, "",
			time.Date(2017, 6, 21, 17, 33, 10, 0, time.UTC), 0},
		{"rss/nhs-feed.rss", "", nil, "NHS North West News Feed", 2, "", time.Date(2024, 3, 18, 10, 0, 0, 0, time.UTC), 0},
		{"rss/narro.rss", "", nil, "foobar on Narro", 1, "FAQ for Narro", time.Date(2015, 2, 20, 9, 51, 15, 0, time.UTC), 0},
		{"rss/reddit-atom.rss", "", nil, "reddit: the front page of the internet", 24, "The Difficulties in Space",
			time.Date(2016, 1, 23, 15, 40, 37, 0, time.UTC), 0},
		// news.qq.com: gb2312 declared in the prolog; dates without a zone, in Beijing time.
		{"rss/encoding-gb2312.xml", "", shanghai, "新闻国内", 20, "习近平为何如此强调崇尚英雄？",
			time.Date(2018, 9, 18, 14, 38, 10, 0, shanghai), 20},
		{"rss/encoding-gb2312.xml", "", nil, "新闻国内", 20, "习近平为何如此强调崇尚英雄？",
			time.Date(2018, 9, 18, 14, 38, 10, 0, time.UTC), 20},
		// UOL: ISO-8859-1 bytes without an XML prolog ("invalid UTF-8" before), with the
		// charset the response declared or, with none, read as windows-1252; Portuguese dates.
		{"rss/uolNoticias.rss", "ISO-8859-1", nil, "UOL Noticias", 15, "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
			time.Date(2018, 9, 24, 22, 42, 40, 0, time.UTC), 0},
		{"rss/uolNoticias.rss", "", nil, "UOL Noticias", 15, "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
			time.Date(2018, 9, 24, 22, 42, 40, 0, time.UTC), 0},
	} {
		t.Run(c.file+"/"+c.charset, func(t *testing.T) {
			f, err := ParseWith(sharedtest.Capture(t, c.file), Options{Charset: c.charset, Zone: c.zone})
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != c.title || len(f.Items) != c.items || f.ZonelessDates != c.zoneless {
				t.Fatalf("title %q, %d items, %d zoneless dates", f.Title, len(f.Items), f.ZonelessDates)
			}
			first := f.Items[0]
			if c.firstTitle != "" && first.Title != c.firstTitle {
				t.Errorf("first item %q", first.Title)
			}
			if first.PublishedParsed == nil || !first.PublishedParsed.Equal(c.firstDate) {
				t.Errorf("first item published %v (%q), want %v", first.PublishedParsed, first.Published, c.firstDate)
			}
			for i, it := range f.Items {
				if it.Link == "" && len(it.Links) == 0 {
					t.Errorf("item %d has no link", i)
				}
			}
		})
	}
	if f, _ := ParseWith(sharedtest.Capture(t, "rss/uolNoticias.rss"), Options{}); f == nil || !strings.Contains(f.Description, "Últimas Notícias") {
		t.Errorf("UOL description not decoded: %+v", f)
	}
}
