package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyTitlePosts holds the posts in a body named by its kind before or after the holder's
// name (body_titles.go) and the cases where no body or no post is read.
func TestBodyTitlePosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a body's noun and post as a title", "The Ministry of Interior raided the site. Ministry spokesman Touch Sokhak said the raid was lawful.",
			[]rel{{"Touch Sokhak", model.EmployedBy, "Ministry of Interior", ""}}, nil},
		{"a force's noun and post after said", "The Royal Thai Police raided the site on Monday, said police spokesman Archayon Kraithong.",
			[]rel{{"Archayon Kraithong", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"an indefinite apposition", "The Royal Thai Police raided the site. Archayon Kraithong, a police spokesman, said the raid was lawful.",
			[]rel{{"Archayon Kraithong", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"a rank as the title is no post in the body", "The Royal Thai Police raided the site. Police Colonel Archayon Kraithong said the raid was lawful.",
			nil, []rel{{"Archayon Kraithong", model.MemberOf, "Royal Thai Police", ""}}},
		{"no body of the kind named before", "The Ministry of Interior raided the site. Police spokesman Archayon Kraithong said the raid was lawful.",
			nil, []rel{{"Archayon Kraithong", model.EmployedBy, "Ministry of Interior", ""}}},
		{"a level word before the body's noun", "Officers of the Svay Rieng Provincial Police returned the workers. Provincial police chief Brig. Gen. Ouk Samnang told reporters the claims were baseless.",
			[]rel{{"Ouk Samnang", model.Directs, "Svay Rieng Provincial Police", ""}}, nil},
		{"a level word and a spokesman", "Officers of the Preah Sihanouk Provincial Police guarded the gate. Provincial police spokesman Chhun Vireak denied that officers protect the site.",
			[]rel{{"Chhun Vireak", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}}, nil},
		{"an indefinite deputy title set off by a comma", "The Preah Sihanouk Provincial Police raided the park. Workers said that a deputy provincial police chief, Colonel Sok Vannak, visited the compound.",
			[]rel{{"Sok Vannak", model.Directs, "Preah Sihanouk Provincial Police", ""}}, nil},
		{"a deputy post the role table spells", "The Preah Sihanouk Provincial Police raided the park. Workers said that a deputy provincial police director, Colonel Sok Vannak, visited the compound.",
			[]rel{{"Sok Vannak", model.Directs, "Preah Sihanouk Provincial Police", ""}}, []rel{{"Sok Vannak", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}}},
		{"a committee chair titled senator", "The Senate Committee on Public Order held a hearing on the hub. Workers described the site. The mayor spoke. Guards were named. The land was leased. Committee chair Senator Lourdes Abad-Santos said the panel would subpoena records.",
			[]rel{{"Lourdes Abad-Santos", model.Directs, "Senate Committee on Public Order", ""}}, nil},
		{"a level word the named body does not hold", "The Cambodian National Police raided the park. Provincial police chief Brig. Gen. Ouk Samnang told reporters the claims were baseless.",
			nil, []rel{{"Ouk Samnang", model.Directs, "Cambodian National Police", ""}}},
		{"an indefinite title without a comma is a description", "The Preah Sihanouk Provincial Police raided the park. Workers said a provincial police officer Sok Vannak visited the compound.",
			nil, []rel{{"Sok Vannak", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}}},
		{"two committees named far back leave the chair open", "The Senate Committee on Public Order and the Senate Committee on Women held a joint hearing. Workers described the site. The mayor spoke. Guards were named. The land was leased. Committee chair Senator Lourdes Abad-Santos said the panel would subpoena records.",
			nil, []rel{{"Lourdes Abad-Santos", model.Directs, "Senate Committee on Public Order", ""}, {"Lourdes Abad-Santos", model.Directs, "Senate Committee on Women", ""}}},
		{"a senator's title alone is no seat", "The Senate Committee on Public Order held a hearing. Senator Lourdes Abad-Santos said the panel would subpoena records.",
			nil, []rel{{"Lourdes Abad-Santos", model.Directs, "Senate Committee on Public Order", ""}}},
	}
	checkRelCases(t, x, cases)
}
