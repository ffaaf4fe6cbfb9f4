package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGuardActs holds the rules of guard_acts.go: a body's men who guard, man, patrol or
// stand at a site, in the active and in a passive whose subject is the site or its parts;
// recall cases and cases where nothing may be read.
func TestGuardActs(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"a body's men guard the gates of the site named the sentence before",
			"Workers said they were held at Silver Lotus Park in Myawaddy. Soldiers from the Kachin Independence Army guard its gates.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"a unit of a named army provides security at the site",
			"Victims who escaped the Silver Lotus Park have described being guarded by men in uniform. The UK assesses that soldiers from Brigade 52 of the Royal Cambodian Armed Forces provide security at the site.",
			prot("Brigade 52", "Silver Lotus Park"), nil},
		{"a body in apposition before its men's verb",
			"Silver Lotus Park sits beside the river. Workers said that men wearing the insignia of the Takeo Border Police, a border police unit, stood guard at the compound's rear gate.",
			prot("Takeo Border Police", "Silver Lotus Park"), nil},
		{"the perimeter fence and the checkpoints around the compound",
			"Silver Lotus Park sits beside the river. Workers said uniformed soldiers of the Kachin Independence Army patrolled the perimeter fence. Golden Reed Park lies to the north. Later, men of the Shan Peace Militia staffed the checkpoints around the compound and escorted new arrivals.",
			[]rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Shan Peace Militia", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a fence around a town, a site's rival, guard nothing",
			"Silver Lotus Park sits beside the river. Soldiers of the Kachin Independence Army patrolled the perimeter fence of Myawaddy town. Men of the Shan Peace Militia, a rival of the park, attacked the gates. Men wearing the insignia of the Takeo Border Police raided the compound's rear gate.",
			nil, []rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Shan Peace Militia", model.Protects, "Silver Lotus Park", ""}, {"Takeo Border Police", model.Protects, "Silver Lotus Park", ""}}},
		{"a body's men stand at the gate",
			"Silver Lotus Park sits beside the river. Kachin Independence Army soldiers stand at the gate.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"officers of a body stood at the site's gate",
			"Officers from the Takeo provincial police stood at the Silver Lotus Park gate and turned back escapees.",
			prot("Takeo provincial police", "Silver Lotus Park"), nil},
		{"the gates of the site were manned by a body's soldiers",
			"Survivors said the gates of Silver Lotus Park were manned by soldiers of the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"the site's parts manned by a body, the site a reference",
			"Silver Lotus Park is a walled compound in Myawaddy. Survivors said the compound's gates and watchtowers were manned by soldiers of the Kachin Independence Army (KIA).",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"a long passive with two agents",
			"Residents said Silver Lotus Park had for years been guarded by soldiers from the Kachin Independence Army and by Light Infantry Battalion 311, an army unit.",
			[]rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Light Infantry Battalion 311", model.Protects, "Silver Lotus Park", ""}}, nil},
		{"an officer's own men guard the site",
			"Colonel Saw Ba Tun's men guarded the perimeter of Silver Lotus Park, two workers said.",
			prot("Saw Ba Tun", "Silver Lotus Park"), nil},
		{"the site's gate manned by soldiers wearing a body's insignia",
			"Silver Lotus Park is a walled compound in Myawaddy. Three victims testified that the gate of the compound was manned by soldiers wearing the insignia of the Kachin Independence Army (KIA).",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"the site guarded by men in a body's uniforms",
			"Residents say Silver Lotus Park was guarded by men in Kachin Independence Army uniforms.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"a body with its acronym and an apposition with a relative before its men's verb",
			"Soldiers of the Kachin Independence Army (\"KIA\"), the armed group that controls the town, guarded the perimeter of Silver Lotus Park and stopped workers from leaving.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"an apposition with a participle, the bare perimeter the site named before",
			"Silver Lotus Park sits beside the river. According to survivors, armed men from the Shan Peace Militia, a pro-junta militia active around Tachileik, patrolled the perimeter and beat workers.",
			prot("Shan Peace Militia", "Silver Lotus Park"), nil},
		// Precision.
		{"an apposed body whose men patrol near the site, raid there, or attack it",
			"Silver Lotus Park sits beside the river. Soldiers of the Kachin Independence Army, the armed group that controls the town, patrol the roads near Silver Lotus Park. Troops of the Arakan Army, a rebel force based in the hills, stood at the gates of Golden Reed Park during the raid and detained 200 workers. Men of the Shan Peace Militia, the militia that fought the park's guards, attacked the gates of Silver Lotus Park.",
			nil, []rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Arakan Army", model.Protects, "Golden Reed Park", ""}, {"Shan Peace Militia", model.Protects, "Silver Lotus Park", ""}}},
		{"an apposition whose relative names another site, the men's own act no guard",
			"Silver Lotus Park sits beside the river. Soldiers of the Kachin Independence Army, the armed group that holds the hills near Golden Reed Park, attacked the gates of Silver Lotus Park.",
			nil, []rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Kachin Independence Army", model.Protects, "Golden Reed Park", ""}}},
		{"men in a body's uniforms who searched the site, a body's uniforms with no marks",
			"Residents say Silver Lotus Park was searched by men in Kachin Independence Army uniforms. Golden Reed Park was guarded by men in civilian clothes of the Shan Peace Militia.",
			nil, []rel{{"Kachin Independence Army", model.Protects, "Silver Lotus Park", ""}, {"Shan Peace Militia", model.Protects, "Golden Reed Park", ""}}},
		{"workers, not the site, guarded by men in a body's insignia",
			"Workers who left Silver Lotus Park were guarded by men wearing the insignia of the Kachin Independence Army at the shelter.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a body's men who stood at the gate during a raid",
			"Officers from the Takeo provincial police stood at the Silver Lotus Park gate as the raid went on.",
			nil, prot("Takeo provincial police", "Silver Lotus Park")},
		{"a body's men who were themselves guarded",
			"Soldiers from the Kachin Independence Army were guarded by police at Silver Lotus Park.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a body's men who guard something else than a site's parts",
			"Silver Lotus Park sits beside the river. Soldiers from the Kachin Independence Army guard the convoys to Lashio.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a passive whose subject is not the site",
			"Workers who left Silver Lotus Park had long been protected by officers of the Takeo provincial police at the shelter.",
			nil, prot("Takeo provincial police", "Silver Lotus Park")},
		{"a body's men who did not guard the gate",
			"Silver Lotus Park sits beside the river. Kachin Independence Army soldiers did not guard the gate.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
	}
	checkRelCases(t, x, cases)
}
