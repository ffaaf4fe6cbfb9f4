package extract

// "The whole resort belongs to the Oknha", "leased the entire building to Lucky Horizon": a
// word of wholeness before the head says the claim covers all of what was named before, so
// the description stands for that name as the bare head would; no name holds the word, so it
// is not read as part of one ("the realty firm" for "Dizon Realty Corp.").

// wholeWords are the modifiers that leave a description's referent as it is.
var wholeWords = set("whole", "entire")
