package extract

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/scamgraph/scamgraph/model"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func article(paras ...string) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><article>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article><footer>Copyright</footer></body></html>")
	return []byte(b.String())
}

const filler = "The report was published after months of interviews with workers, officials and families across the region, and it describes conditions in detail."

func TestDispatchListingsGiveNoDocuments(t *testing.T) {
	x := newTestExtractor(t)
	cases := []Page{
		{URL: "https://cambojanews.com/feed/", Body: []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`)},
		{URL: "https://example.com/news-sitemap.xml", Body: []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`)},
		{Kind: "gdelt", Body: []byte(`{"articles":[]}`)},
		{URL: "https://example.com/x", Body: []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`)},
	}
	for _, p := range cases {
		docs, err := x.Extract(context.Background(), p)
		if err != nil || docs != nil {
			t.Errorf("%s kind %q: got %d docs, err %v; want none", p.URL, p.Kind, len(docs), err)
		}
	}
}

func TestDecodeCharsets(t *testing.T) {
	latin, _ := charmap.Windows1252.NewEncoder().String("<p>Café Phnom Penh</p>")
	cases := []struct {
		name, ct string
		body     []byte
	}{
		{"header", "text/html; charset=windows-1252", []byte(latin)},
		{"meta", "", append([]byte(`<meta charset="windows-1252">`), latin...)},
		{"bom", "", append([]byte("\ufeff"), "<p>Café Phnom Penh</p>"...)},
		{"utf8 undeclared", "", []byte("<p>Café Phnom Penh</p>")},
	}
	for _, c := range cases {
		out, _, err := decodeHTML(c.body, c.ct)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(string(out), "Café") || !utf8.Valid(out) {
			t.Errorf("%s: got %q", c.name, out)
		}
	}
}

func TestArticleMetadataAndEntities(t *testing.T) {
	x := newTestExtractor(t)
	body := []byte(`<html lang="en-GB"><head><title>Raid on compound</title>
<meta property="article:published_time" content="2025-10-15T08:30:00+07:00"></head><body><article><h1>Raid on compound</h1>
<p>Police raided the Golden Lotus Technology Park in Bavet on Monday. ` + filler + `</p>
<p>Golden Lotus Technology Park is owned by Meng Tai Development Co., Ltd., a firm registered in Phnom Penh. ` + filler + `</p>
<p>Oknha Heng Sovannarith, chairman of Meng Tai Development Co., Ltd., denied that Meng Tai Development owns the Dragon Bay Resort. ` + filler + `</p>
<p>Chen Zhi (陈志), chairman of Prince Group, was sanctioned by OFAC. Chen has denied wrongdoing. ` + filler + `</p>
</article></body></html>`)
	docs, err := x.Extract(context.Background(), Page{URL: "https://news.example.org/a", Body: body})
	if err != nil || len(docs) != 1 {
		t.Fatalf("got %d docs, err %v", len(docs), err)
	}
	d := docs[0]
	if d.Title != "Raid on compound" || d.Language != "en" || d.Published == nil || d.Published.Format("2006-01-02") != "2025-10-15" {
		t.Errorf("metadata: title %q lang %q published %v", d.Title, d.Language, d.Published)
	}
	if strings.Contains(d.Text, "Copyright") || !strings.Contains(d.Text, "\n\n") {
		t.Errorf("text should be the article paragraphs separated by blank lines: %q", d.Text)
	}
	byName := map[string]model.Entity{}
	for _, e := range d.Entities {
		byName[e.Name] = e
		for _, m := range e.Mentions {
			if d.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not match text at %d:%d", m.Text, m.Start, m.End)
			}
		}
	}
	want := map[string]string{"Golden Lotus Technology Park": model.Compound, "Bavet": model.Location, "Meng Tai Development Co., Ltd.": model.Company,
		"Heng Sovannarith": model.Person, "Chen Zhi": model.Person, "Prince Holding Group": model.Company, "Office of Foreign Assets Control": model.Organization}
	for n, typ := range want {
		if e, ok := byName[n]; !ok || e.Type != typ {
			t.Errorf("entity %q: got %+v, want type %s", n, e, typ)
		}
	}
	chen := byName["Chen Zhi"]
	var forms []string
	for _, m := range chen.Mentions {
		forms = append(forms, m.Text)
	}
	if got := strings.Join(forms, "|"); got != "Chen Zhi|陈志|Chen" {
		t.Errorf("Chen Zhi mentions %q, want Chen Zhi|陈志|Chen", got)
	}
	for _, e := range d.Entities {
		if e.Name == "Monday" || e.Name == "Oknha" || e.Name == "Police" {
			t.Errorf("not an entity: %q", e.Name)
		}
	}
	rels := map[string]model.Relation{}
	for _, r := range d.Relations {
		rels[r.Subject+" "+r.Predicate+" "+r.Object] = r
	}
	checks := []struct{ key, grade string }{
		// The chairman denies the ownership, not his post: the role in apposition is the writer's.
		{"person:heng-sovannarith DIRECTS company:meng-tai-development-co-ltd", model.Reported},
		{"company:meng-tai-development-co-ltd OWNS compound:golden-lotus-technology-park", model.Reported},
		{"company:meng-tai-development-co-ltd OWNS compound:dragon-bay-resort", model.Alleged},
		{"person:chen-zhi DIRECTS company:prince-holding-group", model.Reported},
		{"person:chen-zhi SANCTIONED_BY organization:office-of-foreign-assets-control", model.Reported},
		{"company:meng-tai-development-co-ltd LOCATED_IN location:phnom-penh", model.Reported},
	}
	for _, c := range checks {
		r, ok := rels[c.key]
		if !ok {
			t.Errorf("missing relation %s", c.key)
			continue
		}
		if r.Grade != c.grade || r.Quote == "" {
			t.Errorf("%s: grade %s quote %q, want %s", c.key, r.Grade, r.Quote, c.grade)
		}
	}
	// The denial is kept as an alleged claim with the denial in the quote, never as its opposite.
	if r := rels["company:meng-tai-development-co-ltd OWNS compound:dragon-bay-resort"]; !strings.Contains(r.Quote, "denied") {
		t.Errorf("ownership quote %q", r.Quote)
	}
}

func TestNonLatinPages(t *testing.T) {
	x := newTestExtractor(t)
	pages := map[string]string{
		"km": "ប៉ូលិសបានឆែកឆេរអគារមួយនៅខេត្តព្រះសីហនុ ហើយបានឃាត់ខ្លួនជនបរទេសជាច្រើននាក់។ ",
		"my": "မြဝတီမြို့အနီးရှိ KK Park တွင် စစ်တပ်က စီးနင်းဝင်ရောက်ခဲ့သည်။ ",
		"th": "ตำรวจไทยบุกค้นอาคารแห่งหนึ่งใกล้ชายแดนแม่สอดและจับกุมผู้ต้องสงสัยหลายราย ",
		"zh": "太子集团董事长陈志被美国财政部制裁，柬埔寨西港的园区随后关闭。 ",
	}
	for lang, s := range pages {
		body := article(strings.Repeat(s, 6), strings.Repeat(s, 5))
		docs, err := x.Extract(context.Background(), Page{URL: "https://example.org/" + lang, Body: body})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: %d docs, err %v", lang, len(docs), err)
		}
		if docs[0].Language != lang {
			t.Errorf("%s: language %q", lang, docs[0].Language)
		}
		if lang == "zh" {
			found := false
			for _, e := range docs[0].Entities {
				if e.Name == "Chen Zhi" || e.Name == "Prince Holding Group" {
					found = true
				}
			}
			if !found {
				t.Errorf("zh: known Han names not found: %+v", docs[0].Entities)
			}
		}
	}
}

func TestAddKnownConcurrent(t *testing.T) {
	x := newTestExtractor(t)
	done := make(chan bool)
	go func() {
		for i := 0; i < 200; i++ {
			x.AddKnown(model.Entity{Name: "Sokha Norn Trading " + itoa(i), Type: model.Company})
		}
		done <- true
	}()
	d := &model.Document{Text: "Veasna Mekong Star was named in the report about Sihanoukville."}
	for i := 0; i < 50; i++ {
		x.Analyze(d)
	}
	<-done
	x.AddKnown(model.Entity{Name: "Veasna Mekong Star", Type: model.Compound, Aliases: []string{"VMS"}})
	x.Analyze(d)
	if len(d.Entities) == 0 || d.Entities[0].Type != model.Compound || d.Entities[0].Name != "Veasna Mekong Star" {
		t.Errorf("added name not recognised: %+v", d.Entities)
	}
}

func TestCoMentionsBounded(t *testing.T) {
	x, err := New(Options{MaxCoMentions: 5})
	if err != nil {
		t.Fatal(err)
	}
	d := &model.Document{Text: "Cambodia, Myanmar, Laos, Thailand, Vietnam, China and Malaysia met in Bangkok with Interpol and the United Nations."}
	x.Analyze(d)
	n := 0
	for _, r := range d.Relations {
		if r.Predicate == model.MentionedWith {
			n++
			if r.Grade != model.CoMentioned {
				t.Errorf("co-mention graded %s", r.Grade)
			}
		}
	}
	if n == 0 || n > 5 {
		t.Errorf("%d co-mentions, want 1..5", n)
	}
}

// checkDocument asserts the invariants every document keeps, whatever the input.
func checkDocument(t *testing.T, d model.Document) {
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not UTF-8")
	}
	ids := map[string]bool{}
	for _, e := range d.Entities {
		ids[e.ID] = true
		if !validType(e.Type) {
			t.Fatalf("bad type %q", e.Type)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
		}
	}
	for _, r := range d.Relations {
		if !ids[r.Subject] || !ids[r.Object] || model.GradeRank(r.Grade) >= len(model.Grades) {
			t.Fatalf("bad relation %+v", r)
		}
	}
}

func FuzzExtractHTML(f *testing.F) {
	f.Add([]byte(`<html><body><p>Chen Zhi, chairman of Prince Group, was sanctioned by OFAC.</p></body></html>`), "text/html")
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0 KK Park</p>"), "")
	f.Add([]byte("<p>ប៉ូលិស KK Park 陈志 (</p><p>Co., Ltd.</p>"), "text/html; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<rss><channel></channel></rss>"), "application/rss+xml")
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		docs, err := x.Extract(context.Background(), Page{URL: "https://example.org/a", Body: body, ContentType: ct})
		if err != nil {
			return
		}
		for _, d := range docs {
			checkDocument(t, d)
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Chen Zhi (陈志), chairman of Prince Holding Group Co., Ltd., denied owning KK Park in Myawaddy.")
	f.Add("The KNU, which leased land for KK Park, is protected by the Karen National Army. Mr. Chen said.")
	f.Add("A, B and C were sanctioned by OFAC.\n\nL.Y.P. Group's son U.S. 's")
	f.Add("ប៉ូលិសបានឆែកឆេរ 太子集团 O'Smach Resort, Oddar Meanchey")
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := model.Document{Text: text}
		x.Analyze(&d)
		checkDocument(t, d)
	})
}
