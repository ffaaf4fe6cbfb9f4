package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestJudgeLines holds the judges of judge_lines.go: a judge named in the line that signs or
// opens a judgment, or by title in a report, serves in the court the line names or in the only
// court of the page; a presiding judge, a coram line without a colon, a page with two courts
// and none named in the line, and a court whose name runs on to its seat give nothing.
func TestJudgeLines(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a signature with the court's kind of judge", "UNITED STATES DISTRICT COURT FOR THE CENTRAL DISTRICT OF CALIFORNIA\n\nThe Court imposes a term of 84 months.\n\nIT IS SO ORDERED.\n\nRebecca A. Morales, United States District Judge",
			[]rel{{"Rebecca A. Morales", model.EmployedBy, "UNITED STATES DISTRICT COURT", ""}}, nil},
		{"a signature naming the court", "The appeal in the Sessions Court matter is dismissed.\n\nTan Wei Ming\n\nJudge of the High Court",
			[]rel{{"Tan Wei Ming", model.EmployedBy, "High Court", ""}}, []rel{{"Tan Wei Ming", model.EmployedBy, "Sessions Court", ""}}},
		{"the line that opens the grounds", "General Division of the High Court\n\nKoh Mei Ling J:\n\n[1] The accused pleaded guilty before me to four charges.",
			[]rel{{"Koh Mei Ling", model.EmployedBy, "General Division of the High Court", ""}}, nil},
		{"a judge by title in a report", "The three were charged in the Sessions Court here today. Judge Noor Hafizah binti Abdullah allowed bail of RM50,000 each.",
			[]rel{{"Noor Hafizah binti Abdullah", model.EmployedBy, "Sessions Court", ""}}, nil},
		{"a presiding judge", "REGIONAL TRIAL COURT, BRANCH 66, TARLAC CITY\n\nSO ORDERED.\n\nMARIA C. LACSON, Presiding Judge",
			nil, []rel{{"Maria C. Lacson", model.EmployedBy, "REGIONAL TRIAL COURT, BRANCH 66, TARLAC CITY", ""}, {"Maria C. Lacson", model.Directs, "REGIONAL TRIAL COURT, BRANCH 66, TARLAC CITY", ""}}},
		{"a coram line without a colon", "General Division of the High Court\n\nKwek Boon Hwee J\n\nJasmine Koh (Attorney-General's Chambers) for the Prosecution.",
			nil, []rel{{"Kwek Boon Hwee", model.EmployedBy, "General Division of the High Court", ""}}},
		{"two courts and none named in the line", "The appellants were convicted by the Sessions Court. The High Court heard the appeal.\n\nAhmad Fuad bin Othman J:\n\n[1] The appeal is dismissed.",
			nil, []rel{{"Ahmad Fuad bin Othman", model.EmployedBy, "Sessions Court", ""}, {"Ahmad Fuad bin Othman", model.EmployedBy, "High Court", ""}}},
		{"a judge's name with no title", "The Sessions Court fixed a date. Lim Boon Hock, the agency's owner, was charged.",
			nil, []rel{{"Lim Boon Hock", model.EmployedBy, "Sessions Court", ""}}},
		{"an aside with the judge as its speaker", "The three were charged in the Sessions Court here today. Zhang Wei, the judge said, had recruited the workers for the compound.",
			nil, []rel{{"Zhang Wei", model.EmployedBy, "Sessions Court", ""}}},
		{"the judge's relative", "The three were charged in the Sessions Court here today. Zhang Wei, the judge's brother, ran the compound in Bavet.",
			nil, []rel{{"Zhang Wei", model.EmployedBy, "Sessions Court", ""}}},
		{"a former judge", "The three were charged in the Sessions Court here today. Former judge Ahmad Razak, now a lawyer, represented the accused.",
			nil, []rel{{"Ahmad Razak", model.EmployedBy, "Sessions Court", ""}}},
		{"a retired judge", "The three were charged in the Sessions Court here today. Retired judge Ahmad Razak said the sentence was too light.",
			nil, []rel{{"Ahmad Razak", model.EmployedBy, "Sessions Court", ""}}},
		{"a judge of a court the page does not name", "The Sessions Court convicted the three in 2023. On appeal, Judge Wang Lei of a provincial court in Xiamen ordered the assets frozen.",
			nil, []rel{{"Wang Lei", model.EmployedBy, "Sessions Court", ""}}},
		{"a titled judge of the court named after", "The case was filed last year. Judge Wang Lei of the Sessions Court allowed bail.",
			[]rel{{"Wang Lei", model.EmployedBy, "Sessions Court", ""}}, nil},
		{"the judge named in an aside that ends", "The three were charged in the Sessions Court here today. The accused, Zhang Wei, pleaded guilty before Lim Chee Keong, the judge, on Monday.",
			[]rel{{"Lim Chee Keong", model.EmployedBy, "Sessions Court", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestProsecutorLines holds the federal prosecutors of judge_lines.go: an assistant United
// States Attorney signing or titled works in the office the line or the page names; the United
// States Attorney, a page naming no such office, and counsel for a defendant signing under the
// prosecutor's line give nothing.
func TestProsecutorLines(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a signature naming the office", "TAN BOON KEAT, Defendant\n\nSOPHAL CHHUN, Assistant United States Attorney, United States Attorney's Office for the Central District of California",
			[]rel{{"Sophal Chhun", model.EmployedBy, "United States Attorney's Office", ""}}, nil},
		{"a signature block under the office named before", "The plea agreement is made by the United States Attorney's Office for the Central District of California.\n\nE. MARTIN ALVAREZ\n\nUnited States Attorney\n\nKAREN O. LIU\n\nAssistant United States Attorney\n\nROBERT T. PHAM\n\nAttorney for Defendant",
			[]rel{{"Karen O. Liu", model.EmployedBy, "United States Attorney's Office", ""}},
			[]rel{{"Robert T. Pham", model.EmployedBy, "United States Attorney's Office", ""}, {"E. Martin Alvarez", model.Directs, "United States Attorney's Office", ""},
				{"E. Martin Alvarez", model.EmployedBy, "United States Attorney's Office", ""}}},
		{"a titled prosecutor with no office named", "Assistant United States Attorney Kevin O'Donnell appeared for the government. Defendant Xu Hao was present with counsel.",
			nil, []rel{{"Kevin O'Donnell", model.EmployedBy, "United States Attorney's Office", ""}}},
		{"a former prosecutor now counsel for the defence", "The case was filed by the United States Attorney's Office for the Central District of California. Former Assistant United States Attorney Robert Pham, who now represents the defendant, said the plea was fair.",
			nil, []rel{{"Robert Pham", model.EmployedBy, "United States Attorney's Office", ""}}},
	}
	checkRelCases(t, x, cases)
}
