// Package config reads the crawl configuration: which sources to follow, how politely, and on
// what schedule. One YAML file lists every source; the demo's embedded file differs from a real
// one only in base addresses.
package config

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // timezone names resolve on hosts without a zoneinfo database

	"gopkg.in/yaml.v3"
)

// Config is the whole crawl configuration file.
type Config struct {
	// UserAgent identifies the crawler to sites; it must carry a contact address.
	UserAgent string `yaml:"user_agent"`
	// DataDir holds crawl state, archived captures and job history.
	DataDir  string   `yaml:"data_dir"`
	Defaults Limits   `yaml:"defaults"`
	Sources  []Source `yaml:"sources"`
}

// Limits are politeness and safety bounds; a source may override any of them.
type Limits struct {
	Delay        Duration `yaml:"delay"`          // between requests to one host
	Parallelism  int      `yaml:"parallelism"`    // concurrent requests per host
	Timeout      Duration `yaml:"timeout"`        // per request
	MaxBodyBytes int64    `yaml:"max_body_bytes"` // larger bodies are cut and reported
	MaxRedirects int      `yaml:"max_redirects"`
	MaxPages     int      `yaml:"max_pages"` // pages fetched per source per run
	Retries      int      `yaml:"retries"`   // on 429, 503 and network errors
	Schedule     string   `yaml:"schedule"`  // cron spec (robfig/cron/v3, with descriptors like @every 6h)
	Jitter       Duration `yaml:"jitter"`    // random delay before a scheduled run
	IgnoreRobots bool     `yaml:"ignore_robots"`
}

// Source is one feed, API query, list or channel to follow.
type Source struct {
	Name string `yaml:"name"`
	// Kind names the source kind (rss, telegram, ofac, ...): a folder under internal/sources/,
	// registered in internal/sources/registry, which checks it (Registry.Check).
	Kind string `yaml:"kind"`
	// URL is the feed, endpoint or page address; URLs adds more of the same kind.
	URL  string   `yaml:"url"`
	URLs []string `yaml:"urls"`
	// Query is the search term for API sources (GDELT, CourtListener, DOJ title filter, Reddit,
	// Bluesky, Federal Register term); Tag is the Mastodon hashtag.
	Query string `yaml:"query"`
	Tag   string `yaml:"tag"`
	// Window is the GDELT time slice; Since bounds how far back API sources page.
	Window Duration `yaml:"window"`
	Since  string   `yaml:"since"`
	// TokenEnv names the environment variable holding an API token (CourtListener);
	// UserEnv and PasswordEnv name those holding a login (Bluesky handle and app password).
	TokenEnv    string `yaml:"token_env"`
	UserEnv     string `yaml:"user_env"`
	PasswordEnv string `yaml:"password_env"`
	// Timezone is the IANA zone the publisher writes dates in ("Asia/Phnom_Penh"); feed dates
	// without a zone are read in it. Without it they are read as UTC and the run says so.
	Timezone string `yaml:"timezone"`
	// Follow fetches the article pages a feed, sitemap or GDELT listing links to (default true).
	Follow *bool `yaml:"follow"`
	// Authority declares the publisher a government or court authority: what its pages state
	// (of its own actions) is graded official. Known government and court domains are
	// authorities without it.
	Authority bool   `yaml:"authority"`
	Limits    Limits `yaml:",inline"`
}

// Duration reads Go duration strings ("1s", "6h") from YAML.
type Duration time.Duration

// UnmarshalYAML parses a duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration like 2s or 6h", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration back as a string.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// D returns the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// Defaults applied where the file is silent.
var builtin = Limits{
	Delay:        Duration(time.Second),
	Parallelism:  2,
	Timeout:      Duration(30 * time.Second),
	MaxBodyBytes: 10 << 20,
	MaxRedirects: 5,
	MaxPages:     500,
	Retries:      3,
	Schedule:     "@every 6h",
	Jitter:       Duration(time.Minute),
}

// Load reads a configuration file. ${VAR} references are expanded from the environment, so
// base addresses and secrets can stay out of the file.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// Parse reads configuration YAML, expands ${VAR} references, fills defaults and validates.
func Parse(b []byte) (*Config, error) {
	expanded := os.Expand(string(b), func(k string) string { return os.Getenv(k) })
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader([]byte(expanded)))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	c.Defaults = merge(c.Defaults, builtin)
	if c.DataDir == "" {
		c.DataDir = ".scamgraph/data"
	}
	seen := map[string]bool{}
	for i := range c.Sources {
		s := &c.Sources[i]
		if s.Name == "" {
			return nil, fmt.Errorf("source #%d has no name", i+1)
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("source %q is listed twice", s.Name)
		}
		seen[s.Name] = true
		if s.Kind == "" {
			return nil, fmt.Errorf("source %q has no kind", s.Name)
		}
		if s.URL == "" && len(s.URLs) == 0 {
			return nil, fmt.Errorf("source %q: url is empty", s.Name)
		}
		if s.Timezone != "" {
			if _, err := time.LoadLocation(s.Timezone); err != nil {
				return nil, fmt.Errorf("source %q: timezone %q is not an IANA zone name like Asia/Bangkok: %w", s.Name, s.Timezone, err)
			}
		}
		s.Limits = merge(s.Limits, c.Defaults)
	}
	if c.UserAgent == "" {
		return nil, fmt.Errorf("user_agent is empty: name the project and a contact address, e.g. \"scamgraph (+mailto:you@example.org)\"")
	}
	return &c, nil
}

// Addresses returns URL followed by URLs.
func (s Source) Addresses() []string {
	if s.URL == "" {
		return s.URLs
	}
	return append([]string{s.URL}, s.URLs...)
}

// FollowLinks reports whether linked article pages are fetched.
func (s Source) FollowLinks() bool { return s.Follow == nil || *s.Follow }

// Source returns the named source.
func (c *Config) Source(name string) (Source, bool) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}

// Pick returns the named sources in the order given, or every source when names is empty.
func (c *Config) Pick(names []string) ([]Source, error) {
	if len(names) == 0 {
		return c.Sources, nil
	}
	var out []Source
	for _, n := range names {
		s, ok := c.Source(n)
		if !ok {
			var all []string
			for _, s := range c.Sources {
				all = append(all, s.Name)
			}
			return nil, fmt.Errorf("no source named %q in the config (sources: %s)", n, strings.Join(all, ", "))
		}
		out = append(out, s)
	}
	return out, nil
}

// merge fills zero fields of l from d.
func merge(l, d Limits) Limits {
	if l.Delay == 0 {
		l.Delay = d.Delay
	}
	if l.Parallelism == 0 {
		l.Parallelism = d.Parallelism
	}
	if l.Timeout == 0 {
		l.Timeout = d.Timeout
	}
	if l.MaxBodyBytes == 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.MaxRedirects == 0 {
		l.MaxRedirects = d.MaxRedirects
	}
	if l.MaxPages == 0 {
		l.MaxPages = d.MaxPages
	}
	if l.Retries == 0 {
		l.Retries = d.Retries
	}
	if l.Schedule == "" {
		l.Schedule = d.Schedule
	}
	if l.Jitter == 0 {
		l.Jitter = d.Jitter
	}
	l.IgnoreRobots = l.IgnoreRobots || d.IgnoreRobots
	return l
}
