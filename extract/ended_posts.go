package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ended posts told in a second verb after a present stake: "X owns 70 percent of A and was its
// chief executive", "... and is its former chief executive", "... and sat on its board until
// 2021". The sets label a former post with the same predicate and "former" in the role, so the
// tie is kept but marked as history: the role gets "former" and an end year, when the text
// gives one, goes to End (model.Relation: a tie with an end is not a current one).

var (
	// rePresentHolding opens a first conjunct in the present: " owns 70 percent of".
	rePresentHolding = regexp.MustCompile(`^\s*,?\s*(?:(?:also|now|still|currently)\s+)*(?:is|has|owns|holds|controls|sits|serves|chairs|heads|leads|runs|manages|directs|works|commands|operates)\s`)
	// rePastPostVerb opens a second conjunct in the past: "was", "sat on", "served as", "had been".
	rePastPostVerb = regexp.MustCompile(`^(?:(?:also|once|previously|formerly|later|then)\s+)*(?:was|were|sat|served|had\s+been|chaired|headed|led|ran|managed|directed)\s`)
	// reFormerPostWord opens a post word marked as ended: "former chief executive", "ex-chairman".
	reFormerPostWord = regexp.MustCompile(`^\s*(?:['’]s\s+)?(?:the\s+)?(?:former|ex-|erstwhile|late|one-time|onetime|previous|retired)`)
	// reUntilYear is an end year told before the clause ends: " board until 2021".
	// A span of years ends it too: " from 2015 to 2019", " between 2015 and 2019".
	reUntilYear = regexp.MustCompile(`^[^.,;:!?()"“”]{0,60}?\b(?:until|till|through|from\s+(?:19|20)\d\d\s*(?:to|until|-|–)|between\s+(?:19|20)\d\d\s+and)\s*(?:(?:early|mid|late|mid-)\s*|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b`)
)

// endedSecondPost reports whether a post told in a second conjunct is history: the first
// conjunct (first) is in the present and the second (second, up to the body) in the past,
// or the words after the body (after) mark the post former or give an end year.
func endedSecondPost(first, second, after string) bool {
	first, second, after = strings.ToLower(first), strings.ToLower(second), strings.ToLower(after)
	if reFormerPostWord.MatchString(after) || untilYear(after) != "" {
		return true
	}
	return rePresentHolding.MatchString(first) && rePastPostVerb.MatchString(strings.TrimSpace(second)+" ")
}

// untilYear is the end year told in the clause after a post ("sat on its board until 2021"),
// with no comma or clause break before it, or "".
func untilYear(after string) string {
	if m := reUntilYear.FindStringSubmatch(strings.ToLower(after)); m != nil {
		return m[1]
	}
	return ""
}

// rePastPostSpan is a post told in the past before the body's name, with no clause break after
// it: "who chaired A", "worked for A", "was a director of A", "served as chairman of A".
var rePastPostSpan = regexp.MustCompile(`(?i)\b(?:was|were|had\s+been|served|sat|chaired|headed|led|ran|managed|directed|worked|commanded|oversaw|supervised)\b[^,;.()]{0,80}$`)

// reHeldOn tells, in the clause after an end year, the post as held still or again: "until
// 2019 and still chairs it", "and has chaired it again since 2023", "through 2019 and
// beyond". A later clause about something else ("..., now lives in X") does not.
var reHeldOn = regexp.MustCompile(`(?i)^[^.;!?]{0,80}?\b(?:and|but)\s+[^.;!?]{0,40}?\b(?:still|again|beyond)\b`)

// rePerfectPost is a post told in the present perfect or future ("has chaired A until 2026",
// "will lead A until 2027"): it still stands.
var rePerfectPost = regexp.MustCompile(`(?i)\b(?:has|have|will)\s+(?:also\s+|long\s+)?(?:been|served|sat|chaired|headed|led|run|managed|directed|worked|commanded|overseen|supervised)\b[^,;.()]{0,80}$`)

// postEndYear is the end year of a post told in the past and closed by a year after the
// body ("who chaired A until 2019", "headed A from 2015 to 2019"), or "". span runs from the
// holder to the body; after follows the body. A post the same clause tells as standing again
// ("until 2019, and again since 2022") keeps no end.
func postEndYear(span, after string) string {
	if !rePastPostSpan.MatchString(span) || rePerfectPost.MatchString(span) || stillHolds(after) || reHeldOn.MatchString(after) {
		return ""
	}
	return untilYear(after)
}

// rePastHolding is a verb of holding or running in the past before the last name of a span:
// "that owned KK Park", "that was owned by Li Ming", "which built and ran the site".
var rePastHolding = regexp.MustCompile(`(?i)\b(?:owned|ran|operated|managed|controlled)\b[^,;.()]{0,80}$`)

