package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Officials quoted in their own body's release. A government press release names its issuer
// first ("Today, the Department of the Treasury's Office of Foreign Assets Control
// designated ...", "The Foreign, Commonwealth and Development Office has today sanctioned
// ...") and later quotes one of its officials by a title that names no body: "said Acting
// Under Secretary for Terrorism and Financial Intelligence Daniel Okafor", "Minister for the
// Indo-Pacific, Jane Doe, said:". The official holds that post in the issuing body
// (EMPLOYED_BY). Only posts below the head are read (an under, assistant or deputy
// secretary, a minister for a portfolio, a spokesperson); a head's post is no employment.
// The rule reads only documents whose statements are official (a government's own site) and
// only a speaker who holds no other post in the document.

var (
	// reIssuerTitleBefore ends the words before the official's name: the title, with its
	// portfolio ("for Terrorism and Financial Intelligence", "for the Indo-Pacific").
	reIssuerTitleBefore = regexp.MustCompile(`(?:^|[,;:—–("“”]\s*|\b(?:said|says|by|and|the|with|from|to)\s+)((?:acting\s+)?(?:under\s+secretary|undersecretary|assistant\s+secretary|deputy\s+secretary|deputy\s+assistant\s+secretary|minister(?:\s+of\s+state)?|deputy\s+minister|spokesperson|spokesman|spokeswoman|press\s+secretary|special\s+agent))(?:\s+(?:for|of)\s+(?:the\s+)?([a-z][a-z &'’-]{0,80}?))?(?:\s*,)?(?:\s+(?:dr|mr|ms|mrs|sir|dame|lord|baroness|senator|hon)\.?)*\s*,?\s*$`)
	// reBodyPortfolioBefore is the same title right after a body's name ("Foreign Office Minister
	// for the Indo-Pacific, "), read only when that body is named there.
	reBodyPortfolioBefore = regexp.MustCompile(`\s((?:acting\s+)?(?:under\s+secretary|undersecretary|assistant\s+secretary|deputy\s+secretary|deputy\s+assistant\s+secretary|minister(?:\s+of\s+state)?|deputy\s+minister))\s+for\s+(?:the\s+)?([a-z][a-z &'’-]{0,80}?)(?:\s*,)?(?:\s+(?:dr|mr|ms|mrs|sir|dame|lord|baroness|hon)\.?)*\s*,?\s*$`)
	// reIssuerTitleAfter is the words after the name: ", Minister for the Indo-Pacific, said".
	reIssuerTitleAfter = regexp.MustCompile(`^\s*,\s*(?:the\s+)?((?:acting\s+)?(?:under\s+secretary|undersecretary|assistant\s+secretary|deputy\s+secretary|minister(?:\s+of\s+state)?|deputy\s+minister|spokesperson|spokesman|spokeswoman|press\s+secretary))(?:\s+(?:for|of)\s+(?:the\s+)?([a-z][a-z &'’-]{0,80}?))?\s*,\s*(?:said|says|stated|added)\b`)
	// reBodyTitleJoin is what may stand between a body's name and its official's title:
	// spaces, or its abbreviation in brackets.
	reBodyTitleJoin = regexp.MustCompile(`^\s*(?:\([A-Za-z.&-]{2,12}\)\s*)?$`)
	// reSpeech marks a sentence that quotes someone.
	reSpeech = regexp.MustCompile(`\b(?:said|says|stated|added|noted|announced)\b|:\s*["“]`)
)

