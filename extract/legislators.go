package extract

import "strings"

// seatRole reports a role that is a seat in a chamber rather than a post on its staff: a
// member, senator, lawmaker or representative sits in the chamber (MEMBER_OF), while its
// secretary-general, spokesman or clerk works for it (EMPLOYED_BY). No role at all is a seat
// too: the rules that give no role read a seat ("sat in the Senate").
func seatRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return true
	}
	switch f[len(f)-1] {
	case "member", "senator", "lawmaker", "legislator", "mp", "representative", "congressman", "congresswoman",
		"deputy", "councillor", "councilor", "parliamentarian", "assemblyman", "assemblywoman", "delegate":
		return true
	}
	return false
}
