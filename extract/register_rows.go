package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// A register of parties or sites names each row's party in its first column and says, in
// columns its header row names, where the party is ("Location", "Based in") and who runs it
// ("Operator", "Owner"), or describes it in words that open with a post or an act ("Basis":
// "Operator of Jade Lake Resort", "Owned by Wei Ming", "Protects Jade Lake Resort"). Each such
// cell reads as a sentence about the party: "Jade Lake Group Co., Ltd. is located in
// Tachileik, Burma.", "Jade Lake Group Co., Ltd., operator of Jade Lake Resort.". Cells of
// other columns, and description cells that open otherwise, stay as they were.

// registerFirstHeads head a register's first column, beside partyHeads.
var registerFirstHeads = set("entity", "entities", "company", "companies", "firm", "firms", "site", "sites",
	"compound", "compounds", "organisation", "organization", "name of entity", "individual or entity",
	"person or entity", "designee", "designated party", "target", "business")

var (
	// reLocHead heads a column of places.
	reLocHead = regexp.MustCompile(`^(?:location|locations|address|registered address|headquarters|seat|based in|base|registered in|place|site location|(?:nationality|country)\s*/\s*location|location\s*/\s*(?:nationality|country))$`)
	// reRunHead heads a column naming who runs (or owns) the row's site.
	reRunHead = regexp.MustCompile(`^(operator|operators|operated by|run by|owner|owners|owned by|managed by)(?:\s+\(.*\)|\s+named\s+by\s+[a-z ]+|\s+\(alleged\))?$`)
	// reDescHead heads a column describing each row's party.
	reDescHead = regexp.MustCompile(`^(?:basis|basis for designation|reason|status|description|affiliation|affiliations|notes|note|link|link to [a-z ]+|linked business(?:\s*/\s*site)?|relationship|connection|details|remarks)$`)
	// reHoldersHead heads a column listing a firm's holders with their shares; reHolderShare
	// is one of them.
	reHoldersHead = regexp.MustCompile(`^(?:(?:major|main|principal|registered)\s+)?(?:shareholders?|stockholders?|owners?|ownership|shareholding|beneficial owners?|owned by)$`)
	reHolderShare = regexp.MustCompile(`^([A-Z][^;:%]{2,80}?)\s*[(,:–—-]?\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\)?$`)
	// reOfficersHead heads a column listing a firm's officers as "Post: Name".
	reOfficersHead = regexp.MustCompile(`^(?:officers|directors|management|board|board of directors|officers and directors|directors and officers|key people|key persons)$`)
	// reDescOpen opens a description cell that says what the party is to another name: a post
	// ("Operator of", "Chairman,"), a participle ("Owned by") or an act ("Protects").
	reDescOpen = regexp.MustCompile(`^(?:(?:owned|operated|run|controlled|managed|directed|protected|guarded)\s+by\s|(?:owns|operates|runs|controls|manages|protects|guards)\s|holds\s+(?:a\s+)?\d)`)
	// reDescSeat opens a description giving a firm's seat: "company registered in".
	reDescSeat = regexp.MustCompile(`^(?:(?:a\s+)?(?:company|firm|entity)\s+)?((?:registered|incorporated|based|headquartered)\s+in)\s+([A-Z].*)$`)
)

