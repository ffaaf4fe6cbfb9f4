package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// checkEndedOrNone asserts that every edge s-p-o in text is either absent or told as over
// (role "former …" and Ended), never a current post.
func checkEndedOrNone(t *testing.T, x *Extractor, text string, forbid []rel) {
	t.Helper()
	got, _ := analyzeText(t, x, text)
	for _, f := range forbid {
		if r, ok := got[[3]string{f.s, f.p, f.o}]; ok && !(r.Ended && strings.HasPrefix(r.Role, "former ")) {
			t.Errorf("%s %s %s read as current (role %q ended %v)", f.s, f.p, f.o, r.Role, r.Ended)
		}
	}
}

// TestWhosePlacesMend: in "Y of TOWN, whose POST is X" "whose" may point to the town, so only
// a post a place cannot hold is read, told with the present copula and a plain end.
func TestWhosePlacesMend(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an owner of a firm of a town", "The deal was signed by Golden Lotus Ltd of Yangon, whose owner is Zhao Wei.",
			[]rel{{"Zhao Wei", model.Owns, "Golden Lotus Ltd", ""}}, nil},
		{"a managing director of a firm of a town", "The deal was signed by Golden Lotus Ltd of Yangon, whose managing director is Zhao Wei.",
			[]rel{{"Zhao Wei", model.Directs, "Golden Lotus Ltd", ""}}, nil},
		{"a founder, the clause going on", "The deal was signed by Golden Lotus Ltd of Yangon, whose founder is Zhao Wei, according to the registry.",
			[]rel{{"Zhao Wei", model.Directs, "Golden Lotus Ltd", ""}}, nil},
		{"a state has a chairman", "The deal was signed by Golden Lotus Ltd of Wa State, whose chairman is Bao Youxiang.",
			nil, []rel{{"Bao Youxiang", model.Directs, "Golden Lotus Ltd", ""}}},
		{"a town and province have a chairman", "The deal was signed by Golden Lotus Ltd of Bamban, Tarlac, whose chairman is Ramon Dizon.",
			nil, []rel{{"Ramon Dizon", model.Directs, "Golden Lotus Ltd", ""}}},
		{"a town has a chairman", "The deal was signed by Golden Lotus Ltd of Laukkaing, whose chairman is Bai Suocheng.",
			nil, []rel{{"Bai Suocheng", model.Directs, "Golden Lotus Ltd", ""}}},
		{"a town has a director", "The deal was signed by Golden Lotus Ltd of Laukkaing, whose director is Bai Suocheng.",
			nil, []rel{{"Bai Suocheng", model.Directs, "Golden Lotus Ltd", ""}, {"Bai Suocheng", model.EmployedBy, "Golden Lotus Ltd", ""}}},
		{"a province has a chairman", "The deal was signed by Golden Lotus Ltd of Bokeo Province, whose chairman is Zhao Wei.",
			nil, []rel{{"Zhao Wei", model.Directs, "Golden Lotus Ltd", ""}}},
		{"a town has a manager", "The permit went to Pearl Bay Ltd of Sihanoukville, whose manager is Chea Sokha.",
			nil, []rel{{"Chea Sokha", model.Directs, "Pearl Bay Ltd", ""}, {"Chea Sokha", model.EmployedBy, "Pearl Bay Ltd", ""}}},
		{"a post resigned after the holder", "The deal was signed by Golden Sun Trading Ltd of Yangon, whose managing director, U Aung Naing, resigned last year.",
			nil, []rel{{"Aung Naing", model.Directs, "Golden Sun Trading Ltd", ""}, {"U Aung Naing", model.Directs, "Golden Sun Trading Ltd", ""}}},
		{"a past owner", "The deal was signed by Golden Lotus Ltd of Yangon, whose owner was Zhao Wei until 2019.",
			nil, []rel{{"Zhao Wei", model.Owns, "Golden Lotus Ltd", ""}}},
		{"an owner who sold", "The deal was signed by Golden Lotus Ltd of Yangon, whose owner is Zhao Wei, who sold his stake in May.",
			nil, []rel{{"Zhao Wei", model.Owns, "Golden Lotus Ltd", ""}}},
		{"a verb after the holder", "The deal was signed by Golden Lotus Ltd of Yangon, whose owner is Zhao Wei said the police.",
			nil, nil},
	}
	checkRelCases(t, x, cases)
}

