package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShieldForms holds the protection rules of shield.go: recall cases in several shapes and
// cases where nothing may be read.
func TestShieldForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"a body's unit gives protection in a relative clause; the unit's leader too",
			"Saw Ko Naing leads the DKBA's 5th Brigade, which gives armed protection to Silver Lake Park in return for a share of its takings.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Lake Park", ""}, {"Saw Ko Naing", model.Protects, "Silver Lake Park", ""}}, nil},
		{"an act whose reason is protection",
			"Colonel Chea Vuthy, a deputy commander of the provincial military police, was sanctioned for providing protection to the Jade Bay Complex.",
			[]rel{{"Chea Vuthy", model.Protects, "Jade Bay Complex", ""}}, nil},
		{"a militia that guards the site's perimeter, the site a reference",
			"Sunrise Park sits on the river. The owners made a deal with the Wa Hills Militia, a militia that guards the compound's perimeter.",
			[]rel{{"Wa Hills Militia", model.Protects, "Sunrise Park", ""}}, nil},
		{"militiamen of a body, an aside between, manned the site's checkpoints",
			"Golden Reed City is a casino. Survivors said militiamen of the Mong Hsat People's Militia, a force commanded by Sai Lone, manned the compound's checkpoints.",
			[]rel{{"Mong Hsat People's Militia", model.Protects, "Golden Reed City", ""}}, nil},
		{"a body's soldiers stationed at a site",
			"Two former guards said Karen National Army soldiers were stationed at Ruby Tower's main gate.",
			[]rel{{"Karen National Army", model.Protects, "Ruby Tower", ""}}, nil},
		{"a body's officers returned escapees to a site",
			"Survivors said officers of the Bokeo Provincial Police returned escapees to Lotus Garden Plaza for money.",
			[]rel{{"Bokeo Provincial Police", model.Protects, "Lotus Garden Plaza", ""}}, nil},
		{"security arranged for a site with a body",
			"The manager of Pearl Lake Park arranged security for Pearl Lake Park with the Shan State Progress Militia.",
			[]rel{{"Shan State Progress Militia", model.Protects, "Pearl Lake Park", ""}}, nil},
		{"a body paid for security at a site",
			"The two bosses paid a local militia, the Nam Kham Defence Force, for security at Lucky Crane Park.",
			[]rel{{"Nam Kham Defence Force", model.Protects, "Lucky Crane Park", ""}}, nil},
		{"guards at a site wore a body's uniforms",
			"Survivors said guards at Emerald Tower wore uniforms of the Lao People's Armed Forces.",
			[]rel{{"Lao People's Armed Forces", model.Protects, "Emerald Tower", ""}}, nil},
		{"the guards' insignia, the site named the sentence before",
			"We were taken to a compound called Blue Moon Park. The guards had patches of the Karen National Army on their sleeves.",
			[]rel{{"Karen National Army", model.Protects, "Blue Moon Park", ""}}, nil},
		{"backing named first, in a fronted phrase",
			"With the backing of the Karen National Army, Jade River Park expanded in 2022.",
			[]rel{{"Karen National Army", model.Protects, "Jade River Park", ""}}, nil},
		{"a body's men paid to protect a site; a body accused of shielding one",
			"Officers of the Royal Thai Police were paid to protect Moon Bay Resort. The Cambodian National Police has been accused of shielding Lotus Bay Resort.",
			[]rel{{"Royal Thai Police", model.Protects, "Moon Bay Resort", ""}, {"Cambodian National Police", model.Protects, "Lotus Bay Resort", ""}}, nil},
		{"a militia that controls the area around a site",
			"Workers fled Red Lotus Park. The Democratic Karen Benevolent Army, an armed group that controls the area around Red Lotus Park, denied any role.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Red Lotus Park", ""}}, nil},
		{"cover given to a site; protection money collected from one and paid by another",
			"The Myanmar Police Force provided cover for Jade Palace Casino. The Arakan Army collects protection money from Golden Hill Park. Sunrise Park pays the Arakan Army protection money.",
			[]rel{{"Myanmar Police Force", model.Protects, "Jade Palace Casino", ""}, {"Arakan Army", model.Protects, "Golden Hill Park", ""}, {"Arakan Army", model.Protects, "Sunrise Park", ""}}, nil},
		{"what survivors described is theirs to claim: alleged",
			"At the Royal Mekong Resort, eleven survivors described guards wearing the insignia of the Royal Gendarmerie of Cambodia.",
			[]rel{{"Royal Gendarmerie of Cambodia", model.Protects, "Royal Mekong Resort", model.Alleged}}, nil},
		{"the person who commands a site's guards, the site named the sentence before",
			"Survivors described the guards at Royal Lotus Resort. One said the guards were commanded by an officer called Mao Vanna.",
			[]rel{{"Mao Vanna", model.Protects, "Royal Lotus Resort", ""}}, nil},
		{"a person in charge of a site's security, an aside between",
			"Two women escaped from Golden Sands Park in May. They said Major Sok Rathana, a nephew of the governor, was in charge of security.",
			[]rel{{"Sok Rathana", model.Protects, "Golden Sands Park", ""}}, nil},
		// Precision.
		{"a person in charge of the accounts; guards commanded by a person at no site named",
			"Two women escaped from Golden Sands Park in May. They said Major Sok Rathana was in charge of the accounts." +
				" The weather was bad that week. Prices rose in the market. Traders complained about the roads. The border guards were led by Colonel Mao Vanna.",
			nil, []rel{{"Sok Rathana", model.Protects, "Golden Sands Park", ""}, {"Mao Vanna", model.Protects, "Golden Sands Park", ""}}},
		{"a person in charge of security at a ministry, a site named before",
			"Two women escaped from Golden Sands Park in May. Officials said Major Sok Rathana was in charge of security at the ministry.",
			nil, []rel{{"Sok Rathana", model.Protects, "Golden Sands Park", ""}}},
		{"soldiers in a body's uniforms guarded the site told before; officers paid to return escapees; a body responsible for a site's security",
			"Workers were held at Ocean Pearl Resort for months. They said soldiers in Brigade 31 uniforms guarded the gates. Survivors said officers of the Preah Sihanouk Provincial Police were paid to return escapees to Phoenix Bay Compound. Lawyers argued that the Kokang Border Guard Force, not the family, was responsible for security at Crouching Tiger Villa.",
			[]rel{{"Brigade 31", model.Protects, "Ocean Pearl Resort", ""}, {"Preah Sihanouk Provincial Police", model.Protects, "Phoenix Bay Compound", ""}, {"Kokang Border Guard Force", model.Protects, "Crouching Tiger Villa", ""}}, nil},
		{"men in a body's uniforms who left the site; a body responsible for a site's audit",
			"Workers were held at Ocean Pearl Resort for months. They said soldiers in Brigade 31 uniforms left in May. The Kokang Border Guard Force was responsible for the audit of Crouching Tiger Villa.",
			nil, []rel{{"Brigade 31", model.Protects, "Ocean Pearl Resort", ""}, {"Kokang Border Guard Force", model.Protects, "Crouching Tiger Villa", ""}}},
		{"backing named first for a firm, not a site; a body paid to inspect a site",
			"With the backing of the Karen National Army, Jade River Trading Co., Ltd. grew fast. Officers of the Royal Thai Police were paid to inspect Moon Bay Resort.",
			nil, []rel{{"Karen National Army", model.Protects, "Jade River Trading Co., Ltd.", ""}, {"Royal Thai Police", model.Protects, "Moon Bay Resort", ""}}},
		{"a body that controls the area near a site, a site paying a body's fines",
			"The Arakan Army controls the hills north of Golden Hill Park. Sunrise Park pays the Arakan Army court fines.",
			nil, []rel{{"Arakan Army", model.Protects, "Golden Hill Park", ""}, {"Arakan Army", model.Protects, "Sunrise Park", ""}}},
		{"a unit that gives security to a town, not a site",
			"The KNU's 6th Brigade, which provides security for Myawaddy town, met the traders.",
			nil, []rel{{"KNU", model.Protects, "Myawaddy", ""}}},
		{"a body's officers who returned papers, not escapees, to a site",
			"Officers of the Bokeo Provincial Police returned the seized passports to Lotus Garden Plaza's lawyers.",
			nil, []rel{{"Bokeo Provincial Police", model.Protects, "Lotus Garden Plaza", ""}}},
		{"soldiers deployed to a site to raid it are not stationed there",
			"Karen National Army soldiers were deployed to Ruby Tower to arrest the bosses.",
			nil, []rel{{"Karen National Army", model.Protects, "Ruby Tower", ""}}},
		{"workers who escaped and were returned by a firm's drivers name no protection by a body far away",
			"The Bokeo Provincial Police said it was investigating. Workers from Lotus Garden Plaza told us they escaped in May.",
			nil, []rel{{"Bokeo Provincial Police", model.Protects, "Lotus Garden Plaza", ""}}},
		{"the guards' uniforms when two sites were named before: no antecedent",
			"Workers were moved between Blue Moon Park and Red Star Park. The guards had patches of the Karen National Army on their sleeves.",
			nil, []rel{{"Karen National Army", model.Protects, "Blue Moon Park", ""}, {"Karen National Army", model.Protects, "Red Star Park", ""}}},
		{"visitors who wore a body's uniforms are not guards",
			"At Emerald Tower, visitors wore uniforms of the Lao People's Armed Forces during the ceremony.",
			nil, []rel{{"Lao People's Armed Forces", model.Protects, "Emerald Tower", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
