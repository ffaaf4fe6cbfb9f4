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

// addOutletMentions adds the page's outlet written in its body under its full name of two
// words or more ("told Regional Wire that", "contacted by Kampuchea Business Wire") where no
// recognised name covers it: an outlet's name holds no cue of a body's kind, so nothing else
// reads it. The span must be the whole name: no capitalised word touches it but "The".
func addOutletMentions(names []string, sents []sentence, text string, cands []candidate) []candidate {
	var added []candidate
	for _, n := range names {
		words := strings.Fields(withoutThe(n))
		if len(words) < 2 || len(words) > 5 {
			continue
		}
		for si := range sents {
			toks := sents[si].toks
			for i := 0; i+len(words) <= len(toks); i++ {
				k := len(words)
				if !spanIs(toks[i:i+k], words) || i+k < len(toks) && isCap(toks[i+k]) || i > 0 && isCap(toks[i-1]) && toks[i-1].low != "the" {
					continue
				}
				s, e := toks[i].s, toks[i+k-1].e
				if overlapsAny(cands, s, e) || overlapsAny(added, s, e) {
					continue
				}
				added = append(added, candidate{s: s, e: e, ti: i, tj: i + k, text: text[s:e],
					typ: model.Organization, conf: 0.9, gaz: -1, sector: model.SectorMedia, sent: si, ent: -1})
			}
		}
	}
	if len(added) == 0 {
		return cands
	}
	return sortCandidates(append(append(make([]candidate, 0, len(cands)+len(added)), cands...), added...))
}
