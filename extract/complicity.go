package extract

import "regexp"

// reObjRelNoun opens an object relative clause on a noun set off after a name: ", a company
// that the United Kingdom sanctioned", ", the casino which police raided". The verb after
// the second name is read by reObjRelVerb2.
var reObjRelNoun = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|business|group|conglomerate|compound|casino|resort|park|complex|hotel|site|zone|bank|network|syndicate|developer|operator)\s+(?:that|which|whom)\s+(?:the\s+)?$`)
