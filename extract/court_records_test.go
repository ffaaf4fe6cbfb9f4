package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtRecord: a court's own record reads as one wherever it is served; a news story about
// a trial, an indictment and a press release citing a case do not.
func TestCourtRecord(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              bool
	}{
		{"trial court decision", "People of the Philippines v. Santos, et al.",
			"Regional Trial Court, Branch 12, Criminal Case No. 24-1102\n\nDECISION\n\nThe accused stand charged with qualified trafficking in persons.", true},
		{"grounds of decision under a caption", "Public Prosecutor v Tan Wei Ming",
			"Grounds of Decision\n\n1. The accused pleaded guilty to three charges.", true},
		{"court speaking of itself, no kind", "Republic v. Chanthavong",
			"This Court resolves the liability of the accused arising from the Golden Lotus compound.", true},
		{"verdict in translation", "Verdict (unofficial translation)",
			"The Municipal Court, having heard the case brought by the Prosecutor, delivers its verdict.\n\nThe Court finds that the compound was owned by the first accused.", true},
		{"memorandum and order with a docket number", "",
			"No. 1:25-cr-00417 Memorandum and Order\n\nThe defendant moves for release. The motion is DENIED.", true},
		{"neutral citation and numbered findings", "Lim v Public Prosecutor [2025] SGHC 41",
			"Grounds of judgment\n\n[1] The appellants were convicted by the District Court.", true},
		{"news story on a trial", "Court jails three over Bamban hub",
			"A regional trial court in Capas on Tuesday sentenced three people over the Bamban hub. The court found the former mayor guilty, her lawyer said. The case, Criminal Case No. 24-1102, drew crowds.", false},
		{"indictment", "United States v. Chen Weiliang et al. - Indictment (Cr. No. 25-211)",
			"THE GRAND JURY CHARGES: At all times relevant to this Indictment, the defendant was the chairman of Golden Fortune Resorts Co., Ltd.", false},
		{"press release citing a case", "Justice ministry welcomes verdict",
			"The ministry welcomed the decision in People v. Santos, in which the court ordered the compound's assets forfeited.", false},
		{"caption alone", "Lim v. Ong: what the ruling means for workers", "Lawyers said the ruling could help former workers.", false},
	}
	for _, c := range cases {
		d := &model.Document{Title: c.title, Text: c.text}
		if got := courtRecord(d); got != c.want {
			t.Errorf("%s: courtRecord = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCourtRecordGradesOfficial: what a court finds in its own record is official though a
// legal reporter outside the government zones serves it; what it recites as alleged stays so,
// and the same sentence in a news story is reported.
func TestCourtRecordGradesOfficial(t *testing.T) {
	x := newTestExtractor(t)
	record := "Regional Trial Court, Branch 54, Criminal Case No. R-25-0912\n\nDECISION\n\n" +
		"This Court finds that Golden Lotus Park is owned by Sunrise Pearl Realty Corporation.\n\n" +
		"The prosecution alleges that Zhao Minh funded Sunrise Pearl Realty Corporation."
	if g := gradeOf(x, model.Document{URL: "https://www.philjuris.example/decisions/rtc/2025/r-25-0912", Kind: "article",
		Title: "People of the Philippines v. Zhao Minh", Text: record}, "Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park"); g != model.Official {
		t.Errorf("court's finding graded %q, want official", g)
	}
	if g := gradeOf(x, model.Document{URL: "https://news.example.org/a", Kind: "article",
		Text: "Golden Lotus Park is owned by Sunrise Pearl Realty Corporation."}, "Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park"); g != model.Reported {
		t.Errorf("news statement graded %q, want reported", g)
	}
}

// TestAccusedIsAParty: "the accused" names a party to a case and hedges nothing; "accused of"
// still hedges, and what the accused stated is the accused's claim.
func TestAccusedIsAParty(t *testing.T) {
	x := newTestExtractor(t)
	caption := "People of the Philippines v. Bautista"
	head := "Regional Trial Court, Branch 54, Criminal Case No. R-25-0912\n\nDECISION\n\n"
	cases := []struct {
		name, url, title, text string
		s, p, o, want          string
	}{
		{"the accused in a news story", "https://news.example.org/a", "", "The accused, Lim Wei Sheng, was the sole director of Lumen Trading Pte. Ltd.",
			"Lim Wei Sheng", model.Directs, "Lumen Trading Pte. Ltd.", model.Reported},
		{"accused before a name in a court record", "https://www.philjuris.example/d/1", caption,
			head + "This Court finds as follows. Accused MARICEL T. BAUTISTA was the human resources manager of Pacific Zenith Gaming Corp.",
			"Maricel T. Bautista", model.EmployedBy, "Pacific Zenith Gaming Corp.", model.Official},
		{"what the accused stated", "https://www.philjuris.example/d/1", caption,
			head + "This Court finds as follows. The accused CHHIM SOKUNTHEA stated that her husband, Oknha Heng Bunna, had arranged the lease.",
			"Chhim Sokunthea", model.FamilyOf, "Heng Bunna", model.Alleged},
	}
	for _, c := range cases {
		got := gradeOf(x, model.Document{URL: c.url, Kind: "article", Title: c.title, Text: c.text}, c.s, c.p, c.o)
		if got != c.want {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}

// TestMaskAccusedParty: only "accused" naming a party is blanked, never "accused of".
func TestMaskAccusedParty(t *testing.T) {
	for in, want := range map[string]string{
		"The accused, Lim Wei Sheng, was":        "The        , Lim Wei Sheng, was",
		"Accused MARICEL T. BAUTISTA was":        "        MARICEL T. BAUTISTA was",
		"the accused-appellants were":            "the        -appellants were",
		"the accused of the Bavet fraud":         "the accused of the Bavet fraud",
		"each accused of fraud":                  "each accused of fraud",
		"police accused him of running the site": "police accused him of running the site",
		"the man accused Ms Lim":                 "the man accused Ms Lim",
	} {
		if got := maskNonClaims(in); got != want {
			t.Errorf("maskNonClaims(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCourtVoiceSpan: the court's voice is read at the start and the end of a long record only,
// so the cost of the check does not grow with the page.
func TestCourtVoiceSpan(t *testing.T) {
	long := "This Court finds as follows.\n" + strings.Repeat("The parties filed papers. ", 4000) + "\nSO ORDERED."
	span := courtVoiceSpan(long)
	if len(span) > courtVoiceHead+courtVoiceTail+1 {
		t.Errorf("span of %d bytes, want at most %d", len(span), courtVoiceHead+courtVoiceTail+1)
	}
	if !strings.HasPrefix(span, "This Court finds") || !strings.HasSuffix(span, "SO ORDERED.") {
		t.Errorf("span lost the start or the end")
	}
	if !courtRecord(&model.Document{Title: "Republic v. Chanthavong", Text: long}) {
		t.Errorf("a long record is no longer read as one")
	}
}

// TestCourtVoiceWords: every form the court's voice takes holds one of the words around which
// the expression reads, so the cheap look-up never hides a record, even inside a long text.
func TestCourtVoiceWords(t *testing.T) {
	for _, v := range []string{"this Court", "The Court finds", "The Court is satisfied", "SO ORDERED", "WHEREFORE",
		"IT IS HEREBY ORDERED", "accused-appellant", "Plaintiff-Appellee", "the appellants were convicted",
		"the respondent was convicted", "For the prosecution", "for the defence", "For the defense",
		"The motion is DENIED", "delivers its verdict", "pronounced its first-instance judgment",
		"finds as follows", "having heard the", "having examined the", "Second Defendant", "First Accused",
		"Third Appellant", "First Respondent"} {
		if !reCourtVoice.MatchString(v) {
			t.Errorf("%q: not the court's voice", v)
		}
		padded := strings.Repeat("Workers were moved. ", 20) + v + strings.Repeat(" Workers were moved.", 20)
		if len(courtVoices(padded)) == 0 {
			t.Errorf("%q: not found around courtVoiceWords", v)
		}
	}
	if v := courtVoices("Police raided the compound on Tuesday and detained 300 workers."); len(v) != 0 {
		t.Errorf("an ordinary news sentence speaks as a court: %v", v)
	}
}

// TestChargingDocumentGrades: what an indictment states is alleged wherever it is served from
// (an authority's site or a docket archive), and a grand jury placed before it charges still
// charges; a news story that only quotes the charge, with no caption or case number, states
// its facts as reported.
func TestChargingDocumentGrades(t *testing.T) {
	x := newTestExtractor(t)
	body := "At all times relevant to this Indictment, the defendant KOH BENG HUAT was the chairman of Blue Tide Holdings Berhad."
	cases := []struct {
		name string
		doc  model.Document
		want string
	}{
		{"a grand jury in and for a district", model.Document{URL: "https://www.justice.gov/usao-nj/media/1/dl", Kind: "article",
			Text: "The Grand Jury in and for the District of New Jersey, sitting at Newark, charges:\n\n" + body}, model.Alleged},
		{"an indictment on a docket archive", model.Document{URL: "https://www.docketarchive.org/cacd/2:24-cr-00612/indictment", Kind: "article",
			Title: "United States v. Koh Beng Huat et al. — Indictment", Text: "The Grand Jury charges:\n\n" + body}, model.Alleged},
		// Precision: a news story quoting the charge, and a court's finding.
		{"news quoting the grand jury", model.Document{URL: "https://news.example.org/a", Kind: "article",
			Title: "Malaysian tycoon indicted in New York", Text: "\"The grand jury charges\" that money moved through Penang, prosecutors wrote. Koh Beng Huat was the chairman of Blue Tide Holdings Berhad."}, model.Reported},
		{"a court's finding", model.Document{URL: "https://www.justice.gov/usao/x", Kind: "article",
			Text: "The court finds that the defendant KOH BENG HUAT was the chairman of Blue Tide Holdings Berhad."}, model.Official},
	}
	for _, c := range cases {
		if got := gradeOf(x, c.doc, "Koh Beng Huat", model.Directs, "Blue Tide Holdings Berhad"); got != c.want {
			t.Errorf("%s: graded %s, want %s", c.name, got, c.want)
		}
	}
}
