package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post given by a verb of naming or listing, with "as" between the post and its holder:
// "Workers named its general manager as a Malaysian man, Tan Kok Leong", "Survivors
// identified the company's chairman as X", "Filings list X, a timber trader, as the
// company's managing director", "Records show X as its president". The body is the
// possessor of the post (a name or a reference: "its", "the company"), the holder the person
// on the other side of "as"; the post must be one the role table knows, read whole after any
// nationality. Without the verb of naming, "as" is too loose ("its chairman as well as X",
// "X, as the firm's lawyer said") and nothing is read.

var (
	// reNamingVerbBefore ends the words before the first of the two: "Workers named ",
	// "filings list ", "records show ".
	reNamingVerbBefore = regexp.MustCompile(`\b(?:named|names|name|identified|identifies|identify|listed|lists|list|described|describes|describe|registered|registers|recorded|records|record|show|shows|showed|gave|gives|cited|cites|confirmed|confirms|mentioned|mentions|designated|designates|designate)\s+$`)
	// rePostAsHolder is the gap of "'s general manager as a Malaysian man, " before the holder.
	rePostAsHolder = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+as\s+((?:[a-z.-]+\s*,?\s+){0,4})$`)
	// reHolderAsPost is the gap of " , a timber trader, as the " before the possessor.
	reHolderAsPost = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,50},\s*)?as\s+(?:the\s+)?$`)
	// reHeldPostAfter is the post after the possessor: "'s managing director".
	reHeldPostAfter = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[,.;:)]|$|\s+(?:and|since|until|from|in|at|for|who|when|while|but)\b)`)
)

// reNamingStopped ends the words before a naming verb that negate or stop it: "do not ",
// "no longer ", "stopped ", "ceased to ", "failed to " (as reNegatedNaming in
// listed_poss_posts.go).
var reNamingStopped = regexp.MustCompile(`\b(?:not|never|no\s+longer|n['’]t|(?:stop|stops|stopped|cease|ceases|ceased|quit|quits|fail|fails|failed|refuse|refuses|refused|decline|declines|declined)(?:\s+to)?)\s+$`)

// holderIntro are the words that may stand between "as" and the holder's name besides the
// possessed posts' intro words: a plain description of a person.
var holderIntro = set("man", "woman", "businessman", "businesswoman", "person", "individual", "mr", "ms", "mrs")

// namedAsPosts reads the shapes above over each sentence's adjacent mentions (references
// included); emit is possessedPosts'.
func namedAsPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			ca, cb := cands[ms[i]], cands[ms[i+1]]
			if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || ca.e > cb.s || cb.s-ca.e > 90 {
				continue
			}
			if !namingVerbBefore(text, ca.s) {
				continue
			}
			ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
			gap := strings.ToLower(text[ca.e:cb.s])
			switch {
			case (ta == model.Company || ta == model.Organization) && tb == model.Person && !pronounRef(cb):
				// "named its general manager as X".
				if pronounRef(ca) {
					gap = "'s" + gap
				}
				m := rePostAsHolder.FindStringSubmatch(gap)
				if m == nil || possessiveFollows(text, cb.e) {
					continue
				}
				ok := true
				for _, w := range strings.Fields(strings.ReplaceAll(m[2], ",", " ")) {
					w = strings.Trim(w, ".")
					if !introWords[w] && !holderIntro[w] && !nationalities[w] && !demonyms[w] && !titleWords[w] && !personTitles[w] && !nameHonorifics[w] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if w, pred := heldPost(m[1]); pred != "" && !militaryPostOfFirm(ta, w) {
					emit(si, ms[i], ms[i+1], cb.ent, ca.ent, pred, w, false)
				}
			case ta == model.Person && (tb == model.Company || tb == model.Organization) && !pronounRef(ca):
				// "list X, a timber trader, as the company's managing director".
				if !reHolderAsPost.MatchString(gap) {
					continue
				}
				after := strings.ToLower(text[cb.e:min(len(text), cb.e+60)])
				if pronounRef(cb) {
					after = "'s" + after
				}
				m := reHeldPostAfter.FindStringSubmatch(after)
				if m == nil {
					continue
				}
				if w, pred := heldPost(m[1]); pred != "" && !militaryPostOfFirm(tb, w) {
					emit(si, ms[i], ms[i+1], ca.ent, cb.ent, pred, w, false)
				}
			}
		}
	}
}

// heldPost reads a possessed post whole after any nationality: "Filipino human resources
// officer" is a human resources officer.
func heldPost(words string) (string, string) {
	f := strings.Fields(words)
	for len(f) > 1 && (nationalities[f[0]] || demonyms[f[0]]) {
		f = f[1:]
	}
	post := strings.Join(f, " ")
	w, pred := rolePhrase(post)
	if pred == "" || w != post {
		return "", ""
	}
	return w, pred
}

// namingVerbBefore reports a verb of naming right before start, or before the intro words
// (nationality, "national", titles) that open the name's phrase: "filings list Chinese
// national X".
func namingVerbBefore(text string, start int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, start-60):start]))
	for n := len(f); n > 0 && len(f)-n <= 4; n-- {
		if reNamingVerbBefore.MatchString(f[n-1] + " ") {
			// "filings no longer list X as ...", "ceased to list", "failed to name".
			return !reNamingStopped.MatchString(strings.Join(f[max(0, n-4):n-1], " ") + " ")
		}
		w := strings.Trim(f[n-1], ".")
		if !introWords[w] && !nationalities[w] && !demonyms[w] && !titleWords[w] && !personTitles[w] && !nameHonorifics[w] {
			return false
		}
	}
	return false
}

// rePossKinBetween is the gap of "'s son, " between a possessor and the relative the
// possessed kin noun names.
var rePossKinBetween = regexp.MustCompile(`^['’]s?\s+` + kinNoun + `\s*,?\s*$`)

// kinHeldPosts reads "its chief executive officer is Ly Vannaroth's son, Ly Pisethmony": a
// body's post (possessed by a name or a reference) whose holder is named as someone's
// relative. Mentions i, i+1 and i+2 of one sentence are the body, the relative's possessor
// and the holder; emit is possessedPosts'.
func kinHeldPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+2 < len(ms); i++ {
			ca, cp, cb := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cp.ent < 0 || cb.ent < 0 || ca.e > cp.s || cp.e > cb.s || cb.ent == cp.ent || cb.ent == ca.ent {
				continue
			}
			if ta := ents[ca.ent].typ; ta != model.Company && ta != model.Organization || ents[cp.ent].typ != model.Person || ents[cb.ent].typ != model.Person {
				continue
			}
			gap := strings.ToLower(text[ca.e:cp.s])
			if pronounRef(ca) {
				gap = "'s" + gap
			}
			m := rePossessedPost.FindStringSubmatch(gap)
			if m == nil || strings.TrimSpace(m[3]) != "" && strings.TrimSpace(m[3]) != "the" || !rePossKinBetween.MatchString(strings.ToLower(text[cp.e:cb.s])) {
				continue
			}
			if w, pred := heldPost(m[1]); pred != "" && !militaryPostOfFirm(ents[ca.ent].typ, w) {
				emit(si, ms[i], ms[i+2], cb.ent, ca.ent, pred, w, strings.Contains(m[2], ","))
			}
		}
	}
}
