package extract

import "regexp"

// A sanction told with a phrase in an object relative clause on the sanctioned party:
//
//	the Karen National Army, which the US Treasury placed under sanctions in May 2024
//	Saw Chit Thu, whom the US Treasury hit with sanctions in 2024
//	the group, which Britain added to its sanctions list in 2023
//	Chen Meng, whom the EU imposed sanctions on last year
//
// The one-word verbs ("whom OFAC sanctioned") are read by reObjRelVerb2 (relations.go); these
// are the phrases a writer uses for the same act. The phrase must follow the body at once
// (auxiliaries and "also", "later" aside): a sanction threatened, proposed, considered or
// denied ("which the EU has not placed under sanctions", "which Britain proposed adding to its
// sanctions list") has another word there, and "placed under review" names no sanction.

// reObjRelSanctPhrase follows the body of an object relative clause: " placed under
// sanctions", " has hit with new sanctions", " added to its sanctions list".
var reObjRelSanctPhrase = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|had|have|also|later|previously|already|first|itself|then)\s+)*(?:(?:placed|put)\s+under\s+(?:[a-z-]+\s+){0,2}?sanctions|hit\s+with\s+(?:[a-z-]+\s+){0,2}?sanctions|added\s+to\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:sanctions\s+list|blacklist|sdn\s+list|consolidated\s+list)|imposed\s+(?:[a-z-]+\s+){0,2}?sanctions\s+on)\b`)
