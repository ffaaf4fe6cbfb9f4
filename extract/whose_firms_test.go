package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhoseFirmsWide: "whose firm, X," after a description or with a place before the firm
// noun gives the person X; a firm whose tie the sentence states, or a firm inside the
// description, is left alone.
func TestWhoseFirmsWide(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the owner noun after of a",
			"Chatchai Somsak, a friend of a tycoon whose company, Rungrot Trading Co., Ltd., owns the depot, declined to comment.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"the owner noun after of the",
			"Chatchai Somsak, a son of the investor whose company, Rungrot Trading Co., Ltd., owns the depot, declined to comment.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"a relative clause that denies ownership",
			"Chatchai Somsak, a director whose firm, Rungrot Trading Co., Ltd., which he does not own, leases the depot.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"a relative clause of a past tie",
			"Chatchai Somsak, a businessman whose firm, Rungrot Trading Co., Ltd., which he quit in 2020, owns the depot.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"a bare clause of a sale",
			"Chatchai Somsak, a businessman whose firm, Rungrot Trading Co., Ltd., he sold in 2019, declined to comment.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"an employment tie after the firm",
			"Chatchai Somsak, a director whose firm, Rungrot Trading Co., Ltd., employs him, declined to comment.",
			nil, []rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}},
		{"a relative clause that states ownership keeps it",
			"Chatchai Somsak, a businessman whose firm, Rungrot Trading Co., Ltd., which he owns outright, leases the depot.",
			[]rel{{"Chatchai Somsak", model.Owns, "Rungrot Trading Co., Ltd.", ""}}, nil},
		{"a described owner, no comma before whose",
			"The officers took money from Chatchai Rungrueang, a Mae Sot businessman whose firm, Rungrueang Border Logistics Co., Ltd., owns a row of warehouses.",
			[]rel{{"Chatchai Rungrueang", model.Owns, "Rungrueang Border Logistics Co., Ltd.", ""}}, nil},
		{"a place before the firm noun",
			"The board includes Zhao Minghui, director, whose Hong Kong company, Haoyun Holdings Limited, owns the remaining 40 per cent.",
			[]rel{{"Zhao Minghui", model.Owns, "Haoyun Holdings Limited", ""}}, nil},
		{"a description with a body in it",
			"At its centre stands Oknha Heng Sopheak, a construction magnate and vice-chairman of the Cambodia Investors Club, whose holding company, Angkor Phoenix Group Co., Ltd., built the resort.",
			[]rel{{"Heng Sopheak", model.Owns, "Angkor Phoenix Group Co., Ltd.", ""}},
			[]rel{{"Cambodia Investors Club", model.Owns, "Angkor Phoenix Group Co., Ltd.", ""}}},
		{"the tie stated after the firm",
			"He was photographed alongside Tan Sri Ong Kah Seng, a Malaysian developer whose firm, Kinabalu Crest Berhad, which he chairs, is listed as a partner.",
			nil, []rel{{"Ong Kah Seng", model.Owns, "Kinabalu Crest Berhad", ""}}},
		{"a firm in the description is not the owner",
			"Lim Bora, a director of Sunrise Trading Co., Ltd., whose parent company, Mekong Holdings Co., Ltd., is in Hong Kong, declined to comment.",
			nil, []rel{{"Lim Bora", model.Owns, "Mekong Holdings Co., Ltd.", ""}}},
		{"whose director is no ownership",
			"Chen Wei, a Chinese investor whose director, Lim Bora, signed the lease, was not charged.",
			nil, []rel{{"Chen Wei", model.Owns, "Lim Bora", ""}}},
	}
	checkRelCases(t, x, cases)
}
