#!/usr/bin/env python3
"""Server-side latency percentiles of one route between two /q/metrics scrapes.

    bench/server-latency.py BEFORE AFTER URI        -> "p50_ms p99_ms count"

Uses the cumulative http_server_requests_seconds_bucket histogram, so only the requests made between
the two scrapes count (the sliding-window quantiles would mix in earlier saturation runs). A
percentile is reported as the upper bound of the bucket it falls in.
"""
import re
import sys


def buckets(path, uri):
    out = {}
    pattern = re.compile(r'^http_server_requests_seconds_bucket\{(.*)\}\s+([0-9.eE+]+)$')
    for line in open(path):
        m = pattern.match(line.strip())
        if not m:
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if labels.get("uri") != uri or labels.get("status") != "200":
            continue
        le = float("inf") if labels["le"] == "+Inf" else float(labels["le"])
        out[le] = out.get(le, 0) + float(m.group(2))
    return out


def main():
    before, after, uri = sys.argv[1:4]
    b, a = buckets(before, uri), buckets(after, uri)
    delta = sorted((le, a[le] - b.get(le, 0)) for le in a)
    total = delta[-1][1] if delta else 0
    if total <= 0:
        print("nan nan 0")
        return

    def percentile(q):
        for le, count in delta:
            if count >= q * total:
                return le * 1000
        return float("inf")

    print(f"{percentile(0.5):.1f} {percentile(0.99):.1f} {int(total)}")


main()
