package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Layouts of registers that register_rows.go reads once they are brought to its shape:
//
//   - a leading column that only numbers the rows ("No.", "#", "S/N") is no party column:
//     the party is in the column after it, so "No. | Name | Type | Details" is read as
//     "Name | Type | Details";
//   - a column whose header says who protects the row's site ("Protected by", "Armed group
//     providing security", "Security provided by") reads as "SITE is protected by CELL.";
//   - a description field "Owned or controlled by X" reads as "PARTY is owned by X." and
//     "Subsidiary of X" as "PARTY, a subsidiary of X." (the sentence rules read both).

var (
	// reOrdinalHead heads a column that numbers the rows.
	reOrdinalHead = regexp.MustCompile(`^(?:no\.?|nos?\.|number|#|s/n|s\.n\.|sr\.?|sl\.?|item|ref\.?|ref\. no\.?)$`)
	// reGuardHead heads a column naming who protects the row's site.
	reGuardHead = regexp.MustCompile(`^(?:protected by|guarded by|protection|protector|security provided by|security by|(?:armed group|force|group|militia)s?\s+(?:providing|giving)\s+(?:security|protection)|(?:armed group|force|militia)\s+protecting\s+(?:it|the site|the compound))$`)
	// reNoGuard is a cell that names no protector.
	reNoGuard = regexp.MustCompile(`(?i)^(?:unknown|none|n/a|not known|not identified|unidentified|undisclosed|unclear|no|—|–|-)\.?$`)
	// reControlledBy opens a description field naming the party's owner.
	reControlledBy = regexp.MustCompile(`^(?:owned\s+(?:or|and|and/or)\s+controlled\s+by|owned\s+by|controlled\s+by)\s+([A-Z].*)$`)
	// reActedFor is a designation basis that the party acted for another: "Acted for or on
	// behalf of Tang Xiaolu".
	reActedFor = regexp.MustCompile(`^(?:acted|acting|having acted)\s+for\s+or\s+on\s+behalf\s+of\s+([A-Z].*)$`)
	// reSubsidiaryOf opens a description field naming the party's parent.
	reSubsidiaryOf = regexp.MustCompile(`^(?:a\s+)?(?:(?:wholly[- ]owned|majority[- ]owned)\s+)?subsidiary\s+of\s+([A-Z].*)$`)
)

// dropOrdinalColumn returns the header and row cells without a leading numbering column, when
// the header has one and at least two columns follow it; otherwise it returns them as given.
func dropOrdinalColumn(hcells, cells []*html.Node) ([]*html.Node, []*html.Node) {
	if len(hcells) < 3 || !reOrdinalHead.MatchString(strings.ToLower(strings.TrimSpace(cellText(hcells[0])))) {
		return hcells, cells
	}
	if len(cells) == len(hcells) {
		cells = cells[1:]
	}
	return hcells[1:], cells
}

// guardCellSentence reads a protector column's cell; ok is false when the header names no
// protector or the cell names none.
func guardCellSentence(name, head, v string) (string, bool) {
	if !reGuardHead.MatchString(head) {
		return "", false
	}
	who := strings.TrimSpace(reParens.ReplaceAllString(v, ""))
	if who == "" || reNoGuard.MatchString(who) || strings.ContainsAny(who, ";?") || len(who) > 100 {
		return "", false
	}
	return name + " is protected by " + who + ".", true
}

// ownerFieldSentence reads a description field that names the party's owner or parent; f is
// the field with its first letter lowered.
func ownerFieldSentence(name, f string) (string, bool) {
	if m := reControlledBy.FindStringSubmatch(f); m != nil {
		return name + " is owned by " + strings.TrimSpace(m[1]) + ".", true
	}
	if m := reActedFor.FindStringSubmatch(f); m != nil {
		return name + ", an associate of " + strings.TrimSpace(m[1]) + ".", true
	}
	if m := reSubsidiaryOf.FindStringSubmatch(f); m != nil {
		return name + ", a subsidiary of " + strings.TrimSpace(m[1]) + ".", true
	}
	return "", false
}

// reStaffLead is the part of a table's lead that says its rows are a firm's people: "The
// following officers and supervisors of", "Senior staff at", "members of the board of".
var reStaffLead = regexp.MustCompile(`(?i)\b(?:officers|officials|staff|employees|executives|directors|managers|management|supervisors|personnel|board members|members of the board|leadership)\b[^.:;]{0,40}?\b(?:of|at|in|from)\s+(?:the\s+)?$`)

// leadStaffFirm is the firm a table's colon-ended lead names as the one its rows work for
// ("The following officers and supervisors of Xinyuan Digital Solutions Corp. were placed
// under arrest:"): a "Name | Position" table without a stake column takes its firm only so,
// never from a lead that merely names a firm.
func leadStaffFirm(table *html.Node) string {
	firm := leadFirm(table)
	if firm == "" {
		return ""
	}
	for n := table.PrevSibling; n != nil; n = n.PrevSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode {
			continue
		}
		if n.Type != html.ElementNode {
			return ""
		}
		lead := cellText(n)
		i := strings.LastIndex(lead, firm)
		if i < 0 || !reStaffLead.MatchString(lead[:i]) {
			return ""
		}
		return firm
	}
	return ""
}

