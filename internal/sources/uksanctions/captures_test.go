package uksanctions

import (
	"bytes"
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

// TestUKSanctionsCapture reads the one real-looking excerpt there is (unverified: see its
// SOURCE.txt).
func TestUKSanctionsCapture(t *testing.T) {
	l, err := Parse(bytes.NewReader(sharedtest.Capture(t, "uksanctions/UNVERIFIED_third_party_trimmed.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Designations) != 2 || l.DateGenerated == nil || !l.DateGenerated.Equal(formatstest.Day(2026, 9, 2)) {
		t.Fatalf("%d designations, generated %v", len(l.Designations), l.DateGenerated)
	}
	e, p := l.Designations[0], l.Designations[1]
	if e.UniqueID != "AFG0001" || e.PrimaryName() != "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE" || len(e.Names) != 3 ||
		e.EntityType != "Entity" || len(e.Addresses) != 2 || e.AddressCountries[1] != "United Arab Emirates" || e.UNReferenceNumber != "TAe.010" {
		t.Errorf("AFG0001: %+v", e)
	}
	if p.UniqueID != "AFG0006" || p.PrimaryName() != "MOHAMMAD HASSAN AKHUND" || p.Names[0].Family != "AKHUND" ||
		!slices.Equal(p.DatesOfBirth, []string{"dd/mm/1945", "dd/mm/1946"}) || !slices.Equal(p.Sanctions, []string{"Asset freeze", "Travel Ban"}) ||
		p.DateDesignated == nil || !p.DateDesignated.Equal(formatstest.Day(2001, 1, 25)) {
		t.Errorf("AFG0006: %+v", p)
	}
}
