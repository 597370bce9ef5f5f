"""Reads the benchmark's raw outputs in target/bench/ and the figures bench/run.sh passes as name=value arguments, prints
every figure that has a target beside it, marked met or missed, and ends with one line of name=value pairs (the last
line of bench/run.sh). Rates are per second, latencies and times in milliseconds, memory in MiB. A partial run
(bench/run.sh motor, http, opstart, aanmelden, dossier, monitor, wat-zou-veranderen) has only its own figures."""
import json
import os
import re
import sys

out = sys.argv[1]
figures = dict(arg.split("=", 1) for arg in sys.argv[2:])

# name, what it measures, the target in words, whether a value meets it. The targets are those of issue 13 and the
# issues before it; the sign-in one is this benchmark's own reading of "not a bcrypt hash on every request".
TARGETS = [
    ("engine_drools_vs_plain", "engine: Drools against plain Java, one thread", ">= 0.15", lambda v: v >= 0.15),
    ("engine_paired_drools_vs_plain", "engine: the same, in turns in one JVM (median)", ">= 0.15", lambda v: v >= 0.15),
    ("http_advice_vs_trivial", "HTTP: advice against the trivial endpoint", ">= 0.5", lambda v: v >= 0.5),
    ("paced_advice_per_s", "HTTP: advice paced at 1,000/s, rate reached", ">= 1000/s", lambda v: v >= 1000),
    ("paced_advice_p99_ms", "HTTP: advice paced at 1,000/s, p99", "< 5 ms", lambda v: v < 5),
    ("startup_to_first_advice_ms", "start-up to the first advice (a restart)", "< 3000 ms", lambda v: v < 3000),
    ("startup_warm_cds_ms", "start-up, a restart with the JVM's class archive", "< 3000 ms", lambda v: v < 3000),
    ("startup_cold_ms", "start-up, cold: no compiled rules kept yet", "< 3000 ms", lambda v: v < 3000),
    ("batch_warm_cases_per_s", "batch of 100,000 cases, warm", ">= 20000/s", lambda v: v >= 20000),
    ("batch_peak_rss_mib", "batch: peak RSS with -Xmx256m", "< 512 MiB", lambda v: v < 512),
    ("reload_failed_requests", "failed requests during 10 reloads", "0", lambda v: v == 0),
    ("dossier_advice_vs_stateless", "recording on PostgreSQL against the stateless advice", ">= 0.5", lambda v: v >= 0.5),
    ("dossier_advice_paced_per_s", "recording paced at 200/s, rate reached", ">= 200/s", lambda v: v >= 200),
    ("dossier_advice_p99_ms", "recording paced at 200/s, p99", "< 10 ms", lambda v: v < 10),
    ("counterfactual_p99_ms", "what would change the advice, p99", "< 20 ms", lambda v: v < 20),
    ("monitor_100k_ms", "monitor over 100,000 recorded advices", "< 1000 ms", lambda v: v < 1000),
    ("impact_10k_ms", "a draft over 10,000 recorded advices (impact)", "< 5000 ms", lambda v: v < 5000),
    ("basic_auth_cached_vs_uncached", "HTTP Basic: passwords remembered against bcrypt per call", ">= 10",
     lambda v: v >= 10),
]


def wrk(name):
    text = open(f"{out}/{name}.txt").read()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {p: float(v) * unit[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)", text, re.M)}
    failed = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    failed += int(non2xx.group(1)) if non2xx else 0
    return rate, latency["50"], latency["99"], failed


line = {}
if os.path.exists(f"{out}/jmh.json"):
    jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(f"{out}/jmh.json"))}
    line.update({
        "engine_drools_per_s": round(jmh["drools"]),
        "engine_plain_java_per_s": round(jmh["plainJava"]),
        "engine_drools_vs_plain": round(jmh["drools"] / jmh["plainJava"], 3),
        # Of the time an advice takes when it is also written as the API's JSON, the share that writing takes.
        "engine_json_write_share": round(1 - jmh["droolsAsJson"] / jmh["drools"], 3),
    })
if os.path.exists(f"{out}/engine-paired.txt"):
    line.update(dict(pair.split("=") for pair in open(f"{out}/engine-paired.txt").read().split()))
