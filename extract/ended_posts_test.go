package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestEndedPosts holds posts told as history after a present stake (ended_posts.go): the tie
// is kept, as the sets label former posts, but never as a current post. Each case gives the
// role prefix and end the DIRECTS tie must carry; "" as prefix means a current post.
func TestEndedPosts(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, holder, body string
		former                   bool
		end                      string
	}{
		{"a post in the past after a present stake", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and was its chief executive.",
			"Huang Zhiwen", "Golden Reef Holdings", true, ""},
		{"a former post after a stake", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and is its former chief executive.",
			"Huang Zhiwen", "Golden Reef Holdings", true, ""},
		{"an ex- post after a stake", "Huang Zhiwen holds 40 percent of Golden Reef Holdings and is its ex-chairman.",
			"Huang Zhiwen", "Golden Reef Holdings", true, ""},
		{"a seat with an end year", "Huang Zhiwen owns 40 percent of Golden Reef Holdings and sat on its board until 2021.",
			"Huang Zhiwen", "Golden Reef Holdings", true, "2021"},
		{"a seat with an end year after odd whitespace", "Huang Zhiwen owns 40 percent of Golden Reef Holdings\tand sat on its board until 2021.",
			"Huang Zhiwen", "Golden Reef Holdings", true, "2021"},
		{"a seat held before, with no year", "Huang Zhiwen owns 40 percent of Golden Reef Holdings and sat on its board.",
			"Huang Zhiwen", "Golden Reef Holdings", true, ""},
		// Recall: a post held now stays current.
		{"a post held now", "Huang Zhiwen owns 70 percent of Golden Reef Holdings and is its chief executive.",
			"Huang Zhiwen", "Golden Reef Holdings", false, ""},
		{"a seat held now", "Huang Zhiwen owns 40 percent of Golden Reef Holdings and sits on its board.",
			"Huang Zhiwen", "Golden Reef Holdings", false, ""},
		{"a former post, then told as standing", "Chen Hao, the former chairman of Golden Sun Group, spoke on Monday. Chen Hao still runs Golden Sun Group, police said.",
			"Chen Hao", "Golden Sun Group", false, ""},
		{"a past stake and a past post", "Huang Zhiwen owned 70 percent of Golden Reef Holdings and was its chief executive.",
			"Huang Zhiwen", "Golden Reef Holdings", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[[3]string{c.holder, model.Directs, c.body}]
			if !ok {
				if c.former {
					return // no edge at all is never a current post
				}
				t.Fatalf("no %s DIRECTS %s; got %v", c.holder, c.body, got)
			}
			if f := strings.HasPrefix(r.Role, "former "); f != c.former || r.Ended != c.former {
				t.Errorf("role %q ended %v: want former=%v", r.Role, r.Ended, c.former)
			}
			if r.End != c.end {
				t.Errorf("end %q, want %q", r.End, c.end)
			}
		})
	}
}

// TestUntilYear holds the end year read after a post.
func TestUntilYear(t *testing.T) {
	for _, c := range []struct{ after, want string }{
		{" board until 2021.", "2021"},
		{" chief executive until late 2019 when", "2019"},
		{" board until March 2022", "2022"},
		{" chief executive, and ran it until 2021", ""}, // a comma: another clause's year
		{" board since 2021", ""},
		{" board. Until 2021 it was", ""},
	} {
		if got := untilYear(c.after); got != c.want {
			t.Errorf("untilYear(%q) = %q, want %q", c.after, got, c.want)
		}
	}
}

func TestStatedFormer(t *testing.T) {
	for _, tc := range []struct {
		span, role string
		want       bool
	}{
		{"Lim Heng is the former chief executive of Golden Lotus", "chief executive", true},
		{"Sok Dara, a former director of Golden Lotus", "director", true},
		{"Meas Rith, an ex-director of Golden Lotus", "director", true},
		{"Chan Vuthy previously served as chairman of Mekong Star", "chairman", true},
		{"Chan Vuthy, formerly the chairman of Mekong Star", "chairman", true},
		{"Chen Haoran resigned as director of Golden Reed Co., Ltd.", "director", true},
		{"Chen Haoran stepped down as chairman of Golden Reed Co., Ltd.", "chairman", true},
		// must not: the marker is not on the post, or the post is held now.
		{"Chen Haoran, who resigned as mayor, is chairman of Golden Reed Co., Ltd.", "chairman", false},
		{"Chen Haoran refused to step down as chairman of Golden Reed Co., Ltd.", "chairman", false},
		{"Chen Haoran was named chairman of Golden Reed Co., Ltd. after Lim Heng resigned", "chairman", false},
		{"Keo Sophal, who once met the police, is chairman of Mekong Star", "chairman", false},
		{"Keo Sophal, a former police officer, is chairman of Mekong Star", "chairman", false},
		{"Keo Sophal is chairman of Mekong Star", "chairman", false},
		{"Keo Sophal is the former chairman's son and director of Mekong Star", "director", false},
		{"Lim Heng is the former chief executive of Golden Lotus", "former chief executive", false},
		{"Lim Heng is the former chief executive of Golden Lotus", "", false},
	} {
		if got := statedFormer(tc.span, tc.role); got != tc.want {
			t.Errorf("statedFormer(%q, %q) = %v, want %v", tc.span, tc.role, got, tc.want)
		}
	}
}

