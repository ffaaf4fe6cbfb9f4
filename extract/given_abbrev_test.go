package extract

import (
	"testing"
)

// TestAbbreviatedGivenName: the Filipino "Ma." (Maria) opens a woman's name and ends no
// sentence; a surname "Ma" closing a sentence still ends it.
func TestAbbreviatedGivenName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"after a copula",
			"The firm's treasurer is Ma. Teresa Dimaculangan, filings show.",
			[]string{"Person:Ma. Teresa Dimaculangan"},
			[]string{"Person:Teresa Dimaculangan"}},
		{"in an apposition",
			"Its president, Ma. Rosario Bautista-Lim, signed the lease.",
			[]string{"Person:Ma. Rosario Bautista-Lim"},
			nil},
		{"opening a sentence",
			"Ma. Elena Cruz chaired the board until 2022.",
			[]string{"Person:Ma. Elena Cruz"},
			nil},
		{"precision: the surname Ma ends a sentence",
			"The deal was signed by Wei Ma. Rosario Bautista left the firm in 2021.",
			[]string{"Person:Wei Ma", "Person:Rosario Bautista"},
			[]string{"Person:Ma. Rosario Bautista"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	toks := tokenize("He met Wei Ma. Rosario left.")
	if n := len(splitSentences("He met Wei Ma. Rosario left.", toks)); n != 2 {
		t.Errorf("a surname Ma at a sentence's end: %d sentences, want 2", n)
	}
}
