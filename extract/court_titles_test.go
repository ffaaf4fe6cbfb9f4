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
	judged := "Introduction\n\n1 This is the Prosecution's appeal against the sentence imposed on the respondent. This Court allows the appeal."
	cases := []struct {
		name, title, pageTitle, text string
		want                         bool
	}{
		{"citation ending the page title, the court's voice in the body", "Sentencing appeal of Lim Boon Keat",
			"Public Prosecutor v Lim Boon Keat [2025] SGHC 87", judged, true},
		{"Malay caption and citation ending the page title, the second defendant in the body", "Pendakwa Raya v Teguh Maju Resources Sdn Bhd & Anor",
			"Pendakwa Raya v Teguh Maju Resources Sdn Bhd & Anor [2026] MLJU 1412",
			"[1] This is an application by the Public Prosecutor for the forfeiture of property held by the second defendant.", true},
		{"filing's kind ending the page title, the court's voice in the body", "Rivera plea",
			"United States v. Rivera, No. 1:25-cr-00311 — Plea Agreement",
			"1. The defendant agrees to plead guilty to Count One of the Information. This Court accepts the plea.", true},
		// The body bears no mark of its own: the <title> alone is not enough.
		{"citation ending the page title, no mark in the body", "Public Prosecutor v Lim Boon Keat",
			"Public Prosecutor v Lim Boon Keat [2025] SGHC 87", judgment, false},
		// A <title> that goes on after the citation, with a site's name or a headline, is a
		// page about the record.
		{"site's name after the citation", "Sentencing appeal of Lim Boon Keat",
			"Public Prosecutor v Lim Boon Keat [2025] SGHC 87 — LawNet Open Judgments", judged, false},
		{"site's name after a filing's kind", "Rivera plea",
			"United States v. Rivera, No. 1:25-cr-00311 — Plea Agreement | Court Archive",
			"1. The defendant agrees to plead guilty to Count One of the Information. This Court accepts the plea.", false},
		{"reviewer: headline and site after the citation", "Scam boss jailed",
			"Public Prosecutor v Chen Hao [2026] SGHC 45: Scam boss jailed - The Straits Times",
			"In Public Prosecutor v Chen Hao, the High Court heard that Liu Bo managed Golden Lotus Park. The court heard that Liu Bo managed the compound.", false},
		{"reviewer: court, kind and number, then a headline and a site", "Verdict In No. 1 Scam Boss Case Delayed",
			"Phnom Penh Municipal Court, Verdict In No. 1 Scam Boss Case Delayed | Khmer Times",
			"The court heard that Liu Bo managed the compound. The court found the hearing had to be moved.", false},
		{"reviewer: a headline naming a suspect's number", "Verdict Expected In No. 2 Suspect's Case",
			"Verdict Expected In No. 2 Suspect's Case | Khmer Times",
			"The court heard that Liu Bo managed the compound, prosecutors said.", false},
		{"reviewer: an order explained", "Supreme Court, Order No. 3 Of 2026 Explained",
			"Supreme Court, Order No. 3 Of 2026 Explained: What It Means For Scam Bosses - CamboJA News",
			"The court heard that Liu Bo managed the compound. The ORDER takes effect in May.", false},
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
		{"Taipei District Court, Criminal Judgment 2024 Su-Tzu No. 88", true},
		{"Guangzhou Intermediate People's Court, Criminal Judgment (2025) Yue 01 Xing Chu No. 312", true},
		// Words after the number: a headline's, or not known to be the record's.
		{"Taipei District Court, Criminal Judgment 2024 Su-Tzu No. 88 (English summary)", false},
		{"Guangzhou Intermediate People's Court, Criminal Judgment (2025) Yue 01 Xing Chu No. 312: Li Ming, Zhao Hui", false},
		{"Phnom Penh Municipal Court, Verdict In No. 1 Scam Boss Case Delayed", false},
		{"Phnom Penh Municipal Court, Verdict In No. 1", false}, // a headline's word before the number
		{"Supreme Court, Order No. 3 Of 2026 Explained: What It Means For Scam Bosses - CamboJA News", false},
		{"Supreme Court, Order No. 3 Of 2026", false},
		{"Verdict Expected In No. 2 Suspect's Case | Khmer Times", false},
		{"Phnom Penh Court, Verdict Expected In No. 2", false},
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
	if !courtRecord(&model.Document{Title: "Xiamen Intermediate People's Court, Criminal Judgment (2026) Min 02 Xing Chu No. 58",
		Text: "Public prosecution organ: Xiamen Municipal People's Procuratorate.\n\nDefendants: Wu Zhiqiang, male, born 1979.\n\nThis Court holds that the facts are clear."}) {
		t.Error("numbered judgment with the court's voice: not a court record")
	}
	// The heading by number needs a mark of the body's own (the court's voice, the record's kind).
	if courtRecord(&model.Document{Title: "Xiamen Intermediate People's Court, Criminal Judgment (2026) Min 02 Xing Chu No. 58",
		Text: "Public prosecution organ: Xiamen Municipal People's Procuratorate.\n\nDefendants: Wu Zhiqiang, male, born 1979."}) {
		t.Error("numbered heading without the body's mark: read as a court record")
	}
	if courtRecord(&model.Document{Title: "Phnom Penh Municipal Court, Verdict In No. 1 Scam Boss Case Delayed",
		Text: "The court heard that Liu Bo managed the compound. The court found the hearing had to be moved."}) {
		t.Error("news under a court, kind and number headline: read as a court record")
	}
	if courtRecord(&model.Document{Title: "Kaohsiung District Court convicts recruiters",
		Text: "A Taiwanese court on Tuesday convicted three recruiters, prosecutors said."}) {
		t.Error("news under a court headline: read as a court record")
	}
}
