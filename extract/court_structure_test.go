package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRecordLayout: numbered paragraphs from the first, a judgment's part headings and parties
// listed by role are a record's layout; a report's numbered headings, a single heading, a
// numbered list that does not start at one and a person described in a press release are not.
func TestRecordLayout(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"bare numbered paragraphs", "Introduction\n\n1 This is the Prosecution's appeal against the sentence imposed on the respondent.\n\n" +
			"2 The admitted Statement of Facts records that he was the sole director of the company.\n\n" +
			"3 Between June 2021 and January 2023, some $43.6m passed through the company's accounts.", true},
		{"bracketed numbered paragraphs", "[1] This is an application by the Public Prosecutor for the forfeiture of property.\n\n" +
			"[2] The property is registered in the names of the first and second third parties.\n\n" +
			"[3] The casino complex in Poipet is run by a company of which he was a director.", true},
		{"judgment part headings closed by a stop", "Parties. Prosecutor: the District Prosecutors Office.\n\nFacts found. The defendant held ninety percent of the capital.\n\n" +
			"Reasoning. The defendant argued that the jobs were legitimate.\n\nDisposition. The defendant is sentenced to seven years.", true},
		{"judgment part headings on their own lines", "Main Text\n\nThe defendant is guilty of human trafficking.\n\nFacts\n\nThe defendant was the responsible person of the agency.", true},
		{"parties listed by role", "Defendant I: HENDRA WIJAYA bin SUPARMAN, 47, director of PT Anugerah Karya Global.", true},
		{"a defendant described as a judgment describes one", "Defendant CHEN CHIH-WEI (陳志偉), male, born 1989, was arrested on his return.", true},
		// Precision.
		{"a report's numbered headings", "1. Background\n\nWorkers described the compound.\n\n2. What survivors describe\n\nThey were beaten.\n\n3. Responses\n\nNone.", false},
		{"one heading only", "Evidence\n\nSurvivors told us the compound was guarded by soldiers of the militia.", false},
		{"a numbered list that does not start at one", "4 The guards were paid monthly by the company that ran the compound.\n\n" +
			"5 The company was registered in Phnom Penh by the tycoon's nephew.\n\n6 The nephew denied any role in the company at all.", false},
		{"a person described in a press release", "The suspect, Ma Guoliang, male, born 1969, is the head of the family.", false},
		{"news story on a trial", "A court in Kaohsiung on Tuesday jailed three recruiters. The defendants said they believed the jobs were legitimate.", false},
	}
	for _, c := range cases {
		if got := recordLayout(c.text); got != c.want {
			t.Errorf("%s: recordLayout = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCourtRecordForms: judgments, verdicts, sentencing remarks and rulings as courts of
// several countries write them are read as records by two marks of different kinds; a news
// story about such a case, a complaint numbered like a judgment and an NGO report are not.
func TestCourtRecordForms(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              bool
	}{
		{"appeal judgment under a caption, numbered paragraphs", "Public Prosecutor v Lim Boon Keat",
			"Introduction\n\n1 This is the Prosecution's appeal against the sentence imposed on the respondent, a retired taxi driver.\n\n" +
				"2 The admitted Statement of Facts records that he was the sole director of Evertrust Pacific Pte Ltd.\n\n" +
				"3 Between June 2021 and January 2023, some $43.6m passed through Evertrust's accounts.", true},
		{"judgment summary headed like news", "Kaohsiung District Court convicts recruiters",
			"Parties. Prosecutor: Kaohsiung District Prosecutors Office. Defendants: CHEN CHIH-WEI, male, born 1989.\n\n" +
				"Facts found. Defendant Chen held ninety percent of the capital of Hung Yuan Trading Co., Ltd.\n\n" +
				"Reasoning. The Court does not accept this: messages recovered from his phone show that he knew.", true},
		{"Korean judgment summary with its case number", "Seoul Central District Court, 2025Gohap1187: judgment summary in the Diamond Bay Tower case",
			"Criminal Division 27 of the Seoul Central District Court sentenced Lee Jun-ho to 17 years in prison.", true},
		{"Chinese criminal judgment in translation", "Criminal Judgment of the Intermediate People's Court, (2023) Zhe 11 Xing Chu No. 45",
			"Public Prosecution Organ: the People's Procuratorate of Lishui.\n\nDefendant Duan Guoliang, male, born on 3 May 1958.\n\nThis court holds that the defendant organised the compound.", true},
		{"Indonesian verdict in translation", "Verdict Number 512/Pid.Sus/2025/PN Bks",
			"ADJUDICATING: 1. Declaring the Defendant legally and convincingly proven guilty of trafficking in persons.", true},
		{"English sentencing remarks", "R v Harrow and others",
			"SENTENCING REMARKS\n\nYou have each pleaded guilty to conspiracy to launder the proceeds of the scam compound.", true},
		{"Philippine information before the court", "People of the Philippines v. Duan Jianhua, et al. — Information",
			"Criminal Case No. 23-1187\n\nINFORMATION\n\nThat within the jurisdiction of this Honorable Court, the above-named accused recruited workers.", true},
		// Precision: news stories about courts, a complaint and a report.
		{"news story on a Chinese verdict", "Chinese court sentences Tachileik compound boss to death",
			"The Lishui Intermediate People's Court said on Monday that Duan Guoliang had run Sanli Park. The court found him responsible for six deaths. The court rejected his son's account.", false},
		{"news story on a Korean verdict", "Korean gang boss jailed for 17 years over Poipet call centre",
			"The Seoul Central District Court sentenced Lee Jun-ho on Thursday. The court found that the group rented two floors of the tower, prosecutors said.", false},
		{"news story quoting an Indonesian verdict", "Bekasi court jails recruiters",
			"The Bekasi District Court declared the three recruiters legally and convincingly proven guilty of trafficking, their lawyer said.", false},
		{"verified complaint numbered like a judgment", "United States of America v. Approximately 4,213,880 USDT — Verified Complaint for Forfeiture In Rem",
			"Plaintiff brings this verified complaint and alleges as follows:\n\n1. The Defendant Property constitutes proceeds of an investment-fraud scheme run from a compound.\n\n" +
				"2. Jinlong Riverside Compound is a walled complex in the town of Ton Pheung, Bokeo Province.\n\n3. Lao corporate records show that the company's director is a Lao national.", false},
		{"NGO report with numbered paragraphs", "Behind the walls: who owns the compounds",
			"1. This report draws on interviews with 41 survivors of compounds in Cambodia and Myanmar.\n\n" +
				"2. Survivors said the contracts they signed named Diamond River Technology as their employer.\n\n3. We wrote to every company named in this report before publication.", false},
	}
	for _, c := range cases {
		d := &model.Document{Title: c.title, Text: c.text}
		if got := courtRecord(d); got != c.want {
			t.Errorf("%s: courtRecord = %v, want %v", c.name, got, c.want)
		}
	}
}
