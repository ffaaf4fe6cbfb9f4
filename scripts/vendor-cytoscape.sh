#!/usr/bin/env bash
# Vendors Cytoscape.js (the explorer's network diagram) from npm into internal/web/static/vendor/, where
# go:embed serves it: no CDN. Bump VERSION, run this, check the diagram with the browser
# journeys (go test -run TestExplorerInBrowser ./cmd/scamgraph), commit the two files.
set -euo pipefail
VERSION=3.35.0
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$VERSION" >/dev/null && tar xzf "cytoscape-$VERSION.tgz")
cp "$tmp/package/dist/cytoscape.min.js" internal/web/static/vendor/cytoscape.min.js
cp "$tmp/package/LICENSE" internal/web/static/vendor/cytoscape.LICENSE
sha256sum internal/web/static/vendor/cytoscape.min.js
