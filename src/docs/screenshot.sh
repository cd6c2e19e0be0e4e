#!/usr/bin/env bash
# Makes src/docs/screenshot.png: the app's real window with a report open (by default the Beijing 2020
# report, whose two errors it shows), on a virtual 1600x1000 display. Needs xvfb-run and
# ImageMagick's `import`; run from anywhere after `mvn -B -q -DskipTests package`:
#
#     src/docs/screenshot.sh [REPORT] [OUT.png]
#
# The app gets settings of its own in a temporary folder (never the user's), with its window filling
# the display and the panes at their default split.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORT=${1:-src/test/resources/reports/corpus/003_4fb9745642b3cd23.pdf}
OUT=${2:-src/docs/screenshot.png}
WAIT_SECONDS=${WAIT_SECONDS:-15}

settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
mkdir -p "$settings/report-auditor"
cat > "$settings/report-auditor/settings.properties" <<PROPERTIES
window.x=0
window.y=0
window.width=1600
window.height=1000
window.maximized=false
window.sourceDivider=0.4
window.findingsDivider=0.62
language=${LANGUAGE:-zh}
PROPERTIES

XDG_CONFIG_HOME="$settings" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    java -jar target/report-auditor.jar "$1" &
    app=$!
    sleep "$3"
    import -window root "$2"
    kill "$app"
' screenshot "$REPORT" "$OUT" "$WAIT_SECONDS"
echo "wrote $OUT"
