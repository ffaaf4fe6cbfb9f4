package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// articleHTML wraps body in a page with enough article prose for go-trafilatura to find.
func articleHTML(head, body string) string {
	prose := strings.Repeat("<p>The investigators followed the money through a chain of shell companies registered in three countries, and each of them reported to the same two directors over the years.</p>\n", 6)
	return "<html><head><title>Raid on the compound</title>" + head + "</head><body><nav><a href='/'>Home</a></nav><article><h1>Raid on the compound</h1>" +
		strings.ReplaceAll(body, "PROSE", prose) + "</article><footer>About us</footer></body></html>"
}

func TestMainTextFurniture(t *testing.T) {
	tests := []struct {
		name       string
		body       string
		want, lose []string
	}{
		{
			name: "standfirst heading under the headline",
			body: "<h2 class='sub-head'>Police say the site held hundreds of workers against their will.</h2>PROSE",
			want: []string{"shell companies"},
			lose: []string{"against their will"},
		},
		{
			name: "short section heading after the headline stays",
			body: "<h2>Background</h2>PROSE",
			want: []string{"Background", "shell companies"},
		},
		{
			name: "standfirst under the second h1 (the first is the site logo)",
			body: "<h2>Intro</h2><h1>Raid on the compound, part two</h1>\n<h3>Police say the site held hundreds of workers against their will.</h3>PROSE",
			lose: []string{"against their will"},
		},
		{
			name: "headline list with labels between links",
			body: "PROSE<p><strong>DON'T MISS</strong></p><p><a href='/a'>Ministers deny any link</a> [<strong>INSIGHT]|</strong><a href='/b'>Second raid planned for Friday</a> [VIDEO] <a href='/c'>Victims speak out</a></p>PROSE",
			lose: []string{"DON'T MISS", "Ministers deny", "Victims speak"},
		},
		{
			name: "trailing list of links to other articles",
			body: "PROSE<ul><li><a href='/a'><u>15 Amazing Images of Stars</u></a></li><li><a href='/b'>11 Facts About Our Galaxy</a></li></ul>",
			lose: []string{"Amazing Images", "Facts About"},
		},
		{
			name: "list with prose items stays",
			body: "PROSE<ul><li><a href='/a'>Prince Group</a> owned the land under the compound.</li><li><a href='/b'>Huione</a> moved the money.</li></ul>PROSE",
			want: []string{"owned the land", "moved the money"},
		},
		{
			name: "tags, reading time, contributor line, also-link",
			body: "<p>Tempo de leitura: 2 minutos</p>PROSE<p>Also: <a href='/c'>See our coverage of the trial</a></p><p>Jane Roe contributed reporting from Phnom Penh.</p><p>Filed under: Cambodia | Scams</p>",
			lose: []string{"Tempo de leitura", "coverage of the trial", "contributed reporting", "Filed under"},
		},
		{
			name: "share prompt, photo credit, dated byline",
			body: "<p>By Nov 18, 2019, 11:47am EST</p><p>Share this story</p><p>Photo by Kirk Irwin/Getty Images</p>PROSE",
			lose: []string{"11:47am", "Share this story", "Kirk Irwin"},
		},
		{
			name: "standfirst named by its class",
			body: "<div class='meta'><span>6 comments</span></div><p class='c-entry-summary p-dek'>The defence is dealing with a bunch of suspensions right now.</p>PROSE",
			lose: []string{"bunch of suspensions"},
		},
		{
			name: "lead paragraph called a summary stays",
			body: "<div class='article__summary summary'><p>Three people died during protests against the interim government, officials said on Tuesday.</p></div>PROSE",
			want: []string{"Three people died during protests"},
		},
		{
			name: "publication stamps",
			body: "<p>First Published: Tuesday, November 19, 2019 08:38 AM</p>PROSE<p>기사입력 :[ 2018-08-25 15:24 ]</p>",
			lose: []string{"First Published", "기사입력"},
		},
		{
			name: "hover card inside a sentence",
			body: "PROSE<p>He threatened Rep. <span class='rollover-people'><a href='/p'>Ilhan Omar</a><span class='rollover-people-block'><img src='x.jpg'><a href='/p'>Ilhan Omar</a><a href='/o'>Hillicon Valley: other story</a></span></span> in a voicemail.</p><p>Workers were held in <span class='tooltip'>KK Park<span class='tooltip-text'>definition shown on hover</span></span> for months.</p>PROSE",
			want: []string{"Ilhan Omar in a voicemail", "held in KK Park for months"},
			lose: []string{"Hillicon", "shown on hover"},
		},
		{
			name: "offer with sign-up words stays",
			body: "PROSE<p><a href='/h'>Sign up for a Hulu ad-free account for $11.99 a month</a></p>PROSE",
			want: []string{"Sign up for a Hulu"},
		},
		{
			name: "capitalised related-article link",
			body: "PROSE<p><strong><a href='/other'>POLICE RAID SECOND SITE NEAR THE BORDER</a></strong></p>PROSE",
			want: []string{"shell companies"},
			lose: []string{"SECOND SITE"},
		},
		{
			name: "related prefix",
			body: "PROSE<p>Related: <a href='/x'>How the money moved through Bangkok</a></p>PROSE",
			lose: []string{"money moved through Bangkok"},
		},
		{
			name: "link list paragraph",
			body: "PROSE<p><a href='/a'>Ministers deny any link</a> | <a href='/b'>Second raid planned</a></p>PROSE",
			lose: []string{"Ministers deny", "Second raid"},
		},
		{
			name: "single mixed-case link paragraph stays (shop links, sources)",
			body: "PROSE<p><a href='/report'>Read the full court judgment of 12 March</a></p>PROSE",
			want: []string{"full court judgment"},
		},
		{
			name: "sentence citing a link stays",
			body: "PROSE<p>The <a href='/r'>UN REPORT ON SCAM CENTRES</a> counted 120,000 people held in Myanmar.</p>PROSE",
			want: []string{"UN REPORT ON SCAM CENTRES", "120,000 people"},
		},
		{
			name: "calls to action and credits",
			body: "PROSE<p>Like this story? Share it with a friend!</p><p>CLICK HERE TO GET THE NEWS APP</p>" +
				"<p>Follow the Opinion section on Facebook, Twitter and Instagram.</p><p>Continue Reading Below</p>" +
				"<p>(Reporting by Jane Roe; editing by John Doe)</p><p>If you buy something through this post, we may get a share of the sale.</p><p>Get it on Amazon for $39.99 or click here</p><p>Copyright © 2024 Example News. All rights reserved.</p>PROSE",
			want: []string{"shell companies"},
			lose: []string{"Share it", "CLICK HERE", "Follow the Opinion", "Continue Reading", "Reporting by", "Copyright", "share of the sale", "or click here"},
		},
		{
			name: "article sentences with the same words stay",
			body: "PROSE<p>Workers said they had to sign up for shifts of sixteen hours, and those who refused to follow orders were beaten.</p>" +
				"<p>Copyright lawyers for the company declined to comment on the allegations made in the court filing last week by the prosecutors.</p>" +
				"<p>By 2025, the compound had doubled.</p><p>Published in 2019, the report found fraud.</p><p>Updated 2019 figures show 40 died.</p>PROSE",
			want: []string{"sign up for shifts", "Copyright lawyers", "By 2025, the compound had doubled.", "Published in 2019, the report", "Updated 2019 figures"},
		},
		{
			name: "quoted scam messages and prose with call-to-action words stay",
			body: "PROSE<p>Victims were told to click here to claim their winnings, a message seen by reporters said.</p>" +
				"<p>Follow the money on Telegram channels, investigators say.</p><p>Get the Huione Pay app, the victims were told.</p>" +
				"<p>If you buy something from a scam site, report it to the police.</p><p>Reporting by the BBC found that 40 people died.</p>PROSE",
			want: []string{"click here to claim", "Follow the money on Telegram", "Get the Huione Pay app", "If you buy something from a scam site", "Reporting by the BBC"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, _ := mainText([]byte(articleHTML("", tc.body)), "https://news.example/raid")
			if !strings.Contains(text, "shell companies") {
				t.Fatalf("article prose lost: %q", text)
			}
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("want %q in text:\n%s", w, text)
				}
			}
			for _, l := range tc.lose {
				if strings.Contains(text, l) {
					t.Errorf("%q should be dropped:\n%s", l, text)
				}
			}
		})
	}
}

