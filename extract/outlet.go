package extract

import (
	"html"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A news page names its own outlet in its body ("documents reviewed by the Manila Sentinel",
// "residents told the Mekong Ledger"). Such a name has no cue word and is read as a person's;
// the page's own metadata (its publisher, or the site name after the title's last " | ")
// says it is the outlet, a media body.

// outletNames returns the publisher the page's metadata names, if any.
func outletNames(d *model.Document) []string {
	if p := strings.TrimSpace(d.Publisher); p != "" {
		return []string{p}
	}
	return nil
}

// titleSite returns the title's last segment after " | " when it is short enough to be a
// site's name ("Raid in Bavet | Mekong Ledger"); the segment before is the headline.
func titleSite(title string) string {
	i := strings.LastIndex(title, " | ")
	if i <= 0 {
		return dashSite(title)
	}
	s := strings.TrimSpace(html.UnescapeString(title[i+3:]))
	if n := len(strings.Fields(s)); n == 0 || n > 5 || len(s) > 80 {
		return ""
	}
	return s
}

// markOutlets types the candidates written exactly as the page's outlet name an Organization
// in the media sector. A name of one word must be in capitals at its start and not open a
// sentence, where any word is.
func markOutlets(names []string, sents []sentence, cands []candidate) {
	if len(names) == 0 {
		return
	}
	for k := range cands {
		c := &cands[k]
		if c.gaz >= 0 || c.typ == model.Location {
			continue
		}
		for _, n := range names {
			if n == "" || c.text != n && c.text != withoutThe(n) {
				continue
			}
			if c.tj-c.ti < 2 && c.ti == 0 {
				break
			}
			c.typ, c.conf, c.weak, c.sector = model.Organization, 0.9, false, model.SectorMedia
			break
		}
	}
}
