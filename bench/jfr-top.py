#!/usr/bin/env python3
"""Where a JVM's time went, from a JFR recording: the top frames by their own samples, and the share
of samples in which each layer of the proxy path appears anywhere on the stack.

    python3 bench/jfr-top.py RECORDING.jfr [TOP]
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("Netty HTTP codec", "io.netty.handler.codec.http."),
    ("Netty transport and buffers", ("io.netty.channel.", "io.netty.buffer.", "io.netty.util.")),
    ("socket system calls", ("sun.nio.ch.", "io.netty.channel.epoll.Native", "io.netty.channel.unix.")),
    ("Vert.x HTTP server and client", "io.vertx.core.http.impl."),
    ("Vert.x Web router", "io.vertx.ext.web."),
    ("Vert.x HTTP proxy", "io.vertx.httpproxy."),
    ("Quarkus HTTP", "io.quarkus.vertx.http."),
    ("procrisk code", "org.procrisk."),
    ("Micrometer", "io.micrometer."),
    ("SmallRye Fault Tolerance", "io.smallrye.faulttolerance."),
    ("logging and MDC", ("org.jboss.logmanager.", "org.jboss.logging.", "org.slf4j.")),
]
FRAME = re.compile(r"^\s+([\w$.<>]+)\(")


WEIGHT = re.compile(r"^\s+weight = ([\d.,]+) (bytes|kB|MB|GB)")
UNITS = {"bytes": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def events(path, event):
    """(stack, weight in bytes or None) of each event."""
    out = subprocess.run(["jfr", "print", "--events", event, "--stack-depth", "96", path],
                         check=True, capture_output=True, text=True).stdout
    stack = None
    weight = None
    for line in out.splitlines():
        w = WEIGHT.match(line)
        if w:
            weight = float(w.group(1).replace(",", "")) * UNITS[w.group(2)]
        elif "stackTrace = [" in line:
            stack = []
        elif stack is not None:
            if line.strip().startswith("]"):
                yield stack, weight
                stack = None
                weight = None
            else:
                m = FRAME.match(line)
                if m:
                    stack.append(m.group(1))


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    own = collections.Counter()
    layers = collections.Counter()
    n = 0
    for stack, _ in events(path, "jdk.ExecutionSample"):
        if not stack:
            continue
        n += 1
        own[stack[0]] += 1
        for name, prefix in LAYERS:
            if any(f.startswith(prefix) for f in stack):
                layers[name] += 1
    if n == 0:
        print("no execution samples")
        return
    print(f"{n} samples")
    print("\nlayer (samples with it anywhere on the stack):")
    for name, _ in LAYERS:
        print(f"  {100.0 * layers[name] / n:5.1f}%  {name}")
    print(f"\ntop {top} frames by own samples:")
    for frame, count in own.most_common(top):
        print(f"  {100.0 * count / n:5.1f}%  {frame}")
    # Allocation: the first frame outside the JDK names who asked for the bytes.
    sites = collections.Counter()
    total = 0.0
    for stack, weight in events(path, "jdk.ObjectAllocationSample"):
        if not stack or weight is None:
            continue
        total += weight
        site = next((f for f in stack if not f.startswith(("java.", "jdk.", "sun."))), stack[0])
        sites[site] += weight
    if total:
        print(f"\ntop {top} allocation sites (first frame outside the JDK, by sampled weight):")
        for site, weight in sites.most_common(top):
            print(f"  {100.0 * weight / total:5.1f}%  {site}")


if __name__ == "__main__":
    main()
