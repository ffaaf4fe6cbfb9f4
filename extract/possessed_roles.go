package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body's post named through its possessive, then the person who holds it, with words the
// gap rules do not read between them: "its finance officer, Taiwanese national Lin Mei-hua",
// "the company's Filipino security chief, Edgardo Paras", "the group's commander, known as
// Bo Kyaw Naing", "its majority shareholder is Oknha Chea Vannarith". The possessor may be a
// name or a reference ("its", "the company's"); the post must be a role the role table knows,
// read whole after any nationality before it.

// rePossessedPost splits the gap after the possessor: the post, then a comma or a copula, then
// what stands before the person's name.
var rePossessedPost = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(\s*,\s*|\s+(?:is|was|are|were|remains|became)\s+(?:listed\s+as\s+|named\s+as\s+)?)((?:[a-z.-]+\s+){0,4})$`)

// rePostAfterPossessor reads the post after a possessor set off after a person: "Judha
// Putra, the ministry's director for the protection of citizens": the post may be followed
// by what it is for.
var rePostAfterPossessor = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,3}?[a-z-]+?)\s*(?:[,.;)]|$|\s+(and|who|since|until|from|for|in|at|on)\b)`)

// reRoleAs is a post told as someone's role: "for his role as an employee of", "in her
// capacity as director of", "X's position as chairman of".
var reRoleAs = regexp.MustCompile(`(?:^['’]s|\b(?:his|her))\s+(?:former\s+|current\s+|alleged\s+)?(?:role|position|post|job|capacity|work)\s+as\s+(?:a\s+|an\s+|the\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|at|for|with|in)\s+(?:the\s+)?$`)

// reRoleAsLead is what may stand between a person and "his role as": an apposition, then a
// verb of the person's own clause and "for" or "in" ("is designated for", "was charged in").
var reRoleAsLead = regexp.MustCompile(`^(?:\s*,[^,;]{0,60},)?\s*(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:[a-z]+\s+){0,2}?(?:for|in)\s*$`)

// introWords may stand between a post and the holder's name: an article, a nationality,
// "national", "known as", "identified as".
var introWords = set("a", "an", "the", "national", "citizen", "known", "identified", "named", "called", "as", "one")

