package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A designation list ends an entry's address with the sanctions programme's tag in square
// brackets: "PEARL COVE HOLDINGS CO., LTD., Koh Kong, Cambodia [GLOMAG].", "X CO., LTD.,
// Phnom Penh, Cambodia [TCO]." The tag names the programme, not a place or a tie, so an item
// that holds only the firm, its places and the tag is still a places-only item (placesOnlyItem,
// item_roles.go): the firm is in the first place. Only a tag of capitals and digits alone in
// its brackets, at the item's end, is dropped; "[sic]", "[the company]" and a tag followed by
// more words ("[GLOMAG]; a subsidiary of X") are left, so such items are read as before.

// reProgramTagEnd is that tag at the end of an item, with its stop.
var reProgramTagEnd = regexp.MustCompile(`\s*\[([A-Z][A-Z0-9-]{1,23})\]\s*\.?\s*$`)

// programTags are the sanctions programmes' tags; any other word in capitals in brackets
// ("[AFP]", "[REUTERS]", "[RAIDED]") is a credit or a note, and the item is read as it stands.
var programTags = set("GLOMAG", "TCO", "SDGT", "SDNT", "SDNTK", "CYBER", "CYBER2", "CYBER3", "CYBER4",
	"DPRK", "DPRK2", "DPRK3", "DPRK4", "NPWMD", "FTO", "IRGC", "IFSR", "ILLICIT-DRUGS", "HRIT",
	"BURMA", "MAGNIT", "RUSSIA", "UKRAINE", "CAATSA")

// reProgramOrder is a programme tag named by its executive order: "BURMA-EO14014",
// "ILLICIT-DRUGS-EO14059", "RUSSIA-EO14024".
var reProgramOrder = regexp.MustCompile(`^[A-Z][A-Z-]*-EO\d{5}$`)

// dropProgramTag returns the item's text without its closing programme tag.
func dropProgramTag(rest string) string {
	m := reProgramTagEnd.FindStringSubmatchIndex(rest)
	if m == nil {
		return rest
	}
	if tag := rest[m[2]:m[3]]; !programTags[tag] && !reProgramOrder.MatchString(tag) {
		return rest
	}
	return rest[:m[0]]
}

// rowTownAfterStreet returns the town of a places-only item whose first place is the street
// part of the address ("No. 88 Street 271, Phnom Penh, Cambodia"): the firm's seat is given as
// its town, as in the rows that name no street. The next mention must be a place set off by a
// comma alone.
func rowTownAfterStreet(text string, cands []candidate, ents []*docEntity, ms []int) (candidate, bool) {
	if len(ms) < 3 {
		return candidate{}, false
	}
	c1, c2 := cands[ms[1]], cands[ms[2]]
	if c2.ent < 0 || ents[c2.ent].typ != model.Location || c2.s < c1.e || !addressParts(c1.text) {
		return candidate{}, false
	}
	between := strings.TrimSpace(text[c1.e:c2.s])
	if strings.Trim(between, ",") != "" && !addressParts(strings.TrimSuffix(between, ",")) {
		return candidate{}, false
	}
	return c2, true
}
