package model

import (
	"testing"
)

func TestCountryOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Cambodia", "Cambodia"},
		{"myanmar", "Myanmar"},
		{"Burma", "Myanmar"},
		{"Laos", "Laos"},
		{"United States", "United States"},
		{"Hong Kong", "Hong Kong"},
		{"Myawaddy", "Myanmar"},
		{"Sihanoukville province", "Cambodia"},
		{"Mae Sot", "Thailand"},
		{"Southeast Asia", ""},
		{"Mekong", ""},
		{"", ""},
	} {
		if got := CountryOf(c.in); got != c.want {
			t.Errorf("CountryOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
