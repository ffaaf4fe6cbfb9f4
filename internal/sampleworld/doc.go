// Package sampleworld serves a bundled, offline copy of the kinds of sources scamgraph crawls, so
// that `make demo` and the test suite exercise the real crawler, parsers and extractors without
// the internet.
//
// One HTTP handler answers under path prefixes, each in the wire format of the real service it
// stands for: two news outlets (/mekong/: a WordPress site with an RSS feed; /salween/: a site
// with a Google News sitemap), the GDELT DOC 2.0 API (/gdelt/), CourtListener v4 search
// (/courtlistener/, token required), US DOJ press releases (/doj/), the Federal Register API
// (/federalregister/), OFAC SDN.XML (/ofac/), the UK Sanctions List (/uk/), OpenSanctions FtM
// JSON lines (/opensanctions/), a Telegram channel preview (/telegram/s/), Reddit search
// (/reddit/), Bluesky (/bluesky/xrpc/, app-password session required) and a Mastodon tag
// timeline (/mastodon/). robots.txt sits at the host root. Every response carries a
// Content-Type with charset, an ETag and a Last-Modified date, and conditional requests get 304.
//
// SourcesYAML returns the crawl configuration for this world: the same source list a user
// writes for the real sites, with ${SAMPLEWORLD_URL} as the base address and secrets read from
// the environment variables named by the Env* constants (Server.Environ lists their values).
//
// The content is written for this project from public reporting on scam compounds in Cambodia,
// Myanmar and Laos: the companies, people, armed groups, places and dates are real, allegations
// are attributed as the reporting attributes them, and hedges are kept where the reporting is
// unsure. It is not a copy of any real document. The two news outlets, the Mekong Ledger and the
// Salween Review, are invented; so are all identifiers (SDN uids, docket numbers, document
// numbers, post ids) and crypto addresses, which are synthetic placeholders. Do not use this
// data as a source of facts about anyone.
//
// The sample APIs page in short pages (one CourtListener docket, two DOJ releases, three
// Reddit, Bluesky or Mastodon posts, six Telegram posts) so that every client walks its
// pagination. Like the real services, CourtListener answers 401 without a token, Bluesky
// search answers 403 without a session, and Reddit answers 429 to clients that send no
// User-Agent of their own.
//
// Links inside payloads use the origin of the request (scheme and Host header), so the same
// handler works behind httptest, Start, or any port. Root-relative links that real services
// write (CourtListener absolute_url, Reddit permalink) are kept as they are: resolve them
// against the service's base address (the configured URL up to its API path).
package sampleworld