// go-trafilatura's output tree has trimmed text nodes; the spaces around inline elements must
// come back, or words run together ("forLarry").
func TestMainTextInlineSpacing(t *testing.T) {
	body := "PROSE<p>The money went to <a href='/p'>Larry Smith</a>, then to <b>Prince Holding</b>(a company) and <em>on</em> to Bangkok.</p>PROSE"
	text, _ := mainText([]byte(articleHTML("", body)), "https://news.example/raid")
	for _, w := range []string{"went to Larry Smith, then", "Prince Holding (a company) and on to Bangkok."} {
		if !strings.Contains(text, w) {
			t.Errorf("want %q in:\n%s", w, text)
		}
	}
}

func TestMainTextJSONLD(t *testing.T) {
	ldBody := strings.Repeat("Prosecutors said the compound held 2,000 workers who were forced to run online scams. ", 8)
	tests := []struct {
		name, ld, body string
		want, lose     []string
	}{
		{
			name: "thin DOM body: articleBody wins",
			ld:   ldBody,
			body: "<p>Read the full story in our app.</p>",
			want: []string{"forced to run online scams"},
		},
		{
			name: "articleBody holding HTML is rendered, not kept with tags",
			ld:   "<p>" + ldBody + "</p><p>The second paragraph names the <b>director</b>.</p>",
			body: "<p>Read the full story in our app.</p>",
			want: []string{"forced to run online scams", "names the director"},
			lose: []string{"<p>", "<b>"},
		},
		{
			name: "full DOM body: DOM text kept",
			ld:   "A short summary of the raid.",
			body: "PROSE",
			want: []string{"shell companies"},
			lose: []string{"short summary"},
		},
		{
			name: "DOM text that is a cookie banner: long articleBody wins",
			ld:   ldBody,
			body: "<div class='article'><p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you consent to our use of cookies as described in our policy, which you can read at any time, and manage in the settings of your browser.</p></div>",
			want: []string{"forced to run online scams"},
			lose: []string{"We use cookies"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ld, _ := json.Marshal(map[string]string{"@type": "NewsArticle", "articleBody": tc.ld})
			head := "<script type='application/ld+json'>" + string(ld) + "</script>"
			text, _ := mainText([]byte(articleHTML(head, tc.body)), "https://news.example/raid")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("want %q in:\n%s", w, text)
				}
			}
			for _, l := range tc.lose {
				if strings.Contains(text, l) {
					t.Errorf("%q should not be in:\n%s", l, text)
				}
			}
		})
	}
}

