# Builds Report Auditor for Windows into target\installer\: the app-image ("Report Auditor\", a runtime made by
# jlink with only the modules the app needs, stripped), the .msi and the .exe. Needs a JDK 17 with jpackage,
# Maven and WiX 3 (candle.exe and light.exe on the PATH); see installers\README.md. The steps are linux.sh's
# and macos.sh's (installers\common.sh), with the same argument files.
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File installers\windows.ps1   (-SkipJar: package
# target\report-auditor.jar as built)
param([switch]$SkipJar)

$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$Out = 'target\installer'
$AppInput = "$Out\input"
$Runtime = "$Out\runtime"
$Version = ([xml](Get-Content -Raw -Encoding UTF8 pom.xml)).project.version
# the argument files and the licence are UTF-8; jlink and jpackage read them in the system's code page
# (GBK on a Chinese Windows) unless told
$env:JAVA_TOOL_OPTIONS = '-Dfile.encoding=UTF-8'

# a tool that fails stops the build, as `set -e` does in the shell scripts (PowerShell does not for a program).
# A plain function, not an advanced one: its arguments (-B, --type …) reach the tool as they are, in $args.
function Invoke-Tool {
    $tool, $arguments = $args
    & $tool @arguments
    if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit status $LASTEXITCODE" }
}

# the jar of this OS (its JavaFX natives), alone in jpackage's input folder, with the sample report that the
# app trains its class-data archive on (StartupArchive)
if (-not $SkipJar) { Invoke-Tool mvn -B -q -DskipTests package }
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force $AppInput | Out-Null
Copy-Item target\report-auditor.jar, src\main\resources\org\reportauditor\app\sample\sample-report.pdf $AppInput

Invoke-Tool jlink '@installers/jlink.args' --output $Runtime
# the archive for heaps over 32 GB (see common.sh)
Remove-Item -Force -ErrorAction SilentlyContinue "$Runtime\bin\server\classes_nocoops.jsa"

# "Report Auditor.exe" opens the window (no console); report-auditor.exe is the console launcher for check
Invoke-Tool jpackage '@installers/jpackage.args' --app-version $Version '@installers/jpackage-launcher.args' `
    '@installers/jpackage-windows.args' --add-launcher 'report-auditor=installers/windows/report-auditor.properties' `
    --type app-image --input $AppInput --runtime-image $Runtime --dest $Out
$AppImage = "$Out\Report Auditor"

# No class-data archive is trained here, unlike on Linux: an archive holds the class path it was made with,
# and the app's is known only once installed (per user, under %LOCALAPPDATA%, or in the folder the user
# chose). The app trains it on its first start (StartupArchive), as the .deb's post-install script does.
foreach ($type in 'msi', 'exe') {
    Invoke-Tool jpackage '@installers/jpackage.args' --app-version $Version '@installers/jpackage-windows.args' `
        '@installers/jpackage-windows-package.args' '@installers/jpackage-package.args' `
        --type $type --app-image $AppImage --dest $Out
}
Get-ChildItem $Out
$size = (Get-ChildItem -Recurse -File $AppImage | Measure-Object -Property Length -Sum).Sum / 1MB
'app-image: {0:N0} MB in {1}; check: "{1}\report-auditor.exe" check FILE' -f $size, $AppImage
