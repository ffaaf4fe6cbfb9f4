package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSecurityPassives holds the rules of security_passives.go: a site's security said to be
// provided by a body, the site named in the subject or referred to by a part or a site noun.
func TestSecurityPassives(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"security around a site noun, the site named two sentences before",
			"Silver Lotus Park is a cluster of towers on the river. It is run by Lotus Holdings Ltd. Security around the towers is provided by the Kachin Independence Army (KIA), an armed group.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"armed security at the gates, the site named the sentence before",
			"Workers were held at Silver Lotus Park near Myawaddy. Armed security at the gates is provided by the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"protection for the site named in the subject",
			"Residents said protection for Silver Lotus Park has long been provided by the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		{"security at the gates of the site named in the subject",
			"Workers said security at the gates of Silver Lotus Park was provided by the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		// Precision.
		{"security for people, not a site",
			"Workers were held at Silver Lotus Park near Myawaddy. Security for the workers is provided by the Kachin Independence Army.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a denial of the security",
			"Workers were held at Silver Lotus Park near Myawaddy. The group denied that security around the towers is provided by the Kachin Independence Army.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"security during a raid",
			"Workers were held at Silver Lotus Park near Myawaddy. Security at the gates was provided by the Kachin Independence Army during the raid.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a site noun with no site named nearby",
			"The report covers the border. Officials met in Bangkok. Prices rose. Talks ended. Security around the towers is provided by the Kachin Independence Army.",
			nil, nil},
	}
	checkRelCases(t, x, cases)
}
