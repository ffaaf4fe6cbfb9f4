package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamingTraditions covers names whose type is told by a word of another language or a
// legal form of another country: Malay bodies and streets ("Dewan Rakyat", "Jalan Ampang"),
// the Singapore spelling of the Malay patronymic ("binte"), South and Southeast Asian legal
// forms ("Pvt. Ltd.", "PCL"), a firm's legal form over a body's word in its name; and the
// names those words must not retype.
func TestNamingTraditions(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want, typ string
		absent                bool
	}{
		{"a Malay council", "The bill was tabled in the Dewan Rakyat last week.", "Dewan Rakyat", model.Organization, false},
		{"a Malay council is no person", "The bill was tabled in the Dewan Rakyat last week.", "Dewan Rakyat", model.Person, true},
		{"a Malay university", "Researchers at Universiti Sains Malaysia studied the recruiters.", "Universiti Sains Malaysia", model.Organization, false},
		{"a Malay association", "Persatuan Pekerja Migran Selangor helped the families file reports.", "Persatuan Pekerja Migran Selangor", model.Organization, false},
		{"a Malay ministry building for the ministry", "Officials at Wisma Putra confirmed the rescue.", "Wisma Putra", model.Organization, false},
		{"a Malaysian central bank", "Bank Negara Malaysia froze the accounts.", "Bank Negara Malaysia", model.Organization, false},
		{"a bank written word first stays a firm", "Bank Mandiri froze the accounts.", "Bank Mandiri", model.Company, false},
		{"a Malay street", "The agency rented an office on Jalan Sultan Ismail in Kuala Lumpur.", "Jalan Sultan Ismail", model.Location, false},
		{"a Malay street is no person", "The agency rented an office on Jalan Sultan Ismail in Kuala Lumpur.", "Jalan Sultan Ismail", model.Person, true},
		{"a Malay village", "Three men from Kampung Baru were recruited.", "Kampung Baru", model.Location, false},
		{"a boulevard abbreviated", "The firm had a desk on Macapagal Blvd. in Pasay.", "Macapagal Blvd", model.Location, false},
		{"a boulevard abbreviated is no person", "The firm had a desk on Macapagal Blvd. in Pasay.", "Macapagal Blvd", model.Person, true},
		{"a Singapore patronymic", "Siti Rohani binte Ahmad was charged with abetting.", "Siti Rohani binte Ahmad", model.Person, false},
		{"the patronymic is not cut at binte", "Siti Rohani binte Ahmad was charged with abetting.", "Siti Rohani", model.Person, true},
		{"a South Asian private limited firm", "They were sent through Everest Overseas Manpower Pvt. Ltd., an agency in Kathmandu.", "Everest Overseas Manpower Pvt. Ltd.", model.Company, false},
		{"a Thai public company", "The parent, Siam Harbour Holdings PCL, is listed in Bangkok.", "Siam Harbour Holdings PCL", model.Company, false},
		{"a legal form over an agency's word", "The workers were hired by Bright Star Recruitment Agency Ltd. in Dhaka.", "Bright Star Recruitment Agency Ltd.", model.Company, false},
		{"an agency without a legal form stays a body", "Two recruiters were arrested by the Immigration Enforcement Agency on Monday.", "Immigration Enforcement Agency", model.Organization, false},
		{"a public body named like a firm stays a body", "The Criminal Investigation and Detection Group raided the hub.", "Criminal Investigation and Detection Group", model.Organization, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, d := analyzeText(t, x, c.text)
			found := false
			for _, e := range d.Entities {
				if e.Name == c.want && e.Type == c.typ {
					found = true
				}
			}
			if found == c.absent {
				t.Errorf("%s %q found=%v, want %v; entities %v", c.typ, c.want, found, !c.absent, d.Entities)
			}
		})
	}
}
