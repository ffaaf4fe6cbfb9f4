#!/usr/bin/env bash
# Makes sure the tools that browser and PDF tests need are installed: Debian's Chromium, poppler's
# pdftotext/pdftoppm, and fonts for Chinese, Khmer, Burmese and Thai. It installs what is missing
# with apt-get when run as root and prints the Chromium path; otherwise it says what to install.
set -euo pipefail
need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# One fc-list into a variable: `fc-list | grep -q` fails under pipefail when grep stops early.
fonts=$(fc-list 2>/dev/null || true)
grep -qi 'NotoSansCJK\|Noto Sans CJK' <<<"$fonts" || need+=(fonts-noto-cjk)
grep -qi 'NotoSansKhmer\|Noto Sans Khmer' <<<"$fonts" || need+=(fonts-noto-core)
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "installing ${need[*]} (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
echo /usr/bin/chromium
