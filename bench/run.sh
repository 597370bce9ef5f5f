#!/usr/bin/env bash
# Startklaswijzer's benchmarks, in one command: bench/run.sh
#   1. JMH: advices per second on one thread, the default rule set through Drools beside a plain-Java floor; then the
#      same two in turns in one JVM (PairedEngineRatio), whose ratio a drifting machine moves less.
#   2. Start-up: from launching the packaged service to its first answered advice, cold (no compiled rules kept in the
#      data folder yet: the default rule set is compiled and its scenarios run) and warm (a restart with the same
#      rules, which loads the rules compiled at the cold start), and warm with an archive of the classes a first start
#      loaded (-XX:SharedArchiveFile). `bench/run.sh opstart` runs only this part.
#   3. wrk on loopback: POST /api/v1/adviezen against the trivial GET /api/v1/status, and the advice endpoint
#      paced at about 1,000 requests per second. `bench/run.sh http` runs only this part.
#   4. Reloads under load: 10 rule reloads while wrk sends advice requests; every failed request is counted.
#   5. Batch: 100,000 generated cases through POST /api/v1/adviezen/batch on a fresh service, then again warm;
#      peak RSS over both.
#   6. What would change the advice: the contract's example with ?watZouVeranderen=true, one request at a time,
#      after a warm-up; its p99 must stay under 20 ms. `bench/run.sh wat-zou-veranderen` runs only this part.
#   7. Recording: POST /api/v1/dossiers/{referentie}/adviezen on PostgreSQL (a database of its own on 127.0.0.1:5432)
#      against the stateless advice endpoint on the same service, then paced at 200 requests per second.
#      `bench/run.sh dossier` runs only this part, with the next.
#   8. Impact over the real caseload: a draft through POST /api/v1/regelsets/{naam}/impact over exactly 10,000
#      advices recorded by part 7; target under 5 s.
#   9. Monitor: 100,000 recorded advices over two years generated into PostgreSQL (a database of its own) by
#      MonitorDataGenerator, then GET /api/v1/monitor over all of them, over the default year, and the Monitor page,
#      one request at a time after a warm-up. `bench/run.sh monitor` runs only this part.
#  10. Sign-in: GET /api/v1/regelsets with HTTP Basic, with checked passwords remembered (as configured) and with
#      remembering off (startklaswijzer.aanmelden.onthouden=0S: a bcrypt check on every request).
#      `bench/run.sh aanmelden` runs only this part.
# Every request signs in with HTTP Basic as a user the script makes through the first administrator.
# Every figure is printed beside its target, marked met or missed; the last line printed is one line of name=value pairs. Raw outputs stay in target/bench/. Time bounds:
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
# time to the first answered advice, which includes making the bench user on a fresh database, and STARTUP_CPU_MS.
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
      # The processor time the JVM used until then, over all its threads: above STARTUP_MS, both cores were busy.
      STARTUP_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER/stat")
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

# Starts the service on a fresh PostgreSQL database of its own on 127.0.0.1:5432, named by the argument.
start_on_postgresql() {
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null
  start_server -Dquarkus.profile=prod,postgresql -Dquarkus.datasource.postgresql.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$1" \
    -Dquarkus.datasource.postgresql.username=postgres
}

# Recording in a dossier on PostgreSQL, beside the stateless check on the same service in the same run, then paced.
measure_dossier() {
  local db=startklaswijzer_bench
  start_on_postgresql "$db"
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
  measure_impact "$db"
  stop_server
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
}

# A draft tried on the real caseload: of the advices the recording runs left, exactly the 10,000 newest stay; the
# draft (a group of 10 instead of 12) runs over them through POST .../impact. Twice: the first compiles the draft's
# classes in a cold JIT. Reported: the caseload part as the service timed it (duurMs), and the whole request.
measure_impact() {
  psql -q -h 127.0.0.1 -U postgres -d "$1" -c "DELETE FROM dossier WHERE referentie NOT IN \
    (SELECT referentie FROM dossier_advies ORDER BY id DESC LIMIT 10000)"
  echo "$(psql -tA -h 127.0.0.1 -U postgres -d "$1" -c "SELECT count(*) FROM dossier_advies") recorded advices kept"
  python3 - "$OUT/rules/cluster-brunssum/parameters.yaml" > "$OUT/impact-body.json" <<'PY'
import json, sys
text = open(sys.argv[1]).read().replace("waarde: 12", "waarde: 10", 1)
print(json.dumps({"bestanden": {"parameters.yaml": text}, "maanden": 1}))
PY
  echo "== impact of a draft over 10,000 recorded advices"
  for run in 1 2; do
    curl -sf -u "$BENCH_USER" -H 'Content-Type: application/json' --data-binary @"$OUT/impact-body.json" \
      -w '%{time_total}' -o "$OUT/impact-$run.json" "$URL/api/v1/regelsets/cluster-brunssum/impact" > "$OUT/impact-$run.time"
  done
  python3 - "$OUT" <<'PY' | tee "$OUT/impact.txt"
import json, sys
out = sys.argv[1]
answer = json.load(open(out + "/impact-2.json"))["praktijk"]
request_ms = round(float(open(out + "/impact-2.time").read()) * 1000)
print(f"impact_cases={answer['casussen']} impact_changed={answer['veranderd']} impact_10k_ms={answer['duurMs']} impact_request_ms={request_ms}")
PY
}

