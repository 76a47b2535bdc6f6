#!/bin/sh
# Entry point of the mailbox image (development only, never deploy it).
#
# DevMailbox listens on 127.0.0.1 only: SMTP on 3025 and the web page / API on 8025. In the
# compose file the mailbox shares Keycloak's network namespace, so Keycloak reaches both on
# 127.0.0.1 exactly as the demo realms say (SMTP 127.0.0.1:3025, SMS to 127.0.0.1:8025/api/sms).
# A published port, however, arrives on the namespace's own address (eth0), not on 127.0.0.1;
# so socat listens on port 8025 of every such address and forwards to 127.0.0.1:8025. The web
# page then opens from the host on the same port number, which its same-origin check expects.
set -eu

SMTP_PORT=3025
HTTP_PORT=8025

addresses=$(ip -4 -o addr show scope global | sed -n 's/.* inet \([0-9.]*\)\/.*/\1/p')
if [ -z "$addresses" ]; then
  echo "mailbox: no network address besides 127.0.0.1; the web page is reachable only from this network namespace" >&2
fi
for address in $addresses; do
  socat "TCP4-LISTEN:$HTTP_PORT,bind=$address,fork,reuseaddr" "TCP4:127.0.0.1:$HTTP_PORT" &
  echo "mailbox: forwarding $address:$HTTP_PORT to 127.0.0.1:$HTTP_PORT"
done

exec java -jar /opt/mailbox/mailbox.jar --smtp-port "$SMTP_PORT" --http-port "$HTTP_PORT"
