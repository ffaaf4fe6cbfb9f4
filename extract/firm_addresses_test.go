package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmAddresses covers a firm's or body's address given right after its name, in
// brackets, in a relative clause, after "with an office at", and bare as a sanctions notice
// prints it; with cases where it must not fire.
func TestFirmAddresses(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "registered address in brackets", text: "Teak Harbour Trading Co., Ltd. (registered address: No. 48, Street 310, Phnom Penh, Cambodia) was designated.",
			want: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},
		{name: "registered office in a relative clause", text: "Teak Harbour Trading Co., Ltd., whose registered office is at 17 Le Loi Street, Ho Chi Minh City, was named.",
			want: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Ho Chi Minh City", ""}}},
		{name: "an office at a street address", text: "Teak Harbour Trading Co., Ltd., with an office at 88 Rama IV Road, Bangkok, moved the funds.",
			want: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Bangkok", ""}}},
		{name: "a notice's bare address takes its first place", text: "TEAK HARBOUR TRADING CO., LTD., No. 9, Street 51, Sangkat Boeung Raing, Phnom Penh, Cambodia; Registration Number 00099.",
			want: []rel{{"TEAK HARBOUR TRADING CO., LTD.", L, "Sangkat Boeung Raing", ""}}, forbid: []rel{{"TEAK HARBOUR TRADING CO., LTD.", L, "Phnom Penh", ""}}},
		{name: "a person's address is no seat", text: "Sok Dara (address: No. 4, Street 63, Phnom Penh) was designated.",
			forbid: []rel{{"Sok Dara", L, "Phnom Penh", ""}}},
		{name: "a clause after the firm is no address", text: "Teak Harbour Trading Co., Ltd., whose chairman lives at 12 Street 271, Phnom Penh, was named.",
			forbid: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},
		{name: "money sent to an address is no seat", text: "Teak Harbour Trading Co., Ltd. said the money went to an address in Phnom Penh.",
			forbid: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},
		{name: "a body's headquarters outside which someone stood", text: "He spoke outside the Royal Thai Police headquarters in Bangkok on Monday.",
			forbid: []rel{{"Royal Thai Police", L, "Bangkok", ""}}},
		{name: "a body's own office in a city", text: "Papers were filed at the Mekong Labour Rights Foundation office in Chiang Mai on Monday.",
			want: []rel{{"Mekong Labour Rights Foundation", L, "Chiang Mai", ""}}},
		{name: "a firm's headquarters set off by whose", text: "Teak Harbour Trading Co., Ltd., whose headquarters is in Phnom Penh, denied the claims.",
			want: []rel{{"Teak Harbour Trading Co., Ltd.", L, "Phnom Penh", ""}}},
	}
	checkRelCases(t, x, cases)
}
