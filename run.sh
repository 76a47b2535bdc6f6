#!/usr/bin/env bash
# Builds Digital Keys, fetches Keycloak from Maven Central, installs our providers and demo
# realms, and starts everything on http://localhost:8080 with a file database under .run/ that
# keeps its data between runs, plus a development mailbox on http://localhost:8025.
#
#   ./run.sh            build, install, start (Ctrl+C stops Keycloak and the mailbox)
#   ./run.sh --reset    same, after deleting the demo database (realms are imported again)
#   ./run.sh --no-build reuse the jars already built
#
# Environment: DK_HTTP_PORT (8080), DK_MAILBOX_PORT (8025), DK_DEMO_PORT (8026), DK_KEYCLOAK_JAVA_HOME (a JDK 21+;
# found under /usr/lib/jvm or on the PATH when unset), KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD
# (admin/admin, used only when the database is created).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
STARTED_AT=$(date +%s)
HTTP_PORT=${DK_HTTP_PORT:-8080}
MAILBOX_PORT=${DK_MAILBOX_PORT:-8025}
SMTP_PORT=3025   # the demo realms send to 127.0.0.1:3025
RESET=false BUILD=true
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=true ;;
    --no-build) BUILD=false ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "Unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m%s\033[0m\n' "$*"; }

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
find_keycloak_java() {
  if [ -n "${DK_KEYCLOAK_JAVA_HOME:-}" ]; then echo "$DK_KEYCLOAK_JAVA_HOME"; return; fi
  for home in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$home/bin/java" ] && [ "$(java_major "$home/bin/java")" -ge 21 ] 2>/dev/null; then echo "$home"; return; fi
  done
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return
  fi
  echo "Keycloak 26.7 needs Java 21 or newer: install one or set DK_KEYCLOAK_JAVA_HOME" >&2
  exit 1
}
KC_JAVA_HOME=$(find_keycloak_java)

KC_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -1)
KC_HOME="$ROOT/.run/keycloak-$KC_VERSION"

if $BUILD; then
  say "Building Digital Keys (mvn package, tests skipped)…"
  mvn -B -q -DskipTests package
fi

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  say "Fetching Keycloak $KC_VERSION from Maven Central…"
  mkdir -p .run
  mvn -B -q -N dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$ROOT/.run" -DmarkersDirectory="$ROOT/.run/.markers"
fi

if $RESET; then
  say "Deleting the demo database and the demo registry…"
  rm -rf "$KC_HOME/data/h2" "$ROOT/.run/registry"
fi

# The insurance realm's customer registry (user storage, import mode): an H2 file loaded from
# user-storage/demo/insurance-registry.sql with Keycloak's own H2, kept between runs.
REGISTRY_DB="$ROOT/.run/registry/insurance"
if [ ! -f "$REGISTRY_DB.mv.db" ]; then
  say "Creating the demo customer registry…"
  mkdir -p "$ROOT/.run/registry"
  H2_JAR=$(ls "$KC_HOME"/lib/lib/main/com.h2database.h2-*.jar | head -1)
  "$KC_JAVA_HOME/bin/java" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$REGISTRY_DB" \
    -script "$ROOT/user-storage/demo/insurance-registry.sql"
fi
export DK_INSURANCE_REGISTRY_URL="jdbc:h2:file:$REGISTRY_DB"

say "Installing providers and demo realms…"
# --- Provider jars (issue 21): the build's one list, the same the Dockerfile and the tests use.
# distribution/target/providers/ holds exactly the production jars; providers-lab/ the lab jar
# (development kit: TEST eID, card and phone simulators), which the demo realms switch on with
# dk.lab.enabled=true. The lab jar is for this demo only: never copy it to a production server.
PROVIDERS="$ROOT/distribution/target/providers"
LAB_PROVIDERS="$ROOT/distribution/target/providers-lab"
if ! ls "$PROVIDERS"/digitalkeys-*.jar >/dev/null 2>&1 || ! ls "$LAB_PROVIDERS"/digitalkeys-lab-*.jar >/dev/null 2>&1; then
  echo "No provider jars in distribution/target/providers*/: run ./run.sh without --no-build" >&2
  exit 1
fi
rm -f "$KC_HOME"/providers/digitalkeys-*.jar
cp "$PROVIDERS"/*.jar "$LAB_PROVIDERS"/*.jar "$KC_HOME/providers/"
# --- end of provider jars
mkdir -p "$KC_HOME/data/import"
rm -f "$KC_HOME"/data/import/*.json
cp realm-exports/*.json "$KC_HOME/data/import/"

MAILBOX_JAR=$(ls dev-tools/target/digitalkeys-dev-tools-*.jar 2>/dev/null | grep -v original | head -1 || true)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
if [ -n "$MAILBOX_JAR" ]; then
  java -jar "$MAILBOX_JAR" --smtp-port "$SMTP_PORT" --http-port "$MAILBOX_PORT" &
  PIDS+=($!)
else
  echo "No dev mailbox jar (build dev-tools): e-mails will not be delivered" >&2
fi

# The demo services page (dev-tools, same jar): one card per demo client, each a real OIDC login.
DEMO_PORT=${DK_DEMO_PORT:-8026}
if [ -n "$MAILBOX_JAR" ]; then
  java -cp "$MAILBOX_JAR" be.digitalkeys.dev.demo.DemoServices --keycloak "http://localhost:$HTTP_PORT" --port "$DEMO_PORT" &
  PIDS+=($!)
fi

print_urls() {
  local management=$1
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$management/health/ready" >/dev/null 2>&1; then
      say ""
      say "Digital Keys is ready ($(( $(date +%s) - STARTED_AT )) s after the command)."
      say "  Demo services:    http://localhost:$DEMO_PORT/  (start here: log in to each demo client)"
      for realm_file in realm-exports/*.json; do
        realm=$(sed -n 's/^  "realm" *: *"\([^"]*\)".*/\1/p' "$realm_file" | head -1)
        say "  Login ($realm):  http://localhost:$HTTP_PORT/realms/$realm/account"
      done
      say "  Mailbox:          http://localhost:$MAILBOX_PORT/"
      say "  Card reader simulator (bank): http://localhost:$HTTP_PORT/realms/bank/dk-lab/card-simulator"
      say "  Admin console:    http://localhost:$HTTP_PORT/admin  (admin / ${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} on a new database)"
      say "  Demo users:       see README.md, section 'Demo realms and users'"
      return
    fi
    sleep 1
  done
  echo "Keycloak did not become ready in 3 minutes; see the log above" >&2
}
MANAGEMENT_PORT=$((HTTP_PORT + 920))   # 9000 for 8080
print_urls "$MANAGEMENT_PORT" &
PIDS+=($!)

# SMS codes of the demo realms: their 'log' sender posts to the mailbox on this port (the realm
# exports say http://127.0.0.1:${DK_MAILBOX_PORT:8025}/api/sms, resolved at import).
export DK_MAILBOX_PORT="$MAILBOX_PORT"

say "Starting Keycloak $KC_VERSION on http://localhost:$HTTP_PORT (Java: $KC_JAVA_HOME)…"
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
unset JAVA
JAVA_HOME="$KC_JAVA_HOME" "$KC_HOME/bin/kc.sh" start-dev --db=dev-file --import-realm \
  --http-port="$HTTP_PORT" --http-management-port="$MANAGEMENT_PORT" --health-enabled=true \
  --spi-storage--dk-registry--allowed-drivers=org.h2.Driver &
PIDS+=($!)
wait "${PIDS[-1]}"
