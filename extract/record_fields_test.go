package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestRecordFields(t *testing.T) {
	x := newTestExtractor(t)
	d := model.Directs
	checkRelCases(t, x, []relCase{
		{"fields after a registration", "Golden Palm Development Co., Ltd. was registered in 2020, director Wu Jianfeng, sole shareholder a BVI company.",
			[]rel{{"Wu Jianfeng", d, "Golden Palm Development Co., Ltd.", ""}}, nil},
		{"fields after a colon", "People sent us the registry record for Longwei Technology Co., Ltd.: director Chen Bo, shareholder Longwei Holdings (HK) Ltd.",
			[]rel{{"Chen Bo", d, "Longwei Technology Co., Ltd.", ""}}, nil},
		{"legal representative field", "Sunshine Harbour Trading Co., Ltd. was incorporated in 2021, legal representative Phan Van Duc, capital 50,000 dollars.",
			[]rel{{"Phan Van Duc", d, "Sunshine Harbour Trading Co., Ltd.", ""}}, nil},
		// must not fire: a title leading a speaker, or a person whose body follows.
		{"a speaker's title", "Police raided Golden Palm Development Co., Ltd. on Monday, director Wu Jianfeng said.",
			nil, []rel{{"Wu Jianfeng", d, "Golden Palm Development Co., Ltd.", ""}}},
		{"body after the person", "Golden Palm Development Co., Ltd., director Wu Jianfeng of the DSI said, was raided.",
			nil, []rel{{"Wu Jianfeng", d, "Golden Palm Development Co., Ltd.", ""}}},
		{"a clause before the field", "Golden Palm Development Co., Ltd. paid the guards, director Wu Jianfeng, and the cooks in cash.",
			nil, []rel{{"Wu Jianfeng", d, "Golden Palm Development Co., Ltd.", ""}}},
	})
}
