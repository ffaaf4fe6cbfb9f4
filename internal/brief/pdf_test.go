package brief_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/brief"
	"github.com/scamgraph/scamgraph/model"
)

func ent(typ, name string, aliases ...string) model.Entity {
	return model.Entity{ID: model.EntityID(typ, name), Name: name, Type: typ, Aliases: aliases,
		Mentions: []model.Mention{{Start: 0, End: len(name), Text: name}}}
}

func relation(s model.Entity, pred string, o model.Entity, grade, quote string) model.Relation {
	return model.Relation{Subject: s.ID, Predicate: pred, Object: o.ID, Grade: grade, Quote: quote, Confidence: 0.9}
}

// deniedRelation is a relation that a denial reaches, as extraction marks it.
func deniedRelation(s model.Entity, pred string, o model.Entity, grade, quote string) model.Relation {
	r := relation(s, pred, o, grade, quote)
	r.Denied = true
	return r
}

func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// pdfWorld is a tagged graph around a person with a Chinese name: a sanction (official), a
// company he directs (reported, two outlets), an alleged ownership with a denial and a
// hostile quote, a compound the company operates, and a co-mention.
type pdfWorld struct {
	tag                             string
	boss, group, park, ofac, friend model.Entity
	docs                            []model.Document
}

func loadPDFWorld(t *testing.T, s *graphdb.Store) *pdfWorld {
	t.Helper()
	tag := storetest.Tag(t, "zbrief")
	w := &pdfWorld{tag: tag,
		boss:   ent(model.Person, "陈测试 "+tag, "Chen Ceshi "+tag, "ឡាយ តេស្ត "+tag, "ရွှေ စမ်းသပ် "+tag, "ทดสอบ ชเว "+tag),
		group:  ent(model.Company, "Lotus Test Holdings "+tag),
		park:   ent(model.Compound, "Lotus Park "+tag),
		ofac:   ent(model.Organization, "Office of Foreign Assets Control "+tag),
		friend: ent(model.Person, "Bystander Person "+tag),
	}
	day := func(s string) *time.Time { d, _ := time.Parse("2006-01-02", s); return &d }
	doc := func(host, path, title, published string, ents []model.Entity, rels ...model.Relation) model.Document {
		u := "https://" + host + "/" + tag + "/" + path
		return model.Document{URL: u, Title: title, Published: day(published), Capture: digest(u), Source: "brief-test-" + tag,
			Text: title, Language: "en", Kind: "article", Entities: ents, Relations: rels}
	}
	w.docs = []model.Document{
		doc("sanctions.example.gov", "sdn", "SDN entry "+tag, "2025-10-14", []model.Entity{w.boss, w.ofac, w.group},
			relation(w.boss, model.SanctionedBy, w.ofac, model.Official, "OFAC designated 陈测试 "+tag+" under the TCO program."),
			relation(w.group, model.SanctionedBy, w.ofac, model.Official, "OFAC designated Lotus Test Holdings "+tag+".")),
		doc("news-one.example.com", "a", "Chairman named "+tag, "2025-10-15", []model.Entity{w.boss, w.group, w.friend},
			relation(w.boss, model.Directs, w.group, model.Reported, "陈测试, chairman of Lotus Test Holdings, was charged."),
			relation(w.boss, model.MentionedWith, w.friend, model.CoMentioned, "")),
		doc("news-two.example.org", "b", "Holdings chairman "+tag, "2025-11-01", []model.Entity{w.boss, w.group},
			relation(w.boss, model.Directs, w.group, model.Reported, "Lotus Test Holdings is led by its chairman 陈测试.")),
		doc("blog.example.net", "c", "Workers speak "+tag, "2024-03-01", []model.Entity{w.boss, w.park},
			relation(w.boss, model.Owns, w.park, model.Alleged, "Workers say 陈测试 owns Lotus Park <script>alert('x')</script>."),
			deniedRelation(w.boss, model.Owns, w.park, model.Alleged, "陈测试 denied any involvement with Lotus Park.")),
		doc("news-one.example.com", "d", "Park operator "+tag, "2024-06-01", []model.Entity{w.group, w.park},
			relation(w.group, model.Operates, w.park, model.Reported, "Lotus Test Holdings operates Lotus Park.")),
	}
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "brief-test-" + tag, Kind: "rss"}, w.docs, time.Now()); err != nil {
		t.Fatalf("load test world: %v", err)
	}
	return w
}

