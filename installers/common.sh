# The steps linux.sh and macos.sh share (sourced from the repository's top folder).
OUT=target/installer
NAME="Report Auditor"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
INPUT="$OUT/input"
RUNTIME="$OUT/runtime"

# the jar of this OS (its JavaFX natives), alone in jpackage's input folder
build_jar() {
    if [[ -z ${SKIP_JAR:-} ]]; then
        mvn -B -q -DskipTests package
    fi
    rm -rf "$OUT"
    mkdir -p "$INPUT"
    cp target/report-auditor.jar "$INPUT/"
    # the training report of the installed archive (installers/linux/postinst)
    cp src/main/resources/org/reportauditor/app/sample/sample-report.pdf "$INPUT/"
}

# the runtime, with the options of every OS and those of this one ($@)
build_runtime() {
    jlink @installers/jlink.args "$@" --output "$RUNTIME"
    # the JDK's class-data archive for heaps over 32 GB, which an auditor's machine does not give this
    # app: 10 MB less; such a heap starts without class-data sharing
    rm -f "$RUNTIME/lib/server/classes_nocoops.jsa"
}

# jpackage with the options of every OS and package (jpackage.args) and the pom's version
jpackage_in_installers() {
    jpackage @installers/jpackage.args --app-version "$VERSION" "$@"
}

build_app_image() {
    jpackage_in_installers @installers/jpackage-launcher.args --input "$INPUT" --runtime-image "$RUNTIME" --dest "$OUT" "$@"
    APP_IMAGE=$(find "$OUT" -maxdepth 1 -type d \( -name "$NAME" -o -name "report-auditor" -o -name "$NAME.app" \) | head -n 1)
}

# a package of that image, with the licence the installer shows, and this OS's options ($2…)
build_package() {
    local type=$1
    shift
    jpackage_in_installers --type "$type" --app-image "$APP_IMAGE" @installers/jpackage-package.args --dest "$OUT" "$@"
}

show_built() {
    ls -l "$OUT"
    echo "app-image: $(du -sh "$APP_IMAGE" | cut -f1) in $APP_IMAGE"
}

# A class-data-sharing archive of the classes a check of the sample reports loads, made with the image's
# own runtime (an archive works only with the JVM that made it) and its own class path, where the
# launcher's -XX:SharedArchiveFile=$APPDIR/report-auditor.jsa finds it.
train_cds() {
    local java=$1 appdir=$2
    local samples=(src/main/resources/org/reportauditor/app/sample/sample-report.pdf
        src/test/resources/reports/corpus/*.pdf src/test/resources/reports/corpus/000_*.docx
        src/test/resources/reports/corpus/000_*.doc src/test/resources/reports/corpus/000_*.html)
    local home
    home=$(mktemp -d)
    # fresh settings and log folder, so the training neither reads nor writes the builder's
    XDG_CONFIG_HOME="$home" HOME="$home" "$java" -XX:ArchiveClassesAtExit="$appdir/report-auditor.jsa" \
        -Xshare:auto -Djava.class.path="$appdir/report-auditor.jar" -Dfile.encoding=UTF-8 \
        org.reportauditor.Main check --json --no-review "${samples[@]}" >/dev/null || true
    rm -rf "$home"
    [[ -s "$appdir/report-auditor.jsa" ]] || { echo "no CDS archive was made" >&2; exit 1; }
}
