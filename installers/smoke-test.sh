#!/usr/bin/env bash
# Checks the Linux app-image that linux.sh left in target/installer/: its launcher's `check --json` on
# the sample report prints what the jar prints, its CDS archive loads, and the image stays under 120 MB.
# Run after installers/linux.sh:  installers/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/report-auditor/bin/report-auditor
sample=src/main/resources/org/reportauditor/app/sample/sample-report.pdf
[[ -x $launcher ]] || { echo "no app-image: run installers/linux.sh first" >&2; exit 2; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home"
java -jar target/report-auditor.jar check --json --no-review "$sample" >"$home/jar.json" || true
"$launcher" check --json --no-review "$sample" >"$home/launcher.json" || true
cmp -s "$home/jar.json" "$home/launcher.json" || { echo "the launcher's check --json differs from the jar's" >&2; exit 1; }
# -Xshare:on refuses to start when the archive cannot be used
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || { echo "the CDS archive does not load" >&2; exit 1; }
size=$(du -sm target/installer/report-auditor | cut -f1)
(( size < 120 )) || { echo "app-image is ${size} MB, over 120 MB" >&2; exit 1; }
echo "app-image smoke test passed: same JSON as the jar, CDS archive loads, ${size} MB"