# The monitor over 100,000 recorded advices on PostgreSQL: every figure is a GROUP BY over indexed columns, so the time
# should not grow with a loop over rows. Times one request at a time (curl), after a warm-up; 20 of each.
measure_monitor() {
  local db=startklaswijzer_monitor_bench
  start_on_postgresql "$db"
  echo "== monitor: 100,000 recorded advices generated on PostgreSQL"
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" nl.startklaswijzer.bench.MonitorDataGenerator \
    "jdbc:postgresql://127.0.0.1:5432/$db" postgres 100000 42 | tee "$OUT/monitor-gegevens.txt"
  # As a database in use would be: statistics gathered and the visibility map set by autovacuum.
  psql -q -h 127.0.0.1 -U postgres -d "$db" -c "VACUUM ANALYZE" 2>/dev/null
  local van tot sessie="$OUT/monitor-sessie.txt"
  tot=$(date +%F)
  van=$(date -d "$tot -2 years" +%F)
  curl -s -o /dev/null -c "$sessie" -d "j_username=${BENCH_USER%%:*}" --data-urlencode "j_password=${BENCH_USER#*:}" "$URL/j_security_check"
  for _ in $(seq 1 5); do
    curl -sf -o /dev/null -u "$BENCH_USER" "$URL/api/v1/monitor?van=$van&tot=$tot"
    curl -sf -o /dev/null -b "$sessie" "$URL/monitor?van=$van&tot=$tot"
  done
  echo "== monitor: all 100,000 advices (two years), the default year, and the page over two years, 20 requests each"
  for _ in $(seq 1 20); do curl -sf -o /dev/null -w "%{time_total}\n" -u "$BENCH_USER" "$URL/api/v1/monitor?van=$van&tot=$tot"; done \
    > "$OUT/monitor-alles.txt"
  for _ in $(seq 1 20); do curl -sf -o /dev/null -w "%{time_total}\n" -u "$BENCH_USER" "$URL/api/v1/monitor"; done \
    > "$OUT/monitor-jaar.txt"
  for _ in $(seq 1 20); do curl -sf -o /dev/null -w "%{time_total}\n" -b "$sessie" "$URL/monitor?van=$van&tot=$tot"; done \
    > "$OUT/monitor-pagina.txt"
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

# Waits until every rule set serves, the ones loaded in the background after start-up included.
wait_for_all_sets() {
  local sets
  sets=$(find "$OUT/rules" -mindepth 1 -maxdepth 1 -type d | wc -l)
  for _ in $(seq 1 300); do
    [ "$(curl -sf -u "$BENCH_USER" "$URL/api/v1/regelsets" | grep -o '"versie":"' | wc -l)" -ge "$sets" ] && return
    sleep 0.1
  done
}

# Start-up to the first answered advice with an empty cache of compiled rules and then with the cache filled. A first
# start on the fresh data folder makes the database and the bench user, and, as a deployment can on its first start,
# an archive of the classes the JVM loaded (-XX:ArchiveClassesAtExit). After the cache is emptied: a cold start, which
# runs until every set serves (and is kept); a warm start with the class archive; and a warm start without it, which is
# left running. So the cold and warm starts differ only in the cache.
measure_startup() {
  echo "== start-up to the first answered advice: cold, then warm"
  rm -f "$OUT/klassen.jsa"
  start_server -XX:ArchiveClassesAtExit="$OUT/klassen.jsa"
  wait_for_all_sets
  stop_server
  rm -rf "$OUT/data/regelcache"
  start_server
  STARTUP_COLD_MS=$STARTUP_MS
  wait_for_all_sets
  stop_server
  start_server -XX:SharedArchiveFile="$OUT/klassen.jsa"
  STARTUP_WARM_CDS_MS=$STARTUP_MS
  stop_server
  start_server
  STARTUP_WARM_MS=$STARTUP_MS
  STARTUP_WARM_CPU_MS=$STARTUP_CPU_MS
  echo "cold $STARTUP_COLD_MS ms, warm $STARTUP_WARM_MS ms (processor time $STARTUP_WARM_CPU_MS ms), warm with the class archive $STARTUP_WARM_CDS_MS ms"
}

# A cheap endpoint that needs a signed-in user, with HTTP Basic on every request: with checked passwords remembered
# (on the running service), then on a service that checks every request's password with bcrypt.
measure_basic_auth() {
  echo "== sign-in: GET /api/v1/regelsets with HTTP Basic, checked passwords remembered, then not, $SECONDS_PER_RUN s each"
  wrk -t2 -c16 -d5s -H "Authorization: $BENCH_AUTH" "$URL/api/v1/regelsets" > /dev/null
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: $BENCH_AUTH" "$URL/api/v1/regelsets" \
    | tee "$OUT/wrk-basic-cached.txt" | grep -E "Requests/sec|  (50|99)%"
  stop_server
  start_server -Dstartklaswijzer.aanmelden.onthouden=0S
  wrk -t2 -c16 -d5s -H "Authorization: $BENCH_AUTH" "$URL/api/v1/regelsets" > /dev/null
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: $BENCH_AUTH" "$URL/api/v1/regelsets" \
    | tee "$OUT/wrk-basic-uncached.txt" | grep -E "Requests/sec|  (50|99)%"
  stop_server
}

measure_engine() {
  echo "== engine: JMH, one thread"
  java -cp "$CP" org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 \
    -rf json -rff "$OUT/jmh.json" | grep -E "^(Benchmark|EngineBenchmark)"
  echo "== engine: Drools and plain Java in turns in one JVM, 60 pairs after 10 s of warm-up"
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" nl.startklaswijzer.bench.PairedEngineRatio \
    2>/dev/null | tee "$OUT/engine-paired.txt"
}

measure_http() {
  echo "== HTTP: warm-up (20 s), then advice and trivial endpoints, $SECONDS_PER_RUN s each"
  wrk -t2 -c16 -d20s -s bench/advies.lua "$URL/api/v1/adviezen" > /dev/null
  wrk -t2 -c16 -d5s "$URL/api/v1/status" > /dev/null
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency "$URL/api/v1/status" | tee "$OUT/wrk-status.txt" | grep -E "Requests/sec|  (50|99)%"
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s bench/advies.lua "$URL/api/v1/adviezen" | tee "$OUT/wrk-advies.txt" | grep -E "Requests/sec|  (50|99)%"
  echo "== HTTP: advice paced at about 1,000 requests per second"
  BENCH_DELAY_MS=9 wrk -t2 -c10 -d"${SECONDS_PER_RUN}s" --latency -s bench/advies.lua "$URL/api/v1/adviezen" \
    | tee "$OUT/wrk-advies-1000.txt" | grep -E "Requests/sec|  (50|99)%"
}

# One part alone: only its own raw outputs are left in $OUT, so the summary reports just its figures.
run_part() {
  rm -f "$OUT"/wrk-*.txt "$OUT/jmh.json" "$OUT/engine-paired.txt" "$OUT/impact.txt" "$OUT"/monitor-*.txt
  "$@"
  stop_server
  python3 bench/summary.py "$OUT" ${STARTUP_COLD_MS:+startup_cold_ms="$STARTUP_COLD_MS"} \
    ${STARTUP_WARM_MS:+startup_warm_ms="$STARTUP_WARM_MS"} ${STARTUP_WARM_CDS_MS:+startup_warm_cds_ms="$STARTUP_WARM_CDS_MS"} \
    ${STARTUP_WARM_CPU_MS:+startup_warm_cpu_ms="$STARTUP_WARM_CPU_MS"}
  exit 0
}
on_server() {
  start_server
  "$@"
}
STARTUP_COLD_MS="" STARTUP_WARM_MS="" STARTUP_WARM_CDS_MS=""

case "$PART" in
  motor) run_part measure_engine ;;
  opstart) run_part measure_startup ;;
  http) run_part on_server measure_http ;;
  aanmelden) run_part on_server measure_basic_auth ;;
  dossier) run_part measure_dossier ;;
  monitor) run_part measure_monitor ;;
  wat-zou-veranderen) run_part on_server measure_counterfactual ;;
  alles) ;;
  *) echo "unknown part '$PART': motor, opstart, http, aanmelden, dossier, monitor, wat-zou-veranderen, or none" >&2; exit 2 ;;
esac

measure_engine

java -cp "$CP" nl.startklaswijzer.bench.CaseGenerator 100000 42 > "$OUT/cases-100000.ndjson"

measure_startup

measure_http

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
measure_basic_auth

echo "== batch: 100,000 cases on a fresh service"
start_server
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
measure_monitor

python3 bench/summary.py "$OUT" reloads="$RELOADS" startup_cold_ms="$STARTUP_COLD_MS" startup_warm_ms="$STARTUP_WARM_MS" \
  startup_warm_cds_ms="$STARTUP_WARM_CDS_MS" startup_warm_cpu_ms="$STARTUP_WARM_CPU_MS" batch_cases="$BATCH_LINES" batch_ms="$BATCH_MS" batch_warm_ms="$BATCH_WARM_MS" batch_rss_kb="$BATCH_RSS_KB"
