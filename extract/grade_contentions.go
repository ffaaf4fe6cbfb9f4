package extract

import "regexp"

// A court record recites what a party says as well as what the court finds: "The government
// contends that Chen is the nephew of ...", "the government further proffers that ...", "The
// prosecution stated that Huaxin Garden is run by ...", "According to the government, ...". A
// party's contention is a claim, alleged though the court publishes it and though it tells of
// an official act ("The government also represents that the police raided ..."); it reaches
// the descriptions inside the clause it opens.
var reContends = regexp.MustCompile(`(?i)\b(?:government|prosecution|prosecutors?|defen[cs]e|plaintiffs?|defendants?|USAO|applicants?|respondents?|petitioners?|complainants?|claimants?)\b[^.;:]{0,40}?(?:\b(?:contends?|contended|proffers?|proffered|argues?|argued|arguing|asserts?|asserted|submits?|averred|avers?)\b` +
	`|\b(?:represents|represented|stated|states|maintains|maintained|claims|claimed)\s+(?:that\b|,))` +
	`|\baccording\s+to\s+the\s+(?:government|prosecution|defen[cs]e|plaintiffs?|defendants?)\b`)

// contendedBefore reports a party's contention in the words before the names.
func contendedBefore(pre string) bool { return reContends.MatchString(pre) }
