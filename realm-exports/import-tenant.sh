#!/usr/bin/env bash
# Imports (or brings up to date) a tenant realm in a running Keycloak: see README.md, "New tenant".
#   KC_ADMIN_PASSWORD=… realm-exports/import-tenant.sh --server http://localhost:8080 --name acme \
#       --display-name "ACME services" --languages fr,nl --methods eid,app,email-code,sms-code
# Builds realm-exports/target/digitalkeys-tenant.jar first when it is missing (Maven, Java 17+).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/digitalkeys-tenant.jar"
if [ ! -f "$jar" ]; then
  echo "Building $jar …" >&2
  mvn -B -q -f "$here/pom.xml" package -DskipTests >&2
fi
exec java -jar "$jar" "$@"
