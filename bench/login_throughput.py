#!/usr/bin/env python3
"""Measures POST /api/auth/login throughput against a running Keel: sequential and with 2 concurrent clients.

Usage: bench/login_throughput.py [BASE_URL] [SECONDS]   (defaults: http://127.0.0.1:8080, 10)
Each client presents its own X-Forwarded-For; that only matters when the server trusts the header.
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
PASSWORD = "bench-password-123"


def post(path, body, headers=None):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def run(clients, email):
    counts, errors, latencies = [0] * clients, [0] * clients, [[] for _ in range(clients)]
    deadline = time.monotonic() + SECONDS

    def worker(i):
        while time.monotonic() < deadline:
            started = time.monotonic()
            status = post("/api/auth/login", {"email": email, "password": PASSWORD})
            latencies[i].append(time.monotonic() - started)
            if status == 200:
                counts[i] += 1
            else:
                errors[i] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    all_latencies = sorted(x for per in latencies for x in per)
    median_ms = all_latencies[len(all_latencies) // 2] * 1000 if all_latencies else float("nan")
    print(f"{clients} client(s): {sum(counts)} logins in {elapsed:.1f} s = {sum(counts) / elapsed:.1f} logins/s, "
          f"median latency {median_ms:.0f} ms, errors {sum(errors)}")


def main():
    email = f"bench-{uuid.uuid4().hex[:10]}@example.com"
    status = post("/api/auth/register", {"email": email, "password": PASSWORD})
    if status != 201:
        sys.exit(f"register failed with HTTP {status}")
    post("/api/auth/login", {"email": email, "password": PASSWORD})
    run(1, email)
    run(2, email)


if __name__ == "__main__":
    main()
