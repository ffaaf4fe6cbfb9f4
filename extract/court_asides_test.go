package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtAsides holds the asides court_asides.go skips before a post and the cases where
// no post may be read.
func TestCourtAsides(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an alias with a comma inside, a nationality with a residence", `Defendant PHAM MINH DUC, also known as "Duke," a Vietnamese national residing in Hanoi, Vietnam, was the owner and sole director of Red River Softworks Company Limited.`,
			[]rel{{"Pham Minh Duc", model.Directs, "Red River Softworks Company Limited", ""}}, nil},
		{"a citizenship of a kingdom with a residence", "Defendant SOMCHAI KLAHAN, a citizen of the Kingdom of Thailand residing in Chiang Rai, was the general manager of Golden Reed Logistics Co., Ltd.",
			[]rel{{"Somchai Klahan", model.Directs, "Golden Reed Logistics Co., Ltd.", ""}}, nil},
		{"a/k/a with the filing's short name", `Defendant WU JIANHUA, a/k/a "Uncle Wu" ("WU"), was a citizen of the People's Republic of China and the chairman of Sea Dragon Investment Group Ltd.`,
			[]rel{{"Wu Jianhua", model.Directs, "Sea Dragon Investment Group Ltd.", ""}}, nil},
		{"a short name, then a citizenship", `Defendant MARK DELGADO ("DELGADO"), a citizen of the Philippines, was the president of Bayview Outsourcing Corp.`,
			[]rel{{"Mark Delgado", model.Directs, "Bayview Outsourcing Corp.", ""}}, nil},
		{"a residence coordinated before the copula", "Defendant OLIVIA CHANG resided in Pasadena, California, and was the managing member of Sunset Ridge Trading LLC.",
			[]rel{{"Olivia Chang", model.Directs, "Sunset Ridge Trading LLC", ""}}, nil},
		{"a staff post", `Defendant HO VAN LOC, also known as "Lucky," a citizen of Vietnam residing in Da Nang, was the treasurer of Silver Lantern Holdings Ltd.`,
			[]rel{{"Ho van Loc", model.EmployedBy, "Silver Lantern Holdings Ltd.", ""}}, nil},
		{"a former post", `Defendant LEE JAE WON, also known as "Jay," a citizen of South Korea residing in Seoul, was formerly the president of Han River Gaming Co., Ltd.`,
			nil, []rel{{"Lee Jae Won", model.Directs, "Han River Gaming Co., Ltd.", ""}}},
		{"a relative holds the post", `Defendant KIM SO YEON, also known as "Sunny," a citizen of South Korea, was the sister of the president of Jeju Star Resort Co., Ltd.`,
			nil, []rel{{"Kim So Yeon", model.Directs, "Jeju Star Resort Co., Ltd.", ""}, {"Kim", model.Directs, "Jeju Star Resort Co., Ltd.", ""}}},
		{"a negation", `Defendant NGUYEN THI HOA, also known as "Rose," a citizen of Vietnam, was not an officer of Mekong Pearl Trading Co., Ltd.`,
			nil, []rel{{"Nguyen Thi Hoa", model.EmployedBy, "Mekong Pearl Trading Co., Ltd.", ""}, {"Nguyen Thi Hoa", model.Directs, "Mekong Pearl Trading Co., Ltd.", ""}}},
		{"a post offered", `Defendant ARJUN MEHTA, also known as "AJ," a citizen of India residing in Dubai, was offered the post of chief executive of Gulf Crown Holdings Ltd.`,
			nil, []rel{{"Arjun Mehta", model.Directs, "Gulf Crown Holdings Ltd.", ""}}},
		{"another person's aside", `Defendant CHOI MIN HO, also known as "Max," a citizen of South Korea, and Defendant PARK JI HOON were the directors of Busan Harbor Logistics Co., Ltd.`,
			[]rel{{"Park Ji Hoon", model.Directs, "Busan Harbor Logistics Co., Ltd.", ""}}, nil},
		{"the post of another body after the aside", `Defendant LIM KAH WAI, also known as "Ah Wai," a citizen of Malaysia, was the accountant of the chairman of Golden Palm Holdings Ltd.`,
			nil, []rel{{"Lim Kah Wai", model.EmployedBy, "Golden Palm Holdings Ltd.", ""}, {"Lim Kah Wai", model.Directs, "Golden Palm Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestCourtAsidesLinear: the asides are skipped a bounded number of times, so a gap of many
// asides costs no more than a few regexp passes.
func TestCourtAsidesLinear(t *testing.T) {
	gap := strings.Repeat(` ("x"),`, 2000) + " was the chairman of "
	if got := skipPostAsides(gap); len(got) < len(gap)-maxCourtAsides*4*8 {
		t.Fatalf("skipped %d bytes, more than %d asides", len(gap)-len(got), maxCourtAsides*2)
	}
}