// pastHolding reports an ownership or running told in the past in span (from the first name
// to the end of the second): an end year after it ("until 2020") then ends the tie.
func pastHolding(span string) bool {
	return rePastHolding.MatchString(span)
}

// reOnceHeld is a holding or running told as over, right before the second name of a pair
// (gap is the text between the two names): "which once owned the resort", "was formerly run
// by", "the former owner of", "used to own", "S's former owner, X". A plain past ("owned") is
// not enough: "a firm that owned the site in 2019" does not say it no longer does; nor is a
// marker about something else ("the former owner of A and owns B").
var reOnceHeld = regexp.MustCompile(`(?i)(?:\b(?:previously|formerly|once|earlier)\s+(?:owned|ran|run|operated|managed|controlled)(?:\s+by)?|\bused\s+to\s+(?:own|run|operate|manage|control)|\b(?:former|erstwhile|one-?time|ex-)\s*(?:owners?|operators?|landlords?|proprietors?)(?:\s+(?:and|or)\s+(?:owners?|operators?|landlords?|proprietors?|developers?|managers?))?(?:\s+of)?)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$`)

// reOnceHeldAppos is the possessive form set off by commas: "S's former owner, X,": the
// holder's apposition closes after the name.
var reOnceHeldAppos = regexp.MustCompile(`(?i)['’]s\s+(?:former|erstwhile|one-?time|ex-)\s*(?:owners?|operators?|landlords?|proprietors?)(?:\s+(?:and|or)\s+(?:owners?|operators?|landlords?|proprietors?|developers?|managers?))?\s*,\s*$`)

// reApposClose follows a name that closes an apposition.
var reApposClose = regexp.MustCompile(`^\s*[,;.)]`)

// reStillHeld after the second name tells the tie as standing again: "once owned the site and
// still owns it", "previously ran it and now runs it".
var reStillHeld = regexp.MustCompile(`(?i)^[^.;!?]{0,80}?\b(?:still|now|currently|today|again|remains?|continues?)\b`)

// heldBefore reports an ownership or running told as over: the marker ends gap (the text
// between the two names) and nothing after the second name (after) tells it as standing.
func heldBefore(gap, after string) bool {
	return (reOnceHeld.MatchString(gap) || reOnceHeldAppos.MatchString(gap) && reApposClose.MatchString(after)) && !reStillHeld.MatchString(after)
}

// reStillHolds after the body tells an ended post as standing again: "who until 2019 was a
// director of A and still is", "... and remains one".
var reStillHolds = regexp.MustCompile(`(?i)^[^.;!?]{0,40}?(?:\b(?:and|but)\s+(?:still\s+(?:is|was|does|serves|holds)|remains?|continues?)\b|\b(?:and|but|before|then)\s+(?:(?:later|again|then)\s+)?(?:rejoined|re-joined|returned\s+to)\b|,\s*(?:is|was|remains)\s+(?:still|again|now)\s+(?:employed|working|hired|with|at|its|their|the)\b)`)

// reHeldAgain after the body tells a post left and taken back: "dismissed as chairman of A
// but reinstated a week later", "retired as chairman of A in 2019 and returned to the post",
// "sacked as chairman of A in 2021, is again its chairman" (a post again, not "is again
// under investigation").
var reHeldAgain = regexp.MustCompile(`(?i)^[^.;!?]{0,40}?(?:\b(?:and|but|before|then)\s+(?:(?:was|were|being|he\s+was|she\s+was)\s+)?(?:reinstated|restored)|\b(?:and|but|before|then)\s+(?:(?:he|she)\s+)?returned\s+to\s+(?:the|his|her|its)\s+(?:post|position|role|job|seat|board)|,\s*(?:is|was|has\s+been)\s+(?:now\s+)?again\s+(?:its|the|their)\s+(?:[a-z-]+\s+){0,2}?(?:chairman|chairwoman|chair|director|president|head|chief|commander|leader|owner|ceo|manager|secretary|officer|boss|adviser|advisor))\b`)

// stillHolds reports whether the words after a post's body (after) say it still stands.
func stillHolds(after string) bool {
	return reStillHolds.MatchString(after) || reHeldAgain.MatchString(after)
}

// formerRole marks a role as ended: "chief executive" -> "former chief executive".
func formerRole(r string) string {
	r = strings.TrimSpace(r)
	if r == "" || strings.HasPrefix(r, model.FormerRole) {
		return r
	}
	return model.FormerRole + r
}

