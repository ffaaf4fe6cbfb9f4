package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A site's or firm's description whose relative clause carries a reporting clause between the
// relative word and its passive verb: "X, a compound outside Myawaddy that the DSI says is
// guarded by Y", "X, a smaller compound near Mong Yawng that clients told us is guarded by Y",
// "X, a compound in Myawaddy which the court finds was operated by Y", "X, a company that, the
// two officials said, belongs to Y". The relative word stands for the described name (the
// description's head noun is a site or firm noun), and the clause says the agent guards, runs
// or owns it. The plain clause ("that is guarded by Y") is read by the structured pair rules;
// with the report inside, they do not reach it. The grade is read from the whole sentence, so
// the report keeps its weight ("says", "told us" make it alleged).
//
// Left alone: a report of a denial ("that the firm denies is owned by Y": denial verbs are no
// reporting verbs here), a negated clause ("says is not guarded"), a description naming a
// firm, site or person before the relative word (the clause may then be that name's), a
// faction or unit of the agent ("protected by a faction of Y"), a relative that is the
// agent's own ("which police say guards Y" is read elsewhere, if at all), and a past holding
// ("that records show was once owned by", "formerly"): only the present or plain past
// passive is read. Also left alone: a reporting clause that doubts or denies ("nobody
// believes", "few now believe", "officials never said", "critics falsely claimed",
// "residents wrongly say", "rumours say"); a name inside the reporting clause other than
// its whole subject ("rivals of X say", "friends of Y say": a named circle's word is no
// more than alleged, and the grade would rise on it); an agent that possesses the holder
// or is one of two ("belongs to X's wife", "run by X or his brother"); a description that
// holds a clause or a second noun phrase ("a firm that leases the casino that police say
// is owned by X": the casino's). Cases are in reported_relatives_test.go.

// reportedRelDesc is the description after the name: ", a smaller compound near loc " — a
// determiner, up to eight words with no mark that closes the phrase, and a site or firm noun
// among them (checked by reportedRelHead).
const reportedRelDesc = `^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an|the|another)\s+((?:[\w'’-]+\s+){0,8}?)`

// reportedRelReporter is the reporting clause: "the dsi says ", "clients told us ", "thai
// security officials say privately ", ", the two officials said, ".
const reportedRelReporter = `((?:(?:the|a|an|some|several|two|three|four|five|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,3}?` +
	`(?:says|say|said|told\s+(?:us|reporters|investigators|police|the\s+court)|believe|believes|believed|finds|found|alleges|allege|alleged|claims|claim|claimed|suspect|suspects|suspected|assesses|assessed)` +
	`(?:\s+privately|\s+publicly)?\s*,?\s+)`

var (
	reReportedRelative = regexp.MustCompile(reportedRelDesc + `(?:that|which)(?:\s*,\s*|\s+)` + reportedRelReporter +
		`(?:(?:(is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|heavily|still|effectively|ultimately)\s+)*` +
		`(guarded|protected|shielded|owned|run|operated|managed|controlled)\s+by)|(belongs|belonged)\s+to)\s+(?:the\s+)?$`)
	// reportedRelHead: the description's noun is a site's or a firm's.
	reportedRelSite = regexp.MustCompile(`\b(?:compound|complex|park|site|casino|resort|zone|enclave|tower|building|block|development|cluster|hub|garden|estate)s?\s`)
	// reportedRelOther: a body or person named in the description, or a word of time past.
	reportedRelOther = regexp.MustCompile(`\b(?:org|person|former|formerly|once|previous|previously)\b`)
	reportedRelFirm  = regexp.MustCompile(`\b(?:company|firm|business|subsidiary|venture|conglomerate|outfit|corporation|developer|operator)\s`)
	// reportedRelNested: a clause or a second noun phrase inside the description ("a firm
	// that leases the casino", "a firm near the casino"): the reported clause may be its.
	reportedRelNested = regexp.MustCompile(`\b(?:that|which|who|whom|whose|where)\b|\b(?:the|a|an|its|their|his|her|another)\s+(?:[\w'’-]+\s+){0,2}?(?:compound|complex|park|site|casino|resort|zone|enclave|tower|building|block|development|cluster|hub|garden|estate|company|firm|business|subsidiary|venture|conglomerate|outfit|corporation|developer|operator)s?\b`)
	// reportedRelDoubt: a reporting clause that denies, doubts or retracts what it reports
	// ("nobody believes", "officials never said", "critics falsely claimed", "rumours say",
	// "few now believe", "residents once said").
	reportedRelDoubt = regexp.MustCompile(`\b(?:never|not|no|nobody|none|neither|nor|few|fewer|hardly|scarcely|barely|falsely|wrongly|mistakenly|erroneously|incorrectly|wrongfully|baselessly|rumou?rs?|rumou?red|gossip|once|formerly|previously|initially|originally|used|no-one|doubt|doubts|doubted)\b|n['’]t\b`)
	// reportedRelSource: a name in the reporting clause may only be its whole subject ("the
	// DSI says"); a person, or a name inside the subject ("rivals of X say"), is left alone.
	reportedRelSource = regexp.MustCompile(`^(?:the\s+)?org\s+[a-z]+\s*,?\s*(?:privately\s+|publicly\s+)?$`)
	reportedRelNamed  = regexp.MustCompile(`\b(?:org|person|firm|site)\b`)
	// reportedRelFinding: a finding or assessment ("which the DSI found is run by Y", "that
	// the UNODC assessed is guarded by Y") is a claim of its source, alleged as "says" is, but
	// the sentence's grade does not fall on these verbs: only a court's finding is read.
	reportedRelFinding = regexp.MustCompile(`\b(?:finds|found|assesses|assessed)\b`)
	reportedRelCourt   = regexp.MustCompile(`^(?:the|a)\s+(?:[\w'’-]+\s+)?(?:court|judge|tribunal)\s`)
	// reRelWordOpens: a relative word opening the text.
	reRelWordOpens = regexp.MustCompile(`^(?i:that|which)\s`)
	// reDescribedRel, reDescribedPlain: a relative clause in a description ("a company that rumours say is")
	// that holds more than its copula: a reporting clause, read (or refused) here, not as
	// the plain "a company owned by" of offices.go.
	// A clause of only the copula and adverbs before the participle ("a company that is now
	// owned by", "that was owned by ... until 2021") is plain (describedReport).
	reDescribedRel   = regexp.MustCompile(`\b(?:that|which|who)\s`)
	reDescribedPlain = regexp.MustCompile(`\b(?:that|which|who)\s+(?:(?:is|are|was|were|has|have|had|been|also|now|currently|still|reportedly|allegedly)\s+)*$`)
	// reportedRelAfter: the agent is the possessor of the holder or one of two ("belongs to
	// X's wife", "run by X or his brother").
	reportedRelAfter = regexp.MustCompile(`^(?:['’]s?(?:\s|$)|\s*,?\s*(?:or|nor)\b|\s*\(?\s*(?:or|through|via)\b)`)
)

