package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestContendedBefore: a party's contention in a record, told in the ways records tell it; a
// party named in another role is no contention.
func TestContendedBefore(t *testing.T) {
	cases := []struct {
		pre  string
		want bool
	}{
		{"The government contends that ", true},
		{"In its memorandum, the government further proffers that a witness will testify that ", true},
		{"The prosecution stated that ", true},
		{"The USAO contends, and the Defendant does not admit, that ", true},
		{"The defendant objects to the enhancement, arguing that ", true},
		{"According to the government, ", true},
		{"The Prosecution described Zhao as ", true},
		{"The defence characterised the firm as ", true},
		{"Counsel for Goh submitted that ", true},
		{"Upon information and belief, ", true},
		{"On information and belief, the desk's cash office is run by ", true},
		{"The Prosecution was represented by ", false},
		{"The witness described the compound as ", false}, // a witness is no party (grade_testimony.go)
		{"Counsel for Goh, ", false},
		{"Lim, who was described as ", false},
		{"The Prosecution described ", true},
		{"The report described ", false},
		{"Information from the registry shows that ", false},
		{"The defendant was the chairman of ", false},
		{"The Court finds that ", false},
		{"The government's witness, ", false},
	}
	for _, c := range cases {
		if got := contendedBefore(c.pre); got != c.want {
			t.Errorf("contendedBefore(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
}

// TestContentionGrades: in a court's record a party's contention is alleged, even of an
// official act; what the court itself states stays official.
func TestContentionGrades(t *testing.T) {
	x := newTestExtractor(t)
	record := func(text string) model.Document {
		return model.Document{URL: "https://www.uscourts.gov/cases/1-25-cr-00211/order", Kind: "article",
			Title: "United States v. Wang Lei", Text: "MEMORANDUM AND ORDER\n\nThe motion is DENIED.\n\n" + text}
	}
	if g := gradeOf(x, record("The government also represents that the Cambodian National Police raided Jade Moon Park in 2024."),
		"Cambodian National Police", model.Raided, "Jade Moon Park"); g != model.Alleged {
		t.Errorf("government's representation of a raid graded %q, want alleged", g)
	}
	if g := gradeOf(x, record("The Cambodian National Police raided Jade Moon Park in 2024."),
		"Cambodian National Police", model.Raided, "Jade Moon Park"); g != model.Official {
		t.Errorf("court's own statement of a raid graded %q, want official", g)
	}
	// A pleading's belief lowers a description inside its clause; the same description told
	// plainly stays the record's.
	complaint := func(text string) model.Document {
		return model.Document{URL: "https://www.uscourts.gov/cases/1-26-cv-10411/order", Kind: "article",
			Title: "United States v. Approximately 1,200,000 USDT", Text: "MEMORANDUM AND ORDER\n\nThe motion is GRANTED.\n\n" + text}
	}
	if g := gradeOf(x, complaint("Upon information and belief, Khamla Vongsa's cousin, Sengphet Inthavong, runs the cash office of Golden Reed Co., Ltd. in Vientiane."),
		"Sengphet Inthavong", model.FamilyOf, "Khamla Vongsa"); g != model.Alleged {
		t.Errorf("a kin tie pleaded on information and belief graded %q, want alleged", g)
	}
	if g := gradeOf(x, complaint("Khamla Vongsa's cousin, Sengphet Inthavong, runs the cash office of Golden Reed Co., Ltd. in Vientiane."),
		"Sengphet Inthavong", model.FamilyOf, "Khamla Vongsa"); g != model.Official {
		t.Errorf("a kin tie the record states graded %q, want official", g)
	}
	if g := gradeOf(x, complaint("The Prosecution described Zhao Wen as the finance manager of Golden Reed Co., Ltd."),
		"Zhao Wen", model.EmployedBy, "Golden Reed Co., Ltd."); g != model.Alleged {
		t.Errorf("the prosecution's description graded %q, want alleged", g)
	}
}

// TestContentionReviewCases holds the mend of the party cues to a review's sentences: a court's
// own finding after the contention, a defence ministry, the government on an executive's page
// and a participle "described" keep the page's grade; the party's own contention, submission
// and description stay alleged.
func TestContentionReviewCases(t *testing.T) {
	x := newTestExtractor(t)
	page := func(url, text string) model.Document {
		return model.Document{URL: url, Kind: "article", Title: "Release", Text: "MEMORANDUM AND ORDER\n\nThe motion is DENIED.\n\n" + text}
	}
	const court = "https://www.uscourts.gov/cases/1-25-cr-00211/order"
	const treasury = "https://home.treasury.gov/news/press-releases/sb0100"
	const doj = "https://www.justice.gov/opa/pr/x"
	for _, c := range []struct {
		url, text, s, p, o, want string
	}{
		// The court's own finding after what counsel submitted.
		{court, "Having considered what counsel submitted, the Court finds that Wang Lei owned Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Official},
		{court, "Although counsel for the accused submitted otherwise, I find that Wang Lei owned Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Official},
		{court, "It is common ground, as counsel for both parties accepted and submitted, that Wang Lei was the director of Golden Lotus Co., Ltd.", "Wang Lei", model.Directs, "Golden Lotus Co., Ltd.", model.Official},
		{court, "Counsel for Wang Lei submitted that Wang Lei was a director of Golden Lotus Co., Ltd.", "Wang Lei", model.Directs, "Golden Lotus Co., Ltd.", model.Alleged},
		{court, "The Prosecution described Wang Lei as the owner of Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Alleged},
		{court, "The Court described Wang Lei as the owner of Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Official},
		// Defence as a ministry, not a party.
		{doj, "Defense Minister Tea Seiha described Wang Lei as the owner of Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Official},
		{court, "The defence described Wang Lei as the owner of Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Alleged},
		// The government on an executive's own page is the issuer.
		{treasury, "The government described Chen Zhi as the chairman of Prince Holding Group.", "Chen Zhi", model.Directs, "Prince Holding Group", model.Official},
		{doj, "The government described Chen Zhi as the chairman of Prince Holding Group.", "Chen Zhi", model.Directs, "Prince Holding Group", model.Official},
		// "described" as a participle: no party describes.
		{court, "The defendants described in Count One as the Wang group include Wang Lei, the director of Golden Lotus Co., Ltd.", "Wang Lei", model.Directs, "Golden Lotus Co., Ltd.", model.Official},
		{court, "The defendants described Wang Lei as the director of Golden Lotus Co., Ltd.", "Wang Lei", model.Directs, "Golden Lotus Co., Ltd.", model.Alleged},
		// A pleading's belief.
		{court, "Upon information and belief, Wang Lei owns Golden Lotus Co., Ltd.", "Wang Lei", model.Owns, "Golden Lotus Co., Ltd.", model.Alleged},
	} {
		if g := gradeOf(x, page(c.url, c.text), c.s, c.p, c.o); g != c.want {
			t.Errorf("%s on %s: %s %s %s graded %q, want %q", c.text, c.url, c.s, c.p, c.o, g, c.want)
		}
	}
}

// TestContendedBeforeMend: the words that name no party, and findings after a contention.
func TestContendedBeforeMend(t *testing.T) {
	for pre, want := range map[string]bool{
		"The Department of Defense described ":                                           false,
		"Defense Minister Tea Seiha described ":                                          false,
		"The Defense Secretary characterised ":                                           false,
		"General Counsel Li Ming submitted that ":                                        false,
		"The defendants described in Count One as the Wang group include ":               false,
		"Having considered what counsel submitted, the Court finds that ":                false,
		"Although counsel for the accused submitted otherwise, I find that ":             false,
		"It is common ground, as counsel for both parties accepted and submitted, that ": false,
		"The government described ":                                                      false,
		"The defense described ":                                                         true,
		"Counsel for the defendant argued that ":                                         true,
		"The prosecution described Zhao as ":                                             true,
		"The Court finds that the government contends that ":                             true,
	} {
		if got := contendedBefore(pre); got != want {
			t.Errorf("contendedBefore(%q) = %v, want %v", pre, got, want)
		}
	}
}
