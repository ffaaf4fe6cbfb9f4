package extract

import "testing"

// TestNamingTraditions covers names whose type is told by a word of another language or a
// legal form of another country: Malay bodies and streets ("Dewan Rakyat", "Jalan Ampang"),
// the Singapore spelling of the Malay patronymic ("binte"), South and Southeast Asian legal
// forms ("Pvt. Ltd.", "PCL"), a firm's legal form over a body's word in its name; and the
// names those words must not retype.
func TestNamingTraditions(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a Malay council", "The bill was tabled in the Dewan Rakyat last week.", []string{"Organization:Dewan Rakyat"}, nil},
		{"a Malay council is no person", "The bill was tabled in the Dewan Rakyat last week.", nil, []string{"Person:Dewan Rakyat"}},
		{"a Malay university", "Researchers at Universiti Sains Malaysia studied the recruiters.", []string{"Organization:Universiti Sains Malaysia"}, nil},
		{"a Malay association", "Persatuan Pekerja Migran Selangor helped the families file reports.", []string{"Organization:Persatuan Pekerja Migran Selangor"}, nil},
		{"a Malay ministry building for the ministry", "Officials at Wisma Putra confirmed the rescue.", []string{"Organization:Wisma Putra"}, nil},
		{"a Malaysian central bank", "Bank Negara Malaysia froze the accounts.", []string{"Organization:Bank Negara Malaysia"}, nil},
		{"a bank written word first stays a firm", "Bank Mandiri froze the accounts.", []string{"Company:Bank Mandiri"}, nil},
		{"a Malay street", "The agency rented an office on Jalan Sultan Ismail in Kuala Lumpur.", []string{"Location:Jalan Sultan Ismail"}, nil},
		{"a Malay street is no person", "The agency rented an office on Jalan Sultan Ismail in Kuala Lumpur.", nil, []string{"Person:Jalan Sultan Ismail"}},
		{"a Malay village", "Three men from Kampung Baru were recruited.", []string{"Location:Kampung Baru"}, nil},
		{"a boulevard abbreviated", "The firm had a desk on Macapagal Blvd. in Pasay.", []string{"Location:Macapagal Blvd"}, nil},
		{"a boulevard abbreviated is no person", "The firm had a desk on Macapagal Blvd. in Pasay.", nil, []string{"Person:Macapagal Blvd"}},
		{"a Singapore patronymic", "Siti Rohani binte Ahmad was charged with abetting.", []string{"Person:Siti Rohani binte Ahmad"}, nil},
		{"the patronymic is not cut at binte", "Siti Rohani binte Ahmad was charged with abetting.", nil, []string{"Person:Siti Rohani"}},
		{"a South Asian private limited firm", "They were sent through Everest Overseas Manpower Pvt. Ltd., an agency in Kathmandu.", []string{"Company:Everest Overseas Manpower Pvt. Ltd."}, nil},
		{"a Thai public company", "The parent, Siam Harbour Holdings PCL, is listed in Bangkok.", []string{"Company:Siam Harbour Holdings PCL"}, nil},
		{"a legal form over an agency's word", "The workers were hired by Bright Star Recruitment Agency Ltd. in Dhaka.", []string{"Company:Bright Star Recruitment Agency Ltd."}, nil},
		{"an agency without a legal form stays a body", "Two recruiters were arrested by the Immigration Enforcement Agency on Monday.", []string{"Organization:Immigration Enforcement Agency"}, nil},
		{"a public body named like a firm stays a body", "The Criminal Investigation and Detection Group raided the hub.", []string{"Organization:Criminal Investigation and Detection Group"}, nil},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
}
