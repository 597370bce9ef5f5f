#!/usr/bin/env bash
# Several instances: two packaged services on loopback share one rules folder and one PostgreSQL database. A version
# published on either must serve on the other within 5 seconds, and the shared history must hold each version once,
# with its publisher. Needs target/quarkus-app and PostgreSQL at 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
DB=startklaswijzer_twee
PASS=twee-beheer-wachtwoord
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap 'stop_all; [ -n "${KEEP:-}" ] || rm -rf "$WORK"; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true' EXIT

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "several instances: FAILED (no PostgreSQL at 127.0.0.1:5432)"; exit 1
fi
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" 2>/dev/null
cp -r rules "$WORK/rules"

start() { # $1: port
  QUARKUS_PROFILE=prod,postgresql QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_DATASOURCE_POSTGRESQL_USERNAME=postgres STARTKLASWIJZER_REGELS_MAP="$WORK/rules" \
    STARTKLASWIJZER_BEHEERDER_WACHTWOORD=$PASS QUARKUS_HTTP_PORT="$1" QUARKUS_HTTP_HOST=127.0.0.1 \
    java -jar target/quarkus-app/quarkus-run.jar > "$WORK/log-$1" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$1/api/v1/status" && return 0; sleep 0.5; done
  echo "the service on port $1 did not start"; cat "$WORK/log-$1"; return 1
}

A=http://127.0.0.1:8098
B=http://127.0.0.1:8099
start 8098
start 8099
for user in beleid-a beleid-b; do
  curl -sf -o /dev/null -u beheer:$PASS -X POST "$A/api/v1/gebruikers" -H 'Content-Type: application/json' \
    -d "{\"gebruikersnaam\":\"$user\",\"wachtwoord\":\"$user-wachtwoord\",\"rollen\":[\"BELEID\"]}"
done

version() { # $1: service
  curl -sf -u beleid-a:beleid-a-wachtwoord "$1/api/v1/regelsets" \
    | python3 -c 'import json,sys; print(next(s["versie"] for s in json.load(sys.stdin) if s["naam"] == "cluster-brunssum"))'
}

publish() { # $1: service, $2: user, $3: limit to add, $4: basis version; prints the new version
  python3 - "$WORK/rules/cluster-brunssum/parameters.yaml" "$3" "$4" > "$WORK/body.json" <<'PY'
import json, sys
text = open(sys.argv[1]).read().replace("    NIET_ZINDELIJK: 2", "    NIET_ZINDELIJK: 2\n    " + sys.argv[2])
print(json.dumps({"bestanden": {"parameters.yaml": text}, "toelichting": "twee instanties", "basisVersie": sys.argv[3]}))
PY
  curl -sf -u "$2:$2-wachtwoord" -X POST "$1/api/v1/regelsets/cluster-brunssum/publicaties" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["versie"])'
}

serves_within() { # $1: service, $2: version; prints the milliseconds it took
  local started now
  started=$(date +%s%N)
  while true; do
    now=$(date +%s%N)
    if [ "$(version "$1")" = "$2" ]; then echo $(( (now - started) / 1000000 )); return 0; fi
    if [ $(( (now - started) / 1000000 )) -gt 5000 ]; then echo "over 5000"; return 1; fi
    sleep 0.1
  done
}

failed=0
v0=$(version "$A")
v1=$(publish "$A" beleid-a "WEGLOPEN: 3" "$v0")
if ms=$(serves_within "$B" "$v1"); then echo "published on A, serving on B after $ms ms"; else echo "published on A: B FAILED ($ms)"; failed=1; fi
v2=$(publish "$B" beleid-b "AGRESSIEF_FYSIEK_GEDRAG: 4" "$v1")
if ms=$(serves_within "$A" "$v2"); then echo "published on B, serving on A after $ms ms"; else echo "published on B: A FAILED ($ms)"; failed=1; fi

# The watcher of the other service loaded each version too; the shared history must still hold it once.
curl -sf -u beleid-a:beleid-a-wachtwoord "$A/api/v1/regelsets/cluster-brunssum/versies" > "$WORK/versies.json"
if python3 - "$WORK/versies.json" "$v0" "$v1" "$v2" <<'PY'
import json, sys
versions = json.load(open(sys.argv[1]))
seen = [(v["versie"], v["auteur"]) for v in versions]
expected = [(sys.argv[4], "beleid-b"), (sys.argv[3], "beleid-a"), (sys.argv[2], "bestand")]
print("history:", seen)
sys.exit(0 if seen == expected else 1)
PY
then echo "the shared history holds each version once, with its publisher"; else echo "the shared history: FAILED"; failed=1; fi
[ "$failed" -eq 0 ]
