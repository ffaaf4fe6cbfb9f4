package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "19 search warrants issued by the Criminal Court in Bangkok, Chon Buri and Sa Kaeo",
// "survivors interviewed by BAI in Thailand's Sa Kaeo province": a body named as the agent of
// a passive participle, then "in" and a place. The place says where the act happened (the
// warrants were served, the survivors were met), not where the body sits, so the body gets no
// LOCATED_IN from it. An embassy or consulate is named with its city ("assisted by the
// Philippine Embassy in Bangkok"): the place there is part of how the mission is called.

// reAgentBefore ends the words before a body that is a passive's agent: a participle, then
// "by" and an optional article ("issued by the ", "interviewed by ").
var reAgentBefore = regexp.MustCompile(`(?i)\b[a-z]+(?:ed|en|wn|ld|nt|ght|un)\s+by\s+(?:the\s+)?$`)

// reInOpen opens the gap between a body and the place after it with "in".
var reInOpen = regexp.MustCompile(`^\s+in\s`)

// agentInPlace reports a body (no diplomatic mission) read as a passive's agent, then "in"
// and a place right after its name.
func agentInPlace(text string, ents []*docEntity, ca candidate, gap string) bool {
	if ents[ca.ent].typ != model.Organization || !reInOpen.MatchString(gap) || diplomaticMission(ents[ca.ent].name) ||
		diplomaticMission(ca.text) {
		return false
	}
	before := text[max(0, ca.s-40):ca.s]
	if i := strings.LastIndexAny(before, ".;:\n"); i >= 0 {
		before = before[i+1:]
	}
	return reAgentBefore.MatchString(before)
}
