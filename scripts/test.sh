#!/usr/bin/env bash
# Runs the Go suite against a real Neo4j. With NEO4J_URI unset it starts the project's local
# Neo4j (downloading its jars with Maven on a fresh machine) and stops it afterwards, unless it
# was already running before the tests began.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=bin/scamgraph
stop_after=0
if [[ -z "${NEO4J_URI:-}" ]]; then
  if ! $bin db status --quiet; then
    $bin db start
    stop_after=1
  fi
  export NEO4J_URI=bolt://127.0.0.1:7687
fi
cleanup() { if ((stop_after)); then $bin db stop || true; fi; }
trap cleanup EXIT
export SCAMGRAPH_BIN="$PWD/$bin"
# The FollowTheMoney tools (ftm validate, ftm aggregate) the FtM export is checked with.
ftm_python=$(scripts/venv.sh "$PWD/.venv/ftm" internal/interop/requirements-ftm.txt)
export SCAMGRAPH_FTM="$(dirname "$ftm_python")/ftm"
# PDF briefs are printed by Chromium and read back with poppler; CJK/Khmer/Burmese/Thai fonts.
scripts/chromium.sh >/dev/null
go test -count=1 -timeout 30m -skip '^TestSpeedAgainstTrafilatura$' ./...
# The speed test compares CPU times, so it runs alone, not beside the other packages' tests.
go test -count=1 -run '^TestSpeedAgainstTrafilatura$' -v ./extract/ | grep -E '^(---|ok|FAIL)|speed-up'
# The notebooks run after the Go tests, against the same Neo4j, with the sample world loaded.
scripts/notebooks.sh
