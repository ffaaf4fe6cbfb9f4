#!/usr/bin/env bash
# Runs every fuzz target of the module for a while each: scripts/fuzz.sh 30s
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-10s}
failed=0
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "==> $pkg $target ($fuzztime)"
    if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 2s; then
      failed=$((failed + 1))
    fi
  done
done
if ((failed)); then
  echo "$failed fuzz targets failed; the inputs are saved under testdata/fuzz/ of each package" >&2
  exit 1
fi
echo "all fuzz targets passed"
