#!/usr/bin/env bash
# Builds a runnable Linux app image of Kconfig Explorer with jpackage (JDK 17+):
#   installers/out/KconfigExplorer/bin/KconfigExplorer            opens the explorer window
#   installers/out/KconfigExplorer/bin/KconfigExplorer --version  the command-line interface
# Usage: bash installers/build-app-image.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--skip-build" ]; then
  mvn -B -q -ntp -Dmaven.test.skip=true package
fi

version=$(sed -n 's/^version=//p' app/target/classes/org/kconfigexplorer/app/version.properties)
jar="app/target/app-${version}.jar"
[ -f "$jar" ] || { echo "build-app-image: $jar not found; run without --skip-build" >&2; exit 1; }

out=installers/out
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
cp app/target/lib/*.jar "$out/input/"

# ZGC as for `exec:exec` (app.jvm.gc in app/pom.xml says why).
# jpackage wants a numeric version.
numeric=$(echo "$version" | sed 's/[^0-9.].*$//')
jpackage --type app-image \
  --name KconfigExplorer \
  --app-version "${numeric:-0.1.0}" \
  --vendor "Kconfig Explorer" \
  --description "Explore Linux Kconfig dependencies" \
  --icon resources/icons/kconfig-explorer.png \
  --input "$out/input" \
  --main-jar "$(basename "$jar")" \
  --main-class org.kconfigexplorer.app.Main \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-XX:+UseZGC" \
  --dest "$out"
rm -rf "$out/input"
echo "app image: $out/KconfigExplorer (launcher: $out/KconfigExplorer/bin/KconfigExplorer)"
