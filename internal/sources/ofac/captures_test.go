package ofac

import (
	"bytes"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestOFACConsolidatedCapture(t *testing.T) {
	l, err := Parse(bytes.NewReader(sharedtest.Capture(t, "ofac/consolidated_2018-04-06.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 639 || len(l.Skipped) != 0 {
		t.Fatalf("%d entries, %d skipped; the list says Record_Count 639", len(l.Entries), len(l.Skipped))
	}
	by := map[int]Entry{}
	individuals, passports := 0, 0
	for _, e := range l.Entries {
		by[e.UID] = e
		if e.SDNType == "Individual" {
			individuals++
		}
		for _, id := range e.IDs {
			if id.Type == "Passport" {
				passports++
			}
		}
	}
	if individuals != 94 || passports != 14 {
		t.Errorf("%d individuals, %d passports; want 94 and 14", individuals, passports)
	}
	bank := by[4632]
	if bank.LastName != "BANK MARKAZI JOMHOURI ISLAMI IRAN" || bank.SDNType != "Entity" || len(bank.Programs) != 1 || bank.Programs[0] != "IRAN" ||
		len(bank.AKAs) != 3 || bank.AKAs[0].LastName != "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN" || bank.Addresses[0].City != "Tehran" {
		t.Errorf("entry 4632: %+v", bank)
	}
	h := by[9639]
	if h.FirstName != "Ismail Abdul Salah" || h.LastName != "HANIYA" || h.Programs[0] != "NS-PLC" || len(h.AKAs) != 2 ||
		len(h.DatesOfBirth) != 1 || h.DatesOfBirth[0] != "1962" || len(h.PlacesOfBirth) != 1 || h.PlacesOfBirth[0] != "Shati" {
		t.Errorf("entry 9639: %+v", h)
	}
	g := by[15960]
	if len(g.IDs) == 0 || g.IDs[0].Type != "Passport" || g.IDs[0].Number != "H20676140" || g.IDs[0].Country != "Iran" ||
		!strings.HasPrefix(g.Title, "Managing Director, National Iranian Oil Company") {
		t.Errorf("entry 15960: %+v", g)
	}
	// What a download of the SDN address once returned: an S3 error, not a list.
	if _, err := Parse(bytes.NewReader(sharedtest.Capture(t, "ofac/s3_error_saved_as_sdn.xml"))); err == nil || !strings.Contains(err.Error(), "<Error>") {
		t.Errorf("S3 error body: %v", err)
	}
}
