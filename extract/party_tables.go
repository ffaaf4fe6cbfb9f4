package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// A register of a firm's parties is often a table: a header row names a party column
// ("Name", "Shareholder", "Accused") and a stake column ("Shares", "Stake", "Shareholding")
// and/or a post column ("Position", "Role"), one row per party. The firm is named in the post
// column's header ("Position in Acme Ltd.") or in the paragraph that introduces the table
// ("... Acme Ltd. The filing lists its shareholders:"). Each data row then says what a
// sentence would: "Ma Lin, Director of Acme Ltd., holds a 30% stake in Acme Ltd.".

// partyHeads head the column naming each row's party.
var partyHeads = set("name", "names", "shareholder", "shareholders", "stockholder", "stockholders",
	"accused", "defendant", "defendants", "respondent", "respondents", "party", "parties",
	"person", "individual", "owner", "owners", "officer", "officers", "director", "directors",
	"name of shareholder", "name of stockholder", "shareholder name")

// reStakeHead heads a column of stakes; rePostHead a column of posts, perhaps naming the firm.
var (
	reStakeHead = regexp.MustCompile(`^(?:stake|stakes|shares?|shareholdings?|stockholdings?|equity|ownership|holding|% held|percentage|% of shares|share \(%\)|stake \(%\))$`)
	rePostHead  = regexp.MustCompile(`^(?:position|role|title|post|designation|office)s?(?:\s+(?:in|at|of|with)\s+(.+))?$`)
)

// reNoteHead heads a column of notes on each party; reNoteSeat is a note giving a firm's
// seat ("registered in Samoa"), reNotePost one giving a party's post ("also listed as a
// director").
var (
	reNoteHead = regexp.MustCompile(`^(?:notes?|remarks?|comments?|details)(?:\s+in\s+(?:the\s+)?(?:filing|filings|registry|register|records?))?$`)
	reNoteSeat = regexp.MustCompile(`^(?:[Rr]egistered|[Ii]ncorporated|[Dd]omiciled)\s+in\s+([A-Z][^;]{1,60})$`)
	reNotePost = regexp.MustCompile(`^(?:also\s+)?(?:listed|named|registered|recorded|serves?)\s+as\s+(?:a|an|the)\s+([a-z][a-z -]{1,30})$`)
)

// reFirmName finds a firm's name by its legal ending; a word of it may be a parenthesised
// place ("Dragon Crown Entertainment (Cambodia) Co., Ltd."), the name then starting before it.
var reFirmName = regexp.MustCompile(`(?:[A-Z][\w&'’.()-]*\s+)(?:(?:[A-Z]|\([A-Z])[\w&'’.()-]*\s+){0,6}?(?:Co\., Ltd\.|Co\.,Ltd\.|Company Limited|Co\. Ltd\.|Pte\.? Ltd\.|Sdn\.? Bhd\.?|Ltd\.|Limited|Inc\.|Corp\.|Corporation|LLC|PLC|Holdings|Group)`)

// reStakeCell is a positive share of the firm.
var reStakeCell = regexp.MustCompile(`^(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)`)

// reParens is a parenthetical note in a cell; reAKA one giving another name, kept.
var (
	reParens = regexp.MustCompile(`\s*\([^()]*\)`)
	reAKA    = regexp.MustCompile(`(?i)^\s*\((?:a\.?k\.?a\.?|also|formerly|known)`)
)

// stakeOnlyPosts name no post: the row's stake says it all.
var stakeOnlyPosts = set("shareholder", "stockholder", "corporate stockholder", "corporate shareholder",
	"individual shareholder", "nominee", "nominee shareholder", "owner", "investor", "—", "-", "n/a", "none")