// possessedPosts reads the shapes above; ms lists each sentence's mentions (references
// included); emit gets the sentence, the two mentions' indexes, the holder, the body, the
// predicate, the role and whether it is told as a description.
func possessedPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			ca, cb := cands[ms[i]], cands[ms[i+1]]
			if ca.ent < 0 || cb.ent < 0 || ca.e > cb.s || ents[cb.ent].typ != model.Person {
				continue
			}
			body := ca.ent
			if ta := ents[ca.ent].typ; ta != model.Company && ta != model.Organization {
				// "Sun Tai Ying's president, X": a short form of a firm named before, read
				// as a person's name; a board post says it is the firm.
				if body = shortFormOf(cands, ents, ca); body < 0 {
					continue
				}
			}
			gap := strings.ToLower(text[ca.e:cb.s])
			if pronounRef(ca) {
				gap = "'s" + gap
			}
			// "its CEO is Tep Sokheng's son-in-law, X": the post is the possessed noun's, X's
			// when X is set off right after it (possessed_counts.go).
			hi := i + 1
			if possessiveFollows(text, cb.e) {
				if hi = kinApposedHolder(text, cands, ents, ms, i+1); hi < 0 {
					continue
				}
			}
			if len(gap) > 90 {
				continue
			}
			gap = withoutKinPossessor(gap) // "is Chang's wife, X" (possessed_counts.go)
			m := rePossessedPost.FindStringSubmatch(gap)
			if m == nil {
				continue
			}
			// What stands before the name: intro words, nationalities, titles, honorifics,
			// and an honorific of several words ("'s executive chairman, Tan Sri X", "is
			// Datuk Seri X"), whose words alone are no titles ("Tan" is a surname).
			lead := strings.Fields(m[3])
			for _, w := range lead[:trimTitlePhrase(lead)] {
				w = strings.Trim(w, ".")
				if !introWords[w] && !nationalities[w] && !demonyms[w] && !titleWords[w] && !personTitles[w] && !nameHonorifics[w] {
					m = nil
					break
				}
			}
			if m == nil {
				continue
			}
			f := strings.Fields(m[1])
			for len(f) > 1 && (nationalities[f[0]] || demonyms[f[0]] || postLeadWords[f[0]] || countWords[f[0]]) {
				f = f[1:] // "its sole director", "its two shareholders" (possessed_counts.go)
			}
			if len(f) > 1 && f[0] == "executive" && roleWords[strings.Join(f[1:], " ")] == model.Directs {
				f = f[1:] // "its executive chairman" chairs it
			}
			// "controlling stockholder" is a shareholder's post in Philippine filings.
			post := strings.ReplaceAll(strings.Join(f, " "), "stockholder", "shareholder")
			w, pred := rolePhrase(post)
			if pred == "" || w != post {
				post, w, pred = pluralPost(post) // "its shareholders are X and Y"
			}
			if pred == "" || w != post {
				continue
			}
			if body != ca.ent && !boardPosts[strings.Fields(w)[len(strings.Fields(w))-1]] && pred != model.Directs {
				continue // only a post no person holds over another says the name is a firm
			}
			if militaryPostOfFirm(ents[body].typ, w) {
				continue
			}
			emit(si, ms[i], ms[hi], cands[ms[hi]].ent, body, pred, w, strings.Contains(m[2], ","))
			if plural := strings.Join(f, " ") != post; plural && hi == i+1 {
				for _, j := range coHolders(text, cands, ents, ms, i+1) { // possessed_counts.go
					emit(si, ms[i], ms[j], cands[ms[j]].ent, body, pred, w, strings.Contains(m[2], ","))
				}
			}
		}
		// "his role as an employee of X": the possessor holds the post.
		for i := 0; i+1 < len(ms); i++ {
			cp, cb := cands[ms[i]], cands[ms[i+1]]
			if !personThenBody(cp, cb, ents) {
				continue
			}
			gap := strings.ToLower(text[cp.e:cb.s])
			if pronounRef(cp) {
				gap = "'s" + gap
			}
			// "X, a Vietnamese national, is designated for his role as ...": the pronoun
			// stands for the person just named (no other name between).
			if len(gap) > 160 || strings.Contains(gap, ";") {
				continue
			}
			if loc := reRoleAs.FindStringSubmatchIndex(gap); loc != nil && (pronounRef(cp) || reRoleAsLead.MatchString(gap[:loc[0]])) {
				m := []string{gap[loc[0]:loc[1]], gap[loc[2]:loc[3]]}
				if w, pred := rolePhrase(m[1]); pred != "" && w == m[1] {
					emit(si, ms[i], ms[i+1], cp.ent, cb.ent, pred, w, false)
				}
			}
		}
		// "X, the ministry's director for ...": the person first, then the possessor.
		for i := 0; i+1 < len(ms); i++ {
			cp, cb := cands[ms[i]], cands[ms[i+1]]
			if cp.ent < 0 || cb.ent < 0 || cp.e > cb.s || ents[cp.ent].typ != model.Person {
				continue
			}
			if tb := ents[cb.ent].typ; tb != model.Company && tb != model.Organization {
				continue
			}
			if g := strings.TrimSpace(strings.ToLower(text[cp.e:cb.s])); g != "," && g != ", the" {
				continue
			}
			m := rePostAfterPossessor.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)]))
			if m == nil {
				continue
			}
			if w, pred := rolePhrase(m[1]); pred != "" && w == m[1] {
				// "the ministry's director for the protection of citizens": a post that
				// heads a part of the body is employment in the whole.
				if pred == model.Directs && (m[2] == "for" || m[2] == "in" || m[2] == "at" || m[2] == "on" || fieldInPost(w)) {
					pred = model.EmployedBy
				}
				emit(si, ms[i], ms[i+1], cp.ent, cb.ent, pred, w, true)
			}
		}
	}
}

// shortFormOf returns the one firm or body named before mention c whose name begins with c's
// words and goes on ("Sun Tai Ying" for Sun Tai Ying Technology Corp.), or -1.
func shortFormOf(cands []candidate, ents []*docEntity, c candidate) int {
	short := strings.ToLower(strings.TrimSpace(c.text)) + " "
	if len(short) < 4 {
		return -1
	}
	found := -1
	for k, e := range ents {
		if k == c.ent || e.typ != model.Company && e.typ != model.Organization || !strings.HasPrefix(strings.ToLower(e.name), short) {
			continue
		}
		before := false
		for _, ci := range e.cands {
			before = before || cands[ci].e <= c.s
		}
		if !before {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// personThenBody reports whether mention cp is a person's and the next, cb, a firm's or a
// body's, in that order: the pair every "X, who served as Y's ..." reading starts from.
func personThenBody(cp, cb candidate, ents []*docEntity) bool {
	if cp.ent < 0 || cb.ent < 0 || cp.e > cb.s || ents[cp.ent].typ != model.Person {
		return false
	}
	tb := ents[cb.ent].typ
	return tb == model.Company || tb == model.Organization
}
