package extract

import "strings"

// pointModifiers are the lower-case words writers put between a place's name and the kind of
// crossing point named after it ("Klong Luek border checkpoint", "Cham Yeam international
// checkpoint", "Poipet international border checkpoint").
var pointModifiers = set("international", "border", "permanent", "immigration", "main")

// pointKinds end such a name: the point of passage itself.
var pointKinds = set("checkpoint", "crossing", "gate", "post")

// pointForm returns the crossing point's name the text writes right after a place's
// mention ending at e: the mention followed by one or two modifiers and a point's kind, as
// in " international border checkpoint", or "" when the text goes on otherwise. A kind
// alone ("Poipet checkpoint") is locationFollowers' business; a modifier without a kind
// ("Poipet border town") names no point.
func pointForm(text string, e int) string {
	rest := text[e:min(len(text), e+64)]
	var words []string
	for i := 0; i < 3; i++ {
		if !strings.HasPrefix(rest, " ") {
			return ""
		}
		rest = rest[1:]
		k := strings.IndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' })
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		rest = rest[k:]
		words = append(words, w)
		if pointKinds[w] && i > 0 {
			return " " + strings.Join(words, " ")
		}
		if !pointModifiers[w] {
			return ""
		}
	}
	return ""
}

// missionOf reports a mission named for the state that sends it ("embassy of india",
// "consulate-general of the philippines"), given in lower case.
func missionOf(low string) bool {
	for _, head := range []string{"embassy of ", "consulate of ", "consulate-general of ", "consulate general of ", "high commission of "} {
		if strings.HasPrefix(low, head) && len(low) > len(head) {
			return true
		}
	}
	return false
}
