package extract

import "regexp"

// A place set by another only by its bearing ("south of Myawaddy", "near the Three Pagodas
// Pass", "outside Myawaddy") is where something else lies; a bare "in" after it goes on
// placing that thing ("a compound south of Myawaddy in Karen State", "KK Park, the compound
// outside Myawaddy in Myanmar"), not the bearing's place, so the two places are not read as
// one inside the other. A place across a border or a river
// ("opposite Chiang Saen in Thailand", "across the border from Chong Chom in Surin
// province") is another country's, and the "in" that follows is its own.

// reRelativeBefore ends the text before a place with a bearing word.
var reRelativeBefore = regexp.MustCompile(`(?i)(?:\b(?:near|nearby|outside|beside|(?:close|next)\s+to|(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|upstream|downstream)\s+of)\s+(?:the\s+)?)$`)

// reBareIn is the gap of a second place right after the first: " in ", " in the ", " in
// Myanmar's ". A comma sets the second place off as the first one's ("12 kilometres south of
// Myawaddy, in Kayin State").
var reBareIn = regexp.MustCompile(`^\s+in\s+(?:the\s+)?(?:[A-Z][A-Za-z]+['’]s\s+)?$`)

// relativeThenIn reports a first place that a bearing word sets off, followed by a bare "in"
// and the second place.
func relativeThenIn(text string, firstStart int, gap string) bool {
	return reBareIn.MatchString(gap) && reRelativeBefore.MatchString(text[max(0, firstStart-40):firstStart])
}
