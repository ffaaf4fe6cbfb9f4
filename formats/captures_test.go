package formats

import (
	"bytes"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the services, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

// capture reads ../shared/captures/<name>.
func capture(t testing.TB, name string) []byte { return sharedtest.Capture(t, name) }

func TestBlueskyCaptures(t *testing.T) {
	for _, c := range []struct {
		file, cursor, firstURI, firstHandle string
		posts, links, cards                 int
	}{
		// Feed endpoints ({"feed": [{"post": ...}]}) gave "no posts array" before.
		{"bluesky/app.bsky.feed.getAuthorFeed-d3a6a5.json", "1696301352905::bafyreifijeifzyh724gobyh3s2cswupnzib3wdbhrtmozbt4abb3wmyvaa",
			"at://did:plc:eijqdygh72wuei7faamrclpc/app.bsky.feed.post/3kau6tviybe2w", "hansilowang.bsky.social", 3, 1, 0},
		{"bluesky/app.bsky.feed.getTimeline.json", "1696516174958::bafyreigwq4fwclsevapzuiv6gfn4rhdsrcb2d7cd3ywiuz2t6chkpnxpzy",
			"at://did:plc:mmzzps7ujtzias5cph45wkd6/app.bsky.feed.post/3kazcxhe5b52v", "mirya.bsky.social", 50, 24, 10},
		{"bluesky/getAuthorFeed_2025.json", "2024-03-21T23:36:16.378Z",
			"at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lof7sovfok2h", "chriskenny.bsky.social", 50, 27, 15},
		{"bluesky/app.bsky.feed.searchPosts-5d343d.json", "25",
			"at://did:plc:xrs7uicyfcp5qbnhnqy7kucb/app.bsky.feed.post/3kghpycppiw2n", "planetcarnival.bsky.social", 23, 11, 9},
		{"bluesky/searchPosts_2025.json", "25",
			"at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m", "socpaperbot.bsky.social", 25, 12, 4},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			p, err := ParseBluesky(capture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			links, cards := 0, 0
			for _, post := range p.Posts {
				links += len(post.Links)
				if post.Card != nil {
					cards++
				}
				if post.CreatedAt == nil || post.AuthorHandle == "" || post.Permalink() == "" {
					t.Errorf("post %s: created %v, handle %q", post.URI, post.CreatedAt, post.AuthorHandle)
				}
			}
			if len(p.Posts) != c.posts || len(p.Skipped) != 0 || p.Cursor != c.cursor || links != c.links || cards != c.cards {
				t.Errorf("%d posts (%d skipped), cursor %q, %d links, %d cards; want %d, %q, %d, %d",
					len(p.Posts), len(p.Skipped), p.Cursor, links, cards, c.posts, c.cursor, c.links, c.cards)
			}
			if len(p.Posts) > 0 && (p.Posts[0].URI != c.firstURI || p.Posts[0].AuthorHandle != c.firstHandle) {
				t.Errorf("first post %s by %s", p.Posts[0].URI, p.Posts[0].AuthorHandle)
			}
		})
	}
}

// TestBlueskyLinkFacets: a client shortens a long link in the text; the facet has the address.
func TestBlueskyLinkFacets(t *testing.T) {
	p, err := ParseBluesky(capture(t, "bluesky/searchPosts_2025.json"))
	if err != nil {
		t.Fatal(err)
	}
	const full = "https://open.substack.com/pub/christackett/p/the-pawn-or-the-collaborator?r=92vnq&utm_medium=ios"
	for _, post := range p.Posts {
		if post.URI != "at://did:plc:s7savtl25cqhm3ddqc7jeljx/app.bsky.feed.post/3lpk2r5h5ec2j" {
			continue
		}
		if strings.Contains(post.Text, "christac...") || !strings.HasSuffix(post.Text, "share it!\n\n"+full) {
			t.Errorf("text %q: the link label was not replaced by its address", post.Text)
		}
		if post.Card == nil || post.Card.URI != full || post.Card.Title != "The Pawn or the Collaborator?" ||
			!strings.Contains(post.Card.Description, "Tarrant County Judge Tim O’Hare") {
			t.Errorf("card %+v", post.Card)
		}
		if len(post.Links) != 1 || post.Links[0] != full {
			t.Errorf("links %q", post.Links)
		}
		return
	}
	t.Fatal("post with the shortened substack link not found")
}

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
			f, err := ParseFeedWith(capture(t, c.file), FeedOptions{Charset: c.charset, Zone: c.zone})
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
	if f, _ := ParseFeedWith(capture(t, "rss/uolNoticias.rss"), FeedOptions{}); f == nil || !strings.Contains(f.Description, "Últimas Notícias") {
		t.Errorf("UOL description not decoded: %+v", f)
	}
}

