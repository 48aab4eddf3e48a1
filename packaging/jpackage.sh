#!/usr/bin/env bash
# Builds a self-contained Dialogue Desk for this OS with the JDK's jpackage: an application image
# (default) or an installer (--type deb|rpm|msi|dmg). The image carries its own Java runtime, so
# officers need nothing installed. Usage: packaging/jpackage.sh [--type app-image|deb|...]
set -euo pipefail
cd "$(dirname "$0")/.."
type="app-image"
if [[ "${1:-}" == "--type" ]]; then type="$2"; fi

mvn -B -q package -DskipTests
rm -rf target/jpackage target/jpackage-input
mkdir -p target/jpackage-input
cp target/dialogue-desk.jar target/jpackage-input/

extra=()
if [[ "$type" == "deb" ]]; then
  extra+=(--linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" --linux-shortcut --linux-menu-group Office)
fi

jpackage --type "$type" \
  --name "Dialogue Desk" --app-version 0.1.0 --vendor "Dialogue Desk" \
  --description "Partner rosters, questionnaires, meetings and profiles for migration dialogues" \
  --input target/jpackage-input --main-jar dialogue-desk.jar --main-class org.dialoguedesk.app.Main \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.sql,java.xml,java.scripting,jdk.management,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,java.management \
  --java-options "-Xmx1g" \
  --dest target/jpackage "${extra[@]}"
echo "Built $type in target/jpackage"
