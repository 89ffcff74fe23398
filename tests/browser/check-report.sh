#!/usr/bin/env bash
# The HTML report, checked in a real browser. `weidu analyze` writes report.html and summary.json (the counts it
# rendered); headless Chromium opens the page from a file URL with every network route closed, runs its inline
# script, and dumps the DOM it built. The DOM must hold exactly the timeline events, highlighted entities and
# dated mentions the summary counts, and the script must have run to its end.
#
# Usage: tests/browser/check-report.sh [--screenshot PATH]   (run from anywhere, as root to install chromium)
#   --screenshot PATH  also saves a screenshot of the top of the report (docs/report.png in the repository).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
screenshot=""
if [ "${1:-}" = "--screenshot" ]; then
  screenshot=$(realpath -m "${2:?--screenshot needs a path}")
fi

install() {
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v chromium >/dev/null || install chromium
# A screenshot of Chinese text needs a CJK font; the DOM check does not.
if [ -n "$screenshot" ] && ! fc-list :lang=zh 2>/dev/null | grep -q .; then install fonts-noto-cjk; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project "$repo/src/Weidu.Cli" -c Release -- analyze --out "$work/out" --format html --quiet

browser=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync --disable-extensions
  --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND"
  --user-data-dir="$work/profile" --window-size=1280,1800 --hide-scrollbars)
"${browser[@]}" --dump-dom "file://$work/out/report.html" >"$work/dom.html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2; exit 1; }

# The report block comes last in summary.json, so its "documents" wins over the corpus-wide one.
expected() { sed -n "s/.*\"$1\": \([0-9][0-9]*\).*/\1/p" "$work/out/summary.json" | tail -1; }
count() { grep -o "$1" "$work/dom.html" | wc -l | tr -d ' '; }

failed=0
check() {
  local what=$1 want=$2 got=$3
  if [ "$want" = "$got" ] && [ "$got" -gt 0 ]; then
    echo "ok: $what: $got"
  else
    echo "FAILED: $what: the DOM has $got, weidu wrote $want" >&2
    failed=1
  fi
}
check "timeline events" "$(expected timeline_events)" "$(count '<li class="event[^"]*" data-event="')"
check "highlighted entities" "$(expected highlighted_entities)" "$(count '<mark class="ent" data-mention="')"
check "dated mentions with a hover title" "$(expected time_mentions)" "$(count '<span class="time" data-mention="[0-9]*" data-time="[^"]*" title="')"
check "documents" "$(expected documents)" "$(count '<details class="doc" id="doc-')"
check "people in the ranking" "$(expected top_people)" "$(count '<li class="person" data-person="')"
check "inline script ran to its end" 1 "$(count '<body data-ready="1"')"

if [ -n "$screenshot" ]; then
  mkdir -p "$(dirname "$screenshot")"
  "${browser[@]}" --screenshot="$screenshot" "file://$work/out/report.html" >/dev/null 2>>"$work/chromium.log"
  echo "screenshot: $screenshot"
fi

if [ "$failed" -ne 0 ]; then
  echo "1 failed" >&2
  exit 1
fi
echo "browser check passed"