// The fallback comparison ported from trafilatura 2 (external.py, _prefer_readability).
func TestPreferReadability(t *testing.T) {
	tests := []struct {
		name         string
		n, extracted int
		deficient    bool
		cand         string
		want         bool
	}{
		{"empty candidate", 0, 100, true, "", false},
		{"same length", 800, 800, true, "x", false},
		{"own text empty", 40, 0, false, "x", true},
		{"candidate twice as long", 2100, 1000, false, "text", true},
		{"candidate twice as long but raw JSON", 2100, 1000, false, " {\"a\":1}", false},
		{"candidate a bit longer", 1500, 1000, false, "text", false},
		{"deficient own text, candidate of some size", 600, 700, true, "text", true},
		{"deficient own text, small candidate", 400, 300, true, "text", false},
		{"own text more than twice as long", 600, 1300, true, "text", false},
	}
	for _, tc := range tests {
		if got := preferReadability(tc.n, tc.extracted, tc.deficient, tc.cand); got != tc.want {
			t.Errorf("%s: preferReadability(%d, %d, %v) = %v, want %v", tc.name, tc.n, tc.extracted, tc.deficient, got, tc.want)
		}
	}
}

func TestStructurallyDeficient(t *testing.T) {
	tests := []struct {
		html string
		want bool
	}{
		{"<div><p>Some text of the article.</p><table><tr><td>1</td></tr></table></div>", false},
		{"<div><p>Some text.</p><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></div>", true},
		{"<div><list><item>Only list items here.</item></list></div>", true},
		{"<div><p></p><p>  </p></div>", true},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader(tc.html))
		if err != nil {
			t.Fatal(err)
		}
		if got := structurallyDeficient(doc); got != tc.want {
			t.Errorf("structurallyDeficient(%s) = %v, want %v", tc.html, got, tc.want)
		}
	}
	if structurallyDeficient(nil) {
		t.Error("nil tree reported deficient")
	}
}

