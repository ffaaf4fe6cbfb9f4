package extract

// "ran and fled X", "ran and escaped X": a "ran" coordinated with a verb of leaving is the
// motion of running away, not the running of X. Neither verb gives a tie ("fled" gives none
// by itself), so the pair is read as told and left. Cases in ran_away_test.go.

// leaveVerbs are verbs of leaving a place that, beside "ran", tell running away.
var leaveVerbs = set("fled", "flees", "escaped", "escapes", "left", "leaves", "abandoned", "deserted", "quit", "vacated")

// ranAway reports whether the two verbs of a coordination are "ran" (or "run") and a verb of
// leaving, in either order.
func ranAway(v1, v2 string) bool {
	ran := func(v string) bool { return v == "ran" || v == "run" || v == "runs" }
	return ran(v1) && leaveVerbs[v2] || ran(v2) && leaveVerbs[v1]
}
