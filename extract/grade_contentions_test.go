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
		{"The Prosecution was represented by ", false},
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
}
