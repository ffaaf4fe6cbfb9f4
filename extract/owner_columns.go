package extract

import (
	"regexp"
	"strings"
)

// A site register whose column mixes owners and operators ("Owner or operator named in
// records", "Owner / operator") tells in each cell, in brackets, which the named party is:
// "Crown Sea Entertainment Co., Ltd. (owner and operator)", "... (owner since 2023)",
// "Huatai Star Group Co., Ltd. (operator)". The bracket is the row's sentence: "SITE is owned
// by X.", "SITE is owned by X. SITE is operated by X.". A cell without such a bracket, or
// with one that dates the end of the tie ("owner until 2023": the seller no longer owns it),
// says nothing the column can tell and stays as it was.

var (
	// reMixedRunHead heads a column of owners or operators.
	reMixedRunHead = regexp.MustCompile(`^(?:owners?|operators?)\s*(?:or|/|and|and/or)\s*(?:owners?|operators?)(?:\s+(?:named|identified|listed)\s+in\s+(?:the\s+)?[a-z ]{1,30})?$`)
	// reRoleCell is a cell naming a party with its role in brackets at the end.
	reRoleCell = regexp.MustCompile(`^([A-Z][^()]{2,100}?)\s*\((owner|operator|landowner|owner\s+and\s+operator|operator\s+and\s+owner)(?:\s+(?:since|from)\s+\d{4})?\)$`)
)

// roleCellSentence reads such a cell under such a head (lowered, brackets stripped); ok is
// false otherwise.
func roleCellSentence(name, head, v string) (string, bool) {
	if !reMixedRunHead.MatchString(strings.TrimSpace(head)) {
		return "", false
	}
	m := reRoleCell.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil || strings.ContainsAny(m[1], ";?") {
		return "", false
	}
	who := strings.TrimSpace(m[1])
	end := "." // "Co., Ltd." ends its own sentence
	if strings.HasSuffix(who, ".") {
		end = ""
	}
	var out []string
	if strings.Contains(m[2], "owner") {
		out = append(out, name+" is owned by "+who+end)
	}
	if strings.Contains(m[2], "operator") {
		out = append(out, name+" is operated by "+who+end)
	}
	return strings.Join(out, " "), true
}
