#!/usr/bin/env python3
"""Draws BENCHMARKS.md's plots (PNG) from the result files kept in docs/benchmarks/results/.

    plot.py --results docs/benchmarks/results --out docs/benchmarks

- p95-vs-size.png: sequential HTTP p95 per query class against catalogue size, one line per engine
  (results-ENGINE-N.json of scripts/compare-peers; the same queries for every engine)
- throughput-vs-connections.png: requests per second and p95 against concurrent connections, one line
  per engine swept (sweep-ENGINE-N-cC.json of scripts/compare-peers --sweep), one point for the others
  (their main run's load test)
"""
import argparse
import glob
import json
import os
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

CLASSES = ["exact", "multi", "prefix", "typo1", "typo2", "synonym", "filter", "facet", "facet_text"]
STYLE = {"loupe": ("tab:blue", "o"), "typesense": ("tab:orange", "s"), "postgres-fts": ("tab:green", "^")}


def read(pattern, regex):
    """{engine: {key: report}} for every file matching pattern; regex captures (engine, key)."""
    out = {}
    for path in glob.glob(pattern):
        m = re.search(regex, os.path.basename(path))
        if m:
            with open(path) as f:
                out.setdefault(m.group(1), {})[int(m.group(2))] = json.load(f)
    return out


def p95_vs_size(results, out):
    fig, axes = plt.subplots(3, 3, figsize=(13, 11), sharex=True)
    for ax, cls in zip(axes.flat, CLASSES):
        for engine, by_size in sorted(results.items()):
            sizes = sorted(s for s in by_size if cls in by_size[s]["sequential"])
            if not sizes:
                continue
            color, marker = STYLE.get(engine, (None, "x"))
            ax.plot(sizes, [by_size[s]["sequential"][cls]["p95"] for s in sizes], marker=marker, color=color, label=engine)
        ax.set_title(cls)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.grid(True, which="both", alpha=0.3)
    for ax in axes[-1]:
        ax.set_xlabel("products")
    for ax in axes[:, 0]:
        ax.set_ylabel("p95 ms (HTTP, one client)")
    axes.flat[0].legend()
    fig.suptitle("Sequential p95 per query class vs catalogue size (2 shared cores; same queries per engine)")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "p95-vs-size.png"), dpi=90)
    plt.close(fig)


def throughput_vs_connections(sweeps, results, out, size):
    """Engines with a sweep get a line; the others their main run's single load point (same query set)."""
    for engine, by_size in results.items():
        report = by_size.get(size)
        if engine not in sweeps and report and report.get("concurrent"):
            sweeps[engine] = {report["concurrent"]["connections"]: report}
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    for engine, by_conns in sorted(sweeps.items()):
        conns = sorted(by_conns)
        color, marker = STYLE.get(engine, (None, "x"))
        left.plot(conns, [by_conns[c]["concurrent"]["throughput_rps"] for c in conns], marker=marker, color=color, label=engine)
        right.plot(conns, [by_conns[c]["concurrent"]["latency_ms"]["p95"] for c in conns], marker=marker, color=color, label=engine)
    for ax, label in ((left, "requests / s"), (right, "p95 ms")):
        ax.set_xscale("log", base=2)
        ax.set_xlabel("connections (wrk -t1, same 2 cores as the server)")
        ax.set_ylabel(label)
        ax.grid(True, alpha=0.3)
    left.legend()
    fig.suptitle("Throughput and latency vs connections, %d products, all query classes shuffled" % size)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "throughput-vs-connections.png"), dpi=90)
    plt.close(fig)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    results = read(os.path.join(args.results, "results-*.json"), r"^results-(.+)-(\d+)\.json$")
    if results:
        p95_vs_size(results, args.out)
        print("wrote %s" % os.path.join(args.out, "p95-vs-size.png"))
    for size in sorted({int(m.group(1)) for p in glob.glob(os.path.join(args.results, "sweep-*.json"))
                        for m in [re.search(r"-(\d+)-c\d+\.json$", p)] if m}):
        sweeps = read(os.path.join(args.results, "sweep-*-%d-c*.json" % size), r"^sweep-(.+)-%d-c(\d+)\.json$" % size)
        throughput_vs_connections(sweeps, results, args.out, size)
        print("wrote %s" % os.path.join(args.out, "throughput-vs-connections.png"))


if __name__ == "__main__":
    main()
