#!/usr/bin/env python3
"""Where a JVM's time went, from a JFR recording: the share of samples in which each layer of the proxy
path appears anywhere on the stack, each sample given to the innermost library on its stack, and the top
frames by their own samples.

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


# Allocation per request comes from Micrometer's counter in bench/peer: JFR's throttled allocation
# samples gave a handful of heavy samples per round, not a breakdown worth printing.


def events(path, event):
    """The stack of each event, innermost frame first."""
    out = subprocess.run(["jfr", "print", "--events", event, "--stack-depth", "96", path],
                         check=True, capture_output=True, text=True).stdout
    stack = None
    for line in out.splitlines():
        if "stackTrace = [" in line:
            stack = []
        elif stack is not None:
            if line.strip().startswith("]"):
                yield stack
                stack = None
            else:
                m = FRAME.match(line)
                if m:
                    stack.append(m.group(1))


def library(frame):
    """The package a frame belongs to, four names deep (io.vertx.core.http); None for the JDK's own."""
    if frame.startswith(("java.", "jdk.", "sun.")):
        return None
    names = frame.split(".")
    return ".".join(names[:4] if names[0] in ("io", "org", "com") else names[:3])


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    own = collections.Counter()
    libraries = collections.Counter()
    layers = collections.Counter()
    n = 0
    for stack in events(path, "jdk.ExecutionSample"):
        if not stack:
            continue
        n += 1
        own[stack[0]] += 1
        libraries[next((library(f) for f in stack if library(f)), "the JDK alone")] += 1
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
    print(f"\ntop {top} libraries (each sample given to the innermost non-JDK frame's package):")
    for name, count in libraries.most_common(top):
        print(f"  {100.0 * count / n:5.1f}%  {name}")
    print(f"\ntop {top} frames by own samples:")
    for frame, count in own.most_common(top):
        print(f"  {100.0 * count / n:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
