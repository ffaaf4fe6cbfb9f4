package extract

import "testing"

// TestSanctionPhraseRelatives holds the rule of sanction_phrase_relatives.go: an object
// relative clause on a party whose body "placed it under sanctions", "hit it with
// sanctions", "added it to its sanctions list" or "imposed sanctions on" it. A sanction
// threatened, proposed or denied, a review, a possessor's clause, a site and a clause about
// another noun read nothing.
func TestSanctionPhraseRelatives(t *testing.T) {
	x := newTestExtractor(t)
	const ust = "US Department of the Treasury"
	const kna = "Karen National Army"
	cases := []relCase{
		{"placed under sanctions",
			"The park is guarded by the Karen National Army, which the US Treasury placed under sanctions in May 2024.",
			sanctioned(kna, ust), nil},
		{"added to its sanctions list",
			"The Karen National Army, which Britain added to its sanctions list in 2023, guards the park.",
			sanctioned(kna, "United Kingdom"), nil},
		{"hit with sanctions",
			"Saw Chit Thu, whom the US Treasury hit with sanctions in 2024, denied any role in the park.",
			sanctioned("Saw Chit Thu", ust), nil},
		{"imposed sanctions on",
			"Saw Chit Thu, whom the US Treasury imposed sanctions on in 2024, denied any role in the park.",
			sanctioned("Saw Chit Thu", ust), nil},
		{"a noun before the relative",
			"Golden Sail Investment Group Co., Ltd., a company that the US Treasury placed under sanctions in 2024, owns the land.",
			sanctioned("Golden Sail Investment Group Co., Ltd.", ust), nil},
		{"put under new sanctions, with an auxiliary",
			"Xinjin Blue Orchid Entertainment Co., Ltd., which the US Treasury has also put under new sanctions, runs the tower.",
			sanctioned("Xinjin Blue Orchid Entertainment Co., Ltd.", ust), nil},
		// Precision.
		{"denied",
			"The Karen National Army, which the European Union has not placed under sanctions, guards the park.",
			nil, sanctioned(kna, "European Union")},
		{"threatened",
			"The Karen National Army, which the US Treasury threatened to hit with sanctions, guards the park.",
			nil, sanctioned(kna, ust)},
		{"proposed",
			"The Karen National Army, which Britain proposed adding to its sanctions list, guards the park.",
			nil, sanctioned(kna, "United Kingdom")},
		{"asked for",
			"The Karen National Army, which activists asked the US Treasury to place under sanctions, guards the park.",
			nil, sanctioned(kna, ust)},
		{"a review, no sanction",
			"The Karen National Army, which the US Treasury placed under review in May 2024, guards the park.",
			nil, sanctioned(kna, ust)},
		{"lifted",
			"The Karen National Army, which the US Treasury removed from its sanctions list in 2025, guards the park.",
			nil, sanctioned(kna, ust)},
		{"a possessor's clause names another party",
			"Saw Chit Thu, whose company the US Treasury placed under sanctions in 2024, denied any role in the park.",
			nil, sanctioned("Saw Chit Thu", ust)},
		{"a clause on a later noun",
			"Saw Chit Thu met the leaders of the Karen National Army, which the US Treasury placed under sanctions in 2024.",
			sanctioned(kna, ust), sanctioned("Saw Chit Thu", ust)},
		{"a site is not read",
			"Shwe Kokko, which the US Treasury placed under sanctions in 2024, lies on the Moei River.",
			nil, sanctioned("Shwe Kokko", ust)},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionPhraseRelativesGrade holds the grade: a party's claim about the sanction is
// alleged.
func TestSanctionPhraseRelativesGrade(t *testing.T) {
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "Saw Chit Thu said the Karen National Army, which the US Treasury placed under sanctions in 2024, guards the park.")
	for k, r := range got {
		if k[1] == "SANCTIONED_BY" && k[0] == "Karen National Army" && r.Grade != "alleged" {
			t.Errorf("grade %s, want alleged", r.Grade)
		}
	}
}
