package extract

import (
	"regexp"
	"testing"
)

// TestPaidFor holds the payment reader of payments.go with both things bought (a warning or
// protection; a site protected): the words after the one paid read as a payment for it, and
// words that must not (the payer, a payment for something else, no payment).
func TestPaidFor(t *testing.T) {
	cases := []struct {
		name, rest string
		bought     *regexp.Regexp
		paid       bool
	}{
		{"payments from the managers for advance warning",
			" received monthly payments from the management of the compound in exchange for giving advance warning of inspections.",
			reBoughtWarning, true},
		{"a body's officers paid to warn", " were paid to warn the compound before inspections.", reBoughtWarning, true},
		{"an apposition before the payment", ", a police colonel, had received cash in return for the protection", reBoughtWarning, true},
		{"payments for protecting the site", " received monthly payments from Lin Feng in exchange for protecting ", reBoughtShield, true},
		{"cash taken for shielding the site", " has taken cash each month for shielding the ", reBoughtShield, true},
		{"paid to shield", " was allegedly paid to shield ", reBoughtShield, true},
		// Precision.
		{"the payer", " paid the officers in exchange for warnings of raids", reBoughtWarning, false},
		{"a payment for something else", " received monthly payments from the managers in exchange for land he leased to it.", reBoughtWarning, false},
		{"an award, not a payment", " received a medal for protecting the ", reBoughtShield, false},
		{"a payment for cleaning the site", " received monthly payments from Lin Feng for cleaning ", reBoughtShield, false},
	}
	for _, tc := range cases {
		if _, paid := paidFor(tc.rest, tc.bought, tc.bought == reBoughtWarning); paid != tc.paid {
			t.Errorf("%s: paidFor(%q) = %v, want %v", tc.name, tc.rest, paid, tc.paid)
		}
	}
}
