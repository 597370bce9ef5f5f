#!/usr/bin/env bash
# A restart keeps everything: the packaged service records an advice in a dossier, is stopped, started again on the
# same H2 file (and then on the same PostgreSQL database), and must show the same dossier. Needs target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${HERSTART_PORT:-8097}
URL="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PASS=herstart-beheer-wachtwoord
passed=0
failed=0
pid=""

stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

start() { # $@: extra environment
  env "$@" STARTKLASWIJZER_BEHEERDER_WACHTWOORD=$PASS QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    java -jar target/quarkus-app/quarkus-run.jar > "$WORK/log-$RANDOM" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "$URL/api/v1/status" && return 0; sleep 0.5; done
  echo "the service did not start"; return 1
}

check() { # $1: name, then the environment for both starts
  local name=$1; shift
  start "$@"
  curl -sf -o /dev/null -u beheer:$PASS -X POST "$URL/api/v1/gebruikers" -H 'Content-Type: application/json' \
    -d '{"gebruikersnaam":"herstart","wachtwoord":"herstart-wachtwoord","rollen":["KNOOPPUNT"]}' || true
  curl -sf -o /dev/null -u herstart:herstart-wachtwoord -X POST "$URL/api/v1/dossiers/H-1/adviezen" \
    -H 'Content-Type: application/json' -d '{"peildatum":"2026-09-01","kind":{"geboortedatum":"2022-08-15","ondersteuningsbehoeften":["GEDRAG","SPRAAK_TAAL"]}}'
  before=$(curl -sf -u herstart:herstart-wachtwoord "$URL/api/v1/dossiers/H-1" | grep -o '"adviezen":\[[^]]*\]')
  stop
  start "$@"
  after=$(curl -sf -u herstart:herstart-wachtwoord "$URL/api/v1/dossiers/H-1" | grep -o '"adviezen":\[[^]]*\]' || true)
  stop
  if [ -n "$before" ] && [ "$before" = "$after" ]; then
    echo "restart on $name: the dossier is kept"; passed=$((passed + 1))
  else
    echo "restart on $name: FAILED (before: $before, after: $after)"; failed=$((failed + 1))
  fi
}

check "the same H2 file" STARTKLASWIJZER_DATA_MAP="$WORK/data"

if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  DB=startklaswijzer_herstart
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" 2>/dev/null
  check "PostgreSQL" QUARKUS_PROFILE=prod,postgresql \
    QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=postgres
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" 2>/dev/null
else
  echo "restart on PostgreSQL: FAILED (no server at 127.0.0.1:5432)"; failed=$((failed + 1))
fi

echo "restart checks: $passed kept, $failed lost"
[ "$failed" -eq 0 ]
