"""Reads the benchmark's raw outputs in target/bench/ and prints one line of name=value pairs (the last line of
bench/run.sh). Rates are per second, latencies in milliseconds, memory in MiB. A partial run (bench/run.sh
wat-zou-veranderen, bench/run.sh dossier) has only its own figures."""
import json
import os
import re
import sys

out = sys.argv[1]
figures = dict(arg.split("=", 1) for arg in sys.argv[2:])


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
    trivial = wrk("wrk-status")
    advice = wrk("wrk-advies")
    paced = wrk("wrk-advies-1000")
    reload = wrk("wrk-herladen")
    line.update({
        "engine_drools_per_s": round(jmh["drools"]),
        "engine_plain_java_per_s": round(jmh["plainJava"]),
        "engine_drools_vs_plain": round(jmh["drools"] / jmh["plainJava"], 3),
        "http_advice_per_s": round(advice[0]),
        "http_advice_p50_ms": round(advice[1], 2),
        "http_advice_p99_ms": round(advice[2], 2),
        "http_trivial_per_s": round(trivial[0]),
        "http_trivial_p50_ms": round(trivial[1], 2),
        "http_trivial_p99_ms": round(trivial[2], 2),
        "http_advice_vs_trivial": round(advice[0] / trivial[0], 3),
        "paced_advice_per_s": round(paced[0]),
        "paced_advice_p99_ms": round(paced[2], 2),
        "reloads": figures["reloads"],
        "reload_failed_requests": reload[3] + advice[3] + paced[3],
        "batch_cases": figures["batch_cases"],
        "batch_cases_per_s": round(int(figures["batch_cases"]) / (int(figures["batch_ms"]) / 1000)),
        "batch_warm_cases_per_s": round(int(figures["batch_cases"]) / (int(figures["batch_warm_ms"]) / 1000)),
        "batch_peak_rss_mib": round(int(figures["batch_rss_kb"]) / 1024),
        "startup_to_first_advice_ms": figures["startup_ms"],
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
print(" ".join(f"{k}={v}" for k, v in line.items()))
