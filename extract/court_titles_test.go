package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtTitleRecords: a record whose heading the page's main text leaves out is still read
// as the court's own by its title (a caption with a neutral citation or a filing's kind) or by
// the judge's voice; a news story titled by a case, or quoting a judge, is not.
func TestCourtTitleRecords(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              bool
	}{
		{"caption and neutral citation in the title", "Public Prosecutor v Ong Kah Wee [2024] SGHC 118",
			"Sam Lee (Attorney-General's Chambers) for the Prosecution.\n\n1 The accused pleaded guilty to four charges.", true},
		{"appeal citation with a division letter", "Chua Boon Hock v Public Prosecutor [2023] SGCA(I) 7",
			"1 The appellant was convicted on two charges of cheating.", true},
		{"plea agreement filed in a case", "United States v. Rivera, No. 1:25-cr-00311 — Plea Agreement (S.D.N.Y.)",
			"1. The defendant agrees to plead guilty to Count One of the Information.", true},
		{"judge's name line under a caption", "Lim Boon Seng v Harbour Crest Pte Ltd",
			"Wong Mei Ling J:\n\nIntroduction\n\n1 The plaintiff claims a share of the resort's profits.", true},
		{"numbered party under a caption", "Tan Ah Kow v Golden Reef Holdings and others",
			"1 The plaintiff sues the second defendant for the price of shares held on trust.", true},
		{"numbered party in news without a caption", "Casino shares row reaches court",
			"The second defendant, a Cambodian firm, did not appear, the plaintiff's lawyer said.", false},
		{"news story titled by a case", "Tan v Golden Reef: tycoon loses bid over casino shares",
			"A Singapore businessman lost his claim to shares in a Cambodian casino on Monday, his lawyer said.", false},
		{"citation without a caption", "Singapore court jails director, [2025] SGHC 41 shows",
			"The director was jailed for five years. I find that troubling, one lawyer said.", false},
		{"news quoting a judge in the first person", "Lim v. Ong: workers win back wages",
			"\"I find it hard to believe,\" a worker said after the hearing.", false},
		{"plea agreement in a headline without a caption", "Former finance chief signs Plea Agreement over casino laundering",
			"The former chief financial officer agreed to plead guilty, prosecutors said.", false},
	}
	for _, c := range cases {
		d := &model.Document{Title: c.title, Text: c.text}
		if got := courtRecord(d); got != c.want {
			t.Errorf("%s: courtRecord = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCourtPageTitles: a legal reporter heads its page with the case name alone and keeps the
// neutral citation in the page's <title>; that <title> marks the record as the document's title
// would. A news page's <title> naming a case, or citing one without a caption, does not.
func TestCourtPageTitles(t *testing.T) {
	judgment := "Introduction\n\n1 This is the Prosecution's appeal against the sentence imposed on the respondent. For the reasons below, I allow the appeal."
	cases := []struct {
		name, title, pageTitle, text string
		want                         bool
	}{
		{"citation kept in the page title", "Public Prosecutor v Lim Boon Keat",
			"Public Prosecutor v Lim Boon Keat [2025] SGHC 87 — LawNet Open Judgments", judgment, true},
		{"forfeiture grounds under a Malay caption", "Pendakwa Raya v Teguh Maju Resources Sdn Bhd & Anor",
			"Pendakwa Raya v Teguh Maju Resources Sdn Bhd & Anor [2026] MLJU 1412 | LegalNet Malaysia",
			"[1] This is an application by the Public Prosecutor for the forfeiture of property seized by the police.", true},
		{"plea agreement in the page title", "United States v. Rivera",
			"United States v. Rivera, No. 1:25-cr-00311 — Plea Agreement | Court Archive",
			"1. The defendant agrees to plead guilty to Count One of the Information.", true},
		{"news page title naming a case", "Tycoon loses bid over casino shares",
			"Tan v Golden Reef: tycoon loses bid over casino shares | Mekong Ledger",
			"A Singapore businessman lost his claim to shares in a Cambodian casino on Monday, his lawyer said.", false},
		{"news page title citing a judgment without a caption", "Director jailed over nominee firm",
			"Director jailed over nominee firm, [2025] SGHC 41 shows | Straits Daily", judgment, false},
		{"citation and caption in a news page title over a news heading", "What the ruling means for workers",
			"Lim v Ong [2025] SGHC 12: what the ruling means for workers | Mekong Ledger",
			"Lawyers said the ruling could help former workers win back wages.", false},
		{"page title same as the heading", "Casino shares row reaches court", "Casino shares row reaches court",
			"The second defendant, a Cambodian firm, did not appear, the plaintiff's lawyer said.", false},
	}
	for _, c := range cases {
		d := &model.Document{Title: c.title, Text: c.text}
		if got := courtRecord(d, c.pageTitle); got != c.want {
			t.Errorf("%s: courtRecord = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCourtNumberTitle: a court's record headed by court, kind and number, where cases go by
// number, not by parties; a headline about a court or a judgment is not one.
func TestCourtNumberTitle(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{"Taipei District Court, Criminal Judgment 2024 Su-Tzu No. 88 (English summary)", true},
		{"Guangzhou Intermediate People's Court, Criminal Judgment (2025) Yue 01 Xing Chu No. 312: Li Ming, Zhao Hui", true},
		{"Tokyo District Court, Judgment No. 1187 of 2025", true},
		{"Bangkok South Criminal Court, Verdict Black Case No. 1234/2566", true},
		{"Supreme People's Court, Ruling (2024) Zui Gao Fa Xing He No. 7", true},
		{"Seoul High Court, Decision 2025No. 441", false}, // no space-separated number mark: left to other marks
		// Headlines about a court or a judgment.
		{"Kaohsiung District Court convicts recruiters who sent 31 Taiwanese to Cambodian compound", false},
		{"Phnom Penh Court, Verdict expected in No. 2 suspect's case", false},
		{"District Court judgment No. 5 in a series on the compound trials", false},
		{"Court, Judgment and the compound: what No. 10 Downing Street said", false},
		{"Ministry of Justice, Order No. 14 on recruitment agencies", false},
		{"Police chief says Court Order No. 3 was ignored", false},
	}
	for _, c := range cases {
		if got := courtNumberTitle(c.title); got != c.want {
			t.Errorf("courtNumberTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	// A judgment headed so is the court's record; a news story under a court headline is not.
	if !courtRecord(&model.Document{Title: "Xiamen Intermediate People's Court, Criminal Judgment (2026) Min 02 Xing Chu No. 58: Wu Zhiqiang",
		Text: "Public prosecution organ: Xiamen Municipal People's Procuratorate.\n\nDefendants: Wu Zhiqiang, male, born 1979."}) {
		t.Error("numbered judgment: not a court record")
	}
	if courtRecord(&model.Document{Title: "Kaohsiung District Court convicts recruiters",
		Text: "A Taiwanese court on Tuesday convicted three recruiters, prosecutors said."}) {
		t.Error("news under a court headline: read as a court record")
	}
}
