#!/usr/bin/env bash
# Which JVM options make the installed launcher's `check --json` fastest: runs the app-image's own runtime,
# class path and class-data archive (what bin/report-auditor runs) with the launcher's options and with each
# variant given, in turn, and prints each one's median wall time. Run after installers/linux.sh:
#   src/test/bench/launcher-options.sh [ROUNDS] ["OPTIONS" ...]
# e.g. src/test/bench/launcher-options.sh 9 "-XX:+UseSerialGC" "-XX:+UseSerialGC -XX:-UsePerfData"
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-9}; shift || true
image=target/installer/report-auditor
[[ -x $image/bin/report-auditor ]] || { echo "no app-image: run installers/linux.sh first" >&2; exit 2; }
variants=("" "$@")
# the launcher's own options, as jpackage wrote them into its configuration
mapfile -t launcher < <(sed -n 's/^java-options=//p' "$image/lib/app/report-auditor.cfg" | sed "s:\$APPDIR:$image/lib/app:")
reports=(src/test/resources/reports/corpus/*.pdf)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in $(seq "$rounds"); do
    for i in "${!variants[@]}"; do
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # a variant is a list of options
        "$image/lib/runtime/bin/java" "${launcher[@]}" ${variants[$i]} -cp "$image/lib/app/report-auditor.jar" \
            org.reportauditor.Main check --json "${reports[@]}" >/dev/null 2>&1 || true
        echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$work/$i.ms"
    done
done
for i in "${!variants[@]}"; do
    echo "$(median < "$work/$i.ms") ms  the launcher's options ${variants[$i]:+plus ${variants[$i]}}  (median of $rounds, in turn)"
done
