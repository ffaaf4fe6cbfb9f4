#!/usr/bin/env bash
# notebooks.sh: executes every notebook in notebooks/ headless against the graph at NEO4J_URI,
# into a temporary directory (the committed notebooks are left as they are). With NEO4J_URI
# unset it starts the project's local Neo4j like scripts/test.sh (and stops it afterwards
# unless it was already running). When the graph does not hold the sample world loaded by
# this build, it loads it first (`scamgraph demo --no-serve`). Loading and executing hold the
# exclusive test lock of graphdb/graphdbtest, so Go tests never clean or count the graph
# meanwhile. A notebook that fails (an assertion, an exception, a Neo4j warning) fails this.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=bin/scamgraph
[[ -x $bin ]] || go build -o $bin ./cmd/scamgraph
stop_after=0
if [[ -z "${NEO4J_URI:-}" ]]; then
  if ! $bin db status --quiet; then
    $bin db start
    stop_after=1
  fi
  export NEO4J_URI=bolt://127.0.0.1:7687
fi
work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  if ((stop_after)); then $bin db stop || true; fi
}
trap cleanup EXIT

start=$SECONDS
py=$(scripts/venv.sh notebooks/.venv notebooks/requirements.txt)
echo "notebooks: Python environment ready in $((SECONDS - start))s"

# The same lock file graphdbtest.LockPath computes: sha256 of the URI, first 6 bytes in hex.
lock=${TMPDIR:-/tmp}/scamgraph-neo4j-$(printf %s "$NEO4J_URI" | sha256sum | cut -c1-12).lock
exec 9>>"$lock"
echo "notebooks: waiting for the exclusive graph lock $lock"
flock -x 9

# The sample world is there, loaded by a build that derives countries, when the Mekong Ledger's
# documents are and Cambodia has its country.
check='MATCH (d:Document {source: "mekong-ledger"}) WITH count(d) AS docs
OPTIONAL MATCH (l:Entity {id: "location:cambodia"}) RETURN docs > 0 AND l.country IS NOT NULL AS ready'
if ! $bin query cypher "$check" --json 2>/dev/null | grep -q true; then
  echo "notebooks: loading the sample world into $NEO4J_URI"
  t=$SECONDS
  $bin demo --no-serve --addr 127.0.0.1:0 --world 127.0.0.1:0 --data "$work/demo" >"$work/demo.log" 2>&1 ||
    { cat "$work/demo.log"; exit 1; }
  echo "notebooks: sample world loaded in $((SECONDS - t))s"
fi

export SCAMGRAPH_NB_TIMINGS=$work/timings.jsonl SCAMGRAPH_NB_OUT=$work/out
mkdir -p "$SCAMGRAPH_NB_OUT"
failed=0
for nb in notebooks/*.ipynb; do
  t=$SECONDS
  if "$py" -m nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
    --output-dir "$work/executed" "$nb" >"$work/nbconvert.log" 2>&1; then
    echo "notebooks: $nb ok ($((SECONDS - t))s)"
  else
    echo "notebooks: $nb FAILED:"
    tail -40 "$work/nbconvert.log"
    failed=1
  fi
done
"$py" - "$SCAMGRAPH_NB_TIMINGS" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])] if __import__("os").path.exists(sys.argv[1]) else []
if rows:
    slow = [r for r in rows if r["ms"] > 1000]
    print(f"notebooks: {len(rows)} questions, slowest {max(r['ms'] for r in rows):.0f} ms, "
          f"{sum(r['indexed'] for r in rows)} entered through an index, {len(slow)} over 1 s")
    if "-v" in sys.argv or __import__("os").environ.get("SCAMGRAPH_NB_VERBOSE"):
        for r in rows:
            print(f"  {r['notebook']:<32} {r['question']:<52} {r['ms']:>7.1f} ms {r['rows']:>5} rows  {r['entry']}")
EOF
echo "notebooks: done in $((SECONDS - start))s"
exit $failed
