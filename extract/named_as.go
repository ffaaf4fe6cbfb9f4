package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts and holdings told as what a record or a witness names someone: a verb of naming or
// listing, the holder and "as" before the post. Each rule has recall and precision cases in
// named_as_test.go:
//
//   - "Papers list A, a Kuala Lumpur company, as the holder of 60 percent of B", "filings
//     identify A as the director and majority shareholder of B": A holds each post in B;
//   - "Corporate records list the firm's majority shareholder as A": the post told through
//     the body's possessive before "as";
//   - "Survivors identified A, a businessman, as its owner": "its" stands for the firm or
//     site named before the verb in the sentence, else for the body a post told through
//     "its" would stand for (postAntecedent);
//   - "A is the S's owner", "A was S's operator": a site's owner or operator in the
//     possessive after a copula;
//   - "B is owned by a businessman, A", "S was run by a firm from Fujian, C": the agent of
//     a passive described first and named in apposition.

// namingVerbs say what a record or a witness names someone.
const namingVerbs = `(?:list|lists|listed|listing|name|names|named|naming|identify|identifies|identified|identifying|show|shows|showed|shown|showing|record|records|recorded|recording|describe|describes|described|describing|cite|cites|cited|citing|register|registers|registered|registering)`

var (
	// The verb right before the holder: "papers list ", "survivors identified Mr. ".
	reNamingBefore = regexp.MustCompile(`\b` + namingVerbs + `\s+(?:the\s+|(?:mr|ms|mrs|dr)\.?\s+|(?:[a-z-]+\s+)?(?:national|businessman|businesswoman|tycoon)\s+)?$`)
	// The verb right before the body: "records list the ", "filings name ".
	reNamingBeforeBody = regexp.MustCompile(`\b` + namingVerbs + `\s+(?:the\s+)?$`)
	// "A, a company, as the holder of 60 percent of", "A as the director and shareholder of".
	reAsPostOf = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^;()]{1,80}?,)?\s+as\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:((?:holder|owner)\s+of\s+` + shareQuantity + `)|((?:[a-z-]+\s+){0,5}?[a-z-]+))\s+(?:of|in)\s+(?:the\s+)?$`)
	// "'s majority shareholder as ", "'s director as Chinese national ".
	rePossPostAs = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+as\s+(?:(?:mr|ms|mrs|dr)\.?\s+|(?:[a-z-]+\s+)?(?:national|businessman|businesswoman|tycoon)\s+)?$`)
	// "is the ", "was also ", "serves as the ": a copula before a site in the possessive.
	reCopulaBeforePoss = regexp.MustCompile(`^\s+(?:is|was|became|remains|remained|has\s+been|had\s+been|(?:(?:has|had)\s+)?(?:serves|served|acts|acted)\s+as)\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+|once\s+)*(?:the\s+)?$`)
	// "is owned by a businessman, ", "was run by a Chinese firm, ": group 1 is the participle.
	rePassiveDescribedAgent = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|now\s+|still\s+|ultimately\s+|jointly\s+)*(owned|controlled|held|run|operated|managed)\s+by\s+(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:national|businessman|businesswoman|man|woman|tycoon|investor|trader|citizen|company|firm|group|conglomerate|developer|operator|syndicate|family|magnate|entrepreneur)(?:\s+(?:from|in|based\s+in|registered\s+in)\s+(?:the\s+)?(?:loc|[a-z'’-]+)(?:\s*,\s*loc)*)?\s*,\s*$`)
	// ", a businessman, as its owner": group 1 is the post after "its".
	reAsItsPost = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^;()]{1,80}?,)?\s+as\s+its\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[.;,]|$|\s+(?:and|in|since|from|until|at)\b)`)
)

// siteRunWords are the head nouns of a site's runner: "the resort's operator", "its general
// manager" (a post in a site is no post in a body: postsOf leaves them out).
var siteRunWords = set("operator", "developer", "manager", "boss", "builder", "leaseholder", "lessee", "concessionaire")

// namedAsPair reads the pair ms[p], ms[q] of one sentence with the first two rules above and
// reports whether one fired.
func namedAsPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	// "list A, the tycoon's nephew, as sole director of B" (kin_appositions.go): the gap is
	// read with the apposition taken out, its relative no party to the post.
	if kinGap, kinAppos := withoutKinApposition(gap); kinAppos && ta == model.Person && onlyTypesBetween(cands, ents, ms, p, q, a, b, model.Location, model.Person) {
		gap = kinGap
	} else if person || !onlyPlacesBetween(cands, ents, ms, p, q, a, b) {
		return false
	}
	before := strings.ToLower(text[max(0, ca.s-40):ca.s])
	holder := agentType(ta)
	if holder && (tb == model.Company || tb == model.Organization || tb == model.Compound) && reNamingBefore.MatchString(before) && !possessedName(text, cb.e) {
		if m := reAsPostOf.FindStringSubmatch(gap); m != nil {
			if m[1] != "" {
				if tb != model.Organization {
					add(a, b, model.Owns, 0.7)
					return true
				}
				return false
			}
			if !hasStop(m[2]) {
				return emitNamedPosts(ents, a, b, postsOf(m[2]), add, setRole)
			}
		}
	}
	if holder && tb == model.Compound && reCopulaBeforePoss.MatchString(apposedHolderGap(text, ca.s, gap)) && !prepositionBefore(text, ca.s) {
		if m := rePossRoleAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil && !hasStop(m[1]) {
			if emitNamedPosts(ents, a, b, postsOf(m[1]), add, setRole) {
				return true
			}
			if f := strings.Fields(m[1]); siteRunWords[f[len(f)-1]] {
				add(a, b, model.Operates, 0.7)
				return true
			}
		}
	}
	if (ta == model.Company || ta == model.Compound) && (agentType(tb)) && !possessedName(text, cb.e) {
		if m := rePassiveDescribedAgent.FindStringSubmatch(gap); m != nil {
			switch {
			case m[1] == "owned" || m[1] == "controlled" || m[1] == "held":
				add(b, a, model.Owns, 0.7)
				return true
			case ta == model.Compound:
				add(b, a, model.Operates, 0.7)
				return true
			}
		}
	}
	if (ta == model.Company || ta == model.Organization) && (tb == model.Person || tb == model.Company) && reNamingBeforeBody.MatchString(before) {
		if m := rePossPostAs.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) {
			return emitNamedPosts(ents, b, a, postsOf(m[1]), add, setRole)
		}
	}
	return false
}

// emitNamedPosts files each post a holder is named in: a firm holds only shares, a site only
// ownership and operation.
func emitNamedPosts(ents []*docEntity, holder, in int, posts []post, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	var keep []post
	for _, ps := range posts {
		switch {
		case ents[in].typ == model.Compound && ps.pred != model.Owns && ps.pred != model.Operates:
		case ents[holder].typ != model.Person && ps.pred != model.Owns:
		default:
			keep = append(keep, ps)
		}
	}
	if len(keep) == 0 {
		return false
	}
	return emitPosts(ents, holder, in, keep, add, setRole)
}

// namedAsIts finds "VERB A, ..., as its POST" in each sentence; emit gets the sentence, the
// holder's mention (an index into all), the body or site entity, the sentence it was named
// in, the predicate, the role and the span read.
func namedAsIts(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, body, bodySent int, pred, role string, s, e int)) {
	for si, st := range sents {
		ms := typedSent[si]
		if len(ms) == 0 || !strings.Contains(strings.ToLower(text[st.s:st.e]), " as its ") {
			continue
		}
		for i, mi := range ms {
			c := all[mi]
			if c.ent < 0 || pronounRef(c) || ents[c.ent].typ != model.Person && ents[c.ent].typ != model.Company {
				continue
			}
			if !reNamingBefore.MatchString(strings.ToLower(text[max(st.s, c.s-40):c.s])) {
				continue
			}
			rest := strings.ToLower(text[c.e:min(st.e, c.e+140)])
			m := reAsItsPost.FindStringSubmatchIndex(rest)
			if m == nil {
				continue
			}
			words := rest[m[2]:m[3]]
			if hasStop(words) {
				continue
			}
			posts := postsOf(words)
			if len(posts) == 0 {
				continue
			}
			// No other name may stand between the holder and "its".
			if i+1 < len(ms) && all[ms[i+1]].s < c.e+m[1] && all[ms[i+1]].s >= c.e {
				continue
			}
			siteWord := false
			for _, ps := range posts {
				siteWord = siteWord || ps.pred == model.Owns || ps.pred == model.Operates
			}
			// "its" stands for the firm or site named before the verb in this sentence.
			body, bodySent := -1, si
			for k := i - 1; k >= 0; k-- {
				b := all[ms[k]]
				if b.ent < 0 || b.ent == c.ent {
					continue
				}
				if t := ents[b.ent].typ; t == model.Company || t == model.Organization || t == model.Compound && siteWord {
					body = b.ent
				}
				break
			}
			if body < 0 {
				body, bodySent = postAntecedent(text, sents, cands, ents, bySent, si, c.e+m[1])
			}
			if body < 0 || body == c.ent {
				continue
			}
			for _, ps := range posts {
				if ents[body].typ == model.Compound && ps.pred != model.Owns && ps.pred != model.Operates {
					continue
				}
				if ents[c.ent].typ != model.Person && ps.pred != model.Owns {
					continue
				}
				emit(si, mi, body, bodySent, ps.pred, ps.role, c.s, c.e+m[1])
			}
		}
	}
}

var (
	// reHolderDescribed is a description set off after the holder up to its closing comma:
	// ", a Chinese national,".
	reHolderDescribed = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+[^,;()"“”]{1,60}?,`)
	// reHolderApposOpens ends the words before a holder set off as an apposition of a noun phrase:
	// "Bai Yongfa's son, ", "His nephew, ".
	reHolderApposOpens = regexp.MustCompile(`(?:^|[^,;:])\b[a-z]+\s*,\s*$`)
	// reApposCloses is the comma closing an apposition right after the holder.
	reApposCloses = regexp.MustCompile(`^\s*,`)
)

