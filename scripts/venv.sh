#!/usr/bin/env bash
# venv.sh DIR REQUIREMENTS: creates (or reuses) a Python virtual environment in DIR with the
# pinned packages of REQUIREMENTS installed, re-installing only when the pins change. Prints
# DIR/bin/python.
set -euo pipefail
dir=$1 reqs=$2
py=${PYTHON:-python3}
if [[ ! -x $dir/bin/python ]]; then
  echo "creating Python environment $dir..." >&2
  $py -m venv "$dir" >&2
fi
stamp=$dir/.requirements.sha256
sum=$(sha256sum "$reqs" | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$sum" ]]; then
  echo "installing $reqs into $dir (pip)..." >&2
  "$dir/bin/python" -m pip install -q --no-cache-dir --disable-pip-version-check -r "$reqs" >&2
  echo "$sum" >"$stamp"
fi
echo "$dir/bin/python"
