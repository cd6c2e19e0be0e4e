#!/usr/bin/env bash
# Builds Report Auditor for Linux into target/installer/: the app-image (report-auditor/, a runtime made
# by jlink with only the modules the app needs, stripped), the .deb, and the .rpm where rpmbuild is
# installed. Needs a JDK 17 with jpackage, Maven, fakeroot and binutils (and rpm for the .rpm); see
# installers/README.md. Run from anywhere:  installers/linux.sh   (SKIP_JAR=1: use target/report-auditor.jar as built;
# APP_IMAGE_ONLY=1: the app-image alone, as CI builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
source installers/common.sh

build_jar
build_runtime @installers/jlink-linux.args
build_app_image --type app-image @installers/jpackage-linux.args
launcher="$APP_IMAGE/bin/report-auditor"
train_cds "$APP_IMAGE/lib/runtime/bin/java" "$APP_IMAGE/lib/app"
if [[ -n ${APP_IMAGE_ONLY:-} ]]; then
    show_built
    exit 0
fi

# the .deb and .rpm are made from that image, archive and all; the post-install script puts a
# `report-auditor` command on the PATH, so that `report-auditor check FILE` works from any shell
for type in deb rpm; do
    if [[ $type == rpm ]] && ! command -v rpmbuild >/dev/null; then
        echo "no rpmbuild: no .rpm (apt-get install rpm)"
        continue
    fi
    build_package "$type" @installers/jpackage-linux.args @installers/jpackage-linux-package.args --resource-dir installers/linux
done
show_built
echo "launcher: $launcher"