// apposedHolderGap returns the gap after the holder with what closes the holder's apposition
// taken out, so a copula after it is read as the holder's: "Bai Yongfa's son, Bai Zhenyu,
// serves as the zone's general manager", "Bai Zhenyu, a Chinese national, is the park's
// manager". The holder must open its clause (holderClauseLead): a holder inside a relative
// clause ("The man who hired X, a Chinese national, is ..."), after a verb, "not" or "rather
// than" ("Liu Bo, not X, ..."), or after "by" or "of" ("The firm, controlled by X, is the
// zone's operator") is no subject of the copula, and its gap is left as it is. A holder set
// off after a noun phrase is read only when a kin word or a role word heads that phrase.
func apposedHolderGap(text string, start int, gap string) string {
	if m := reHolderDescribed.FindStringIndex(gap); m != nil {
		if lead, ok := holderClauseLead(text, start); ok && reLeadIntros.MatchString(lead) && !reApposThroughWord.MatchString(lead) {
			return gap[m[1]:]
		}
		return gap
	}
	if m := reApposCloses.FindStringIndex(gap); m != nil {
		if lead, ok := holderClauseLead(text, start); ok && reLeadKinAppos.MatchString(lead) && !reApposThroughWord.MatchString(lead) {
			return gap[m[1]:]
		}
	}
	return gap
}