// squash drops all white space, so text that pdftotext wrapped across lines still matches.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func tool(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %s: %v (install poppler-utils: scripts/chromium.sh)", name, strings.Join(args, " "), err)
	}
	return out
}

// TestPDFBrief prints a brief of the Chinese-named person from the real graph with Chromium
// and reads the PDF back: every typed tie at or above the grade is there with a footnote
// address and quote, the co-mention is not, the drawing is drawn and the Han name has glyphs.
func TestPDFBrief(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	w := loadPDFWorld(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	ids, err := brief.Resolve(ctx, s, []string{w.boss.Name})
	if err != nil || len(ids) != 1 || ids[0] != w.boss.ID {
		t.Fatalf("Resolve(%q) = %v, %v", w.boss.Name, ids, err)
	}
	b, err := brief.Build(ctx, s, ids, brief.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := brief.PDF(ctx, &pdf, b, ""); err != nil {
		t.Fatalf("%v\n(install Chromium and fonts with scripts/chromium.sh)", err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(file, pdf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := string(tool(t, "pdftotext", "-raw", "-enc", "UTF-8", file, "-"))
	flat := squash(text)

	// Every typed tie of the person, as the graph holds it, with a footnote address and quote.
	d, err := s.Entity(ctx, w.boss.ID)
	if err != nil || d == nil {
		t.Fatalf("entity %s: %v", w.boss.ID, err)
	}
	typed := 0
	for _, r := range d.Relations {
		if r.Predicate == model.MentionedWith {
			continue
		}
		typed++
		if !strings.Contains(flat, squash(r.Other.Name)) {
			t.Errorf("PDF does not name %s (%s)", r.Other.Name, r.Predicate)
		}
		for _, ev := range r.Evidence {
			quote := squash(ev.Quote)
			if !strings.Contains(flat, quote) {
				t.Errorf("PDF lacks the quote of %s %s: %q", r.Predicate, r.Other.Name, ev.Quote)
			}
			if !strings.Contains(flat, squash(ev.DocumentURL)) {
				t.Errorf("PDF lacks the footnote address %s", ev.DocumentURL)
			}
			if !strings.Contains(flat, ev.Capture) {
				t.Errorf("PDF lacks capture %s", ev.Capture)
			}
		}
	}
	if typed != 3 {
		t.Errorf("%d typed ties in the graph, want 3 (sanction, directs, owns)", typed)
	}
	for _, want := range []string{"it is alleged that 陈测试", "reports a denial", "as reported by news-one.example.com and news-two.example.org",
		"as official records state (sanctions.example.gov)", "This rests on a single source", "<script>alert('x')</script>",
		"Page 1 / ", "graph snapshot", "arrow: subject → object", "Appendix: grades and method"} {
		if !strings.Contains(flat, squash(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// The co-mentioned person is counted, never named, let alone stated as tied.
	if strings.Contains(flat, squash(w.friend.Name)) {
		t.Errorf("PDF names the co-mentioned %s", w.friend.Name)
	}
	if !strings.Contains(flat, squash("1 further entity only appears in the same documents; that is not evidence of a tie")) {
		t.Error("PDF does not count the co-mention")
	}

	// Khmer, Burmese and Thai names are set in their Noto fonts, embedded in the PDF.
	fonts := string(tool(t, "pdffonts", file))
	for _, f := range []string{"NotoSansKhmer", "NotoSansMyanmar", "NotoSansThai"} {
		if !strings.Contains(fonts, f) {
			t.Errorf("PDF embeds no %s font (install fonts-noto-core):\n%s", f, fonts)
		}
	}
	for _, name := range []string{"ឡាយ", "ရွှေ", "ทดสอบ"} {
		if !strings.Contains(text, name) {
			t.Errorf("PDF text lacks the alias %q", name)
		}
	}

	// The drawing: the person's node fill (#f59e0b) appears only in the network picture.
	pages := pageCount(t, file)
	drawn := false
	for p := 1; p <= pages && !drawn; p++ {
		img := renderPNG(t, dir, file, p, 40, nil)
		drawn = countColour(img, img.Bounds(), 0xf5, 0x9e, 0x0b) > 30
	}
	if !drawn {
		t.Error("no page shows the network drawing's node colours")
	}

	// The Han name renders as glyphs, not empty boxes: inside the word's box on page 1 there is
	// ink well away from the edges, where a missing-glyph box has none.
	box := wordBox(t, file, "陈测试")
	img := renderPNG(t, dir, file, 1, 150, &box)
	ratio := innerInk(img)
	t.Logf("Han name interior ink %.3f", ratio)
	if ratio < 0.04 {
		t.Errorf("the Han name's box has %.3f of its interior inked; glyphs missing (install fonts-noto-cjk)", ratio)
	}
}

func pageCount(t *testing.T, file string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(tool(t, "pdfinfo", file))
	if m == nil {
		t.Fatal("pdfinfo gives no page count")
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

type rect struct{ x0, y0, x1, y1 float64 } // PDF points, top-left origin (pdftotext -bbox)

// wordBox finds the first word on page 1 containing s.
func wordBox(t *testing.T, file, s string) rect {
	t.Helper()
	out := string(tool(t, "pdftotext", "-bbox", "-f", "1", "-l", "1", file, "-"))
	re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		if strings.Contains(m[5], s) {
			f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
			return rect{f(1), f(2), f(3), f(4)}
		}
	}
	t.Fatalf("page 1 has no word containing %q", s)
	return rect{}
}

// renderPNG renders one page (or a box of it) at dpi and decodes it.
func renderPNG(t *testing.T, dir, file string, page, dpi int, box *rect) image.Image {
	t.Helper()
	out := filepath.Join(dir, fmt.Sprintf("p%d-%d", page, dpi))
	args := []string{"-png", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-singlefile"}
	if box != nil {
		k := float64(dpi) / 72
		args = append(args, "-x", strconv.Itoa(int(box.x0*k)), "-y", strconv.Itoa(int(box.y0*k)),
			"-W", strconv.Itoa(int((box.x1-box.x0)*k)+1), "-H", strconv.Itoa(int((box.y1-box.y0)*k)+1))
	}
	tool(t, "pdftoppm", append(args, file, out)...)
	f, err := os.Open(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func countColour(img image.Image, r image.Rectangle, cr, cg, cb uint8) int {
	n := 0
	near := func(a uint32, b uint8) bool { d := int(a>>8) - int(b); return d > -20 && d < 20 }
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if near(pr, cr) && near(pg, cg) && near(pb, cb) {
				n++
			}
		}
	}
	return n
}

// innerInk is the share of dark pixels in the middle of each character cell of the image
// (the word's box): Han glyphs cross their cell's middle, empty .notdef boxes do not.
func innerInk(img image.Image) float64 {
	b := img.Bounds()
	h := b.Dy()
	dark, total := 0, 0
	// Each Han character is about as wide as the line is high.
	for cell := b.Min.X; cell+h <= b.Max.X; cell += h {
		for y := b.Min.Y + h/4; y < b.Max.Y-h/4; y++ {
			for x := cell + h/4; x < cell+h-h/4; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				if (r+g+bl)/3 < 0x8000 {
					dark++
				}
				total++
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(dark) / float64(total)
}
