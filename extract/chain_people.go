package extract

// A chain of places after "in" ("in Capas, Tarlac") ends where a person's name is set off
// after the place: "In Ha Tinh, Phan Duc Thinh, deputy director of the provincial police,
// said" and "a man from our district in Quang Binh, Tran Van Hung (everyone calls him Hung
// Can), said". The name is the speaker, not a larger place: a bare post with its body
// (", deputy director of", ", spokesman for") or a nickname in brackets follows it, and
// neither follows a province or a country.

// chainPersonAfter reports words after the name ending before toks[j] that describe a person:
// a post without an article, up to two modifiers and the post word, then "of", "for" or "at"
// (", deputy director of the"), or a bracket that names the person by a nickname ("(everyone
// calls him", "(also known as", "(alias").
func chainPersonAfter(toks []token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	if toks[j].text == "(" {
		for k := j + 1; k < len(toks) && k < j+5; k++ {
			switch toks[k].low {
			case "him", "her", "alias", "aka", "a.k.a.", "known", "nicknamed", "called":
				return true
			case ")":
				return false
			}
		}
		return false
	}
	if toks[j].text != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if t.kind != tokWord || t.text != t.low {
			return false // a capital opens another name ("Tak, Thailand"), a mark ends the words
		}
		post := roleWords[t.low] != "" || appositionPerson[t.low] || t.low == "spokesperson"
		if post && k+1 < len(toks) {
			switch toks[k+1].low {
			case "of", "for", "at":
				return true
			}
		}
		if !post && !roleModifiers[t.low] && !chainPostModifiers[t.low] {
			return false
		}
	}
	return false
}

// chainPostModifiers add to roleModifiers the words of a local body that stand before a post:
// "provincial police chief of", "assistant director of".
var chainPostModifiers = set("assistant", "provincial", "district", "police", "regional")
