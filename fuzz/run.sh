#!/usr/bin/env bash
# Fuzz Weidu's libraries with SharpFuzz + AFL++.
#   fuzz/run.sh <segmenter|tokenizer|temporal|entities|all> [seconds per target, default 300]
# Installs afl++ (apt) and the sharpfuzz tool (into fuzz/.tools) if missing, publishes the harness,
# instruments the Weidu assemblies, runs afl-fuzz for a fixed budget per target, one at a time, and
# copies every crash and hang into tests/Weidu.Reliability.Tests/Regressions/<target>/, where the
# reliability tests replay them. Statistics stay in fuzz/out/<target>/default/fuzzer_stats.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
targets=(segmenter tokenizer temporal entities)
target="${1:?usage: fuzz/run.sh <${targets[*]// /|}|all> [seconds]}"
seconds="${2:-300}"
if [[ "$target" == all ]]; then selected=("${targets[@]}"); else selected=("$target"); fi

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && apt-get install -y -qq afl++
fi
tools="$here/.tools"
if [[ ! -x "$tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

publish="$here/bin/publish"
rm -rf "$publish"
dotnet publish "$here/Weidu.Fuzz/Weidu.Fuzz.csproj" -c Release -o "$publish" -v q
for dll in "$publish"/Weidu.{Core,Segmentation,Tokenization,Temporal,Entities}.dll; do
  "$tools/sharpfuzz" "$dll"
done

# dotnet itself is not instrumented (SharpFuzz instruments the IL), and the host has no core dumps to wait for.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
mkdir -p "$here/out"
for name in "${selected[@]}"; do
  out="$here/out/$name"
  rm -rf "$out"
  afl-fuzz -i "$here/seeds/$name" -o "$out" -V "$seconds" -t 10000 -m none \
    -- dotnet "$publish/Weidu.Fuzz.dll" "$name" > "$here/out/$name.log" 2>&1 || {
      echo "afl-fuzz failed for $name; see fuzz/out/$name.log" >&2; tail -20 "$here/out/$name.log" >&2; exit 1; }
  stats="$out/default/fuzzer_stats"
  echo "$name: $(grep -E '^(execs_done|run_time|saved_crashes|saved_hangs|corpus_count)' "$stats" | tr -s ' ' | tr '\n' ' ')"
  regressions="$repo/tests/Weidu.Reliability.Tests/Regressions/$name"
  for kind in crashes hangs; do
    for input in "$out/default/$kind"/id:*; do
      [[ -e "$input" ]] || continue
      mkdir -p "$regressions"
      cp "$input" "$regressions/$kind-$(sha1sum "$input" | cut -c1-12).bin"
    done
  done
done
