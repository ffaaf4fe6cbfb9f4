package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Tables of the designated reach the text one cell per line, which says nothing of who
// designated whom. Two layouts are read and restated as sentences after the table:
//
//   - a matrix: a party column and one column per designating body, its cells marks ("Yes",
//     "✓", "Yes (Dec 2023)", "—"). Each positive mark says "PARTY was designated by BODY.",
//     BODY being the column's header (the name in brackets when it has one: "UK (FCDO)");
//   - a list under a designation notice: a party column in a table that its header, or the
//     paragraph right before it announcing it ("The designations are as follows:"), says
//     lists designations. Each row says "PARTY is designated.", and the agentless rule gives
//     it the body the notice named.

// designationPartyHeads head the column naming each row's party.
var designationPartyHeads = set("name", "names", "target", "targets", "party", "parties", "person", "individual",
	"entity", "entities", "designee", "designated person", "designated party", "person or entity",
	"individual or entity", "individual/entity", "person/entity", "name of designated person")

// reMarkYes is a cell that marks a designation; reMarkNo one that marks none.
var (
	reMarkYes = regexp.MustCompile(`(?i)^(?:yes|y|✓|✔|☑|x|listed|designated|sanctioned)(?:\s*\([^()]{0,30}\))?\s*\.?$|^(?:yes|listed|designated|sanctioned)\b`)
	reMarkNo  = regexp.MustCompile(`(?i)^(?:no|n|—|–|-|✗|✘|n/a|not\s+listed|not\s+designated|none)?\s*\.?$`)
	// reDesignationIntro is the paragraph or header that announces the designated: "The
	// principal designations are as follows:", "Persons designated today".
	reDesignationIntro = regexp.MustCompile(`(?i)\b(?:designat|sanction|blacklist|asset\s+freez)`)
	// reBracketed is the name in brackets in a body column's header: "UK (FCDO)".
	reBracketed = regexp.MustCompile(`\(([^()]{2,60})\)\s*$`)
)

// designationTableSentences restates a table of the designated, or returns none.
func designationTableSentences(table *html.Node) []string {
	head := firstRow(table, 0)
	if head == nil {
		return nil
	}
	hcells := rowCells(head)
	if len(hcells) == 0 || len(hcells) > 12 {
		return nil
	}
	party := -1
	for i, c := range hcells {
		if designationPartyHeads[strings.ToLower(strings.TrimRight(cellText(c), " :"))] {
			party = i
			break
		}
	}
	if party < 0 {
		return nil
	}
	var rows [][]*html.Node
	var collect func(n *html.Node, depth int)
	collect = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && len(rows) < maxRegisterRows; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.Data == "tr" && c != head {
				if cells := rowCells(c); len(cells) == len(hcells) {
					rows = append(rows, cells)
				}
			} else if (c.Data == "thead" || c.Data == "tbody") && depth < 2 {
				collect(c, depth+1)
			}
		}
	}
	collect(table, 0)
	if len(rows) == 0 {
		return nil
	}
	// Body columns: every cell a mark, one at least positive.
	var bodyCols []int
	for j := range hcells {
		if j == party {
			continue
		}
		yes, ok := false, true
		for _, r := range rows {
			t := cellText(r[j])
			switch {
			case reMarkYes.MatchString(t):
				yes = true
			case reMarkNo.MatchString(t):
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && yes {
			bodyCols = append(bodyCols, j)
		}
	}
	headerText := ""
	for _, c := range hcells {
		headerText += " " + cellText(c)
	}
	var out []string
	for _, r := range rows {
		name := strings.TrimRight(cellText(r[party]), " ;,")
		if name == "" || len(name) > 120 {
			continue
		}
		if len(bodyCols) > 0 {
			for _, j := range bodyCols {
				if !reMarkYes.MatchString(cellText(r[j])) {
					continue
				}
				body := strings.TrimSpace(cellText(hcells[j]))
				if m := reBracketed.FindStringSubmatch(body); m != nil {
					body = strings.TrimSpace(m[1])
				}
				if body != "" && len(body) <= 80 {
					out = append(out, name+" was designated by "+body+".")
				}
			}
			continue
		}
		if reDesignationIntro.MatchString(headerText) || announcesList(introText(table)) {
			out = append(out, name+" is designated.")
		}
	}
	return out
}

// reAnnounces is a paragraph that announces what follows it: "as follows:", "the following".
var reAnnounces = regexp.MustCompile(`(?i)(?::\s*$|\bfollowing\b|\bas\s+follows\b|\bbelow\b)`)

// announcesList reports an introducing paragraph that speaks of designations and announces
// the table: "The principal designations are as follows:".
func announcesList(intro string) bool {
	return reDesignationIntro.MatchString(intro) && reAnnounces.MatchString(intro)
}

// introText is the text of the element right before a table (its introducing paragraph),
// capped.
func introText(table *html.Node) string {
	for p := table.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			t := cellText(p)
			if len(t) > 400 {
				t = t[len(t)-400:]
			}
			return t
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return ""
		}
	}
	return ""
}