// TestWhoseListsMend: "whose" pointing to a nearer noun, a holder that is a verb's subject,
// board members, and lists told as over.
func TestWhoseListsMend(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"board members direct", "The site is leased by Golden Lotus Ltd, whose board members include Tun Lwin and Zhang Wei.",
			[]rel{{"Tun Lwin", model.Directs, "Golden Lotus Ltd", ""}, {"Zhang Wei", model.Directs, "Golden Lotus Ltd", ""}},
			[]rel{{"Tun Lwin", model.MemberOf, "Golden Lotus Ltd", ""}}},
		{"a subsidiary of a conglomerate", "The site is leased by Golden Lotus Ltd., a subsidiary of a Thai conglomerate whose directors include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Directs, "Golden Lotus Ltd.", ""}}},
		{"a client of a bank", "The site is leased by Golden Lotus Ltd., a client of a bank whose directors include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Directs, "Golden Lotus Ltd.", ""}}},
		{"a tenant of a landlord", "The site is leased by Golden Lotus Ltd., a tenant of a landlord whose shareholders include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Owns, "Golden Lotus Ltd.", ""}}},
		{"the nephew of a general", "The site is leased by Golden Lotus Ltd., set up by the nephew of a general whose shareholders include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Owns, "Golden Lotus Ltd.", ""}}},
		{"a firm with a partner", "The site is leased by Golden Lotus Ltd., a firm with a partner whose shareholders include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Owns, "Golden Lotus Ltd.", ""}}},
		{"an affiliate of the owner", "The site is leased by Golden Lotus Ltd., an affiliate of the owner whose co-owners include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Owns, "Golden Lotus Ltd.", ""}}},
		{"a front for a militia", "The site is leased by Golden Lotus Ltd., a front for a militia whose board members include Somchai Wong.",
			nil, []rel{{"Somchai Wong", model.Directs, "Golden Lotus Ltd.", ""}, {"Somchai Wong", model.MemberOf, "Golden Lotus Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
	// Read by this file alone: the holder who speaks and the lists told as over.
	for _, c := range []struct{ name, text string }{
		{"a speaker after the list", "The site is leased by Golden Lotus Ltd., a firm registered in Yangon whose directors include Tun Lwin, and Zhang Wei said the firm paid no tax."},
		{"directors until both resigned", "The site is leased by Golden Lotus Ltd., a firm registered in Yangon whose directors were Tun Lwin and Zhang Wei until both resigned in 2021."},
		{"shareholders until a year", "The site is leased by Golden Lotus Ltd., a firm registered in Yangon whose shareholders included Tun Lwin until 2020."},
		{"shareholders before they sold", "The site is leased by Golden Lotus Ltd., a firm registered in Yangon whose shareholders were Tun Lwin and Zhang Wei before they sold out."},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, _ := analyzeText(t, x, c.text)
			for _, f := range []rel{{"Zhang Wei", model.Directs, "Golden Lotus Ltd.", ""}, {"Zhang Wei", model.Owns, "Golden Lotus Ltd.", ""}} {
				if _, ok := out[[3]string{f.s, f.p, f.o}]; ok {
					t.Errorf("%s %s %s read", f.s, f.p, f.o)
				}
			}
			if c.name != "a speaker after the list" {
				checkEndedOrNone(t, x, c.text, []rel{{"Tun Lwin", model.Directs, "Golden Lotus Ltd.", ""}, {"Tun Lwin", model.Owns, "Golden Lotus Ltd.", ""}})
			}
		})
	}
	// The roles are set on the edges.
	out, _ := analyzeText(t, x, "The site is leased by Golden Lotus Ltd., a firm registered in Yangon whose directors include Tun Lwin and Zhang Wei.")
	if r := out[[3]string{"Zhang Wei", model.Directs, "Golden Lotus Ltd."}]; r.Role != "director" {
		t.Errorf("role %q, want director", r.Role)
	}
}

// TestCourtAsidesMend: after "X, a/k/a "A" ("B"), was the chairman of Y", the words after
// the body may end the post or make it another body's.
func TestCourtAsidesMend(t *testing.T) {
	x := newTestExtractor(t)
	const lead = `Defendant ZHAO WEIMIN, a/k/a "Chairman Zhao" ("ZHAO"), was `
	firm := "Lucky Harbor Trading Co., Ltd."
	for _, c := range []struct{ name, text string }{
		{"until a year", lead + "the chairman of Lucky Harbor Trading Co., Ltd. until 2019."},
		{"a span of years", lead + "the chairman of Lucky Harbor Trading Co., Ltd. from 2015 to 2019."},
		{"before he sold it", lead + "the chairman of Lucky Harbor Trading Co., Ltd. before he sold it in 2019."},
		{"a board seat until he resigned", lead + "a member of Lucky Harbor Trading Co., Ltd.'s board until he resigned in 2018."},
		{"no aside, until a year", "ZHAO WEIMIN was the chairman of Lucky Harbor Trading Co., Ltd. until 2019."},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkEndedOrNone(t, x, c.text, []rel{{"Zhao Weimin", model.Directs, firm, ""}, {"Zhao Weimin", model.MemberOf, firm, ""}, {"Zhao Weimin", model.EmployedBy, firm, ""}})
		})
	}
	cases := []relCase{
		{"the post of the firm's unit", lead + "the chairman of Lucky Harbor Trading Co., Ltd.'s Cambodian unit.",
			nil, []rel{{"Zhao Weimin", model.Directs, firm, ""}}},
		{"the plain post stands", lead + "the chairman of Lucky Harbor Trading Co., Ltd.",
			[]rel{{"Zhao Weimin", model.Directs, firm, ""}}, nil},
		{"a clause after the body about something else", lead + "the chairman of Lucky Harbor Trading Co., Ltd., which ran the Golden Bay compound.",
			[]rel{{"Zhao Weimin", model.Directs, firm, ""}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestCourtAsidesOwnBoard: "a member of Y's board" is a seat on Y's own board.
func TestCourtAsidesOwnBoard(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a seat on the firm's own board", "Heng Vuthy is a member of the Cambodia Chamber of Commerce's board.",
			[]rel{{"Heng Vuthy", model.MemberOf, "Cambodia Chamber of Commerce", ""}}, nil},
	})
}
