package extract

import (
	"regexp"
	"strings"
)

// "X is registered in the name of Y" makes Y X's owner only when X itself, or a thing of X
// that can be owned (its land, its shares), is what is registered. In "Workers at X were
// registered in the name of Y" or "SIM cards used at X were registered to Y" the name is
// the object of a preposition after another noun, the subject is the workers or the cards,
// and Y owns nothing of X.

// reNounPrepBefore ends the words before a name that is the object of a preposition after a
// noun (a participle may stand between): "workers at ", "SIM cards used at the ".
var reNounPrepBefore = regexp.MustCompile(`\b([a-z-]+)\s+(?:(?:used|employed|working|held|kept|found|based|housed|seen|operating)\s+)?(?:at|of|in|inside|within|from|on|for|with|by|across|around|near)\s+(?:the\s+)?$`)

// registeredThings are the nouns of what can be owned and so registered to an owner.
var registeredThings = set("land", "lands", "lot", "lots", "plot", "plots", "property", "properties", "premises",
	"building", "buildings", "title", "titles", "deed", "deeds", "share", "shares", "stake", "stakes", "equity",
	"stock", "parcel", "parcels", "estate", "site", "ownership")

// registeredSubject reports whether the name starting at start may be the subject of a
// registration: the words before it in its sentence (from sentStart) end in no preposition
// after a noun other than one of registeredThings.
func registeredSubject(text string, sentStart, start int) bool {
	if sentStart > start || start > len(text) {
		return true
	}
	m := reNounPrepBefore.FindStringSubmatch(strings.ToLower(text[max(sentStart, start-60):start]))
	return m == nil || registeredThings[m[1]]
}