if os.path.exists(f"{out}/wrk-advies.txt"):
    trivial = wrk("wrk-status")
    advice = wrk("wrk-advies")
    paced = wrk("wrk-advies-1000")
    line.update({
        "http_advice_per_s": round(advice[0]),
        "http_advice_p50_ms": round(advice[1], 2),
        "http_advice_p99_ms": round(advice[2], 2),
        "http_trivial_per_s": round(trivial[0]),
        "http_trivial_p50_ms": round(trivial[1], 2),
        "http_trivial_p99_ms": round(trivial[2], 2),
        "http_advice_vs_trivial": round(advice[0] / trivial[0], 3),
        "paced_advice_per_s": round(paced[0]),
        "paced_advice_p99_ms": round(paced[2], 2),
    })
if os.path.exists(f"{out}/wrk-herladen.txt"):
    reload = wrk("wrk-herladen")
    line.update({
        "reloads": figures["reloads"],
        # A full run has them all: the reloads ran after the HTTP runs, whose failures count too.
        "reload_failed_requests": reload[3] + advice[3] + paced[3],
        "batch_cases": figures["batch_cases"],
        "batch_cases_per_s": round(int(figures["batch_cases"]) / (int(figures["batch_ms"]) / 1000)),
        "batch_warm_cases_per_s": round(int(figures["batch_cases"]) / (int(figures["batch_warm_ms"]) / 1000)),
        "batch_peak_rss_mib": round(int(figures["batch_rss_kb"]) / 1024),
    })
if "startup_warm_ms" in figures:
    # The start-up that counts is a restart with unchanged rules; the cold one compiles them, as a first start does.
    line.update({
        "startup_to_first_advice_ms": figures["startup_warm_ms"],
        "startup_cold_ms": figures["startup_cold_ms"],
        "startup_warm_ms": figures["startup_warm_ms"],
        "startup_warm_cds_ms": figures["startup_warm_cds_ms"],
        "startup_warm_cpu_ms": figures["startup_warm_cpu_ms"],
    })
if os.path.exists(f"{out}/wrk-dossier.txt"):
    stateless = wrk("wrk-dossier-stateless")
    recorded = wrk("wrk-dossier")
    recorded_paced = wrk("wrk-dossier-200")
    line.update({
        "dossier_advice_per_s": round(recorded[0]),
        "dossier_advice_vs_stateless": round(recorded[0] / stateless[0], 3),
        "dossier_advice_paced_per_s": round(recorded_paced[0]),
        "dossier_advice_p99_ms": round(recorded_paced[2], 2),
        "dossier_failed_requests": stateless[3] + recorded[3] + recorded_paced[3],
    })
if os.path.exists(f"{out}/wrk-wat-zou-veranderen.txt"):
    counterfactual = wrk("wrk-wat-zou-veranderen")
    line.update({
        "counterfactual_per_s": round(counterfactual[0]),
        "counterfactual_p50_ms": round(counterfactual[1], 2),
        "counterfactual_p99_ms": round(counterfactual[2], 2),
    })
if os.path.exists(f"{out}/monitor-alles.txt"):
    def times(name):
        return sorted(float(t) * 1000 for t in open(f"{out}/{name}.txt").read().split())

    alles, jaar, pagina = times("monitor-alles"), times("monitor-jaar"), times("monitor-pagina")
    line.update({
        "monitor_100k_ms": round(alles[-1]),
        "monitor_100k_p50_ms": round(alles[len(alles) // 2]),
        "monitor_year_ms": round(jaar[-1]),
        "monitor_page_100k_ms": round(pagina[-1]),
    })
if os.path.exists(f"{out}/wrk-basic-uncached.txt"):
    cached = wrk("wrk-basic-cached")
    uncached = wrk("wrk-basic-uncached")
    line.update({
        "basic_auth_cached_per_s": round(cached[0]),
        "basic_auth_cached_p99_ms": round(cached[2], 2),
        "basic_auth_uncached_per_s": round(uncached[0]),
        "basic_auth_uncached_p99_ms": round(uncached[2], 2),
        "basic_auth_cached_vs_uncached": round(cached[0] / uncached[0], 1),
    })
if os.path.exists(f"{out}/impact.txt"):
    line.update(dict(pair.split("=") for pair in open(f"{out}/impact.txt").read().split()))

print("== figures against their targets")
for name, what, target, meets in TARGETS:
    if name in line:
        verdict = "met" if meets(float(line[name])) else "MISSED"
        print(f"{what:<56} {name}={line[name]!s:<12} target {target:<10} {verdict}")
print(" ".join(f"{k}={v}" for k, v in line.items()))
