#!/usr/bin/env bash
# Runs the hot-path benchmarks recorded in docs/benchmarks.md, each beside its anchor in the same
# run: extraction vs go-trafilatura, crawling with and without archiving, graph loading vs raw
# UNWIND ... CREATE. The graph benchmark needs Neo4j (NEO4J_URI, or the local one).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
go test ./extract -run '^$' -bench 'ExtractFull|MainText' -benchtime 3x
go test ./extract -run 'TestSpeedAgainstTrafilatura|TestMainTextSpeed' -v | grep -E 'speed|factor|PASS|FAIL' || true
go test ./crawler -run '^$' -bench Crawl -benchtime 3x
go test ./internal/brief -run '^$' -bench 'Brief|Chromium' -benchtime 5x -benchmem
if [[ -z "${NEO4J_URI:-}" ]]; then
  bin/scamgraph db start
  export NEO4J_URI=bolt://127.0.0.1:7687
fi
SCAMGRAPH_BENCH_ENTITIES=${SCAMGRAPH_BENCH_ENTITIES:-20000} go test ./graphdb -run '^$' -bench GraphLoad -benchtime 1x -timeout 60m
