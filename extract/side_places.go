package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A border site is often placed by the side of a river or frontier it stands on: "Saixing
// Garden, a fenced compound of dormitories and office blocks on the Myanmar bank of the Moei
// River", "X is a walled complex of casinos, flats and offices on the Myanmar bank of the
// Moei", "Myawaddy, on the Myanmar side of the river", "a scam compound on the Myanmar bank."
// The country whose side or bank it is holds the site. reOnSideOf in located.go reads a short
// apposition (up to four words) of a site; this reads the long description, the copula, a town
// set off by a comma, and a bank that ends the phrase.

var (
	// reSideDesc is the description before "on the": an apposition or a copula's predicate of
	// lower-case words (commas and "and" inside a list of what the site holds), or a place verb.
	reSideDesc = regexp.MustCompile(`^\s*(?:,\s*(?:(?:a|an|the)\s+([a-z0-9][a-z0-9,' -]{0,90}?)\s+|(?:now\s+|still\s+)?)|\s+(?:is|was|remains)\s+(?:a|an)\s+([a-z0-9][a-z0-9,' -]{0,90}?)\s+|\s+(?:(?:is|was)\s+)?(?:located|situated|lies|lay|sits|sat|stands|stood|built)\s+(?:just\s+)?)on\s+the\s+(?:(?:far|other)\s+)?$`)
	// reSideWord follows the country: its side or bank, then "of", a stop or a comma, or the
	// words that go on about the site ("a compound on the Myanmar side run by X", "on the
	// Myanmar bank a few kilometres from Shwe Kokko", "the enclave on the Myanmar bank where
	// ..."); reMoneyBank is a bank of money, never a river's.
	reSideWord  = regexp.MustCompile(`^\s+(?:side|bank|banks|riverbank|shore)(?:\s+of\b|\s*[.,;)]|\s*$|\s+[a-z0-9])`)
	reMoneyBank = regexp.MustCompile(`^\s+banks?\s+(?:account|accounts|loan|loans|transfer|transfers|deposit|deposits|card|cards|statement|statements|notes?)\b`)
)

// sidePlace reports a site, or a town, placed in a country by the side or bank of a river or
// border it stands on. A town takes only the comma form ("Myawaddy, on the Myanmar side"); a
// description must hold a site noun and no verb ("a man who lives on the Thai side" is no
// site's place).
func sidePlace(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	if (ta != model.Compound && ta != model.Location) || ents[cb.ent].typ != model.Location || !isCountry(ents[cb.ent].name) ||
		isCountry(ents[ca.ent].name) || !reSideWord.MatchString(text[cb.e:min(len(text), cb.e+24)]) || reMoneyBank.MatchString(text[cb.e:min(len(text), cb.e+24)]) {
		return false
	}
	m := reSideDesc.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	desc := m[1] + m[2]
	if ta == model.Location {
		return desc == "" && strings.HasPrefix(strings.TrimSpace(gap), ",")
	}
	if desc == "" {
		return true
	}
	return siteWords(strings.ReplaceAll(desc, ",", " ")) // possessed_places.go
}