// A lead set as bare text beside block elements (readability.js wraps such runs into
// paragraphs; go-trafilatura alone dropped it or extracted it twice).
func TestMainTextBareLead(t *testing.T) {
	body := "<div class='content'>Police raided the compound at dawn <em>on Monday</em>, according to <a href='/s'>officials</a>. Hundreds were freed.<br><br>" +
		"<img src='x.jpg'>PROSE</div>"
	text, _ := mainText([]byte(articleHTML("", body)), "https://news.example/raid")
	if got := strings.Count(text, "raided the compound at dawn on Monday, according to officials"); got != 1 {
		t.Errorf("lead found %d times, want once:\n%s", got, text)
	}
	if strings.Count(text, "Hundreds were freed") != 1 {
		t.Errorf("lead's second sentence not found once:\n%s", text)
	}

	doc, err := html.Parse(strings.NewReader("<div>Lead text <b>bold</b> end.<p>Para.</p>tail <i>x</i><div>block</div></div>"))
	if err != nil {
		t.Fatal(err)
	}
	wrapBareText(doc, 0)
	var buf strings.Builder
	if err := html.Render(&buf, doc); err != nil {
		t.Fatal(err)
	}
	want := "<div><p>Lead text <b>bold</b> end.</p><p>Para.</p><p>tail <i>x</i></p><div>block</div></div>"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("wrapped tree\n%s\nwant it to hold\n%s", buf.String(), want)
	}
}

// FuzzMainTextFurniture feeds hostile markup through the furniture pass, the readability
// comparison and the line rules: no panic, and the text never grows beyond what the page holds.
func FuzzMainTextFurniture(f *testing.F) {
	f.Add(articleHTML("", "<h2>A standfirst of several words here.</h2>PROSE<ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul>"))
	f.Add(articleHTML("<script type='application/ld+json'>{\"articleBody\":\"<p>x<b>y</p>\"}</script>", "<div>bare <i>text</i><p>p</p>tail</div>"))
	f.Add("<div><h1>h</h1><h2>" + strings.Repeat("w ", 20) + "</h2><p><strong><a>READ THIS NOW PLEASE</a></strong></p></div>")
	f.Fuzz(func(t *testing.T, page string) {
		if len(page) > 1<<16 {
			return
		}
		text, _ := mainText([]byte(page), "https://news.example/a")
		if !utf8.ValidString(text) && utf8.ValidString(page) {
			t.Errorf("invalid UTF-8 out of valid input: %q", text)
		}
		dropBoilerLines(page, page)
		ldText(page)
	})
}

func TestMainTextAuthorBio(t *testing.T) {
	head := "<meta name='author' content='Jane Roe'>"
	body := "<p>Jane Roe is the name the victims used for the recruiter, a woman in her thirties who spoke Thai and Chinese.</p>PROSE" +
		"<p>Jane Roe is a reporter covering crime in Southeast Asia.</p>"
	text, meta := mainText([]byte(articleHTML(head, body)), "https://news.example/raid")
	if meta.Author != "Jane Roe" {
		t.Fatalf("author %q, want Jane Roe", meta.Author)
	}
	if strings.Contains(text, "reporter covering crime") {
		t.Errorf("closing author bio kept:\n%s", text)
	}
	if !strings.Contains(text, "name the victims used") {
		t.Errorf("article paragraph starting with the author's name dropped:\n%s", text)
	}
	if got := dropAuthorBio("A.\n\nBo Li covers courts.", "Bo"); got != "A.\n\nBo Li covers courts." {
		t.Errorf("one-word author name matched: %q", got)
	}
}
