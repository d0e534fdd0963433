#!/usr/bin/env python3
"""Loupe ÷ peer ratios from the peer harness's results-ENGINE-N.json files of one run.

    ratios.py --data-dir .data/peers --size 100000

Latency ratios below 1 and throughput ratios above 1 favour Loupe; relevance is shown as Loupe's figure
beside each peer's (success@1 / success@10 per query class).
"""
import argparse
import json
import os
import sys

CLASSES = ["exact", "multi", "prefix", "typo1", "typo2", "synonym", "filter", "facet", "facet_text"]
RELEVANCE = ["exact", "multi", "prefix", "typo1", "typo2", "synonym", "filter"]


def load(data_dir, engine, size):
    path = os.path.join(data_dir, "results-%s-%d.json" % (engine, size))
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def ratio(a, b):
    return "%.2f" % (a / b) if a is not None and b else "-"


def rows(loupe, peers):
    seq = lambda r, c, k: r["sequential"].get(c, {}).get(k)
    for c in ["all"] + CLASSES:
        if c not in loupe["sequential"]:
            continue
        for k in ("p50", "p95"):
            yield ("seq %s %s ms" % (k, c), "%.2f" % seq(loupe, c, k),
                   ["%.2f (÷ %s)" % (seq(p, c, k), ratio(seq(loupe, c, k), seq(p, c, k))) if seq(p, c, k) is not None else "-"
                    for p in peers])
    conc = lambda r: (r.get("concurrent") or {})
    if conc(loupe):
        rps = lambda r: conc(r).get("throughput_rps")
        yield ("load req/s (%s conns)" % conc(loupe)["connections"], "%.0f" % rps(loupe),
               ["%.0f (Loupe is %s×)" % (rps(p), ratio(rps(loupe), rps(p))) if rps(p) else "-" for p in peers])
        lat = lambda r: conc(r).get("latency_ms", {}).get("p95")
        yield ("load p95 ms", "%.1f" % lat(loupe),
               ["%.1f (÷ %s)" % (lat(p), ratio(lat(loupe), lat(p))) if lat(p) else "-" for p in peers])
    rel = lambda r, c, k: r["relevance"].get(c, {}).get(k)
    for c in RELEVANCE + ["all_relevance"]:
        if c not in loupe["relevance"]:
            continue
        cell = lambda r: "%.3f / %.3f" % (rel(r, c, "success@1"), rel(r, c, "success@10")) if rel(r, c, "success@1") is not None else "-"
        yield ("success@1 / @10 %s" % c.replace("all_relevance", "all"), cell(loupe), [cell(p) for p in peers])
    mem = lambda r: (r["memory"].get("after_bench") or {}).get("pss_mb")
    if mem(loupe):
        yield ("server PSS MB", "%.0f" % mem(loupe), ["%.0f (÷ %s)" % (mem(p), ratio(mem(loupe), mem(p))) if mem(p) else "-" for p in peers])
    imp = lambda r: r["load"].get("import_s")
    if imp(loupe):
        yield ("import s", "%.1f" % imp(loupe), ["%.1f (÷ %s)" % (imp(p), ratio(imp(loupe), imp(p))) if imp(p) else "-" for p in peers])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--size", type=int, required=True)
    args = ap.parse_args()
    loupe = load(args.data_dir, "loupe", args.size)
    if loupe is None:
        print("no results-loupe-%d.json in %s" % (args.size, args.data_dir), file=sys.stderr)
        return 1
    names = [n for n in ("typesense", "postgres-fts") if load(args.data_dir, n, args.size)]
    peers = [load(args.data_dir, n, args.size) for n in names]
    print("| %d products: Loupe ÷ peer | loupe | %s |" % (args.size, " | ".join(names)))
    print("|---|---|%s" % ("---|" * len(names)))
    for label, mine, theirs in rows(loupe, peers):
        print("| %s | %s | %s |" % (label, mine, " | ".join(theirs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
