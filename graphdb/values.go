package graphdb

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The driver hands back loosely typed values; these helpers read them without panicking on a
// missing or differently typed property.

func asString(v any) string {
	s, _ := v.(string)
	return s
}

func asInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case int:
		return int64(n)
	case float64:
		return int64(n)
	}
	return 0
}

func asFloat(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	}
	return 0
}

func asBool(v any) bool {
	b, _ := v.(bool)
	return b
}

func asTime(v any) time.Time {
	switch t := v.(type) {
	case time.Time:
		return t
	case dbtype.LocalDateTime:
		return t.Time()
	case dbtype.Date:
		return t.Time()
	}
	return time.Time{}
}

func asTimePtr(v any) *time.Time {
	t := asTime(v)
	if t.IsZero() {
		return nil
	}
	return &t
}

func asStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// get reads a record field by key, nil when absent.
func get(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}
