package extract

import (
	"regexp"
	"strings"
)

// A site register may head its operator column with the tenant's name for the same party:
// "Operator or main tenant", "Lessee / operator", "Tenant/operator". The firm that leases a
// site and runs it operates it (leases.go), so such a column reads as "Operator". A column of
// tenants alone ("Tenants", "Lessee") is left as it was: a tenant renting one floor of a
// tower does not run the site. Recall and precision cases are in tenant_columns_test.go.

// reTenantRunHead heads a column that joins operators and tenants or lessees.
var reTenantRunHead = regexp.MustCompile(`^(?:operators?\s*(?:/|or|and|and/or)\s*(?:main\s+|principal\s+)?(?:tenants?|lessees?)|(?:main\s+|principal\s+)?(?:tenants?|lessees?)\s*(?:/|or|and|and/or)\s*operators?)$`)

// tenantRunHead returns "operator" for such a header (lowered, brackets stripped), else h.
func tenantRunHead(h string) string {
	if reTenantRunHead.MatchString(strings.TrimSpace(h)) {
		return "operator"
	}
	return h
}