// endCase is a relation the text must give, keyed subject, predicate, object, with the End it
// must carry ("" for a current tie).
type endCase struct {
	name, text string
	key        [3]string
	end        string
}

// checkEndCases runs each case through the extractor and checks the relation and its End.
func checkEndCases(t *testing.T, x *Extractor, cases []endCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[c.key]
			if !ok {
				t.Fatalf("missing %v in %v", c.key, got)
			}
			if r.End != c.end {
				t.Errorf("end %q, want %q", r.End, c.end)
			}
		})
	}
}

// TestHeldBefore holds ownership and running told as over with no date (ended_posts.go): the
// tie is kept and marked Ended, so the graph shows it as history; a holding told in the plain
// past or the present stays current.
func TestHeldBefore(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text string
		key        [3]string
		ended      bool
	}{
		{"once owned", "Apex Land Co. Ltd., which once owned the Blue River Resort, has been dissolved.",
			[3]string{"Apex Land Co. Ltd.", model.Owns, "Blue River Resort"}, true},
		{"previously owned", "Chen Hao previously owned the Sky Palace compound in Sihanoukville.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, true},
		{"previously owned after a tab", "Chen Hao previously\towned the Sky Palace compound in Sihanoukville.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, true},
		// Precision: nothing says the tie is over.
		{"owns now", "Chen Hao owns the Sky Palace compound in Sihanoukville.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, false},
		{"a plain past", "Chen Hao owned the Sky Palace compound in Sihanoukville when it opened in 2019.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, false},
		{"the marker in another clause", "Chen Hao, who once owned a bakery, owns the Sky Palace compound in Sihanoukville.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, false},
		{"told as over, then as standing", "Chen Hao previously owned the Sky Palace compound. Today Chen Hao owns the Sky Palace compound again.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, false},
		{"a marker about another site", "Golden Sun Group is the former owner of Blue River Resort and owns the Sky Palace compound.",
			[3]string{"Golden Sun Group", model.Owns, "Sky Palace"}, false},
		{"a marker about another trade", "Chen Hao, a one-time operator of online casinos who now owns the Sky Palace compound, was arrested.",
			[3]string{"Chen Hao", model.Owns, "Sky Palace"}, false},
		{"over, then still held", "Apex Land Co. Ltd. once owned the Sky Palace compound and still owns it today.",
			[3]string{"Apex Land Co. Ltd.", model.Owns, "Sky Palace"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[c.key]
			if !ok {
				t.Fatalf("missing %v in %v", c.key, got)
			}
			if r.Ended != c.ended || r.End != "" {
				t.Errorf("ended %v end %q, want ended %v and no end", r.Ended, r.End, c.ended)
			}
		})
	}
}

func TestHeldBeforeGaps(t *testing.T) {
	for _, c := range []struct {
		gap, after string
		want       bool
	}{
		{", the former owner of ", ".", true},
		{", the former owner and operator of ", ".", true},
		{", the former operator or owner of ", ".", true},
		{"'s one-time operator, ", " said", false}, // a comma: the marker is another clause's
		{"'s one-time operator ", " said", true},
		{"'s former owner, ", ", sold it in 2019.", true}, // "S's former owner, X, sold it"
		{"’s ex-operator, ", ".", true},
		{"'s former owner, ", ", who still owns it.", false},
		{" used to run ", ".", true},
		{" was formerly run by ", ".", true},
		{" once owned the ", " compound, which was raided.", true},
		{"\tonce\towned\tthe ", ".", true},
		// Precision: the marker is about something else, or the tie stands again.
		{", formerly known as Blue Star, owned ", ".", false},
		{" once again owns ", ".", false},
		{" owned ", ".", false},
		{" is the former owner of Blue River Resort and owns the ", ".", false},
		{", a one-time operator of online casinos who now owns the ", ".", false},
		{" once owned the ", " compound and still owns it today.", false},
		{" previously ran ", " and now runs it again.", false},
	} {
		if got := heldBefore(c.gap, c.after); got != c.want {
			t.Errorf("heldBefore(%q, %q) = %v, want %v", c.gap, c.after, got, c.want)
		}
	}
}

// TestPostEndYear holds posts told in the past and closed by a year after the body
// (postEndYear): history, with the year as End. A post with a future term, one told as
// standing again, and a year that belongs to another clause or verb stay current.
func TestPostEndYear(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, holder, pred, body string
		ended                          bool
		end                            string
	}{
		{"a relative clause", "Sok Dara, who chaired Golden Bay Group until 2019, now lives in Phnom Penh.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2019"},
		{"a main clause with a month", "Sok Dara ran Golden Bay Group until March 2021, when he sold it.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2021"},
		{"a span of years", "Sok Dara headed Golden Bay Group from 2015 to 2019.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2019"},
		{"between two years", "Sok Dara headed Golden Bay Group between 2016 and 2020.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2020"},
		{"a post noun after was", "Sok Dara was a director of Golden Bay Group until 2019.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2019"},
		{"a job", "Sok Dara worked for Golden Bay Group until 2019.",
			"Sok Dara", model.EmployedBy, "Golden Bay Group", true, "2019"},
		{"odd whitespace", "Sok Dara\tchaired  Golden Bay Group\nuntil 2019.",
			"Sok Dara", model.Directs, "Golden Bay Group", true, "2019"},
		// Precision: the tie stands.
		{"a present post with a term", "Sok Dara, who was arrested in 2020, chairs Golden Bay Group until 2027.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"since a year", "Sok Dara has chaired Golden Bay Group since 2019.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"the year in another clause", "Sok Dara managed Golden Bay Group, which operated until 2019.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"the year of another verb", "Sok Dara, who worked for Golden Bay Group, was jailed until 2022.",
			"Sok Dara", model.EmployedBy, "Golden Bay Group", false, ""},
		{"held again", "Sok Dara chaired Golden Bay Group until 2019 and still chairs it.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"held again later (review of round 23)", "Sok Dara headed Golden Bay Group from 2015 to 2019 and has chaired it again since 2023.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"and beyond", "Sok Dara led Golden Bay Group through 2019 and beyond.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"a present perfect with a term", "Sok Dara has chaired Golden Bay Group until 2026 and will step down in December.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
		{"a seat kept", "Sok Dara was chairman of Golden Bay Group through 2019 but remains on its board.",
			"Sok Dara", model.Directs, "Golden Bay Group", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[[3]string{c.holder, c.pred, c.body}]
			if !ok {
				t.Fatalf("no %s %s %s; got %v", c.holder, c.pred, c.body, got)
			}
			if r.Ended != c.ended || r.End != c.end {
				t.Errorf("ended %v end %q role %q: want ended %v end %q", r.Ended, r.End, r.Role, c.ended, c.end)
			}
		})
	}
}

// TestOnceEmployed holds an employment told as over ("was formerly employed by A", "once
// worked for A") to an ended tie (onceEmployed); one told now stays current, and an ended one
// told again as standing is current.
func TestOnceEmployed(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, holder, pred, body string
		ended                          bool
	}{
		{"formerly employed", "Zhang Wei was formerly employed by Kylin Group.", "Zhang Wei", model.EmployedBy, "Kylin Group", true},
		{"once employed", "Zhang Wei was once employed by Kylin Group.", "Zhang Wei", model.EmployedBy, "Kylin Group", true},
		{"previously employed in an apposition", "Zhang Wei, previously employed by Kylin Group, spoke.", "Zhang Wei", model.EmployedBy, "Kylin Group", true},
		{"formerly employed as a manager", "Zhang Wei was formerly employed by Kylin Group as a manager.", "Zhang Wei", model.Directs, "Kylin Group", true},
		{"formerly worked for a firm with a period in its name", "Chen met Li Ming, who formerly worked for Star Link Co.", "Li Ming", model.EmployedBy, "Star Link Co.", true},
		{"once worked as a post for a firm", "Zhang Wei, who once worked as an accountant for Kylin Group, denied wrongdoing.", "Zhang Wei", model.EmployedBy, "Kylin Group", true},
		// Recall: a current employment.
		{"previously at one and now managing another", "Li Ming, who previously worked for Huione Pay and now manages Star Link Co., Ltd., denied wrongdoing.", "Li Ming", model.Directs, "Star Link Co., Ltd.", false},
		{"formerly employed and rejoined", "Zhang Wei was formerly employed by Kylin Group and rejoined it in 2024.", "Zhang Wei", model.EmployedBy, "Kylin Group", false},
		{"once employed and still employed", "Zhang Wei, once employed by Kylin Group, is still employed by Kylin Group.", "Zhang Wei", model.EmployedBy, "Kylin Group", false},
		{"employed now", "Zhang Wei is employed by Kylin Group.", "Zhang Wei", model.EmployedBy, "Kylin Group", false},
		{"once at one, now at another", "Zhang Wei, who once worked for Kylin Group, now works for Star Link Co.", "Zhang Wei", model.EmployedBy, "Star Link Co.", false},
		{"formerly employed and still is", "Zhang Wei was formerly employed by Kylin Group and still is.", "Zhang Wei", model.EmployedBy, "Kylin Group", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			r, ok := got[[3]string{c.holder, c.pred, c.body}]
			if !ok {
				if c.ended {
					return // no edge at all is never a current post
				}
				t.Fatalf("no %s %s %s; got %v", c.holder, c.pred, c.body, got)
			}
			if r.Ended != c.ended {
				t.Errorf("ended %v role %q, want ended %v", r.Ended, r.Role, c.ended)
			}
		})
	}
}
