package uksanctions

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

// TestUKSanctionsFields reads the fields of the real file the parser missed: non-Latin names at
// the path the live file uses, passports, phones, emails, places of birth, titles and
// parent/subsidiary links (a fixture built from the documented element names; see its header).
func TestUKSanctionsFields(t *testing.T) {
	l, err := Parse(bytes.NewReader(formatstest.Fixture(t, "uk_sanctions_fields.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Designations) != 2 {
		t.Fatalf("%d designations", len(l.Designations))
	}
	p, e := l.Designations[0], l.Designations[1]
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"non-Latin names", p.NonLatinNames, []string{"陈志", "ចេន ជី"}},
		{"phones", p.Phones, []string{"+855 23 000 000"}},
		{"emails", p.Emails, []string{"info@example.com", "press@example.com"}},
		{"titles", p.Titles, []string{"Neak Oknha"}},
		{"places of birth", p.PlacesOfBirth, []string{"Lianjiang, China"}},
		{"dates of birth", p.DatesOfBirth, []string{"16/12/1987"}},
		{"parents", e.ParentCompanies, []string{"PRINCE HOLDING GROUP"}},
		{"subsidiaries", e.Subsidiaries, []string{"Golden Fortune Casino Co., Ltd."}},
		{"entity types", e.EntityTypes, []string{"Private company"}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	if len(p.Passports) != 1 || p.Passports[0] != (DocumentID{Number: "EA0000000", Note: "Cambodian"}) {
		t.Errorf("passports %+v", p.Passports)
	}
}

func TestParseUKSanctions(t *testing.T) {
	l, err := Parse(bytes.NewReader(formatstest.Fixture(t, "uk_sanctions.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if !formatstest.SameTime(l.DateGenerated, formatstest.Day(2025, 10, 15)) || len(l.Designations) != 3 || len(l.Skipped) != 1 {
		t.Fatalf("generated %v designations %d skipped %d", l.DateGenerated, len(l.Designations), len(l.Skipped))
	}
	d := l.Designations[0]
	if d.UniqueID != "GHR0099" || d.OFSIGroupID != "17001" || d.RegimeName != "Global Human Rights" || d.EntityType != "Individual" ||
		d.DesignationSource != "UK" || !formatstest.SameTime(d.DateDesignated, formatstest.Day(2025, 10, 14)) || !formatstest.SameTime(d.LastUpdated, formatstest.Day(2025, 10, 14)) {
		t.Errorf("designation %+v", d)
	}
	if len(d.Names) != 2 || d.Names[0] != (NameEntry{Full: "Zhi CHEN", Type: "Primary Name", Given: "Zhi", Family: "CHEN"}) || d.Names[1].Type != "Alias" || d.PrimaryName() != "Zhi CHEN" {
		t.Errorf("names %+v", d.Names)
	}
	if !slices.Equal(d.NonLatinNames, []string{"陈志"}) || !slices.Equal(d.Sanctions, []string{"Asset freeze", "Travel Ban"}) ||
		!slices.Equal(d.Addresses, []string{"Prince Plaza, Phnom Penh, Cambodia"}) || !slices.Equal(d.AddressCountries, []string{"Cambodia"}) ||
		!slices.Equal(d.Nationalities, []string{"Cambodia", "China"}) || !slices.Equal(d.DatesOfBirth, []string{"dd/mm/1987"}) ||
		!strings.HasPrefix(d.UKStatementOfReasons, "Chen Zhi is the founder") || d.OtherInformation == "" {
		t.Errorf("details %+v", d)
	}
	byex := l.Designations[1]
	if byex.EntityType != "Entity" || byex.PrimaryName() != "Byex Exchange Co Ltd" || !slices.Equal(byex.RegistrationNumbers, []string{"00000001"}) {
		t.Errorf("byex %+v", byex)
	}
}

func TestParseUKSanctionsBad(t *testing.T) {
	for _, body := range []string{``, `<sdnList/>`, `<Designations><Designation><UniqueID>X</Uniq`, "\x00\x01"} {
		if _, err := Parse(strings.NewReader(body)); err == nil {
			t.Errorf("accepted %q", body)
		}
	}
	// windows-1252 declared.
	body := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><Designations><Designation><UniqueID>CYB0001</UniqueID><Names><Name><Name6>Caf\xe9 \x93Ltd\x94</Name6><NameType>Primary Name</NameType></Name></Names></Designation></Designations>"
	l, err := Parse(strings.NewReader(body))
	if err != nil || len(l.Designations) != 1 || l.Designations[0].PrimaryName() != "Café “Ltd”" {
		t.Errorf("windows-1252: %v %+v", err, l)
	}
}
