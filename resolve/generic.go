package resolve

import "strings"

// genericBodies are names of bodies that every country has. Written bare, they name a
// different body in each country, so they never key a merge, and extraction qualifies them
// with the document's country or keeps them to their document.
var genericBodies = map[string]bool{}

func init() {
	for _, n := range []string{
		"ministry of foreign affairs", "foreign ministry", "ministry of interior", "ministry of the interior",
		"interior ministry", "ministry of justice", "justice ministry", "ministry of defence", "ministry of defense",
		"defence ministry", "defense ministry", "ministry of finance", "finance ministry", "ministry of labour",
		"ministry of labor", "labour ministry", "labor ministry", "ministry of public security", "ministry of commerce",
		"ministry of home affairs", "home ministry", "ministry of information", "ministry of tourism",
		"supreme court", "constitutional court", "court of appeal", "court of appeals", "appeals court",
		"national police", "provincial police", "immigration department", "department of immigration",
		"immigration bureau", "bureau of immigration", "immigration police", "tourist police",
		"department of justice", "office of the attorney general", "attorney general's office", "attorney-general's office",
		"national assembly", "parliament", "senate", "house of representatives", "central bank", "national bank",
		"anti-money laundering office", "financial intelligence unit", "armed forces", "army", "military", "police",
		"navy", "air force", "border police", "border guard", "customs department", "department of customs",
	} {
		genericBodies[n] = true
	}
}

// GenericBody reports whether name, written without a country, is a body that every country
// has ("Ministry of Foreign Affairs", "Supreme Court", "the National Police").
func GenericBody(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	n = strings.TrimPrefix(n, "the ")
	return genericBodies[n]
}