// partyRowSentence renders a data row of a party table as a sentence; ok is false for any
// other row, which is then rendered as before.
func partyRowSentence(tr *html.Node) (string, bool) {
	table := tr.Parent
	for k := 0; k < 2 && table != nil && table.Data != "table"; k++ {
		table = table.Parent
	}
	if table == nil || table.Data != "table" {
		return "", false
	}
	head := firstRow(table, 0)
	if head == nil || head == tr || !earlyRow(tr) {
		return "", false
	}
	hcells := rowCells(head)
	if len(hcells) < 2 || len(hcells) > 6 || !partyHeads[strings.ToLower(cellText(hcells[0]))] {
		return "", false
	}
	stakeCol, postCol, noteCol, firm := -1, -1, -1, ""
	for i, c := range hcells[1:] {
		h := strings.ToLower(strings.TrimRight(cellText(c), " :"))
		switch {
		case stakeCol < 0 && reStakeHead.MatchString(h):
			stakeCol = i + 1
		case noteCol < 0 && reNoteHead.MatchString(h):
			noteCol = i + 1
		case postCol < 0 && rePostHead.MatchString(h):
			postCol = i + 1
			if m := rePostHead.FindStringSubmatch(h); m[1] != "" {
				firm = strings.TrimSpace(strings.TrimRight(cellText(c), " :"))
				if len(firm) != len(h) {
					firm = "" // lowering changed the length: no offsets to trust
				} else {
					firm = firm[len(firm)-len(m[1]):]
				}
			}
		}
	}
	if stakeCol < 0 && postCol < 0 && firm == "" {
		return "", false
	}
	if firm == "" && stakeCol < 0 {
		firm = leadStaffFirm(table) // table_layouts.go
	} else if firm == "" {
		firm = leadFirm(table)
	}
	if firm == "" {
		return "", false
	}
	cells := rowCells(tr)
	if len(cells) != len(hcells) {
		return "", false
	}
	name := strings.TrimRight(cellText(cells[0]), " .;,")
	seat := ""
	if p := reParens.FindString(name); p != "" && !reAKA.MatchString(p) {
		name = strings.TrimSpace(strings.Replace(name, p, "", 1)) // "(British Virgin Islands)"
		if in := strings.Trim(p, " ()"); in != "" && in[0] >= 'A' && in[0] <= 'Z' && len(strings.Fields(in)) <= 4 {
			seat = in // a firm's seat, said as its place below
		}
	}
	if name == "" || strings.EqualFold(name, firm) {
		return "", false
	}
	var parts []string
	if postCol > 0 {
		post := strings.TrimRight(reParens.ReplaceAllString(cellText(cells[postCol]), ""), " .;,")
		post = strings.ToLower(strings.ReplaceAll(post, " / ", " and "))
		post = strings.TrimSuffix(strings.TrimSuffix(post, " of directors"), " of the board")
		if post != "" && !stakeOnlyPosts[post] && len(post) < 80 {
			parts = append(parts, name+" is the "+post+" of "+firm+".")
		}
	}
	if stakeCol > 0 {
		if m := reStakeCell.FindStringSubmatch(strings.TrimSpace(cellText(cells[stakeCol]))); m != nil {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 0 && v <= 100 {
				parts = append(parts, name+" holds a "+m[1]+"% stake in "+firm+".")
			}
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	if noteCol > 0 {
		note := strings.ToLower(strings.TrimRight(cellText(cells[noteCol]), " .;,"))
		if m := reNoteSeat.FindStringSubmatch(cellText(cells[noteCol])); m != nil {
			seat = strings.TrimRight(m[1], " .;,")
		} else if m := reNotePost.FindStringSubmatch(note); m != nil {
			if w, pred := rolePhrase(m[1]); pred != "" && w == m[1] {
				parts = append(parts, name+" is the "+w+" of "+firm+".")
			}
		}
	}
	if seat != "" {
		parts = append(parts, name+" is registered in "+seat+".")
	}
	return strings.Join(parts, " "), true
}

// leadFirm is the firm the paragraph introducing a table names last: the paragraph must end
// with a colon (it announces the table); a firm named by its legal ending there, or else in
// the paragraph before it.
func leadFirm(table *html.Node) string {
	var paras []string
	for n := table.PrevSibling; n != nil && len(paras) < 2; n = n.PrevSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode {
			continue
		}
		if n.Type != html.ElementNode || n.Data != "p" && n.Data != "div" {
			break
		}
		paras = append(paras, cellText(n))
	}
	if len(paras) == 0 || !strings.HasSuffix(paras[0], ":") || len(paras[0]) > 4000 {
		return ""
	}
	if ms := reFirmName.FindAllString(paras[0], -1); len(ms) > 0 {
		return strings.TrimSpace(ms[len(ms)-1])
	}
	if len(paras) < 2 {
		return ""
	}
	// The lead names the firm short ("filed by Acme with the registry"): the firm of the
	// paragraph before whose first two words the lead repeats.
	for _, f := range reFirmName.FindAllString(paras[1], -1) {
		w := strings.Fields(f)
		if len(w) > 2 && strings.Contains(paras[0], w[0]+" "+w[1]) {
			return strings.TrimSpace(f)
		}
	}
	return ""
}

// maxRegisterRows bounds the rows of one table read as sentences: a register in an article is
// short, and a hostile page's huge table must not cost a lead scan per row.
const maxRegisterRows = 300

// earlyRow reports that a row is among the first maxRegisterRows of its parent.
func earlyRow(tr *html.Node) bool {
	rows, steps := 0, 0
	for p := tr.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			rows++
		}
		// The parser merges adjacent text, so rows and the text between them alternate.
		if steps++; rows >= maxRegisterRows || steps > 2*maxRegisterRows+2 {
			return false
		}
	}
	return true
}