// issuerPosts calls emit(si, person, issuer, role, issuerSent) for each official of the
// issuing body quoted by title in sentence si. held reports a person who already holds a post.
func issuerPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, official bool,
	held func(person int) bool, emit func(si, a, b int, role string, issuerSent int)) {
	if !official {
		return
	}
	// The issuer: the first body the text names, when it is a public one and named in the
	// first sentences.
	issuer, issuerSent := -1, -1
	for si := 0; si < len(sents) && si < 3 && issuer < 0; si++ {
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 {
				continue
			}
			if t := ents[c.ent].typ; t == model.Organization || t == model.Company {
				if t == model.Organization && sectorOf(ents[c.ent].name) == model.SectorGovernment {
					issuer, issuerSent = c.ent, si
				} else {
					issuerSent = -2
				}
				break
			}
		}
		if issuerSent == -2 {
			break // no issuer: only a title after its own body's name is read below
		}
	}
	for si, st := range sents {
		if si <= issuerSent || !reSpeech.MatchString(text[st.s:st.e]) {
			continue
		}
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Person || held(c.ent) {
				continue
			}
			from := max(st.s, c.s-140)
			before := strings.ToLower(text[from:c.s])
			after := strings.ToLower(text[c.e:min(st.e, c.e+160)])
			titleStart := c.s
			t := reIssuerTitleBefore.FindStringSubmatchIndex(before)
			bodyTitle := false // the title read right after a body's name
			if t == nil {
				if bt := reBodyPortfolioBefore.FindStringSubmatchIndex(before); bt != nil && bodyBefore(cands, ents, bySent[si], from+bt[2]) >= 0 {
					t, bodyTitle = bt, true // "Foreign Office Minister for the Indo-Pacific X": the body is checked below
				}
			}
			var role, field string
			if t != nil {
				role, titleStart = before[t[2]:t[3]], from+t[2]
				if t[4] >= 0 {
					field = before[t[4]:t[5]]
				}
			} else if a := reIssuerTitleAfter.FindStringSubmatch(after); a != nil {
				role, field = a[1], a[2]
			} else {
				continue
			}
			field = strings.TrimSpace(strings.Trim(field, " ,"))
			body := issuer
			if b := bodyBefore(cands, ents, bySent[si], titleStart); b >= 0 {
				// "Foreign Office Minister for the Indo-Pacific X", "FCDO Minister for the
				// Indo-Pacific, X": a government body named right before a portfolio title is
				// the post's body; any other body before the title is left to the word rules.
				// The body must be the title's own: read right after its name, or with only
				// an abbreviation between ("Foreign Office (FCDO) Minister for"); in "after
				// talks with the Thai Ministry of Foreign Affairs, Minister for the
				// Indo-Pacific X" the ministry is another's.
				if t != nil && field != "" && ents[b].typ == model.Organization && sectorOf(ents[b].name) == model.SectorGovernment &&
					(bodyTitle || reBodyTitleJoin.MatchString(text[bodyEnd(cands, bySent[si], b, titleStart):titleStart])) {
					body = b
				} else {
					continue
				}
			} else if issuer < 0 {
				continue
			}
			// "the Minister for Foreign Affairs" of the Department of Foreign Affairs: a
			// portfolio that is the body's own field is its head's.
			if field != "" && strings.Contains(strings.ToLower(ents[body].name), field) {
				continue
			}
			emit(si, c.ent, body, strings.Join(strings.Fields(role), " "), issuerSent)
		}
	}
}

// bodyBefore returns a body named right before the title ("FBI Special Agent X", "a Treasury
// spokesperson, X"), or -1: the post is in that body.
func bodyBefore(cands []candidate, ents []*docEntity, ms []int, titleStart int) int {
	for _, m := range ms {
		o := cands[m]
		if o.ent < 0 || o.e > titleStart || titleStart-o.e > 30 {
			continue
		}
		if t := ents[o.ent].typ; t == model.Organization || t == model.Company {
			return o.ent
		}
	}
	return -1
}

// bodyEnd returns where the mention of body that bodyBefore found ends.
func bodyEnd(cands []candidate, ms []int, body, titleStart int) int {
	end := titleStart
	for _, m := range ms {
		if o := cands[m]; o.ent == body && o.e <= titleStart && titleStart-o.e <= 30 {
			end = o.e
		}
	}
	return end
}

// holdsPost reports a person (by id) who already holds a post in the relations read.
func holdsPost(out []model.Relation, id string) bool {
	for _, r := range out {
		if r.Subject == id && (r.Predicate == model.Directs || r.Predicate == model.EmployedBy || r.Predicate == model.MemberOf) {
			return true
		}
	}
	return false
}
