package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSidePlaces covers a site or town placed in a country by the side or bank of a river or
// frontier it stands on: a long apposition, a copula, a place verb, a town set off by a comma
// and a bank that ends the phrase; with cases where the side is a person's, a clause's or
// another noun's.
func TestSidePlaces(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "long apposition of what the site holds", text: "Police raided Teakwood Garden, a gated compound of dormitories and office blocks on the Myanmar bank of the Thaungyin River, the ministry said.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "bank that ends the phrase", text: "Boats carried the recruits across to Teakwood Garden, a scam compound on the Myanmar bank.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "copula with a long predicate", text: "Teakwood Garden is a walled complex of casinos, flats and offices on the Myanmar side of the Thaungyin River.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "a place verb", text: "Teakwood Garden stands on the Myanmar side of the border crossing.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "a town set off by a comma", text: "The recruits were driven to Myawaddy, on the Myanmar side of the Thaungyin River.",
			want: []rel{{"Myawaddy", L, "Myanmar", ""}}},
		{name: "a person's side is no site's place", text: "Somchai Rakthai, a broker who lives on the Thai side of the river, met them.",
			forbid: []rel{{"Somchai Rakthai", L, "Thailand", ""}}},
		{name: "a clause in the apposition", text: "Teakwood Garden, a compound that was moved on the Thai side of the border, reopened.",
			forbid: []rel{{"Teakwood Garden", L, "Thailand", ""}}},
		{name: "a town described as something else is left alone", text: "The recruits were driven to Myawaddy, a trading town that faces the Thai side of the river.",
			forbid: []rel{{"Myawaddy", L, "Thailand", ""}}},
		{name: "the side, then a participle", text: "Boats carried 300 people last year to Teakwood Garden, a compound on the Myanmar side run by Huaxing Holdings Group.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "the bank, then a distance", text: "The money came from recruiters for Dongfeng Park, a compound on the Myanmar bank a few kilometres from Shwe Kokko.",
			want: []rel{{"Dongfeng Park", L, "Myanmar", ""}}},
		{name: "the bank, then a relative clause", text: "They were moved to Teakwood Garden, the Chinese-built enclave on the Myanmar bank where many were forced to work.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "the side, then a time", text: "Police raided Teakwood Garden, a scam compound on the Myanmar side in March, and freed 200 people.",
			want: []rel{{"Teakwood Garden", L, "Myanmar", ""}}, forbid: []rel{{"Teakwood Garden", L, "Thailand", ""}}},
		{name: "precision: a person on the side, then a participle", text: "Somchai Rakthai, a broker who lives on the Thai side run by the militia, met them.",
			forbid: []rel{{"Somchai Rakthai", L, "Thailand", ""}}},
		{name: "precision: a bank of money", text: "Investigators traced payments to Teakwood Garden, a compound paid through the Myanmar bank accounts of two nominees.",
			forbid: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "precision: a compound across from the other side", text: "Teakwood Garden, a compound facing the casino on the Myanmar side run by the militia, was raided.",
			forbid: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "precision: workers on a side", text: "Workers from Teakwood Garden were received on the Myanmar side by police.",
			forbid: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "the country's side named without side or bank", text: "Teakwood Garden, a compound on the Myanmar border, was raided.",
			forbid: []rel{{"Teakwood Garden", L, "Myanmar", ""}}},
		{name: "precision: probe 1", text: "Golden Lotus Park, a compound with boats on the Myanmar bank waiting to ferry workers, is in Mae Sot, Thailand.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 2", text: "Golden Lotus Park, a compound with guards on the Myanmar side paid by Zhao Ming, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 3", text: "Golden Lotus Park, a compound not on the Myanmar side but on the Thai side of the river, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 4", text: "Golden Lotus Park, a compound on the Myanmar side no longer, after the river shifted, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 5", text: "Golden Lotus Park, a compound on the Myanmar side or possibly the Thai side, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 6", text: "Golden Lotus Park, a compound on the Myanmar side if the Thai survey is right, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 7", text: "Golden Lotus Park, a compound on the Myanmar side until the border was redrawn, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 8", text: "That Golden Lotus Park is a compound on the Myanmar side is a lie, the Thai government said.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 9", text: "Golden Lotus Park, a compound on the Myanmar side denied by the junta, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: probe 10", text: "Golden Lotus Park, a compound on the Myanmar banks money is laundered through, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "precision: a site on the Laos side before a move", text: "Golden Lotus Park, a compound on the Laos side before it moved to Cambodia, was raided.",
			forbid: []rel{{"Golden Lotus Park", L, "Laos", ""}}},
		{name: "precision: a town seen from", text: "From Mae Sot, on the Myanmar side the lights of KK Park are visible.",
			forbid: []rel{{"Mae Sot", L, "Myanmar", ""}}},
		{name: "precision: a town looked across from", text: "Looking across from Mae Sot, on the Myanmar side there are dozens of compounds.",
			forbid: []rel{{"Mae Sot", L, "Myanmar", ""}}},
		{name: "a distance after the side", text: "Golden Lotus Park, a compound on the Myanmar side 5 km downstream from the bridge, was raided.",
			want: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		{name: "near after the side", text: "Golden Lotus Park, a compound on the Myanmar side near the bridge, was raided.",
			want: []rel{{"Golden Lotus Park", L, "Myanmar", ""}}},
		// The main clause after the comma is no doubt of the side; ", not the ..." still is.
		{name: "the main clause goes on after a comma", text: "Golden Crane, a large compound on the Myanmar side, was raided after workers fled.",
			want: []rel{{"Golden Crane", L, "Myanmar", ""}}},
		{name: "but in the main clause", text: "Golden Crane, a large compound on the Myanmar side, was raided but the owners escaped.",
			want: []rel{{"Golden Crane", L, "Myanmar", ""}}},
		{name: "a negated main clause", text: "Golden Crane, a large compound on the Myanmar side, was not raided.",
			want: []rel{{"Golden Crane", L, "Myanmar", ""}}},
		{name: "not the other side after a comma", text: "Golden Crane, a large compound on the Myanmar side, not the Thai side, was raided.",
			forbid: []rel{{"Golden Crane", L, "Myanmar", ""}}},
	}
	checkRelCases(t, x, cases)
}
