#!/usr/bin/env bash
# Builds Report Auditor for macOS into target/installer/: the app (Report Auditor.app, with a runtime made by
# jlink with only the modules the app needs, stripped), the .dmg and the .pkg. Run it on a Mac of the kind the
# packages are for: the jar takes that Mac's JavaFX natives (Intel or Apple silicon). Needs a JDK 17 with
# jpackage, Maven and the Xcode command-line tools; see installers/README.md.
# Run from anywhere:  installers/macos.sh   (SKIP_JAR=1: use target/report-auditor.jar as built)
set -euo pipefail
cd "$(dirname "$0")/.."
source installers/common.sh

build_jar
build_runtime
build_app_image --type app-image @installers/jpackage-macos.args
# No class-data archive is trained here, unlike on Linux: an archive holds the class path it was made with,
# and the app's is known only once the user has put the app where it stays (the .dmg is dragged anywhere).
# The app trains it on its first start (StartupArchive), as the .deb's post-install script does under /opt.
for type in dmg pkg; do
    build_package "$type" @installers/jpackage-macos.args
done
show_built
echo "check: \"$APP_IMAGE/Contents/MacOS/$NAME\" check FILE"
