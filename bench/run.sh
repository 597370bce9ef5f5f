#!/usr/bin/env bash
# Startklaswijzer's benchmarks, in one command: bench/run.sh
#   1. JMH: advices per second on one thread, the default rule set through Drools beside a plain-Java floor.
#   2. Start-up: from launching the packaged service to its first answered advice.
#   3. wrk on loopback: POST /api/v1/adviezen against the trivial GET /api/v1/status, and the advice endpoint
#      paced at about 1,000 requests per second.
#   4. Reloads under load: 10 rule reloads while wrk sends advice requests; every failed request is counted.
#   5. Batch: 100,000 generated cases through POST /api/v1/adviezen/batch on a fresh service, then again warm;
#      peak RSS over both.
#   6. What would change the advice: the contract's example with ?watZouVeranderen=true, one request at a time,
#      after a warm-up; its p99 must stay under 20 ms. `bench/run.sh wat-zou-veranderen` runs only this part.
#   7. Recording: POST /api/v1/dossiers/{referentie}/adviezen on PostgreSQL (a database of its own on 127.0.0.1:5432)
#      against the stateless advice endpoint on the same service, then paced at 200 requests per second.
#      `bench/run.sh dossier` runs only this part.
# Every request signs in with HTTP Basic as a user the script makes through the first administrator.
# The last line printed is one line of name=value pairs. Raw outputs stay in target/bench/. Time bounds:
# BENCH_SECONDS per wrk run (default 15). The service listens on 127.0.0.1:$BENCH_PORT (default 8089) only, with
# the heap bounded as a deployment would bound it: $BENCH_JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/bench
PORT=${BENCH_PORT:-8089}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:--Xmx256m}"
URL="http://127.0.0.1:$PORT"
PART=${1:-alles}
mkdir -p "$OUT"
rm -rf "$OUT/data"
BEHEER="beheer:bench-beheer-wachtwoord"
BENCH_USER="bench:bench-wachtwoord-123"
export BENCH_AUTH="Basic $(printf '%s' "$BENCH_USER" | base64)"

echo "== build"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
if ! command -v wrk >/dev/null; then
  echo "== installing wrk from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

java -cp "$CP" nl.startklaswijzer.bench.CaseGenerator 1000 7 > "$OUT/cases-1000.ndjson"
export BENCH_CASES="$OUT/cases-1000.ndjson"

SERVER=""
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap stop_server EXIT

# Starts the packaged service on its own copy of the rules (extra -D options as arguments); sets STARTUP_MS to the
# time to the first answered advice, which includes making the bench user on a fresh database.
start_server() {
  rm -rf "$OUT/rules" && cp -r rules "$OUT/rules"
  local started advice
  advice=$(head -n 1 "$BENCH_CASES")
  started=$(date +%s%N)
  java "${JAVA_OPTS[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dstartklaswijzer.regels.map="$OUT/rules" \
    -Dstartklaswijzer.data.map="$OUT/data" -Dstartklaswijzer.beheerder.wachtwoord="${BEHEER#*:}" "$@" \
    -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 1500); do
    if curl -sf -o /dev/null -u "$BENCH_USER" -X POST -H 'Content-Type: application/json' -d "$advice" "$URL/api/v1/adviezen"; then
      STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return
    fi
    if curl -sf -o /dev/null "$URL/api/v1/status"; then
      curl -s -o /dev/null -u "$BEHEER" -X POST -H 'Content-Type: application/json' "$URL/api/v1/gebruikers" \
        -d "{\"gebruikersnaam\": \"${BENCH_USER%%:*}\", \"wachtwoord\": \"${BENCH_USER#*:}\", \"rollen\": [\"KNOOPPUNT\", \"BELEID\"]}"
    fi
    sleep 0.02
  done
  echo "the service did not answer within 30 s; see $OUT/server.log" >&2
  exit 1
}

# Recording in a dossier on PostgreSQL, beside the stateless check on the same service in the same run, then paced.
measure_dossier() {
  local db=startklaswijzer_bench
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
  start_server -Dquarkus.profile=prod,postgresql -Dquarkus.datasource.postgresql.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dquarkus.datasource.postgresql.username=postgres
  echo "== recording on PostgreSQL: warm-up (20 s)"
  wrk -t2 -c16 -d10s -s bench/advies.lua "$URL/api/v1/adviezen" > /dev/null
  wrk -t2 -c16 -d10s -s bench/dossier.lua "$URL/api/v1/dossiers" > /dev/null
  # The paced run comes first, after a checkpoint: the full-speed runs write hundreds of MB of WAL, whose flushing
  # would otherwise land in the paced run's tail rather than in the load that caused it.
  psql -q -h 127.0.0.1 -U postgres -d "$db" -c "CHECKPOINT" 2>/dev/null || true
  echo "== recording paced at about 200 requests per second"
  BENCH_DELAY_MS=20 wrk -t1 -c5 -d"${SECONDS_PER_RUN}s" --latency -s bench/dossier.lua "$URL/api/v1/dossiers" \
    | tee "$OUT/wrk-dossier-200.txt" | grep -E "Requests/sec|  (50|99)%"
  echo "== the stateless advice and the recorded one, $SECONDS_PER_RUN s each"
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s bench/advies.lua "$URL/api/v1/adviezen" \
    | tee "$OUT/wrk-dossier-stateless.txt" | grep -E "Requests/sec|  (50|99)%"
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s bench/dossier.lua "$URL/api/v1/dossiers" \
    | tee "$OUT/wrk-dossier.txt" | grep -E "Requests/sec|  (50|99)%"
  stop_server
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
}