var (
	// reLeadIntros is a clause's lead made only of openers set off by commas: "", "Since 2020, ",
	// "According to police, ".
	reLeadIntros = regexp.MustCompile(`^\s*(?:` + leadIntro + `\s*,\s*)*$`)
	// reLeadKinAppos is a clause's lead that is a kin or role noun phrase set off by a comma
	// after any openers: "Bai Yongfa's son, ", "His nephew, ", "Since 2020, his eldest son, ".
	reLeadKinAppos = regexp.MustCompile(`^\s*(?:` + leadIntro + `\s*,\s*)*(?:(?:his|her|their|its|the)|(?:[a-z0-9.'’-]+\s+){0,3}[a-z0-9.-]+['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:` + kinWords + `|` + leadRoleWords + `)\s*,\s*$`)
	// reLeadBarred are words that put a name after them inside another clause or set it against
	// the subject: "who hired", "that employed", "not", "rather than".
	reLeadBarred = regexp.MustCompile(`\b(?:who|whom|whose|whoever|which|whichever|that|not|never|than|instead|unlike|besides|except|nor|neither|either)\b`)
)

// leadIntro is an opener of a clause set off by a comma: a time, a place or a source.
const leadIntro = `(?:since|in|on|at|after|before|during|until|from|by|as\s+of|today|now|currently|meanwhile|however|moreover|also|yesterday|earlier|later|last|this|according\s+to)\b(?:\s+[^,\s]+){0,4}`

// leadRoleWords are the roles a holder set off after a possessive may be named by.
const leadRoleWords = `partner|associate|deputy|assistant|aide|lieutenant|successor|predecessor|protege|protégé`

// holderClauseLead returns the words, lower-cased, from the start of the holder's clause (the
// sentence's start, a semicolon, a colon, a dash, or ", but"/", and"/", while") up to the holder
// at start, honorifics trimmed, and whether they hold no word that bars the holder from opening
// its clause. The look-back is bounded.
func holderClauseLead(text string, start int) (string, bool) {
	from := runeStartAfter(text, max(0, start-160), start) // not inside a rune
	lead := text[from:start]
	cut := 0
	for i := 0; i < len(lead); i++ {
		switch lead[i] {
		case '\n', ';', ':':
			cut = i + 1
		case '.', '!', '?':
			if i+1 < len(lead) && (lead[i+1] == ' ' || lead[i+1] == '"') && !abbreviationBefore(lead, i) {
				cut = i + 1
			}
		}
	}
	lead = strings.ToLower(lead[cut:])
	if k := strings.LastIndex(lead, "—"); k >= 0 {
		lead = lead[k+len("—"):]
	}
	if m := reClauseJoin.FindAllStringIndex(lead, -1); m != nil {
		lead = lead[m[len(m)-1][1]:]
	}
	lead = strings.TrimLeft(lead, " \"“‘'")
	lead = trimHonorifics(lead)
	if strings.TrimSpace(lead) != "" && !strings.HasSuffix(lead, " ") {
		lead += " "
	}
	return lead, !reLeadBarred.MatchString(lead)
}

// reClauseJoin joins a clause to the one before: ", but ", ", and ", ", while ".
var reClauseJoin = regexp.MustCompile(`,\s*(?:but|and|while|whereas|yet|so)\s+`)

// abbreviationBefore reports that the period at i ends an abbreviation ("Co.", "Ltd.", "Mr.").
func abbreviationBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' && s[j-1] != '(' && s[j-1] != ',' {
		j--
	}
	w := strings.ToLower(s[j:i])
	return abbreviations[w] || len(w) == 1
}

// reApposThroughWord ends the words before an apposition opened by a preposition or a verb:
// ", controlled by ", "the son of ".
var reApposThroughWord = regexp.MustCompile(`\b(?:by|of|to|for|with|from|and|or|said|says|told)\s*,\s*$`)
