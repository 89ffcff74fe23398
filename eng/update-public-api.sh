#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and drops entries for symbols that no longer exist (RS0017).
# Usage: eng/update-public-api.sh src/Weidu.Core   (one or more project folders)
set -euo pipefail
for dir in "$@"; do
  dir=${dir%/}
  proj=$(ls "$dir"/*.csproj)
  [ -f "$dir/PublicAPI.Shipped.txt" ] || echo '#nullable enable' > "$dir/PublicAPI.Shipped.txt"
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || echo '#nullable enable' > "$dir/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  python3 - "$log" "$dir/PublicAPI.Unshipped.txt" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
body = sorted((set(l for l in lines[1:] if l.strip()) | added) - removed)
open(path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(b + '\n' for b in body))
print(f"{path}: +{len(added)} -{len(removed)}")
PY
  rm -f "$log"
done