func TestCourtListenerCapture(t *testing.T) {
	p, err := ParseCourtListener(capture(t, "courtlistener/DOCS_EXAMPLE_search_type_o_closed.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := p.Results
	if p.Count != 2343 || !strings.Contains(p.Next, "cursor=") || len(r) != 1 {
		t.Fatalf("count %d next %q, %d results", p.Count, p.Next, len(r))
	}
	if r[0].CaseName != "Foo v. Foo" || r[0].DocketNumber != "24158" || r[0].CourtID != "hawapp" ||
		r[0].AbsoluteURL != "/opinion/6613686/foo-v-foo/" || r[0].DateFiled == nil || !r[0].DateFiled.Equal(day(2003, 1, 10)) ||
		!strings.Contains(r[0].Snippet, "Affirmed in part") {
		t.Errorf("result %+v", r[0])
	}
}

// TestAPIAnswersOfTheWrongShape: an answer without the reader's results key is an error naming
// what is missing, not an empty page that quietly stops a source.
func TestAPIAnswersOfTheWrongShape(t *testing.T) {
	bodies := []string{`{}`, `{"message": "Service Unavailable"}`, `{"data": []}`, `{"status": "error", "code": 500}`}
	readers := map[string]func([]byte) error{
		"courtlistener":    func(b []byte) error { _, err := ParseCourtListener(b); return err },
		"doj":              func(b []byte) error { _, err := ParseDOJ(b); return err },
		"federal register": func(b []byte) error { _, err := ParseFederalRegister(b); return err },
		"bluesky":          func(b []byte) error { _, err := ParseBluesky(b); return err },
	}
	for name, read := range readers {
		for _, b := range bodies {
			if err := read([]byte(b)); err == nil || !strings.Contains(err.Error(), "no ") && !strings.Contains(err.Error(), "neither") {
				t.Errorf("%s accepted %s (err %v)", name, b, err)
			}
		}
	}
	// The Federal Register leaves results out when nothing matched; that is a valid page.
	if p, err := ParseFederalRegister([]byte(`{"count": 0, "description": "Documents matching 'kk park'"}`)); err != nil || len(p.Results) != 0 {
		t.Errorf("empty Federal Register answer: %v", err)
	}
}

func TestOFACConsolidatedCapture(t *testing.T) {
	l, err := ParseSDN(bytes.NewReader(capture(t, "ofac/consolidated_2018-04-06.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 639 || len(l.Skipped) != 0 {
		t.Fatalf("%d entries, %d skipped; the list says Record_Count 639", len(l.Entries), len(l.Skipped))
	}
	by := map[int]SDNEntry{}
	individuals, passports := 0, 0
	for _, e := range l.Entries {
		by[e.UID] = e
		if e.SDNType == "Individual" {
			individuals++
		}
		for _, id := range e.IDs {
			if id.Type == "Passport" {
				passports++
			}
		}
	}
	if individuals != 94 || passports != 14 {
		t.Errorf("%d individuals, %d passports; want 94 and 14", individuals, passports)
	}
	bank := by[4632]
	if bank.LastName != "BANK MARKAZI JOMHOURI ISLAMI IRAN" || bank.SDNType != "Entity" || len(bank.Programs) != 1 || bank.Programs[0] != "IRAN" ||
		len(bank.AKAs) != 3 || bank.AKAs[0].LastName != "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN" || bank.Addresses[0].City != "Tehran" {
		t.Errorf("entry 4632: %+v", bank)
	}
	h := by[9639]
	if h.FirstName != "Ismail Abdul Salah" || h.LastName != "HANIYA" || h.Programs[0] != "NS-PLC" || len(h.AKAs) != 2 ||
		len(h.DatesOfBirth) != 1 || h.DatesOfBirth[0] != "1962" || len(h.PlacesOfBirth) != 1 || h.PlacesOfBirth[0] != "Shati" {
		t.Errorf("entry 9639: %+v", h)
	}
	g := by[15960]
	if len(g.IDs) == 0 || g.IDs[0].Type != "Passport" || g.IDs[0].Number != "H20676140" || g.IDs[0].Country != "Iran" ||
		!strings.HasPrefix(g.Title, "Managing Director, National Iranian Oil Company") {
		t.Errorf("entry 15960: %+v", g)
	}
	// What a download of the SDN address once returned: an S3 error, not a list.
	if _, err := ParseSDN(bytes.NewReader(capture(t, "ofac/s3_error_saved_as_sdn.xml"))); err == nil || !strings.Contains(err.Error(), "<Error>") {
		t.Errorf("S3 error body: %v", err)
	}
}

func TestRedditCaptures(t *testing.T) {
	for _, c := range []struct {
		file, after, first string
		posts              int
	}{
		{"reddit/front_new.json", "t3_48ezfg", "Pokémon could never exist in America because of its society.", 100},
		{"reddit/r_askreddit_new.json", "t3_48f6io", "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your kids?", 100},
		{"reddit/r_all_search.json", "", "[PRAW][OAuth2Util] Problem using get_banned() : raise Forbidden(_raw=response)", 6},
	} {
		p, err := ParseReddit(capture(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(p.Posts) != c.posts || p.After != c.after || p.Posts[0].Title != c.first || p.Posts[0].Created.IsZero() || p.Posts[0].Permalink == "" {
			t.Errorf("%s: %d posts, after %q, first %+v", c.file, len(p.Posts), p.After, p.Posts[0])
		}
	}
}

func TestMastodonCaptures(t *testing.T) {
	for _, c := range []struct {
		name     string
		statuses int
		next     bool
	}{
		{"tag_page1", 10, true}, {"tag_page2", 10, true}, {"tag_page3", 10, true}, {"tag_page4_empty", 0, false},
		{"tag_hoot", 1, true}, {"home_tl", 13, true}, {"public_tl", 8, true}, {"account_statuses", 5, true},
		{"public_local_remote", 20, true},
	} {
		s, skipped, err := ParseMastodonStatuses(capture(t, "mastodon/"+c.name+".json"))
		if err != nil || len(s) != c.statuses || len(skipped) != 0 {
			t.Errorf("%s: %d statuses, %d skipped, %v", c.name, len(s), len(skipped), err)
			continue
		}
		for _, st := range s {
			if st.ID == "" || st.URL == "" || st.CreatedAt.IsZero() {
				t.Errorf("%s: status %+v", c.name, st)
			}
		}
		var hdr struct {
			Link []string `json:"link"`
		}
		if err := json.Unmarshal(capture(t, "mastodon/"+c.name+".headers.json"), &hdr); err != nil {
			t.Fatal(err)
		}
		next := NextLink(http.Header{"Link": hdr.Link})
		if (next != "") != c.next || c.next && !strings.Contains(next, "max_id=") {
			t.Errorf("%s: next %q", c.name, next)
		}
	}
}

func TestSitemapCaptures(t *testing.T) {
	for _, c := range []struct {
		file, firstLoc, newsTitle string
		urls                      int
	}{
		{"sitemap/sitemaps.org_sitemap.xml", "https://www.sitemaps.org/", "", 84},
		{"sitemap/xfeed_news-sitemap.xml", "https://www.xfeed.ca/post/real-id-for-flights-in-2025-hacks-to-prepare-without-stress-global-guide",
			"REAL ID for Flights in 2025: Hacks to Prepare Without Stress (Global Guide)", 8},
		{"sitemap/ccinfo_news-sitemap.xml", "https://www.ccinfo.nl/journaal/3033802_odido-data-op-straat-ai-hackt-overheden-en-chinese-spionage",
			"Odido data op straat, AI hackt overheden en Chinese spionage", 3},
	} {
		s, err := ParseSitemap(capture(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(s.URLs) != c.urls || s.URLs[0].Loc != c.firstLoc || s.URLs[0].NewsTitle != c.newsTitle {
			t.Errorf("%s: %d urls, first %+v", c.file, len(s.URLs), s.URLs[0])
		}
		if c.newsTitle != "" && s.URLs[0].NewsPublished == nil {
			t.Errorf("%s: no news publication date", c.file)
		}
	}
}

func TestTelegramCapture(t *testing.T) {
	p, err := ParseTelegram(capture(t, "telegram/xcareers_s.html"), "https://t.me/s/xCareers")
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

func TestOpenSanctionsCaptures(t *testing.T) {
	for _, c := range []struct {
		file                  string
		entities, targets     int
		ops                   map[string]int
		id, caption, schema   string
		firstName, sampleProp string
	}{
		{"opensanctions/yente_zala.ftm.json", 91, 14, map[string]int{"": 91}, "", "", "", "", ""},
		{"opensanctions/yente_parteispenden.ftm.json", 475, 0, map[string]int{"": 475}, "", "", "", "", ""},
		{"opensanctions/yente_t1_eu_fsf.ftm.json", 7, 6, map[string]int{"": 7}, "", "", "", "", ""},
		{"opensanctions/wd_persons.targets.nested.json", 10, 10, map[string]int{"": 10}, "", "", "", "", ""},
		// A delta file: {"op": "ADD", "entity": {...}} lines, skipped line by line before.
		{"opensanctions/yente_t2_delta.json", 2, 2, map[string]int{"ADD": 2}, "NK-2T3S8Hu29ktYnKSTgQp2wL", "AL-QAIDA IN IRAQ", "Organization", "", "alias"},
	} {
		n, targets, ops := 0, 0, map[string]int{}
		var found *FtMEntity
		skipped, err := ParseFtM(bytes.NewReader(capture(t, c.file)), func(e FtMEntity) error {
			n++
			if e.Target {
				targets++
			}
			ops[e.Op]++
			if e.ID == c.id {
				found = &e
			}
			if e.Caption == "" && !strings.Contains(c.file, "parteispenden") { // an older export, without captions
				t.Errorf("%s: entity %s without caption or schema", c.file, e.ID)
			}
			return nil
		})
		if err != nil || len(skipped) != 0 || n != c.entities || targets != c.targets || len(ops) != len(c.ops) {
			t.Errorf("%s: %d entities, %d targets, ops %v, skipped %v, err %v", c.file, n, targets, ops, skipped, err)
		}
		for op, k := range c.ops {
			if ops[op] != k {
				t.Errorf("%s: ops %v", c.file, ops)
			}
		}
		if c.id != "" && (found == nil || found.Caption != c.caption || found.Schema != c.schema || len(found.Properties[c.sampleProp]) < 10) {
			t.Errorf("%s: entity %s = %+v", c.file, c.id, found)
		}
	}
}

// TestUKSanctionsCapture reads the one real-looking excerpt there is (unverified: see its
// SOURCE.txt).
func TestUKSanctionsCapture(t *testing.T) {
	l, err := ParseUKSanctions(bytes.NewReader(capture(t, "uksanctions/UNVERIFIED_third_party_trimmed.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Designations) != 2 || l.DateGenerated == nil || !l.DateGenerated.Equal(day(2026, 9, 2)) {
		t.Fatalf("%d designations, generated %v", len(l.Designations), l.DateGenerated)
	}
	e, p := l.Designations[0], l.Designations[1]
	if e.UniqueID != "AFG0001" || e.PrimaryName() != "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE" || len(e.Names) != 3 ||
		e.EntityType != "Entity" || len(e.Addresses) != 2 || e.AddressCountries[1] != "United Arab Emirates" || e.UNReferenceNumber != "TAe.010" {
		t.Errorf("AFG0001: %+v", e)
	}
	if p.UniqueID != "AFG0006" || p.PrimaryName() != "MOHAMMAD HASSAN AKHUND" || p.Names[0].Family != "AKHUND" ||
		!equalStrings(p.DatesOfBirth, []string{"dd/mm/1945", "dd/mm/1946"}) || !equalStrings(p.Sanctions, []string{"Asset freeze", "Travel Ban"}) ||
		p.DateDesignated == nil || !p.DateDesignated.Equal(day(2001, 1, 25)) {
		t.Errorf("AFG0006: %+v", p)
	}
}

// TestUKSanctionsFields reads the fields of the real file the parser missed: non-Latin names at
// the path the live file uses, passports, phones, emails, places of birth, titles and
// parent/subsidiary links (a fixture built from the documented element names; see its header).
func TestUKSanctionsFields(t *testing.T) {
	l, err := ParseUKSanctions(bytes.NewReader(fixture(t, "uk_sanctions_fields.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Designations) != 2 {
		t.Fatalf("%d designations", len(l.Designations))
	}
	p, e := l.Designations[0], l.Designations[1]
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"non-Latin names", p.NonLatinNames, []string{"陈志", "ចេន ជី"}},
		{"phones", p.Phones, []string{"+855 23 000 000"}},
		{"emails", p.Emails, []string{"info@example.com", "press@example.com"}},
		{"titles", p.Titles, []string{"Neak Oknha"}},
		{"places of birth", p.PlacesOfBirth, []string{"Lianjiang, China"}},
		{"dates of birth", p.DatesOfBirth, []string{"16/12/1987"}},
		{"parents", e.ParentCompanies, []string{"PRINCE HOLDING GROUP"}},
		{"subsidiaries", e.Subsidiaries, []string{"Golden Fortune Casino Co., Ltd."}},
		{"entity types", e.EntityTypes, []string{"Private company"}},
	} {
		if !equalStrings(c.got, c.want) {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	if len(p.Passports) != 1 || p.Passports[0] != (UKDocumentID{Number: "EA0000000", Note: "Cambodian"}) {
		t.Errorf("passports %+v", p.Passports)
	}
}

// TestLinkFarmRealArticles: no captured news page is taken for a link farm, and a tag cloud is.
func TestLinkFarmRealArticles(t *testing.T) {
	for _, name := range []string{"dw.com.colonial.html", "mercurynews.com.2023.01.16.letters-1119.html", "reuters.com.parasite.html",
		"salon.com.emissions.html", "scmp.com.playbook.html", "theguardian.com.academics.html", "theverge.com.ios13.html",
		"vancouversun.com.microsoft.html"} {
		st := PageLinkStats(capture(t, "article/"+name))
		if st.LinkFarm() || st.Text < 500 {
			t.Errorf("%s: %+v taken for a link farm", name, st)
		}
	}
	var b strings.Builder
	b.WriteString("<html><body><h1>Tags</h1>")
	for i := 0; i < 500; i++ {
		b.WriteString(`<a href="/tag/` + strings.Repeat("x", i%7) + `">tag</a> `)
	}
	if st := PageLinkStats([]byte(b.String())); !st.LinkFarm() || st.Links != 500 {
		t.Errorf("tag cloud: %+v", st)
	}
}

func TestEmptyResultSets(t *testing.T) {
	if p, err := ParseDOJ([]byte(`{"metadata": {"resultset": {"count": 0, "pagesize": 50, "page": 0}}}`)); err != nil || len(p.Results) != 0 {
		t.Errorf("empty DOJ result set: %v", err)
	}
	if _, err := ParseDOJ([]byte(`{"metadata": {"resultset": {"count": 12}}}`)); err == nil {
		t.Error("DOJ answer counting 12 releases without results accepted")
	}
}
