package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Shared subjects: "X sits on the board of A and also chairs B", "X is a member of A and
// has served since 2023 as an adviser to B". The second verb phrase of a coordination has
// no subject of its own; it takes the sentence's subject, which the pair rules never see
// next to it. sharedSubjectPair reads the pair (X, B) as if the second verb phrase followed
// X directly. Recall and precision cases are in shared_subject_test.go.

// reSecondVerb opens a verb phrase after "and": adverbs, an auxiliary, then a verb of the
// kind the pair rules read (posts, holdings, membership, work, guard). A hedge ("allegedly")
// is kept in the gap the grade reads; "once" leaves the tie as history (ended_posts.go); a
// negation ("no longer", "never") opens no verb phrase here.
var reSecondVerb = regexp.MustCompile(`^(?:(?:also|later|now|then|still|currently|separately|once|formerly|allegedly|reportedly|since\s+\d{4}|in\s+\d{4})\s+)*(?:(?:has|have|had)\s+(?:also\s+|since\s+\d{4}\s+)?)?(?:chairs|chaired|heads|headed|leads|led|runs|ran|manages|managed|owns|owned|holds|held|controls|controlled|directs|directed|commands|commanded|operates|operated|founded|co-founded|sits|sat|serves|served|works|worked|guards|guarded|protects|protected|is|was|became|becomes|remains|remained|joined)\s`)

// reWhileParticiple opens a participle phrase after "while": "also serving as", "heading".
var reWhileParticiple = regexp.MustCompile(`^(?:(?:also|still|simultaneously)\s+)?(?:serving|working|sitting|chairing|heading|leading|running|managing|owning|holding|controlling|directing)\s`)

// reServingAs is a post held in a participle phrase: "also serving as an adviser to the".
var reServingAs = regexp.MustCompile(`^(?:(?:also|still|simultaneously)\s+)?(?:serving|working|sitting)\s+as\s+(?:the|a|an|its)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:to|of|at|for|with|in|on)\s+(?:the\s+)?$`)

// reInsertedRelative is a relative clause set off by commas inside the first conjunct.
var reInsertedRelative = regexp.MustCompile(`,\s*(?:which|who)\s[^,;]{1,80},?\s*$`)

// reFirstClauseStop marks a first conjunct that is no plain verb phrase of the subject: a
// clause of its own ("said that", "who", "while"), a semicolon, a quotation, or a verb of
// saying or knowing whose clause may go without "that" ("believes Y owns A and chairs B":
// Y's verbs).
var reFirstClauseStop = regexp.MustCompile(`;|:|"|“|”|\b(?:that|who|whom|which|whose|while|whereas|when|where|after|before|because|although|said|says|told|according|but|if|believes?|believed|thinks?|thought|claims?|claimed|alleges?|alleged|insists?|insisted|knows?|knew|suspects?|suspected|heard|hears|testified|testifies|denied|denies|admitted|admits|confirmed|confirms|reported|reports|stated|states|argued|argues|added|adds|wrote|writes|learned|learnt|found|finds|assumed|feared|fears|hoped|hopes|expects?|expected|saw|sees|let|lets|made|makes|announced|announces|revealed|reveals|noted|notes|disclosed|discloses|explained|explains|indicated|indicates|warned|warns)\b|\band\b`)