// registerHeadAliases map other words for a register's columns to the header register_rows.go
// reads: a firm's "Registered office" is its place, "Major shareholders" its holders, a
// site's "Landowner" its owner, its "Developer / operator" its operator, and an "Owner /
// occupant" column describes the site in words that open with a participle ("Owned by X",
// "Operated by X").
var registerHeadAliases = map[string]string{
	"registered office": "location", "head office": "location", "registered seat": "location",
	"major shareholders": "shareholders", "main shareholders": "shareholders",
	"principal shareholders": "shareholders", "largest shareholders": "shareholders",
	"major shareholder": "shareholders", "main shareholder": "shareholders",
	"landowner": "owner", "land owner": "owner", "owner of the land": "owner", "landlord": "owner",
	"landowner / lessor": "owner", "landowner/lessor": "owner", "landlord / lessor": "owner", "landlord/lessor": "owner",
	"lessor": "owner", "landowner or lessor": "owner",
	"developer / operator": "operator", "developer/operator": "operator", "operator / developer": "operator",
	"operator/developer": "operator", "developer and operator": "operator",
	"owner / occupant": "details", "owner/occupant": "details", "owner or occupant": "details",
	"owner / operator": "details", "owner/operator": "details", "occupant": "details",
	"armed protection": "protected by", "armed protection by": "protected by", "protection by": "protected by",
	"security": "protected by",
}

// registerHeadAlias returns the header register_rows.go reads for h (already lowered and
// stripped of brackets), or h itself.
func registerHeadAlias(h string) string {
	if a, ok := registerHeadAliases[strings.TrimSpace(h)]; ok {
		return a
	}
	return h
}

// reHolderSplit separates holders listed with commas, each ending with its share:
// "Wanida Tangsiri (51%), Tang Yunfei (49%)".
var reHolderSplit = regexp.MustCompile(`(%\)?|percent\)?)\s*,\s*(?:and\s+)?`)

// holderFields splits a holders cell into one field per holder: on semicolons, and on commas
// that follow a share.
func holderFields(v string) []string {
	var out []string
	for _, f := range strings.Split(v, ";") {
		out = append(out, strings.Split(reHolderSplit.ReplaceAllString(f, "$1;"), ";")...)
	}
	return out
}

var (
	// reRaidHead heads a column naming who raided the row's site; a bare "Unit" or "Agency"
	// only in a table whose other headers count what a raid did (reRaidTally).
	reRaidHead     = regexp.MustCompile(`^(?:raided by|raiding (?:unit|force|agency|team)|raid (?:led|conducted|carried out) by|operation led by)$`)
	reRaidUnitHead = regexp.MustCompile(`^(?:unit|units|agency|lead agency|lead unit|force|responsible unit)$`)
	reRaidTally    = regexp.MustCompile(`(?i)\b(?:detained|rescued|arrested|apprehended|seized|raided|raid|intercepted)\b`)
	// registerSiteHeads head a first column of sites.
	registerSiteHeads = set("site", "sites", "compound", "compounds", "premises", "location raided", "target site")
)

// raidCellSentence reads a raider column of a register of raided sites: "SITE was raided by
// CELL.". h0 is the first column's header, h this column's; ok is false for any other column.
func raidCellSentence(name, h0, h, v string, hcells []*html.Node) (string, bool) {
	if !registerSiteHeads[h0] {
		return "", false
	}
	if !reRaidHead.MatchString(h) {
		if !reRaidUnitHead.MatchString(h) {
			return "", false
		}
		tally := false
		for _, c := range hcells {
			if reRaidTally.MatchString(cellText(c)) {
				tally = true
				break
			}
		}
		if !tally {
			return "", false
		}
	}
	who := strings.TrimSpace(reParens.ReplaceAllString(v, ""))
	if who == "" || reNoGuard.MatchString(who) || strings.ContainsAny(who, ";?") || len(who) > 120 {
		return "", false
	}
	return name + " was raided by " + who + ".", true
}

// lowerPost lowers the post that opens a description field written in title case
// ("Managing Director, Moei Riverside Co., Ltd." with its first letter already lowered), so
// the post reads as one: "managing director, Moei Riverside Co., Ltd.".
func lowerPost(field, post string) string {
	if !strings.HasPrefix(field, post) {
		return field
	}
	return strings.ToLower(post) + field[len(post):]
}

var (
	// reListPartyEnd ends the party an item of a designation list opens with: the reason
	// ("for being"), a description ("a Burmese national", "located in"), a bracket or a stop.
	reListPartyEnd = regexp.MustCompile(`(?:,\s+(?:for|a|an|the|who|which|located|based|registered|incorporated|born|also|aka|a\.k\.a\.)\b|;|:|\s+\(|\s+[–—-]\s+|\.\s*$)`)
	// reListPartyStart is how a designated party's name opens.
	reListPartyStart = regexp.MustCompile(`^[A-Z]`)
)

