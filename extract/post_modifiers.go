package extract

import "github.com/scamgraph/scamgraph/internal/lexicon"

// postModifiersAdded adds the words of internal/lexicon/post-modifiers.txt to the modifiers
// rolePhrase passes over before a post ("Y's external accountant", "an in-house lawyer"), so
// the post after them is read. It runs once, when the package is initialised, before any
// reading of the table.
var postModifiersAdded = func() int {
	n := 0
	for _, w := range lexicon.PostModifiers() {
		if !roleModifiers[w] {
			roleModifiers[w] = true
			n++
		}
	}
	return n
}()