// reportedRelativePair reads the pair ms[p], ms[q]: a site or firm described, and the agent
// its reported relative clause names.
func reportedRelativePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	a, b, ok := pairEnds(cands, ms, p, q, 220)
	if !ok {
		return
	}
	ta, tb := ents[a].typ, ents[b].typ
	if ta != model.Compound && ta != model.Company || tb == model.Location {
		return
	}
	gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return
	}
	m := reReportedRelative.FindStringSubmatchIndex(gap)
	if m == nil {
		return
	}
	desc, reporter := gap[m[2]:m[3]], gap[m[4]:m[5]]
	if reportedRelNested.MatchString(desc) || reportedRelDoubt.MatchString(reporter) {
		return
	}
	if reportedRelFinding.MatchString(reporter) && !reportedRelCourt.MatchString(reporter) {
		return // "which the DSI found is run by Y": the grade would not fall to alleged
	}
	if reportedRelNamed.MatchString(reporter) && !reportedRelSource.MatchString(reporter) {
		return // "rivals of X say", "Chen says": a named source's word is no more than alleged
	}
	cb := cands[ms[q]]
	if reportedRelAfter.MatchString(text[cb.e:min(len(text), cb.e+12)]) {
		return // "belongs to X's wife", "is run by X or his brother"
	}
	// Only places may stand in the description; a body or person may stand only in the
	// reporting clause, after the relative word.
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		if c.ent == b || c.ent == a && c.s > cands[ms[p]].e+3 {
			return // "a compound that rivals of X say is run by X": the agent among the reporters
		}
		if c.ent == a {
			continue
		}
		t := ents[c.ent].typ
		if t == model.Location {
			continue
		}
		if t == model.Compound || t == model.Company {
			return // "X, a firm near the Y compound that police say is run by Z": Y's clause
		}
	}
	if reportedRelOther.MatchString(desc) {
		return
	}
	aux, verb := "", ""
	if m[8] >= 0 {
		aux, verb = gap[m[6]:m[7]], gap[m[8]:m[9]]
	} else {
		verb = gap[m[10]:m[11]]
	}
	site := reportedRelSite.MatchString(desc + " ")
	firm := reportedRelFirm.MatchString(desc + " ")
	switch verb {
	case "guarded", "protected", "shielded":
		if ta == model.Compound && site && (tb == model.Organization || tb == model.Person) {
			add(b, a, model.Protects, 0.65)
		}
	case "run", "operated", "managed":
		if ta == model.Compound && site && tb != model.Location {
			add(b, a, model.Operates, 0.65)
		}
	case "owned", "belongs", "belonged":
		if verb == "belonged" || aux == "was" || aux == "were" || aux == "had been" {
			return // a past holding: "which records show was owned by Y until 2020"
		}
		if (ta == model.Company && firm || ta == model.Compound && site) && tb != model.Location {
			add(b, a, model.Owns, 0.65)
		}
	}
}

// describedReport reports that a description ending before its participle ("a company that
// rumours say is ") holds a relative clause with more than its copula and adverbs.
func describedReport(desc string) bool {
	return reDescribedRel.MatchString(desc) && !reDescribedPlain.MatchString(desc)
}
