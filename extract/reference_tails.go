package extract

import "strings"

// legalTailWords end a firm's name as its legal form ("Co., Ltd.", "Pte. Ltd.", "Inc.");
// "group" and "holdings" are not among them: they are what "the group" refers by.
var legalTailWords = set("co", "ltd", "limited", "inc", "corp", "plc", "llc", "pte", "sdn", "bhd", "jsc", "fz-llc")

// legalTail returns how many of the last words of a lower-cased name form its legal tail.
func legalTail(f []string) int {
	n := 0
	for i := len(f) - 1; i >= 0 && legalTailWords[strings.Trim(f[i], ".,()")]; i-- {
		n++
	}
	return n
}

// soleAntecedent resolves a site's description ("the compound", "the hub") beyond the near
// window when the document has named one entity of type typ before it and no other: the
// page's topic, which a report keeps calling by its class noun. Two sites named leave it open;
// none named leaves the description discourse-new. "the site" is not read so far back: it
// also names a web site.
func soleAntecedent(cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, typ string) (int, int) {
	ent, from := -1, -1
	for sj := si; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent < 0 || sj == si && c.e > off || ents[c.ent].typ != typ {
				continue
			}
			if ent >= 0 && ent != c.ent {
				return -1, -1
			}
			if ent < 0 {
				ent, from = c.ent, sj
			}
		}
	}
	return ent, from
}
