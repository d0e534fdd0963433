#!/usr/bin/env python3
"""Checks a benchmark run against Benchmarks/budgets.tsv and prints one row per benchmark.

    budgets.py --budgets Benchmarks/budgets.tsv --results DIR --products N [--smoke] [--json OUT]

DIR holds package-benchmark's `--format histogramPercentiles` export (one TSV per benchmark and
metric: percentile 0..100 and its value, the unit in the header) and, when the HTTP load test ran,
`loadtest.json` (scripts/loadtest --json). Exit status 1 when a budget is missed, when a benchmark a
budget names produced no result, or (with --smoke) when no benchmark ran at all.
"""
import argparse
import glob
import json
import os
import re
import sys

UNITS = {"ns": 1e-6, "μs": 1e-3, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}
BUDGET_UNITS = {**UNITS, "MB": 1.0, "x": 1.0, "/s": 1.0, "%": 1.0}
# Custom metrics carry their unit in their name; times are converted to ms like the wall clock.
CUSTOM_TIME_UNITS = {"_us": 1e-3, "_ms": 1.0}
METRICS = {"wallClock": "wallClock", "resident": "resident_MB"}
SUFFIX = ".histogram.percentiles.tsv"


def read_percentiles(path):
    """(metric description from the header, {percentile: value in ms for times, raw otherwise})."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")[1]
        rows = [line.split("\t") for line in f if line.strip()]
    unit = re.search(r"\((ns|μs|µs|us|ms|s)\)", header)
    factor = UNITS[unit.group(1)] if unit else 1.0
    return header, {int(p): float(v) * factor for p, v in rows}


def load_swift_results(results_dir):
    """{(target, benchmark name with spaces as '_', metric): percentiles} from the export files."""
    out = {}
    for path in glob.glob(os.path.join(results_dir, "*" + SUFFIX)):
        stem = os.path.basename(path)[: -len(SUFFIX)]
        # <baseline>.<target>.<name>.<metric>; names carry no '.', baselines and targets neither.
        parts = stem.split(".")
        if len(parts) < 4:
            continue
        target, name, metric = parts[1], ".".join(parts[2:-1]), parts[-1]
        percentiles = read_percentiles(path)[1]
        factor = next((f for suffix, f in CUSTOM_TIME_UNITS.items() if metric.endswith(suffix)), 1.0)
        out[(target, name, metric)] = {p: v * factor for p, v in percentiles.items()}
    return out


def shell_safe(name):
    """package-benchmark's file-name form of a benchmark name."""
    return name.replace("/", "_").replace(" ", "_")


