package extract

import (
	"regexp"
	"strings"
)

// A legal reporter titles a judgment by its case name and neutral citation ("Public
// Prosecutor v Tan Wei Liang [2025] SGHC 87") and a court record archive titles a filing by its
// case name and kind ("United States v. Long, No. 2:24-cr-00517 — Plea Agreement"). The page's
// main text often starts below that heading, so the court, the case number and the record's
// kind are in the title only: such a title is the record's own mark. A news story about a case
// puts neither a neutral citation nor a filing's kind beside the caption in its headline.
var (
	// reTitleCitation is a neutral citation: year in brackets, the court's code, a number.
	reTitleCitation = regexp.MustCompile(`\[\d{4}\]\s+[A-Z]{2,8}(?:\([A-Z]\))?\s+\d{1,5}\b`)
	// reTitleFiling is the kind of a filing the defendant signs or the court makes, named in the
	// title ("Plea Agreement", "Judgment in a Criminal Case").
	reTitleFiling = regexp.MustCompile(`\b(?:Plea\s+Agreement|PLEA\s+AGREEMENT|Judgment\s+in\s+a\s+Criminal\s+Case|JUDGMENT\s+IN\s+A\s+CRIMINAL\s+CASE)\b`)
)

// courtTitle reports a title that heads a court's own record: a caption with a neutral
// citation that ends the title, or with the kind of a court filing. A headline citing a case
// goes on after the citation ("Public Prosecutor v Chen Hao [2026] SGHC 45: Scam boss jailed").
func courtTitle(title string) bool {
	if title == "" || !reCaption.MatchString(title) {
		return false
	}
	return reTitleCitationEnd.MatchString(title) || reTitleFiling.MatchString(title)
}

// reTitleCitationEnd is a neutral citation closing the title.
var reTitleCitationEnd = regexp.MustCompile(`\[\d{4}\]\s+[A-Z]{2,8}(?:\([A-Z]\))?\s+\d{1,5}\s*$`)

// pageTitleRecord reports a page's <title> that heads a court's own record: a caption with a
// neutral citation or a filing's kind, or a court, kind and number (courtNumberTitle), which end
// the <title>. A <title> that goes on after them, with a site's name (" | Khmer Times", " - The
// Straits Times") or a headline's words ("Verdict In No. 1 Scam Boss Case Delayed"), is a page
// about the record, not the record.
func pageTitleRecord(title string) bool {
	if title == "" {
		return false
	}
	return courtNumberTitle(title) || reCaption.MatchString(title) &&
		(reTitleCitationEnd.MatchString(title) || reTitleFilingEnd.MatchString(title))
}

// reTitleFilingEnd is a filing's kind closing the title ("United States v. Rivera, No.
// 1:25-cr-00311 — Plea Agreement").
var reTitleFilingEnd = regexp.MustCompile(reTitleFiling.String() + `\s*$`)

// reCourtNumberTitle is how a court's record is headed where cases are named by number, not by
// parties: the court, the record's kind and its number, which close the title ("Kaohsiung
// District Court, Criminal Judgment 2025 Su-Tzu No. 512", "Xiamen Intermediate People's Court,
// Criminal Judgment (2026) Min 02 Xing Chu No. 58", "Tokyo District Court, Judgment No. 1187
// of 2025"). A headline about a case goes on after the number ("Phnom Penh Municipal Court,
// Verdict In No. 1 Scam Boss Case Delayed", "Supreme Court, Order No. 3 Of 2026 Explained").
// Only the case's code (capitalised words, a year, digits) stands between kind and number.
var reCourtNumberTitle = regexp.MustCompile(`^(?:[A-Z][\w'’.-]*\s+){1,6}Court\s*,\s*(?:(?:Criminal|Civil|Administrative)\s+)?(?:Judgment|Judgement|Decision|Verdict|Ruling|Order)\s+((?:[A-Z0-9(][\w()'’/-]*\s+){0,6})No\.?\s*\d[\w/-]*(?:\s+of\s+\d{4})?\s*$`)

// reTitleFunctionWord is an English word of a Title Case headline, which no case code holds
// ("Verdict In No. 1", "Verdict Expected In No. 2").
var reTitleFunctionWord = regexp.MustCompile(`\b(?:In|On|At|For|Of|To|The|A|An|And|Over|After|Before|With|By|From|Into|Expected|Delayed|Due|Set)\b`)

// courtNumberTitle reports a title that heads a court's record by the court, the record's kind
// and its number: the kind and the number are both the record's own marks, which a record
// still needs the body to bear out (courtRecord).
func courtNumberTitle(title string) bool {
	m := reCourtNumberTitle.FindStringSubmatch(title)
	return m != nil && !reTitleFunctionWord.MatchString(m[1])
}

// A judge writing a judgment speaks as a judge: the judgment opens with the judge's name and
// office ("Lee Seng Hock J:", "Tan Siew Ling JC:") and numbers the parties ("the second
// defendant"). These count as the court's voice beside reCourtVoice. A judge's first person
// ("I find that") does not: a quoted speaker says it as well.
var reJudgeVoice = regexp.MustCompile(`(?m:^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’/-]+){0,5}\s+(?:J|JA|JC|CJ|SJ|DJ|JAD|AR)\s*:)` +
	`|\bthe\s+(?:first|second|third|fourth|fifth)\s+(?:defendant|plaintiff|accused|respondent|appellant)\b`)

// judgeVoices adds to voices the distinct forms of a judge's voice in span (at most three).
func judgeVoices(span string, voices map[string]bool) {
	if !strings.Contains(span, "J") && !strings.Contains(span, "efendant") && !strings.Contains(span, "laintiff") &&
		!strings.Contains(span, "ccused") && !strings.Contains(span, "espondent") && !strings.Contains(span, "ppellant") {
		return
	}
	for _, v := range reJudgeVoice.FindAllString(span, 3) {
		if strings.HasSuffix(strings.TrimSpace(v), ":") {
			v = "judge:" // one form for every judge's name
		}
		voices[strings.ToLower(v)] = true
	}
}
