package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed gazetteer.txt
var gazetteerText string

// gazEntry is one known entity with its other names.
type gazEntry struct {
	Name    string
	Type    string
	Aliases []string
}

// gazetteer finds known names by token sequence (Latin script) or substring (Han script).
// Entries only grow; the lock lets sanctions lists add names while pages are analysed.
type Gazetteer struct {
	mu      sync.RWMutex
	entries []gazEntry
	// byKey maps a folded token key to entry indexes; exact holds aliases that must match
	// with their capitals (KNU, US) keyed by their exact text.
	byKey     map[string]int
	exact     map[string]int
	han       map[string]int
	hanMaxLen int
	// first holds the first word of every folded key and exact alias, so that most
	// capitalised words are ruled out without building longer keys.
	first     map[string]bool
	maxTokens int
}

func loadGazetteer() (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string]int{}, exact: map[string]int{}, han: map[string]int{}, first: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(gazetteerText))
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "|")
		if len(f) < 2 || !validType(f[0]) || strings.TrimSpace(f[1]) == "" {
			return nil, fmt.Errorf("gazetteer line %d: want Type|Name|aliases, got %q", line, l)
		}
		g.add(gazEntry{Type: f[0], Name: strings.TrimSpace(f[1]), Aliases: f[2:]})
	}
	return g, sc.Err()
}

// add records an entry, merging with an existing one of the same type and name.
func (g *Gazetteer) add(e gazEntry) {
	g.mu.Lock()
	defer g.mu.Unlock()
	idx := -1
	if i, ok := g.byKey[NameKey(e.Name)]; ok && g.entries[i].Type == e.Type {
		idx = i
	}
	if idx < 0 {
		idx = len(g.entries)
		g.entries = append(g.entries, gazEntry{Name: e.Name, Type: e.Type})
		g.index(idx, e.Name)
	}
	for _, a := range e.Aliases {
		a = strings.TrimSpace(a)
		if a == "" || a == e.Name {
			continue
		}
		if len(g.entries[idx].Aliases) < 64 {
			g.entries[idx].Aliases = append(g.entries[idx].Aliases, a)
		}
		g.index(idx, a)
	}
}

func (g *Gazetteer) index(idx int, name string) {
	switch {
	case isHanName(name):
		if _, ok := g.han[name]; !ok {
			g.han[name] = idx
		}
		if n := utf8.RuneCountInString(name); n > g.hanMaxLen {
			g.hanMaxLen = n
		}
	case isAcronym(name):
		if _, ok := g.exact[name]; !ok {
			g.exact[name] = idx
		}
		g.first[NameKey(strings.Fields(name)[0])] = true
	default:
		k := NameKey(name)
		if k == "" {
			return
		}
		if _, ok := g.byKey[k]; !ok {
			g.byKey[k] = idx
		}
		// "Global Anti-Scam Organisation" is the listed "... Organization": the name
		// spelt the other way finds the same entry.
		if v := otherSpelling(k); v != k {
			if _, ok := g.byKey[v]; !ok {
				g.byKey[v] = idx
			}
			g.first[strings.Fields(v)[0]] = true
		}
		f := strings.Fields(k)
		g.first[f[0]] = true
		if f[0] == "the" && len(f) > 1 {
			g.first[f[1]] = true
		}
		if n := len(strings.Fields(k)); n > g.maxTokens {
			g.maxTokens = n
		}
	}
}

func (g *Gazetteer) with(e gazEntry) *Gazetteer {
	g.add(e)
	return g
}

// lookup returns the entry for a name as written, or -1.
func (g *Gazetteer) Lookup(name string) int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	if isHanName(name) {
		if i, ok := g.han[name]; ok {
			return i
		}
		return -1
	}
	if i, ok := g.exact[name]; ok {
		return i
	}
	if isAcronym(name) {
		return -1
	}
	if i, ok := g.byKey[NameKey(name)]; ok {
		return i
	}
	return -1
}

// mayStart reports whether some known name begins with this word.
func (g *Gazetteer) mayStart(word string) bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.first[NameKey(word)]
}

func (g *Gazetteer) entry(i int) gazEntry {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.entries[i]
}

func (g *Gazetteer) limits() (maxTokens, hanMax int) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.maxTokens, g.hanMaxLen
}

// nameKey folds a name for comparison: lower case, punctuation dropped, a leading "the"
// dropped, curly apostrophes straightened. It runs for every capitalised span, so it writes
// into one buffer with a fast path for ASCII.
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	start := func() {
		if !inWord && b.Len() > 0 {
			b.WriteByte(' ')
		}
		inWord = true
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			start()
			b.WriteByte(byte(r))
		case r >= 'A' && r <= 'Z':
			start()
			b.WriteByte(byte(r) + 'a' - 'A')
		case r == '\'' || r == '’' || r == '.':
			// O'Smach, L.Y.P. and U.S. keep their letters together.
		case r == '&':
			inWord = false
			start()
			b.WriteString("and")
			inWord = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)):
			start()
			b.WriteRune(unicode.ToLower(r))
		default:
			inWord = false
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// isAcronym reports names written in capitals such as KNU, DKBA or U.S. (two to seven
// letters), which match only in capitals.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 7
}

func isHanName(s string) bool {
	if s == "" {
		return false
	}
	han := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			han++
		} else if !unicode.IsSpace(r) && r != '·' {
			return false
		}
	}
	return han > 0
}

// otherSpelling returns a name key with each word that has a British or American twin
// written the other way, or the key itself when it has none.
func otherSpelling(k string) string {
	f := strings.Fields(k)
	changed := false
	for i, w := range f {
		if v, ok := spellingVariants[w]; ok {
			f[i], changed = v, true
		}
	}
	if !changed {
		return k
	}
	return strings.Join(f, " ")
}
