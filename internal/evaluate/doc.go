// Package evaluate scores extraction on a labelled folder (`scamgraph eval`): each page's
// hand-written entities and relations against what extract finds, as precision, recall and F1
// per entity type and predicate, with grades, roles and sectors. It lives apart from extract so
// that extract holds only extraction.
package evaluate
