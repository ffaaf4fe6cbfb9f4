package formats

import (
	"encoding/json"
	"fmt"
)

// DecodeItems decodes the results of an API answer one at a time into T and reads each
// with read, so that one malformed result is skipped rather than the whole page. A result
// that does not decode is reported as "<what> #<n>: <error>"; a result read refuses is
// reported with read's error as it is, read naming the result in its own words from n, its
// number counted from 1. Skips are reported in the order of the results.
func DecodeItems[T, R any](what string, raws []json.RawMessage, read func(n int, v T) (R, error)) (kept []R, skipped []error) {
	for i, raw := range raws {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			skipped = append(skipped, fmt.Errorf("%s #%d: %w", what, i+1, err))
			continue
		}
		r, err := read(i+1, v)
		if err != nil {
			skipped = append(skipped, err)
			continue
		}
		kept = append(kept, r)
	}
	return kept, skipped
}

// MissingResults is the error for an answer without its results array, quoting its start:
// such an answer is of another shape (an error or a page of another API served as JSON) and
// must not pass for an empty page, which would quietly stop a source.
func MissingResults(what string, body []byte) error {
	return fmt.Errorf("%s: no results array in the answer (body starts %s)", what, Snippet(body))
}