// designationListSentences restates a list set under a paragraph that announces designations
// ("OFAC is designating the following persons pursuant to Executive Order 13818:"): each
// item that opens with a party ("Myint Zaw Htike, a Burmese national;", "Mao Sreypov and Ly
// Pisethmony, for having materially assisted LVR Group;") says "PARTY is designated.", and
// the agentless rule gives it the body the notice named. Only the paragraph right before the
// list, ending with a colon, can announce it; items that open otherwise say nothing.
func designationListSentences(list *html.Node) []string {
	lead := list.PrevSibling
	for lead != nil && (lead.Type == html.TextNode && strings.TrimSpace(lead.Data) == "" || lead.Type == html.CommentNode) {
		lead = lead.PrevSibling
	}
	if lead == nil || lead.Type != html.ElementNode || lead.Data != "p" {
		return nil
	}
	lt := cellText(lead)
	if len(lt) > 1000 || !strings.HasSuffix(lt, ":") || !reDesignationIntro.MatchString(lt) || !reDesignationNotice.MatchString(lt) {
		return nil
	}
	var out []string
	for c := list.FirstChild; c != nil && len(out) < 80; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "li" {
			continue
		}
		t := cellText(c)
		if len(t) > 600 || !reListPartyStart.MatchString(t) {
			continue
		}
		party := t
		if loc := reListPartyEnd.FindStringIndex(t); loc != nil {
			party = t[:loc[0]]
		}
		party = strings.TrimRight(party, " ,;:")
		if party == "" || len(strings.Fields(party)) > 24 {
			continue
		}
		for _, p := range listedParties(party) {
			verb := " is designated."
			if strings.Contains(p, " and ") {
				verb = " are designated."
			}
			out = append(out, p+verb)
		}
	}
	return out
}

// reLegalTail is a comma-set tail of a firm's name: "Co., Ltd.", "Holdings, Inc.".
var reLegalTail = regexp.MustCompile(`^(?:Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Co\.?|Co\., Ltd\.?|Pte\.? Ltd\.?|S\.A\.|Jr\.?|Sr\.?)$`)

// listedParties splits a run of names set off by commas ("A Co., Ltd., B Co., Ltd. and C")
// into its names, the last pair joined by "and" kept whole (splitting it cost precision on
// held-out pages); the run whole when a part does not open like a name.
func listedParties(run string) []string {
	var segs []string
	for _, f := range strings.Split(run, ", ") {
		if len(segs) > 0 && reLegalTail.MatchString(f) {
			segs[len(segs)-1] += ", " + f
			continue
		}
		segs = append(segs, f)
	}
	for _, p := range segs {
		if !reListPartyStart.MatchString(p) {
			return []string{run}
		}
	}
	return segs
}

// reDesignationNotice is a lead that announces whom it designates next: "designating the
// following", "the following persons were sanctioned", "designates:".
var reDesignationNotice = regexp.MustCompile(`(?i)\b(?:the\s+following|as\s+follows|below)\b|\b(?:designat|sanction)\w*\s*:$`)

var (
	// reItemHead splits a list item into the party it opens with and its description: "Thmor
	// Sor Construction Co., Ltd. – builder of Pacific Bay Resort, owned by Koh Kong Group".
	reItemHead = regexp.MustCompile(`^([A-Z][^–—:;]{2,120}?)\s+[–—]\s+(.+)$|^([A-Z][^–—:;]{2,120}?):\s+(.+)$`)
	// reItemRunBy is a description field naming who runs the item's party.
	reItemRunBy = regexp.MustCompile(`^(?:operated|run|managed)\s+by\s+([A-Z].*)$`)
	// reItemFieldSep separates the fields of an item's description.
	reItemFieldSep = regexp.MustCompile(`[;,]\s+`)
)

// itemOwnerSentences restates the items of a list that open with a party, then a dash or a
// colon, then fields set off by commas or semicolons, one of which names the party's owner,
// parent or operator ("owned by X", "a subsidiary of X", "operated by X"): "PARTY is owned by
// X.". Other fields, and items that open otherwise, say nothing here (item_roles.go reads
// their posts).
func itemOwnerSentences(list *html.Node) []string {
	var out []string
	for c := list.FirstChild; c != nil && len(out) < 80; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "li" {
			continue
		}
		t := strings.TrimRight(cellText(c), " .;")
		if len(t) > 400 {
			continue
		}
		m := reItemHead.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		name, desc := m[1], m[2]
		if name == "" {
			name, desc = m[3], m[4]
		}
		name = strings.TrimSpace(reParens.ReplaceAllString(name, ""))
		if name == "" || len(strings.Fields(name)) > 10 {
			continue
		}
		for _, f := range reItemFieldSep.Split(desc, -1) {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			low := f
			if ch := f[0]; ch >= 'A' && ch <= 'Z' {
				low = string(ch+'a'-'A') + f[1:]
			}
			if s, ok := ownerFieldSentence(name, low); ok {
				out = append(out, s)
			} else if r := reItemRunBy.FindStringSubmatch(low); r != nil {
				out = append(out, name+" is operated by "+strings.TrimSpace(r[1])+".")
			}
		}
	}
	return out
}
