package sources

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/config"
)

// Registry maps kind names to kinds. It is built once from the registration lines in
// internal/sources/registry and never changes, so it is safe for concurrent use.
type Registry struct {
	kinds  []Kind
	byName map[string]Kind
}

// NewRegistry returns a registry of kinds, in the order given (detection tries them in that
// order). Two kinds with one name is a programming error.
func NewRegistry(kinds ...Kind) *Registry {
	r := &Registry{byName: make(map[string]Kind, len(kinds))}
	for _, k := range kinds {
		name := k.Spec().Name
		if _, dup := r.byName[name]; dup || name == "" {
			panic(fmt.Sprintf("sources: kind %q registered twice or without a name", name))
		}
		r.kinds = append(r.kinds, k)
		r.byName[name] = k
	}
	return r
}

// Lookup returns the kind named name.
func (r *Registry) Lookup(name string) (Kind, bool) {
	k, ok := r.byName[name]
	return k, ok
}

// Names lists the kinds in registration order.
func (r *Registry) Names() []string {
	out := make([]string, len(r.kinds))
	for i, k := range r.kinds {
		out[i] = k.Spec().Name
	}
	return out
}

// Is reports whether name is a kind of the given form.
func (r *Registry) Is(name string, f Form) bool {
	k, ok := r.byName[name]
	return ok && k.Spec().Form == f
}

// Check reports the first source whose kind is not registered.
func (r *Registry) Check(srcs []config.Source) error {
	for _, s := range srcs {
		if _, ok := r.byName[s.Kind]; !ok {
			return fmt.Errorf("source %q: unknown kind %q (one of %s)", s.Name, s.Kind, strings.Join(r.Names(), ", "))
		}
	}
	return nil
}

// Detect returns the kind of the given form an answer belongs to, or nil. Posts are told by
// their API paths first, because their JSON markers are generic; listings and lists by their
// bodies first, because files are saved under any name. Among bodies, the surest marker
// wins, then registration order.
func (r *Registry) Detect(f Form, pageURL, contentType string, body []byte) Kind {
	var u *url.URL
	if pu, err := url.Parse(strings.TrimSpace(pageURL)); err == nil {
		u = pu
	}
	byURL := func() Kind {
		if u == nil {
			return nil
		}
		for _, k := range r.kinds {
			if d, ok := k.(Detector); ok && k.Spec().Form == f && d.ByURL(u, body) {
				return k
			}
		}
		return nil
	}
	byContent := func() Kind {
		var best Kind
		bestScore := 0
		for _, k := range r.kinds {
			if d, ok := k.(Detector); ok && k.Spec().Form == f {
				if s := d.ByContent(contentType, body); s > bestScore {
					best, bestScore = k, s
				}
			}
		}
		return best
	}
	if f == Posts {
		if k := byURL(); k != nil {
			return k
		}
		return byContent()
	}
	if k := byContent(); k != nil {
		return k
	}
	return byURL()
}
