package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestReportedRelatives holds reported_relatives.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestReportedRelatives(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"residents say a militia guards the compound",
			"Rescued workers were held at Lotus Reed Garden, a walled compound near Tachileik that residents say is guarded by the Wa Hills Militia.",
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", "alleged"}},
			nil},
		{"survivors told us who runs the block",
			"She was sold to Golden Reed Tower, a 12-storey block that survivors told us is run by Huaxin Network Technology Co., Ltd.",
			[]rel{{"Huaxin Network Technology Co., Ltd.", model.Operates, "Golden Reed Tower", "alleged"}},
			nil},
		{"investigators believe an army protects the cluster",
			"The recruits crossed to Red Kite Park, a cluster of towers that investigators believe is protected by the Moei Hills Army.",
			[]rel{{"Moei Hills Army", model.Protects, "Red Kite Park", "alleged"}},
			nil},
		{"prosecutors allege a person owns the shell firm",
			"Payments were routed through Blue Heron Ventures Ltd., a shell company which prosecutors allege is owned by Chen Haiming.",
			[]rel{{"Chen Haiming", model.Owns, "Blue Heron Ventures Ltd.", "alleged"}},
			nil},
		{"a report set off with commas inside the clause",
			"The shares are held by Jade Coast Trading Co., Ltd., a Hong Kong company that, two bankers said, belongs to Tan Boon Hock.",
			[]rel{{"Tan Boon Hock", model.Owns, "Jade Coast Trading Co., Ltd.", "alleged"}},
			nil},
		{"a court's finding",
			"The victims were taken to Amber Wave Park, a casino complex in Bavet which the court found was operated by Silver Kite Holdings Co., Ltd.",
			[]rel{{"Silver Kite Holdings Co., Ltd.", model.Operates, "Amber Wave Park", ""}},
			nil},
		// Precision.
		{"a denial reports nothing",
			"Workers were held at Lotus Reed Garden, a compound that the Wa Hills Militia denies is guarded by its men.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a negated clause",
			"Workers were held at Lotus Reed Garden, a compound that residents say is not guarded by the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a faction of the force",
			"Workers were held at Lotus Reed Garden, a compound that residents say is protected by a faction of the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a former operator",
			"She was sold to Golden Reed Tower, a block that survivors say was formerly run by Huaxin Network Technology Co., Ltd.",
			nil,
			[]rel{{"Huaxin Network Technology Co., Ltd.", model.Operates, "Golden Reed Tower", ""}}},
		{"a tenant's lease is no holding",
			"She was sold to Golden Reed Tower, a block that survivors say is leased by Huaxin Network Technology Co., Ltd.",
			nil,
			[]rel{{"Huaxin Network Technology Co., Ltd.", model.Operates, "Golden Reed Tower", ""}, {"Huaxin Network Technology Co., Ltd.", model.Owns, "Golden Reed Tower", ""}}},
		{"rent paid is no protection",
			"Workers were held at Lotus Reed Garden, a compound that residents say pays rent to the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}, {"Wa Hills Militia", model.Owns, "Lotus Reed Garden", ""}}},
		{"bribes paid are no protection",
			"Workers were held at Lotus Reed Garden, a compound that residents say paid bribes to the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a ransom is no protection",
			"Workers were held at Lotus Reed Garden, a compound that families say was paid a ransom by the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a visit is no protection",
			"Workers were held at Lotus Reed Garden, a compound that residents say was visited by the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"escapees detained are no protection",
			"Workers were held at Lotus Reed Garden, a compound whose escapees residents say were detained by the Wa Hills Militia.",
			nil,
			[]rel{{"Wa Hills Militia", model.Protects, "Lotus Reed Garden", ""}}},
		{"a nominee holding",
			"Payments went through Blue Heron Ventures Ltd., a shell company that records show is held as nominee by Chen Haiming.",
			nil,
			[]rel{{"Chen Haiming", model.Owns, "Blue Heron Ventures Ltd.", ""}}},
		{"collateral is no holding",
			"Payments went through Blue Heron Ventures Ltd., a shell company that bankers say is pledged as collateral by Chen Haiming.",
			nil,
			[]rel{{"Chen Haiming", model.Owns, "Blue Heron Ventures Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
