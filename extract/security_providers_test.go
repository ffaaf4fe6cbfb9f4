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
			"Golden Reed Park sits on land controlled by the Salween Frontier Militia (SFM), which OFAC designated in May 2025 and which provides armed security for Golden Reed Park.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"a description, then that ... and that provides security",
			"Investigators traced payments to the Salween Frontier Militia, an armed group that controls the riverbank and that provides armed security for Golden Reed Park.",
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
