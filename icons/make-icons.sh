#!/usr/bin/env bash
# Renders Report Auditor's icon from its SVG masters, with Debian's tools (apt-get install librsvg2-bin
# imagemagick icnsutils):
#   png/report-auditor-SIZE.png   16 to 1024 px; 16 and 24 px from report-auditor-small.svg, which
#                                 keeps them readable, the rest from report-auditor.svg
#   report-auditor.ico            Windows (16-256 px), for the .msi/.exe and the launcher
#   report-auditor.icns           macOS (16-1024 px), for the .app and the .dmg/.pkg
#   report-auditor.png            the 256 px one, for jpackage on Linux
# and copies the window's sizes into the app's resources, where the JavaFX window takes them from.
# The results are committed; run it again after changing an SVG:  icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "make-icons.sh needs $tool (librsvg2-bin, imagemagick, icnsutils)" >&2; exit 2; }
done

SIZES=(16 24 32 48 64 128 256 512 1024)
ICO_SIZES=(16 24 32 48 64 128 256)
ICNS_SIZES=(16 32 48 128 256 512 1024)
# every size a window manager or taskbar asks JavaFX for, up to a high-density dock's
WINDOW_SIZES=(16 24 32 48 64 128 256)
WINDOW_ICONS=../src/main/resources/org/reportauditor/app/icons

png() { echo "png/report-auditor-$1.png"; }

mkdir -p png "$WINDOW_ICONS"
for size in "${SIZES[@]}"; do
    master=report-auditor.svg
    if (( size <= 24 )); then master=report-auditor-small.svg; fi
    rsvg-convert --width "$size" --height "$size" "$master" --output "$(png "$size")"
done
cp "$(png 256)" report-auditor.png

ico=(); for size in "${ICO_SIZES[@]}"; do ico+=("$(png "$size")"); done
convert "${ico[@]}" report-auditor.ico

icns=(); for size in "${ICNS_SIZES[@]}"; do icns+=("$(png "$size")"); done
png2icns report-auditor.icns "${icns[@]}" >/dev/null

for size in "${WINDOW_SIZES[@]}"; do cp "$(png "$size")" "$WINDOW_ICONS/"; done
echo "icons made: $(ls png | wc -l) PNGs, report-auditor.ico, report-auditor.icns, ${#WINDOW_SIZES[@]} window sizes in $WINDOW_ICONS"
