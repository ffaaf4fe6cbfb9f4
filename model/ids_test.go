package model

import (
	"testing"
)

func TestEntityID(t *testing.T) {
	tests := []struct{ typ, name, want string }{
		{Company, "Prince Holding Group Co., Ltd.", "company:prince-holding-group-co-ltd"},
		{Compound, "O'Smach Resort", "compound:osmach-resort"},
		{Person, "  Wan  Kuok-koi ", "person:wan-kuok-koi"},
		{Person, "陈志", "person:陈志"},
		{Organization, "KNU", "organization:knu"},
		{Location, "Ｍyawaddy", "location:myawaddy"},
	}
	for _, tt := range tests {
		if got := EntityID(tt.typ, tt.name); got != tt.want {
			t.Errorf("EntityID(%q, %q) = %q, want %q", tt.typ, tt.name, got, tt.want)
		}
	}
}