def read_budgets(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            source, suite, bench, products, statistic, metric, budget, issue = cols[:8]
            value, unit = budget.rsplit(" ", 1)
            at_least = value.startswith((">=", "≥"))
            value = value.lstrip(">=≥ ")
            rows.append({"source": source, "suite": suite, "benchmark": bench, "products": products,
                         "statistic": statistic, "metric": metric, "budget_text": budget,
                         "budget": None if source == "pending" else float(value), "unit": unit, "at_least": at_least,
                         "issue": issue, "what": cols[8] if len(cols) > 8 else ""})
    return rows


def statistic_of(percentiles, statistic):
    """`value` is a figure measured once per run (one sample: every percentile is it)."""
    if statistic == "value":
        return percentiles[50]
    return percentiles[100] if statistic == "max" else percentiles[int(statistic.lstrip("p"))]


def fmt(value, unit):
    if value is None:
        return "-"
    if unit in UNITS:
        value = value / UNITS[unit]
    return ("%.3g" % value) if value < 100 else "%.0f" % value


def budget_rows(budgets, swift, http, products, only=None):
    """One row per budget that applies to this size: (benchmark, p50, stat, budget text, status).
    With `only` (the run's --filter regex), swift budgets on benchmarks it excludes are shown as not run."""
    rows, failed = [], False
    for b in budgets:
        if b["products"] not in ("*", str(products)):
            continue
        name = b["benchmark"].replace("{N}", str(products))
        label = "%s: %s" % (b["suite"], name)
        relation = "" if b["budget_text"].startswith((">", "<", "≥", "≤")) else "<= "
        budget_text = "%s %s%s (#%s)" % (b["statistic"], relation, b["budget_text"], b["issue"])
        if b["source"] == "pending":
            rows.append((label, "-", "-", budget_text, "not run: " + b["what"]))
            continue
        if b["source"] == "swift" and only and not re.search(only, name):
            rows.append((label, "-", "-", budget_text, "not run (--filter)"))
            continue
        if b["source"] == "http" and http is None:
            rows.append((label, "-", "-", budget_text, "not run (--no-http)"))
            continue
        if b["source"] == "swift":
            pct = swift.get((b["suite"], shell_safe(name), METRICS.get(b["metric"], b["metric"])))
        else:
            pct = http.get(b["benchmark"])
        if pct is None:
            rows.append((label, "-", "-", budget_text, "NO RESULT"))
            failed = True
            continue
        value = statistic_of(pct, b["statistic"])
        limit = b["budget"] * BUDGET_UNITS[b["unit"]]
        met = value >= limit if b["at_least"] else value <= limit
        failed |= not met
        unit = " " + b["unit"]
        rows.append((label, fmt(pct[50], b["unit"]) + unit, fmt(value, b["unit"]) + unit, budget_text, "met" if met else "MISSED"))
    return rows, failed


def unbudgeted_rows(swift, budgets, products):
    """Benchmark metrics no budget names (at this size): shown with p50/p95, never checked."""
    named = {(b["suite"], shell_safe(b["benchmark"].replace("{N}", str(products))), METRICS.get(b["metric"], b["metric"]))
             for b in budgets if b["source"] == "swift" and b["products"] in ("*", str(products))}
    rows = []
    for (target, name, metric), pct in sorted(swift.items()):
        if (target, name, metric) in named or metric == "throughput":
            continue
        unit = custom_unit(metric)
        label = "%s: %s%s" % (target, name.replace("_", " "), "" if metric == "wallClock" else " [%s]" % metric.replace("_", " "))
        rows.append((label, fmt(pct[50], unit) + " " + unit,
                     fmt(pct[95], unit) + " " + unit, "-", "no budget"))
    return rows


def custom_unit(metric):
    """The unit a metric's values are shown in (times are held in ms, shown in the name's unit)."""
    if metric == "wallClock":
        return "ms"
    suffix = metric.rsplit("_", 1)[-1]
    return {"us": "µs", "percent": "%", "s": "/s"}.get(suffix, suffix)


def print_table(rows):
    headers = ("benchmark", "p50", "p95 (or stat)", "budget", "status")
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--budgets", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--products", type=int, required=True)
    ap.add_argument("--smoke", action="store_true", help="every benchmark must have run; budgets are not checked")
    ap.add_argument("--json", help="write the rows as JSON here")
    ap.add_argument("--filter", help="the run's benchmark filter (regex): budgets it excludes are not checked")
    args = ap.parse_args()

    swift = load_swift_results(args.results)
    http = None
    loadtest = os.path.join(args.results, "loadtest.json")
    if os.path.exists(loadtest):
        http = {}
        with open(loadtest) as f:
            for scenario in json.load(f)["scenarios"]:
                if scenario.get("latency_ms"):
                    lat = scenario["latency_ms"]
                    http[scenario["name"]] = {50: lat["p50"], 95: lat["p95"], 99: lat["p99"], 100: lat["max"]}

    budgets = read_budgets(args.budgets)
    if args.smoke:
        rows, failed = [], not swift
        if failed:
            print("no benchmark results in %s" % args.results, file=sys.stderr)
    else:
        rows, failed = budget_rows(budgets, swift, http, args.products, args.filter)
    rows += unbudgeted_rows(swift, [] if args.smoke else budgets, args.products)
    print_table(rows)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"products": args.products, "smoke": args.smoke,
                       "rows": [dict(zip(("benchmark", "p50", "stat", "budget", "status"), r)) for r in rows],
                       "swift": {"|".join(k): v for k, v in swift.items()}}, f, indent=1)
    missed = sum(1 for r in rows if r[4] in ("MISSED", "NO RESULT"))
    print("%d benchmarks, %d budgets met, %d missed or without a result%s" % (
        len(rows), sum(1 for r in rows if r[4] == "met"), missed, " (smoke: budgets not checked)" if args.smoke else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
