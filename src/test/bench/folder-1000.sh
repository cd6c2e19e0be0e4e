#!/usr/bin/env bash
# Issue 18's batch benchmark for check: 1,000 reports (the corpus .pdf, .docx, .doc and .html, copied)
# through `check FOLDER --json --xlsx` in one process with -Xmx256m; prints the wall time, the peak
# memory and whether every report is in both outputs.
# With `distinct`, the corpus PDFs and web pages each with bytes of its own, so that every file is read.
# Usage (from the project's top): src/test/bench/folder-1000.sh [COUNT] [distinct]
set -euo pipefail
count=${1:-1000}
distinct=${2:-}
mvn -B -q -DskipTests package test-compile
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
java -cp target/report-auditor.jar:target/test-classes org.reportauditor.bench.CopiedCorpus "$work/reports" "$count" $distinct
start=$(date +%s%N)
/usr/bin/time -f "%M" -o "$work/rss" java -Xmx256m -jar target/report-auditor.jar check "$work/reports" --json \
    --xlsx "$work/batch.xlsx" > "$work/out.json" 2> "$work/err" || true
ms=$(( ($(date +%s%N) - start) / 1000000 ))
python3 - "$work" "$count" "$ms" <<'PY'
import json, re, sys, zipfile
work, count, ms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
reports = json.load(open(f"{work}/out.json", encoding="utf-8"))["reports"]
findings = sum(len(r["findings"]) for r in reports)
with zipfile.ZipFile(f"{work}/batch.xlsx") as z:
    book = z.read("xl/workbook.xml").decode("utf-8")
    names = re.findall(r'<sheet [^>]*name="([^"]+)"', book)
    rows = [len(re.findall(r"<row ", z.read(f"xl/worksheets/sheet{i + 1}.xml").decode("utf-8"))) - 1
            for i in range(len(names))]
rss = int(open(f"{work}/rss").read().split()[-1]) // 1024
print(f"check FOLDER --json --xlsx, {count} files, -Xmx256m: {ms / 1000:.1f} s wall, {rss} MB peak RSS")
print(f"  JSON: {len(reports)} reports, {findings} findings; workbook: "
      + ", ".join(f"{n} {r} rows" for n, r in zip(names, rows)))
ok = len(reports) == count and dict(zip(names, rows)).get("报告") == count
print("  every report in both outputs" if ok else "  REPORTS MISSING")
PY
