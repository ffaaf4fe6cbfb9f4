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
// citation or with the kind of a court filing, or a court's record by its number
// (courtNumberTitle).
func courtTitle(title string) bool {
	if title == "" {
		return false
	}
	if courtNumberTitle(title) {
		return true
	}
	if !reCaption.MatchString(title) {
		return false
	}
	return reTitleCitation.MatchString(title) || reTitleFiling.MatchString(title)
}

// reCourtNumberTitle is how a court's record is headed where cases are named by number, not by
// parties: the court, the record's kind and its number ("Kaohsiung District Court, Criminal
// Judgment 2025 Su-Tzu No. 512", "Xiamen Intermediate People's Court, Criminal Judgment (2026)
// Min 02 Xing Chu No. 58"). A headline about a case ("District Court convicts three over
// compound", "Phnom Penh Court, Verdict expected in No. 2 suspect's case") has no number right
// after the kind: only the case's code (capitalised words, a year, digits) stands between.
var reCourtNumberTitle = regexp.MustCompile(`^(?:[A-Z][\w'’.-]*\s+){1,6}Court\s*,\s*(?:(?:Criminal|Civil|Administrative)\s+)?(?:Judgment|Judgement|Decision|Verdict|Ruling|Order)\s+(?:[A-Z0-9(][\w()'’/-]*\s+){0,6}No\.?\s*\d`)

// courtNumberTitle reports a title that heads a court's record by the court, the record's kind
// and its number: the kind and the number are both the record's own marks.
func courtNumberTitle(title string) bool {
	return reCourtNumberTitle.MatchString(title)
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
