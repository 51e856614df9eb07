#!/usr/bin/env python3
"""Cold start of the single-process mode: time from `java -jar` to a 200 "healthy" GET /health, and the
resident memory of the JVM plus its embedded PostgreSQL and Temporal processes once healthy.

Usage: python3 bench/cold_start.py [--runs 3] [--jar api/target/keel-api.jar]
Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH) to measure the cli-dev-server mode. Each run uses
a fresh data directory (true cold start: initdb + Temporal database creation); a warm restart reusing
the data directory is measured after it. Python standard library only.
"""
import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    """RSS of a process and all its descendants, in KiB."""
    total = 0
    pending = [pid]
    while pending:
        p = pending.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    pending.extend(int(c) for c in f.read().split())
        except FileNotFoundError:
            pass
    return total


def jvm_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start_once(jar, data_dir):
    port, tport = free_port(), free_port()
    env = dict(os.environ, PORT=str(port), KEEL_DATA_DIR=data_dir, KEEL_TEMPORAL_PORT=str(tport),
               KEEL_TEMPORAL_UI_PORT=str(free_port()))
    os.makedirs("/tmp/keel-bench-logs", exist_ok=True)
    log = open(os.path.join("/tmp/keel-bench-logs", os.path.basename(os.path.dirname(data_dir)) + ".log"), "a")
    started = time.monotonic()
    proc = subprocess.Popen(["java", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    body = None
    while time.monotonic() - started < 120:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                body = json.load(r)
                if r.status == 200 and body.get("status") == "healthy":
                    break
        except Exception:
            pass
        time.sleep(0.1)
    elapsed = time.monotonic() - started
    time.sleep(1)
    total, jvm = rss_kib(proc.pid), jvm_rss_kib(proc.pid)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    return elapsed, jvm, total, (body or {}).get("temporal", {}).get("mode")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jar", default="api/target/keel-api.jar")
    args = parser.parse_args()
    cold, warm = [], []
    for i in range(args.runs):
        base = tempfile.mkdtemp(prefix="keel-bench-")
        data = os.path.join(base, "data")
        os.makedirs(data)
        cold.append(start_once(args.jar, data))
        warm.append(start_once(args.jar, data))
        shutil.rmtree(base, ignore_errors=True)
        print(f"run {i + 1}: cold {cold[-1][0]:.1f}s (jvm {cold[-1][1] / 1024:.0f} MiB, all {cold[-1][2] / 1024:.0f} MiB, "
              f"{cold[-1][3]}), warm {warm[-1][0]:.1f}s (jvm {warm[-1][1] / 1024:.0f} MiB)", flush=True)
    for name, runs in (("cold", cold), ("warm", warm)):
        times = [r[0] for r in runs]
        print(f"{name}: median {statistics.median(times):.1f}s, max {max(times):.1f}s; "
              f"JVM RSS median {statistics.median(r[1] for r in runs) / 1024:.0f} MiB; "
              f"JVM+postgres+temporal RSS median {statistics.median(r[2] for r in runs) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