# The counterfactual search re-runs the rules over variations of the case; one connection measures its own time.
measure_counterfactual() {
  echo "== what would change the advice: the contract example, one request at a time (warm-up 10 s)"
  local url="$URL/api/v1/adviezen?watZouVeranderen=true"
  wrk -t1 -c1 -d10s -s bench/wat-zou-veranderen.lua "$url" > /dev/null
  wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency -s bench/wat-zou-veranderen.lua "$url" \
    | tee "$OUT/wrk-wat-zou-veranderen.txt" | grep -E "Requests/sec|  (50|99)%"
}

if [ "$PART" = "dossier" ]; then
  rm -f "$OUT"/wrk-*.txt "$OUT/jmh.json"
  measure_dossier
  python3 bench/summary.py "$OUT"
  exit 0
fi

if [ "$PART" = "wat-zou-veranderen" ]; then
  rm -f "$OUT"/wrk-*.txt "$OUT/jmh.json"
  start_server
  measure_counterfactual
  stop_server
  python3 bench/summary.py "$OUT"
  exit 0
fi

echo "== engine: JMH, one thread"
java -cp "$CP" org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 \
  -rf json -rff "$OUT/jmh.json" | grep -E "^(Benchmark|EngineBenchmark)"

java -cp "$CP" nl.startklaswijzer.bench.CaseGenerator 100000 42 > "$OUT/cases-100000.ndjson"

echo "== start-up to the first answered advice"
start_server
echo "$STARTUP_MS ms"

echo "== HTTP: warm-up (20 s), then advice and trivial endpoints, $SECONDS_PER_RUN s each"
wrk -t2 -c16 -d20s -s bench/advies.lua "$URL/api/v1/adviezen" > /dev/null
wrk -t2 -c16 -d5s "$URL/api/v1/status" > /dev/null
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency "$URL/api/v1/status" | tee "$OUT/wrk-status.txt" | grep -E "Requests/sec|  (50|99)%"
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s bench/advies.lua "$URL/api/v1/adviezen" | tee "$OUT/wrk-advies.txt" | grep -E "Requests/sec|  (50|99)%"
echo "== HTTP: advice paced at about 1,000 requests per second"
BENCH_DELAY_MS=9 wrk -t2 -c10 -d"${SECONDS_PER_RUN}s" --latency -s bench/advies.lua "$URL/api/v1/adviezen" \
  | tee "$OUT/wrk-advies-1000.txt" | grep -E "Requests/sec|  (50|99)%"

echo "== 10 rule reloads during an advice load"
version() { curl -sf -u "$BENCH_USER" "$URL/api/v1/regelsets" | grep -o '"naam":"cluster-brunssum","versie":"[0-9a-f]*"' | grep -o '[0-9a-f]\{12\}'; }
PARAMETERS="$OUT/rules/cluster-brunssum/parameters.yaml"
cp "$PARAMETERS" "$OUT/parameters.original"
wrk -t2 -c16 -d60s --latency -s bench/advies.lua "$URL/api/v1/adviezen" > "$OUT/wrk-herladen.txt" &
LOAD=$!
sleep 2
RELOADS=0
for i in $(seq 1 10); do
  before=$(version)
  # Only a comment changes: a new version that passes its scenarios and gives the same advice.
  sed "1s/.*/# Parameters van de regelset Cluster Brunssum (herladen $i)./" "$OUT/parameters.original" > "$PARAMETERS"
  for _ in $(seq 1 150); do
    [ "$(version)" != "$before" ] && { RELOADS=$((RELOADS + 1)); break; }
    sleep 0.1
  done
done
kill -INT "$LOAD" 2>/dev/null || true
wait "$LOAD" 2>/dev/null || true
grep -E "Requests/sec|Non-2xx|Socket errors" "$OUT/wrk-herladen.txt" || true
echo "$RELOADS reloads"
measure_counterfactual
stop_server

echo "== batch: 100,000 cases on a fresh service"
FIRST_STARTUP_MS=$STARTUP_MS
start_server
STARTUP_MS=$FIRST_STARTUP_MS
BATCH_START=$(date +%s%N)
curl -sf -u "$BENCH_USER" -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$OUT/cases-100000.ndjson" \
  "$URL/api/v1/adviezen/batch" -o "$OUT/batch-answers.ndjson"
BATCH_MS=$(( ($(date +%s%N) - BATCH_START) / 1000000 ))
# The same 100,000 again on the now warm service: the first run includes the fresh JVM's compilation.
BATCH_START=$(date +%s%N)
curl -sf -u "$BENCH_USER" -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$OUT/cases-100000.ndjson" \
  "$URL/api/v1/adviezen/batch" -o /dev/null
BATCH_WARM_MS=$(( ($(date +%s%N) - BATCH_START) / 1000000 ))
BATCH_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
BATCH_LINES=$(wc -l < "$OUT/batch-answers.ndjson")
BATCH_ERRORS=$(grep -c '"fouten"' "$OUT/batch-answers.ndjson" || true)
echo "$BATCH_LINES answers ($BATCH_ERRORS errors) in $BATCH_MS ms, again warm in $BATCH_WARM_MS ms; peak RSS $((BATCH_RSS_KB / 1024)) MiB"
stop_server

measure_dossier

python3 bench/summary.py "$OUT" reloads="$RELOADS" startup_ms="$STARTUP_MS" batch_cases="$BATCH_LINES" \
  batch_ms="$BATCH_MS" batch_warm_ms="$BATCH_WARM_MS" batch_rss_kb="$BATCH_RSS_KB"