// reWhoLead is the subject's own relative clause opening after an age, a name in brackets or
// a short description set off by commas: ", who ", ", 52, who ", ", a Chinese investor from
// Guangxi, who ".
var reWhoLead = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*\d{1,3})?\s*,\s*(?:(?:a|an)\s+[^,;()]{1,60}?\s*,\s*)?who\s`)

// reNameParenLead is a name's bracketed short form right after it: " (CHEN)".
var reNameParenLead = regexp.MustCompile(`^\s*\([^()]{1,40}\)`)

// reNounLead is a short noun phrase that opens a sentence and that the subject's name stands
// in apposition to: "The first respondent, ", "The defendant, ".
var reNounLead = regexp.MustCompile(`^(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,\s*$`)

// reVerbAfterName is a finite verb right after a name inside the first conjunct: that name is
// a subject there ("X hired Y, Y owns A and ..."), not the first verb's object.
// Any finite verb counts ("Y joined A", "Y then became its manager"), with a few words ending
// like one that are not verbs left out.
var reVerbAfterName = regexp.MustCompile(`^\s+(?:(?:also|now|still|then|later|soon|reportedly|allegedly)\s+)*(?:is|was|are|were|has|had|have|joined|became|becomes|remains|founded|ran|led|took|held|sat|[a-z]{2,}(?:s|ed))\b`)

// reNotVerbAfterName are words after a name that end like a finite verb but are none.
var reNotVerbAfterName = regexp.MustCompile(`^\s+(?:across|plus|thus|always|perhaps|towards|besides|versus|whereas|indeed|its|his|hers|this|less|unless|alias)\b`)

// reFirstVerbOpen is the first conjunct's opening: a verb (after an optional apposition or
// adverb), not a noun phrase coordinated with the subject.
var reFirstVerbOpen = regexp.MustCompile(`^(?:\s*,\s*(?:a|an|the|\d{1,3})\b[^,;]{0,80},)?\s+(?:(?:also|now|still|currently|reportedly|allegedly|long)\s+)*(?:is|was|has|had|sits|sat|serves|served|chairs|chaired|heads|headed|leads|led|runs|ran|manages|managed|owns|owned|holds|held|controls|controlled|directs|directed|founded|works|worked|became|joined|commands|commanded|operates|operated|met|meets|bought|buys|sold|sells|built|builds|took|takes|left|leaves|won|[a-z]{3,}ed)\s`)

// reReportBefore ends the words before a clause's subject: "said", "records show that".
var reReportBefore = regexp.MustCompile(`\b(?:said|says|show|shows|showed|found|alleged|alleges|stated|states|confirmed|confirms)\s+(?:that\s+)?(?:(?:the\s+)?(?:accused|defendant)\s+)?$`)

// sharedSubjectPair reads "X <verb phrase with A> and <verb phrase> B" as "X <verb phrase> B"
// when X opens its sentence; it reports whether a rule fired.
func (x *Extractor) sharedSubjectPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	if q < p+1 {
		return false
	}
	ia, ib := ms[p], ms[q]
	oa, ob := cands[ia], cands[ib]
	if oa.ent < 0 || ob.ent < 0 || oa.ent == ob.ent || ob.s < oa.e || ob.s-oa.e > 220 || possessiveFollows(text, oa.e) {
		return false
	}
	gap := strings.ToLower(text[oa.e:ob.s])
	// "X, a Malaysian national who holds 35 percent of A and sits on B": the subject's own
	// relative clause, after an age or a description that names no person.
	lead := reWhoLead.FindString(gap)
	// "who" is a person's, and not one named as a preposition's object inside another's
	// apposition ("Y, a former member of the Assembly, who", "Y, a partner of X, who").
	if lead != "" && (ents[oa.ent].typ != model.Person || rePrepBefore.MatchString(text[max(0, oa.s-20):oa.s])) {
		return false
	}
	if lead != "" {
		for r := p + 1; r < q; r++ {
			if c := cands[ms[r]]; c.s < oa.e+len(lead) && (c.ent < 0 || ents[c.ent].typ == model.Person && c.ent != oa.ent) {
				return false
			}
		}
	}
	relative := lead != ""
	kinLed := !relative && kinLedSubject(text, cands, ents, ms, p) // "His son, X, sits on A and chairs B" (kin_subject.go)
	nounLed := !relative && !kinLed && nounLedSubject(text, cands, ms, p)
	if !relative && !kinLed && !nounLed && !opensClause(text, cands, ents, ms, p) {
		return false
	}
	if q == p+1 && !strings.Contains(gap, " and ") {
		return false
	}
	switch ents[oa.ent].typ {
	case model.Person, model.Company, model.Organization:
	default:
		return false
	}
	// The last "and" before B opens the second verb phrase; ", while serving as" opens a
	// participle phrase of the same subject.
	k, skip := strings.LastIndex(gap, " and "), 5
	if w := strings.LastIndex(gap, ", while "); w > k {
		k, skip = w+1, 7
		if !reWhileParticiple.MatchString(gap[k+skip:]) {
			return false
		}
	} else if k < 0 || !reSecondVerb.MatchString(gap[k+5:]) {
		return false
	}
	first := gap[:k]
	// "X heads A, which built and runs B", "X, who heads A, which built and runs B": A built
	// and runs B (prec_blocks.go). The subject's own "who" is left out of the test.
	if openRelative(first[min(len(lead), len(first)):]) {
		return false
	}
	first = strings.TrimSuffix(first, ",")
	// "His wife, CHEN LIPING (CHEN), is a director of A": the short form in brackets.
	first = reNameParenLead.ReplaceAllString(first, "")
	if kinLed || nounLed {
		first = strings.TrimPrefix(first, ",") // the comma closing X's apposition
	}
	// "X, who sits on A and chairs B": the relative clause's subject is X.
	if relative {
		first = " " + first[len(lead):]
	}
	// "X runs A, which owns B, and chairs C": a relative clause on A set off by commas.
	first = reInsertedRelative.ReplaceAllString(first, "")
	if !relative && !reFirstVerbOpen.MatchString(first) || reFirstClauseStop.MatchString(first) {
		return false
	}
	// The second conjunct holds no name before B. A person named inside the first conjunct
	// is that verb's object ("was a business partner of Y and was the director of B", "is his
	// sister-in-law and served as its secretary"); one a verb follows is a subject of its own.
	for r := p + 1; r < q; r++ {
		c := cands[ms[r]]
		if c.ent < 0 || c.e > oa.e+k {
			return false
		}
		if ents[c.ent].typ == model.Person && c.ent != oa.ent && verbAfterName(strings.ToLower(text[c.e:min(len(text), c.e+30)])) {
			return false
		}
	}
	// "X owns 70 percent of A and was its chief executive": a post told as history keeps
	// "former" in its role (ended_posts.go).
	if endedSecondPost(first, gap[k+skip:], text[ob.e:min(len(text), ob.e+90)]) {
		outer := setRole
		setRole = func(r string) { outer(formerRole(r)) }
	}
	fired := false
	wrap := onlyBetween(oa.ent, ob.ent, add, &fired)
	defer func() { cands[ia] = oa }()
	cands[ia].e = oa.e + k + skip - 1 // the gap becomes " also chairs the "
	ms2 := []int{ia, ib}
	x.pair(text, cands, ents, ms2, 0, 1, wrap, wrap, setRole)
	if m := reServingAs.FindStringSubmatch(gap[k+skip:]); m != nil && !fired {
		// "while serving as an adviser to B": the post the participle names.
		if w, pred := rolePhrase(m[1]); pred != "" && typed(pred, ents[oa.ent].typ, ents[ob.ent].typ, "") {
			setRole(w)
			wrap(oa.ent, ob.ent, pred, 0.75)
		}
	}
	if !fired {
		subjectPairs(text, cands, ents, ms2, wrap, setRole)
	}
	return fired
}

// verbAfterName reports whether after (the lower-case text right after a name) opens with a
// finite verb: the name is a subject of its own there.
func verbAfterName(after string) bool {
	return reVerbAfterName.MatchString(after) && !reNotVerbAfterName.MatchString(after)
}

// nounLedSubject reports whether mention p opens its sentence after a short noun phrase it
// stands in apposition to, set off by commas: "The first respondent, X, is its managing
// director and holds 70% of its shares". No name stands before X.
func nounLedSubject(text string, cands []candidate, ms []int, p int) bool {
	oa := cands[ms[p]]
	if p != 0 || oa.e >= len(text) || text[oa.e] != ',' {
		return false
	}
	low := strings.ToLower(text[max(0, oa.s-60):oa.s])
	for i := len(low) - 1; i >= 0; i-- {
		if strings.ContainsRune(".;!?\n", rune(low[i])) && (i+1 == len(low) || low[i+1] == ' ' || low[i+1] == '\n') {
			return reNounLead.MatchString(strings.TrimLeft(low[i+1:], " \n"))
		}
	}
	return oa.s <= 60 && reNounLead.MatchString(strings.TrimLeft(low, " \n"))
}

// subjectPairs asks the pair readers outside pair itself about a subject joined to its object
// ms2 = [subject, object]: holdings, offices, stakes, dated posts and seats.
func subjectPairs(text string, cands []candidate, ents []*docEntity, ms2 []int, wrap func(a, b int, pred string, conf float64), setRole func(string)) {
	holdingPair(text, cands, ents, ms2, 0, 1, wrap, setRole)
	officePair(text, cands, ents, ms2, 0, 1, wrap, setRole)
	stakePair(text, cands, ents, ms2, 0, 1, wrap, setRole)
	timedPostPair(text, cands, ents, ms2, 0, 1, wrap, setRole)
	seatPair(text, cands, ents, ms2, 0, 1, wrap, setRole)
}

// opensClause reports whether mention p opens its clause: only places are named before it
// ("In Kampot, X ..."), or a verb of saying or showing stands right before it ("records show
// X ...").
func opensClause(text string, cands []candidate, ents []*docEntity, ms []int, p int) bool {
	oa := cands[ms[p]]
	if objectBefore(text, oa.s) {
		return false // "The court heard from A, and B chairs Y" (clause_pairs.go)
	}
	for r := 0; r < p; r++ {
		c := cands[ms[r]]
		if c.ent < 0 || ents[c.ent].typ != model.Location {
			if r != p-1 || c.e > oa.s || !reReportBefore.MatchString(strings.ToLower(text[c.e:oa.s])) {
				return false
			}
		}
	}
	return true
}

// reCoSubjectJoin joins two subjects, each perhaps with an apposition: ", 41, and his son",
// ", a Chinese national, and", " and".
var reCoSubjectJoin = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:\d{1,3}|(?:a|an|the)\s+[^,;()]{1,60}?|of\s+[^,;()]{1,40}?(?:\s*,\s*[a-z][a-z .'-]{1,30}?)?)){0,3}\s*,?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+\s*,?\s+)?$`)