// reFormerBeforeRole is a word marking the post that follows it as held before: "the former
// chief executive of A", "an ex-director of A", "previously served as chairman of A",
// "resigned as director of A".
var reFormerBeforeRole = regexp.MustCompile(`(?:\bformer|\bex-|\berstwhile|\bone-?time|\bpreviously\s+served\s+as|\bformerly|` +
	// "resigned as director of A", "stepped down as its chairman": a post left.
	`\b(?:resigned|resigns|resigning|stepped\s+down|steps\s+down|stepping\s+down|quit|quits|retired|ousted|removed|dismissed|sacked|fired|replaced|deposed|expelled|relieved)\s+as|` +
	// "who until 2019 was a", "who between 2018 and 2021 served as": a post with its end told.
	// "who police say until 2019 was a": a reporting clause cut as an aside (attribution_asides.go).
	`\bwho\s*,?\s+(?:(?:[a-z'’.-]+\s+){1,3}?(?:said|say|says|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed|suspect|suspects|suspected)\s+)?(?:(?:until|till|through|before)\s+(?:\d{4}|last\s+year)|between\s+\d{4}\s+and\s+\d{4}|from\s+\d{4}\s+(?:to|until)\s+\d{4})\s*,?\s+(?:was|had\s+been|served\s+as|worked\s+as))\s*(?:the\s+|a\s+|an\s+)?$`)

// statedFormer reports whether the words right before the role inside span (the text from the
// holder to the body) mark it as held before. The role must stand in span as written; the
// marker must touch it, so "who once met the police, is chairman of A" stays current.
func statedFormer(span, role string) bool {
	l, r := strings.ToLower(span), strings.ToLower(strings.TrimSpace(role))
	if r == "" || strings.HasPrefix(r, "former ") {
		return false
	}
	for from := 0; ; {
		i := strings.Index(l[from:], r)
		if i < 0 {
			return false
		}
		if reFormerBeforeRole.MatchString(l[max(0, from+i-40) : from+i]) {
			return true
		}
		from += i + len(r)
	}
}

// reLeftAsRole is a role that tells the post as left: "ousted as chairman", "removed as
// commander", "replaced as director", "retired as chairman". The post after "as" was held.
var reLeftAsRole = regexp.MustCompile(`^(?:was\s+)?(?:ousted|removed|dismissed|sacked|fired|replaced|succeeded|deposed|retired|resigned|stepped\s+down|expelled|relieved)\s+(?:from\s+(?:his|her|the)\s+(?:post|position|role)\s+)?as\s+(.+)$`)

// reReplacedHolder ends the words before a holder whose post another took: "Chen Wei
// replaced Li Qiang as chairman", "succeeded", "took over from", "ousted".
var reReplacedHolder = regexp.MustCompile(`(?i)\b(?:replaced|replacing|replaces|succeeded|succeeding|succeeds|took\s+over\s+from|taking\s+over\s+from|ousted|unseated|deposed)\s+(?:the\s+)?$`)

// reAsPost opens the words after the holder: " as chairman".
var reAsPost = regexp.MustCompile(`^\s*,?\s*as\s`)

// leftPost returns the post of a role told as left ("ousted as chairman" -> "chairman"), or "".
func leftPost(role string) string {
	if m := reLeftAsRole.FindStringSubmatch(strings.ToLower(strings.TrimSpace(role))); m != nil {
		return m[1]
	}
	return ""
}

// replacedHolder reports a holder another replaced in the post named after "as": before is
// the text before the holder's name, after the text after it.
func replacedHolder(before, after string) bool {
	return reReplacedHolder.MatchString(before) && reAsPost.MatchString(after)
}

// reOnceEmployed is an employment told as over right up to the employer, with no clause break
// between: "was formerly employed by A", "once worked for A", "previously hired by A as its
// accountant", "once worked as an accountant for A". Only the employer right after the verb's
// "by", "for", "at" or "with" is ended: "who once worked for A, now works for B" and "who
// previously worked for A and now manages B" leave B's tie current. The span may end in the
// employer's name (capitalized words) when its start is not known.
var reOnceEmployed = regexp.MustCompile(`(?i)\b(?:formerly|previously|once|earlier)\s+(?:been\s+)?(?:employed|hired|retained|worked|working)(?:\s+as\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+)?\s+(?:by|for|at|with|in)\s+(?:the\s+)?(?-i:(?:[A-Z0-9][\w.&'’-]*,?(?:\s+|$)){0,8})$`)

// onceEmployed reports an employment told as over in span (from the holder to the end of the
// employer's name); at, when inside span, is where the employer's name begins, so a period in
// it ("Star Link Co.") is no clause break.
func onceEmployed(span string, at int) bool {
	if at > 0 && at <= len(span) {
		span = span[:at]
	}
	return mayHoldFold(span, "formerly", "previously", "once", "earlier") && reOnceEmployed.MatchString(span)
}
