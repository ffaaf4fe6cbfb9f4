package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLandmarkRefs holds landmarkRef and landmarkParticiple: a site or firm named as the
// landmark of its own sentence's name ("near the site operated by Y") is another place, and
// the participle after it is that place's.
func TestLandmarkRefs(t *testing.T) {
	x := newTestExtractor(t)
	ops := func(a, b string) rel { return rel{a, model.Operates, b, ""} }
	owns := func(a, b string) rel { return rel{a, model.Owns, b, ""} }
	cases := []relCase{
		// Recall: the passive of the name's own apposition or class, and a later sentence's
		// description, still read.
		{"the apposition's own participle",
			"Jade Garden, a compound operated by Dragon Crest Co., Ltd., was raided.",
			[]rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}, nil},
		{"the class aside's participle",
			"Jade Garden, one of several compounds operated by Dragon Crest Co., Ltd., was raided.",
			[]rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}, nil},
		{"an adjective in the apposition, a landmark after the participle",
			"Jade Garden, a large compound owned by Dragon Crest Co., Ltd., sits next to the river.",
			[]rel{owns("Dragon Crest Co., Ltd.", "Jade Garden")}, nil},
		{"a later sentence's description continues the name",
			"Police raided Jade Garden, which is located near the border. The compound is run by Dragon Crest Co., Ltd.",
			[]rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}, nil},
		{"a landmark that no one runs leaves the participle to the apposition's head",
			"Jade Garden, a compound near the border run by Dragon Crest Co., Ltd., was raided.",
			[]rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}, nil},
		// Precision.
		{"a casino opposite the site, owned by another (own_shapes.go)",
			"Jade Garden, a compound opposite the casino owned by Dragon Crest Co., Ltd., was raided.",
			nil, []rel{owns("Dragon Crest Co., Ltd.", "Jade Garden"), ops("Dragon Crest Co., Ltd.", "Jade Garden")}},
		{"a casino beside the site, run by another (own_shapes.go)",
			"Jade Garden, a compound beside the casino run by Dragon Crest Co., Ltd., was raided.",
			nil, []rel{owns("Dragon Crest Co., Ltd.", "Jade Garden"), ops("Dragon Crest Co., Ltd.", "Jade Garden")}},
		{"near the site operated by: the site's operator",
			"Workers were held at Jade Garden, a compound near the site operated by Dragon Crest Co., Ltd.",
			nil, []rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}},
		{"next to the casino run by",
			"Workers were held at Jade Garden, next to the casino run by Dragon Crest Co., Ltd.",
			nil, []rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}},
		{"a class aside, then a landmark with its participle",
			"Victims were taken to Jade Garden, one of several compounds near the site operated by Dragon Crest Co., Ltd.",
			nil, []rel{ops("Dragon Crest Co., Ltd.", "Jade Garden")}},
		{"beside the casino owned by",
			"Jade Garden sits beside the casino owned by Golden Lotus Holdings.",
			nil, []rel{owns("Golden Lotus Holdings", "Jade Garden")}},
		{"opposite the resort controlled by, in a comma aside",
			"Jade Garden, opposite the resort controlled by Golden Lotus Holdings, was raided.",
			nil, []rel{ops("Golden Lotus Holdings", "Jade Garden"), owns("Golden Lotus Holdings", "Jade Garden")}},
		{"across from the compound guarded by",
			"Jade Garden, a casino across from the compound guarded by the Karen Border Guard Force, was raided.",
			nil, []rel{{"Karen Border Guard Force", model.Protects, "Jade Garden", ""}, {"Karen National Army", model.Protects, "Jade Garden", ""}}},
		{"a landmark firm's participle",
			"Blue Tide Digital Co., Ltd., a firm next to the company owned by Li Ming, was named.",
			nil, []rel{owns("Li Ming", "Blue Tide Digital Co., Ltd.")}},
	}
	checkRelCases(t, x, cases)
}
