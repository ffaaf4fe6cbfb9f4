package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmSeats covers three ways a firm's or body's seat is written: its own office in the
// possessive ("X's registered office is on Street 9 in Y"), a short apposition whose last noun
// is a business ("X, a money services business in Y"), and a list item whose first field gives
// the places before a semicolon and a note; with cases where none of them may fire.
func TestFirmSeats(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "possessive registered office on a street in a town", text: "Lotus Quay Holdings Co., Ltd. signed the lease. Lotus Quay Holdings Co., Ltd.'s registered office is on Street 118 in Kampot, beside a petrol station.",
			want: []rel{{"Lotus Quay Holdings Co., Ltd.", L, "Kampot", ""}}},
		{name: "possessive head office at a numbered address", text: "Teak Harbour Trading Co., Ltd.'s head office is at No. 31, Street 402, Phnom Penh, the filing says.",
			want: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},
		{name: "a body's headquarters in the possessive", text: "The Mekong Labour Rights Foundation's headquarters is in Chiang Mai.",
			want: []rel{{"Mekong Labour Rights Foundation", L, "Chiang Mai", ""}}},
		{name: "a person's office is no seat", text: "Chen Baoliang's office is on Street 51 in Phnom Penh.",
			forbid: []rel{{"Chen Baoliang", L, "Phnom Penh", ""}}},
		{name: "a clause between the office and the town is no address", text: "Teak Harbour Trading Co., Ltd.'s office was raided by police in Phnom Penh.",
			forbid: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},

		{name: "short apposition with a business noun", text: "Funds passed through Silver Ridge Exchange Co., Ltd., a money services business in Poipet, before reaching the compound.",
			want: []rel{{"Silver Ridge Exchange Co., Ltd.", L, "Poipet", ""}}},
		{name: "two-word apposition: a firm in a city", text: "The payments went to Amber Gate Trading Ltd, a firm in Vientiane, last year.",
			want: []rel{{"Amber Gate Trading Ltd", L, "Vientiane", ""}}},
		{name: "a bare in after a firm is where something happened", text: "Police raided Silver Ridge Exchange Co., Ltd. in Poipet on Monday.",
			forbid: []rel{{"Silver Ridge Exchange Co., Ltd.", L, "Poipet", ""}}},
		{name: "an apposition with a verb is a clause", text: "Silver Ridge Exchange Co., Ltd., a firm that was raided in Poipet, denied the claims.",
			forbid: []rel{{"Silver Ridge Exchange Co., Ltd.", L, "Poipet", ""}}},

		{name: "list item: places then a note after a semicolon", text: "The following entities were designated today:\nRIVERSTONE LEISURE CO., LTD., Poipet, Banteay Meanchey, Cambodia; a subsidiary of Northgate Holdings Co., Ltd.\nAMBER GATE TRADING LIMITED, Macau; a company that moved proceeds for the group.",
			want: []rel{{"RIVERSTONE LEISURE CO., LTD.", L, "Poipet", ""}, {"AMBER GATE TRADING LIMITED", L, "Macau", ""}}},
		{name: "list item: words before the semicolon are no place field", text: "The following entities were designated today:\nRIVERSTONE LEISURE CO., LTD., operator of a casino in Poipet; owned by Northgate Holdings Co., Ltd.",
			forbid: []rel{{"RIVERSTONE LEISURE CO., LTD.", L, "Poipet", ""}}},
		{name: "list item: a place only in the note is no seat", text: "The following entities were designated today:\nRIVERSTONE LEISURE CO., LTD., Cambodia; moved funds to a bank in Macau.",
			want: []rel{{"RIVERSTONE LEISURE CO., LTD.", L, "Cambodia", ""}}, forbid: []rel{{"RIVERSTONE LEISURE CO., LTD.", L, "Macau", ""}}},
		{name: "list item: a person's places are no seat", text: "The following persons were designated today:\nCHEN BAOLIANG, Phnom Penh, Cambodia; chairman of Northgate Holdings Co., Ltd.",
			forbid: []rel{{"Chen Baoliang", L, "Phnom Penh", ""}, {"CHEN BAOLIANG", L, "Phnom Penh", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestFirmApposIn holds the short apposition reading to its last noun: a business's or body's
// noun places the firm, a site's noun or a verb does not, nor a site or person named first.
func TestFirmApposIn(t *testing.T) {
	cases := []struct {
		typ, gap, verb string
		want           bool
	}{
		{model.Company, ", a money services business in ", "", true},
		{model.Company, ", a casino operator in ", "", true},
		{model.Organization, ", a rights charity in ", "", true},
		{model.Company, ", a casino complex in ", "", false},
		{model.Company, ", a hotel in ", "", false},
		{model.Company, ", a firm registered in ", "registered", false}, // the verb reading places it
		{model.Company, " in ", "", false},
		{model.Company, ", a firm that was raided in ", "", false},
		{model.Person, ", a businessman in ", "", false},
		{model.Compound, ", a firm in ", "", false},
	}
	for _, c := range cases {
		ents := []*docEntity{{name: "Silver Ridge Exchange", typ: c.typ}, {name: "Poipet", typ: model.Location}}
		if got := firmApposIn(ents, candidate{ent: 0}, candidate{ent: 1}, c.gap, c.verb); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.typ, c.gap, got, c.want)
		}
	}
}
