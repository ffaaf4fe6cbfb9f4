package extract

import (
	"regexp"
	"strings"
)

// "The site" far back. A page's one site is what a later "the compound" stands for however
// far back it was named (reference_tails.go), but "the site" is not read so far: it also
// names a web site ("The site is run by ...", "posted on the site") and the scene of an event
// ("arrested at the site"). As the object of a verb ("the unit that manages the site") or
// after a quantity ("most of the site had been leased to"), it is the place the page is
// about; a subject or a place adjunct stays unread.

// siteArgument reports that "the site" whose article is token k of sentence si is the object
// of a verb or follows "of": the word before the article is tagged a verb, or is "of".
func siteArgument(toks []token, tags *sentTags, si, k int) bool {
	if k == 0 {
		return false
	}
	if toks[k-1].low == "of" {
		return true
	}
	tg := tags.of(si)
	return k-1 < len(tg) && strings.HasPrefix(tg[k-1], "VB")
}

// reWebWords name a web site, an app or a platform: near them "the site" is the web site.
var reWebWords = regexp.MustCompile(`(?i)\b(?:web\s*sites?|apps?|platforms?|domains?|online|urls?)\b`)

// webContext reports that sentence si or the one before speaks of a web site or an app ("The
// scam app was hosted abroad. X operates the site."): "the site" there is left unread.
func webContext(text string, sents []sentence, si int) bool {
	for j := max(0, si-1); j <= si; j++ {
		if reWebWords.MatchString(text[sents[j].s:sents[j].e]) {
			return true
		}
	}
	return false
}