// reCoSubjectNext joins a later subject of the chain: ", 38, and", " and".
var reCoSubjectNext = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:\d{1,3}|(?:a|an|the)\s+[^,;()]{1,60}?|of\s+[^,;()]{1,40}?(?:\s*,\s*[a-z][a-z .'-]{1,30}?)?)){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$`)

// coSubjectPair reads "A, 41, and B, a Chinese national, ran Y": the first of coordinated
// subjects, each set off by its own apposition, shares the verb the last one is read with.
// It reads the pair (A, Y) as if A stood where the last subject stands.
func (x *Extractor) coSubjectPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	if q < p+2 || !opensClause(text, cands, ents, ms, p) {
		return false
	}
	ia, ib := ms[p], ms[q]
	oa, ob := cands[ia], cands[ib]
	if oa.ent < 0 || ob.ent < 0 || oa.ent == ob.ent || ob.s < oa.e || ob.s-oa.e > 260 || possessiveFollows(text, oa.e) {
		return false
	}
	ta := ents[oa.ent].typ
	if ta == model.Location {
		return false
	}
	// The chain: A, then places of its apposition, then the next subject of A's type, ...
	last, joined := -1, false
	prev := oa
	for r := p + 1; r < q; r++ {
		c := cands[ms[r]]
		if c.ent < 0 || c.s < prev.e {
			return false
		}
		if t := ents[c.ent].typ; t == model.Location && !joined || pronounRef(c) {
			continue // "of Irvine, California"; "her sons"
		}
		re := reCoSubjectNext
		if last < 0 {
			re = reCoSubjectJoin
		}
		if ents[c.ent].typ != ta || c.ent == oa.ent || possessiveFollows(text, c.e) || !re.MatchString(strings.ToLower(text[prev.e:c.s])) {
			return false
		}
		last, prev, joined = r, c, true
	}
	if last < 0 {
		return false
	}
	if g := text[cands[ms[last]].e:ob.s]; singularAppos(g) && strings.Count(g, ",") == 1 {
		return false // "A and B, an adviser to Y": Y is named in B's apposition (singular_appos.go)
	}
	fired := false
	wrap := onlyBetween(oa.ent, ob.ent, add, &fired)
	defer func() { cands[ia] = oa }()
	cands[ia].e = cands[ms[last]].e
	ms2 := []int{ia, ib}
	x.pair(text, cands, ents, ms2, 0, 1, wrap, wrap, setRole)
	if !fired {
		holdingPair(text, cands, ents, ms2, 0, 1, wrap, setRole)
		stakePair(text, cands, ents, ms2, 0, 1, wrap, setRole)
	}
	if !fired {
		// "had controlled Y": a verb of the tie right before the object.
		if m := reCoSubjectVerb.FindStringSubmatch(strings.ToLower(text[cands[ia].e:ob.s])); m != nil && !possessiveFollows(text, ob.e) {
			x.verbRelation(oa.ent, ob.ent, ents, m[1], wrap)
		}
	}
	return fired
}

// reCoSubjectVerb is the shared verb right before the object: " had controlled the".
var reCoSubjectVerb = regexp.MustCompile(`^\s+(?:(?:had|have|has|jointly|together|allegedly|reportedly)\s+)*(owned|own|ran|run|managed|manage|controlled|control|operated|operate|headed|head|led|lead|founded|built|developed|guarded|guard|protected|protect)\s+(?:the\s+)?$`)

// onlyBetween passes on to add, at nine tenths of its confidence, only a relation from a to b
// (the pair the shortened gap was made for), and marks fired when one comes.
func onlyBetween(a, b int, add func(a, b int, pred string, conf float64), fired *bool) func(a, b int, pred string, conf float64) {
	return func(x, y int, pred string, conf float64) {
		if x == a && y == b {
			*fired = true
			add(x, y, pred, conf*0.9)
		}
	}
}