// registerRowSentence renders a data row of a register as sentences; ok is false when the
// table is no register or the row says nothing the columns can tell.
func registerRowSentence(tr *html.Node, hcells []*html.Node) (string, bool) {
	cells := rowCells(tr)
	hcells, cells = dropOrdinalColumn(hcells, cells) // table_layouts.go
	if len(hcells) < 2 || len(hcells) > 6 {
		return "", false
	}
	h0 := strings.ToLower(strings.TrimRight(cellText(hcells[0]), " :"))
	if !partyHeads[h0] && !registerFirstHeads[h0] {
		return "", false
	}
	if len(cells) != len(hcells) {
		return "", false
	}
	name := strings.TrimRight(cellText(cells[0]), " .;,")
	if name == "" || len(name) > 120 {
		return "", false
	}
	var parts []string
	for i := 1; i < len(cells); i++ {
		head, source := headSource(cellText(hcells[i])) // attributed_columns.go
		cs := registerCell(name, h0, head, cells[i], hcells)
		if source != "" {
			attributeSentences(cs, source)
		}
		parts = append(parts, cs...)
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// registerCell renders one cell of a register's row, under its header (the header's words
// without a source it cites), as sentences about the row's party.
func registerCell(name, h0, head string, cell *html.Node, hcells []*html.Node) []string {
	var parts []string
	h := strings.ToLower(strings.TrimRight(reParens.ReplaceAllString(head, ""), " :"))
	v := strings.TrimRight(cellText(cell), " .;,")
	if v == "" || v == "—" || v == "-" || len(v) > 200 {
		return parts
	}
	if s, ok := roleCellSentence(name, h, v); ok { // owner_columns.go
		parts = append(parts, s)
		return parts
	}
	h = tenantRunHead(registerHeadAlias(h)) // table_layouts.go, tenant_columns.go
	if s, ok := guardCellSentence(name, h, v); ok {
		parts = append(parts, s)
		return parts
	}
	if s, ok := raidCellSentence(name, h0, h, v, hcells); ok {
		parts = append(parts, s)
		return parts
	}
	switch {
	case reLocHead.MatchString(h):
		parts = append(parts, name+" is located in "+v+".")
	case reRunHead.MatchString(h):
		who := reParens.ReplaceAllString(v, "")
		if strings.ContainsAny(who, ";") || reNoGuard.MatchString(strings.TrimSpace(who)) { // "Unknown": table_layouts.go
			return parts
		}
		switch {
		case strings.HasPrefix(h, "owner") || strings.HasPrefix(h, "owned"):
			parts = append(parts, name+" is owned by "+who+".")
		default:
			parts = append(parts, name+" is operated by "+who+".")
		}
	case reHoldersHead.MatchString(h):
		// "Keo Dara 90%; Lim Sok 10%": each holder's share of the row's firm.
		for _, f := range holderFields(v) { // table_layouts.go
			if m := reHolderShare.FindStringSubmatch(strings.TrimSpace(f)); m != nil && m[2] != "0" {
				parts = append(parts, strings.TrimSpace(m[1])+" holds a "+m[2]+"% stake in "+name+".")
			}
		}
	case reOfficersHead.MatchString(h):
		// "Chairman: Fang Wei; Vice-chairman: Keo Dara": each officer's post in the firm.
		for _, f := range strings.Split(v, ";") {
			post, who, found := strings.Cut(strings.TrimSpace(f), ":")
			post, who = strings.ToLower(strings.TrimSpace(post)), strings.TrimSpace(who)
			if !found || who == "" || len(strings.Fields(post)) > 4 {
				continue
			}
			if w, pred := rolePhrase(post); pred != "" && w == post {
				parts = append(parts, who+" is the "+post+" of "+name+".")
			}
		}
	case postColumn(h):
		// "Director(s)": each person listed in the cell holds the post the header names
		// (staff_columns.go).
		for _, who := range listedNames(reParens.ReplaceAllString(v, "")) {
			parts = append(parts, who+" is a "+h+" of "+name+".")
		}
	case reDescHead.MatchString(h):
		for _, f := range strings.Split(v, ";") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			low := f // the first letter lowered; an ASCII letter only, so offsets hold
			if c := f[0]; c >= 'A' && c <= 'Z' {
				low = string(c+'a'-'A') + f[1:]
			}
			if s, ok := ownerFieldSentence(name, low); ok { // table_layouts.go
				parts = append(parts, s)
				continue
			}
			switch {
			case reDescOpen.MatchString(low) && strings.Contains(low, " by "):
				parts = append(parts, name+" is "+low+".")
			case reDescOpen.MatchString(low):
				parts = append(parts, name+" "+low+".")
			case reDescSeat.MatchString(low):
				// "Company registered in Tak province".
				m := reDescSeat.FindStringSubmatchIndex(low)
				parts = append(parts, name+" is "+low[m[2]:m[3]]+" "+f[m[4]:]+".")
			default:
				w := strings.Fields(low)
				if len(w) < 3 {
					continue
				}
				lead := strings.TrimRight(strings.Join(w[:min(5, len(w))], " "), ",")
				post, _, found := strings.Cut(lead, " of ")
				if !found {
					post, _, found = strings.Cut(lead, ",")
				}
				if !found || !descPost(strings.ToLower(post)) {
					continue
				}
				parts = append(parts, name+", "+lowerPost(low, post)+".") // table_layouts.go
			}
		}
	}
	return parts
}

// registerSentences are the sentences a register's rows say, written after the table (its
// cells stay one per line, for the readers of cell lines and designation lists); none for a
// party table or a "Name | Role" table, whose rows are rewritten in place.
func registerSentences(table *html.Node) []string {
	head := firstRow(table, 0)
	if head == nil {
		return nil
	}
	hcells := rowCells(head)
	var out []string
	var rows func(n *html.Node, depth int)
	rows = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && len(out) < 200; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.Data == "tr" && c != head && earlyRow(c) {
				if _, ok := partyRowSentence(c); ok || roleTableRow(c) {
					continue
				}
				if s, ok := registerRowSentence(c, hcells); ok {
					out = append(out, s)
				}
			} else if (c.Data == "thead" || c.Data == "tbody") && depth < 2 {
				rows(c, depth+1)
			}
		}
	}
	rows(table, 0)
	return out
}

// descPost reports that a description's words before "of" end with a post, a relative or an
// associate: "Thai nominee shareholder", "spouse", "business associate".
func descPost(post string) bool {
	f := strings.Fields(post)
	for k := range f {
		w, pred := rolePhrase(strings.Join(f[k:], " "))
		if pred != "" || familyWords[w] || associateWords[w] {
			return true
		}
	}
	return false
}
