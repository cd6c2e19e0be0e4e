#!/usr/bin/env bash
# What picocli would cost a fresh `check` process, with a class-data-sharing archive and C1 only as the
# installed launcher runs: each command's archive is trained on its own run, then the two run in turn.
# Usage (from the project's top): src/test/bench/picocli-cost.sh [RUNS] [REPORT ...]
set -euo pipefail
runs=${1:-11}; shift || true
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
picocli=$(tr ':' '\n' < target/bench.classpath | grep '/picocli-' )
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# an archive takes jars only
jar cf "$work/bench.jar" -C target/test-classes org/reportauditor/bench/PicocliCheck.class
reports=("$@"); [ ${#reports[@]} -gt 0 ] || reports=(src/test/resources/reports/corpus/*.pdf)
own=(-cp target/report-auditor.jar org.reportauditor.Main check)
pico=(-cp "target/report-auditor.jar:$picocli:$work/bench.jar" org.reportauditor.bench.PicocliCheck)
java -XX:ArchiveClassesAtExit="$work/own.jsa" -Xlog:disable "${own[@]}" --json "${reports[@]}" >/dev/null 2>&1 || true
java -XX:ArchiveClassesAtExit="$work/pico.jsa" -Xlog:disable "${pico[@]}" --json "${reports[@]}" >/dev/null 2>&1 || true
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for args in "--version" "--json ${reports[*]}"; do
  : > "$work/own.ms"; : > "$work/pico.ms"
  for _ in $(seq "$runs"); do
    for who in own pico; do
      if [ $who = own ]; then cmd=("${own[@]}"); else cmd=("${pico[@]}"); fi
      start=$(date +%s%N)
      # shellcheck disable=SC2086
      java -XX:SharedArchiveFile="$work/$who.jsa" -Xlog:disable -XX:TieredStopAtLevel=1 "${cmd[@]}" $args >/dev/null 2>&1 || true
      echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$work/$who.ms"
    done
  done
  o=$(median < "$work/own.ms"); p=$(median < "$work/pico.ms")
  echo "check ${args:0:40}: own parser ${o} ms, picocli ${p} ms, picocli costs $((p - o)) ms (medians of $runs, in turn)"
done
