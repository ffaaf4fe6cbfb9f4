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
// set off by a comma, and a bank that ends the phrase. After the side, only a stop, "of", an
// agent's participle, "where", a distance or a time may follow (sideTail); a phrase that goes
// on to deny, qualify or date the side ("not ... but", "or possibly", "if", "until", "before",
// "no longer", "a lie", "denied") is left, as is a description holding another noun's phrase
// ("a compound with boats on the Myanmar bank"). A town takes only the strict tail and not
// after "from" ("From Mae Sot, on the Myanmar side the lights ...": the viewer's town).

// sideTail is what may follow the side or bank without a stop: an agent's participle, a
// relative "where", a distance, a time ("a compound on the Myanmar side run by X", "on the
// Myanmar bank a few kilometres from Shwe Kokko", "on the Myanmar side in March").
const sideTail = `run\s+by|operated\s+by|owned\s+by|guarded\s+by|controlled\s+by|managed\s+by|protected\s+by|where|a\s+few|near|across|just|some|about|around|roughly|nearly|downstream|upstream|opposite|facing|[0-9][0-9.,]*\s*(?:km|kilometres|kilometers|miles|metres|meters|m)|(?:one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:km|kilometres|kilometers|miles|metres|meters)|in\s+(?i:early\s+|late\s+|mid-)?(?i:january|february|march|april|may|june|july|august|september|october|november|december|[12][0-9]{3})`

var (
	// reSideDesc is the description before "on the": an apposition or a copula's predicate of
	// lower-case words (commas and "and" inside a list of what the site holds), or a place verb.
	reSideDesc = regexp.MustCompile(`^\s*(?:,\s*(?:(?:a|an|the)\s+([a-z0-9][a-z0-9,' -]{0,90}?)\s+|(?:now\s+|still\s+)?)|\s+(?:is|was|remains)\s+(?:a|an)\s+([a-z0-9][a-z0-9,' -]{0,90}?)\s+|\s+(?:(?:is|was)\s+)?(?:located|situated|lies|lay|sits|sat|stands|stood|built)\s+(?:just\s+)?)on\s+the\s+(?:(?:far|other)\s+)?$`)
	// reSideWord follows the country: its side or bank, then "of", a stop or a comma, or the
	// words that go on about the site ("a compound on the Myanmar side run by X", "on the
	// Myanmar bank a few kilometres from Shwe Kokko", "the enclave on the Myanmar bank where
	// ..."); reMoneyBank is a bank of money, never a river's.
	reSideWord = regexp.MustCompile(`^\s+(?:side|bank|banks|riverbank|shore)(?:\s+of\b|\s*[.,;)]|\s*$|\s+(?:` + sideTail + `)\b)`)
	// reSideWordStrict: a town's side or bank ends its phrase ("Myawaddy, on the Myanmar side
	// of the river"); "From Mae Sot, on the Myanmar side the lights ..." is the viewer's.
	reSideWordStrict = regexp.MustCompile(`^\s+(?:side|bank|banks|riverbank|shore)(?:\s+of\b|\s*[.,;)]|\s*$)`)
	// reSideDoubt: the words after the side deny, qualify or date it ("not on the Myanmar
	// side but on the Thai side", "or possibly", "if the survey is right", "until the border
	// was redrawn", "before it moved", "no longer", "is a lie", "denied by the junta").
	reSideDoubt = regexp.MustCompile(`\b(?:not|no|never|but|or|if|unless|whether|until|till|before|after|once|formerly|previously|possibly|perhaps|maybe|probably|denied|denies|deny|disputed|lie|lies|false|claimed|claims|moved|relocated)\b|n['’]t\b`)
	// reSideDescWith: a description that holds another noun's phrase ("a compound with boats
	// on the Myanmar bank", "whose guards on the Myanmar side"): the side may be that noun's.
	reSideDescWith = regexp.MustCompile(`\b(?:with|without|whose|where|who|which|that|having|housing|holding|plus)\b`)
	// reSideViewer: a town seen from ("From Mae Sot, on the Myanmar side ...").
	reSideViewer = regexp.MustCompile(`(?i)\b(?:from|opposite|facing|across|toward|towards|overlooking|beyond|than)\s+$`)
	reMoneyBank  = regexp.MustCompile(`^\s+banks?\s+(?:account|accounts|loan|loans|transfer|transfers|deposit|deposits|card|cards|statement|statements|notes?)\b`)
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
	// The rest of the phrase, up to its stop.
	rest := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
	if i := strings.IndexAny(rest, ".;:!?"); i >= 0 {
		rest = rest[:i]
	}
	// A comma closes the phrase ("on the Myanmar side, was raided after workers fled": the
	// main clause's words are no doubt of the side), unless "not" opens what follows (", not
	// the Thai side").
	if c := strings.IndexByte(rest, ','); c >= 0 && !startsWord(strings.TrimLeft(rest[c+1:], " "), "not") {
		rest = rest[:c]
	}
	if reSideDoubt.MatchString(rest) {
		return false
	}
	desc := m[1] + m[2]
	if ta == model.Location {
		return desc == "" && strings.HasPrefix(strings.TrimSpace(gap), ",") && reSideWordStrict.MatchString(text[cb.e:min(len(text), cb.e+24)]) &&
			!reSideViewer.MatchString(text[max(0, ca.s-20):ca.s])
	}
	if reSideDescWith.MatchString(desc) {
		return false
	}
	if desc == "" {
		return true
	}
	return siteWords(strings.ReplaceAll(desc, ",", " ")) // possessed_places.go
}
