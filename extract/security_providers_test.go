package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSecurityProviders holds the rule of security_providers.go and the widened guard shapes
// (guard_acts.go, complicity.go): a body that provides a site's security with a clause
// between, men in a body's uniforms who provide a site's security, men wearing a body's
// patches or standing at a site's rear gate, soldiers of a force named in a plural
// possessive; recall cases and cases where nothing may be read.
func TestSecurityProviders(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	cases := []relCase{
		{"a copula and a description before the verb",
			"The Salween Frontier Militia is an armed group that provides security for Golden Reed Park in exchange for a share of its revenue.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"a relative clause naming another body before the verb",
			"The Salween Frontier Militia, which the Office of Foreign Assets Control designated in May, provides armed security for Golden Reed Park.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"a site's security provided by men in a body's uniforms",
			"Golden Reed Park opened in 2021. Security at the compound was provided by armed men in the uniforms of Brigade 17 of the Royal Cambodian Armed Forces, survivors said.",
			[]rel{prot("Brigade 17", "Golden Reed Park")}, nil},
		{"fighters wearing a body's patches guard a site's perimeter",
			"Fighters from the Salween Frontier Militia (SFM) moved workers out of Golden Reed Park on Monday. Two men who left the park in May said fighters wearing SFM patches guarded the perimeter.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"officers standing guard at a site's rear gate",
			"Golden Reed Park opened in 2021. Survivors said uniformed officers of Border Police Battalion 412 stood guard at the park's rear gate.",
			[]rel{prot("Border Police Battalion 412", "Golden Reed Park")}, nil},
		{"two relative clauses joined by and, the second telling the protection",
			"Golden Reed Park sits on land in Myawaddy. The Salween Frontier Militia (SFM), which OFAC designated in May 2025 and which provides armed security for Golden Reed Park, collects fees.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"a description, then that ... and that provides security",
			"Investigators said the Salween Frontier Militia, an armed group that controls the riverbank and that provides armed security for Golden Reed Park, collects fees.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"joined relative clauses with a person named in the first",
			"Golden Reed Park opened in 2021. The Salween Frontier Militia, which was once led by Saw Pe Lwin and which has long provided protection to Golden Reed Park, declined to comment.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		// Precision.
		{"joined relative clauses, the first naming another site",
			"The Salween Frontier Militia, which attacked Silver Moon Park in March and which provides security for Golden Reed Park, denied the claim.",
			nil, []rel{prot("Salween Frontier Militia", "Silver Moon Park")}},
		{"joined relative clauses, the second denying the protection",
			"The Salween Frontier Militia, which OFAC designated in May and which did not provide security for Golden Reed Park, rejected the designation.",
			nil, []rel{prot("Salween Frontier Militia", "Golden Reed Park")}},
		{"joined relative clauses about a body that was asked",
			"Reporters asked the Salween Frontier Militia, which denies any role and which calls the claims lies, whether it provides security for Golden Reed Park.",
			nil, []rel{prot("Salween Frontier Militia", "Golden Reed Park")}},
		// The reviewer's wrong edges (rv25prot): the body must lead its clause; past
		// protection, a denial as the main verb, a question and the site's people are not read.
		{"joined relatives on the agent of a passive on the land",
			"Golden Lotus Park sits on land controlled by the Kayin Border Army (KBA), a militia that OFAC designated in 2024 and that provides armed security for Golden Lotus Park.",
			[]rel{prot("Kayin Border Army", "Golden Lotus Park")}, nil},
		{"joined relatives on the object of loyal to, after another body",
			"Golden Lotus Park opened in 2020. Troops loyal to the Kayin Border Army and to the Democratic Karen Buddhist Army, which OFAC designated in May and which provides security for Golden Lotus Park, clashed.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park"), prot("Democratic Karen Buddhist Army", "Golden Lotus Park")}},
		{"joined relatives on the body of soldiers",
			"Golden Lotus Park opened in 2020. Soldiers of the Kayin Border Army, which OFAC designated in May and which provides security for Golden Lotus Park, were seen in town.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives on a faction of the body",
			"Golden Lotus Park opened in 2020. The Kayin Border Army was formed in 2010. A faction of the Kayin Border Army, which split in May and which provides security for Golden Lotus Park, is armed.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives on the object of talks",
			"Golden Lotus Park opened in 2020. The United Wa State Army held talks with the Kayin Border Army, which OFAC designated in May and which provides security for Golden Lotus Park.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives on the object of broke away from",
			"Golden Lotus Park opened in 2020. Fighters broke away from the Kayin Border Army, a militia which OFAC designated in May and which provides security for Golden Lotus Park.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives on a spokesman's body",
			"Golden Lotus Park opened in 2020. A spokesman for the Kayin Border Army, which OFAC designated in May and which provides security for Golden Lotus Park, declined to comment.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, protection until a year",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which provided security for Golden Lotus Park until 2022, now guards a dam.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, pluperfect protection before the crackdown",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which had provided security for Golden Lotus Park before the crackdown, withdrew.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, protection in a past year",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which provided security for Golden Lotus Park in 2019, is armed.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, the body then denies",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which provides armed security for Golden Lotus Park, denied the claims.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives in a question",
			"Golden Lotus Park opened in 2020. Is the Kayin Border Army, which OFAC designated in May and which provides security for Golden Lotus Park, still active?",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, protection of the site's owners",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which offered protection to Golden Lotus Park's owners, is armed.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"a comma clause, protection of the site's owners",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May, offered protection to Golden Lotus Park's owners.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"a copula and description, protection until a year",
			"Golden Lotus Park opened in 2020. The Kayin Border Army is an armed group that provided security for Golden Lotus Park until 2022.",
			nil, []rel{prot("Kayin Border Army", "Golden Lotus Park")}},
		{"joined relatives, present protection with a time after the site still read",
			"Golden Lotus Park opened in 2020. The Kayin Border Army, which OFAC designated in May and which provides security for Golden Lotus Park around the clock, is armed.",
			[]rel{prot("Kayin Border Army", "Golden Lotus Park")}, nil},
		{"a clause that names another site first",
			"The Salween Frontier Militia, which raided Silver Moon Park last year, provides security for Golden Reed Park.",
			nil, []rel{prot("Salween Frontier Militia", "Silver Moon Park")}},
		{"a body that provides security for a place, not a site",
			"The Salween Frontier Militia is an armed group that provides security for villages in Myawaddy.",
			nil, []rel{prot("Salween Frontier Militia", "Myawaddy")}},
		{"a body that is the object of another verb",
			"Reporters asked the Salween Frontier Militia, which denies any role, whether it provides security for Golden Reed Park.",
			nil, []rel{prot("Salween Frontier Militia", "Golden Reed Park")}},
	}
	checkRelCases(t, x, cases)
}
