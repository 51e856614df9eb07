#!/usr/bin/env python3
"""Pluto scoring pipeline at scale: 10,000 rows, Keel's scheme against the original's batches of 15.

Runs its own fake OpenAI-compatible chat server whose answer time for each call is drawn from a fixed-seed
log-normal distribution (median 100 ms, p99 about 1 s) keyed by (prompt kind, candidate name), so both schemes
see exactly the same answer times. Each row costs two calls (signal extraction, AI scoring).

For each scheme the script starts the packaged Keel jar (fresh data dir, embedded PostgreSQL and Temporal dev
server), registers a user, uploads the CSV, polls GET /api/pluto/status every 250 ms (recording its latency)
until the run completes, reads every run of the workflow's history from Temporal, and stops Keel.

- keel:     PLUTO_BATCH_SIZE=100, PLUTO_BATCHES_IN_FLIGHT=3, 16 LLM calls in flight per pipeline (the defaults)
- batch15:  PLUTO_BATCH_SIZE=15, PLUTO_BATCHES_IN_FLIGHT=1: 15 calls at once, the next batch only after the
            slowest of them answered (the original's scheme), on the same activities

The physical limit is the sum of the drawn answer times divided by 16. Python standard library only.

Usage (repository root, after ./mvnw -q -B package -DskipTests):
    python3 bench/pluto_10k.py [ROWS] [SCHEMES]     defaults: 10000 keel,batch15
Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH).
"""
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
SCHEMES = (sys.argv[2] if len(sys.argv) > 2 else "keel,batch15").split(",")
SEED = 20261122
MU, SIGMA = math.log(0.100), math.log(10.0) / 2.326  # median 100 ms, p99 = 1 s
FAKE_PORT, KEEL_PORT, TEMPORAL_PORT = 18611, 18612, 18613
JAR = os.environ.get("KEEL_JAR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "api", "target", "keel-api.jar")
NAME = re.compile(r"Name: (.*)")


def answer_time(kind, name):
    return random.Random(f"{SEED}:{kind}:{name}").lognormvariate(MU, SIGMA)


class FakeLlm(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle on, the body waits for the client's delayed ACK
    # (about 40 ms per call), which would be charged to Keel.
    disable_nagle_algorithm = True
    lock = threading.Lock()
    served = 0.0
    calls = 0
    in_flight = 0
    max_in_flight = 0

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        system, user = body["messages"][0]["content"], body["messages"][1]["content"]
        kind = "signals" if "sales-hiring signals" in system else "score"
        match = NAME.search(user)
        name = match.group(1).strip() if match else "?"
        delay = answer_time(kind, name)
        with FakeLlm.lock:
            FakeLlm.calls += 1
            FakeLlm.served += delay
            FakeLlm.in_flight += 1
            FakeLlm.max_in_flight = max(FakeLlm.max_in_flight, FakeLlm.in_flight)
        time.sleep(delay)
        if kind == "signals":
            content = {"sold_to_finance": False, "founder": False, "startup": True, "acv_usd": None,
                       "enterprise": True, "red_flags": []}
        else:
            content = {"score": sum(map(ord, name)) % 101, "summary": "Bench candidate " + name, "pros": ["a"],
                       "cons": ["b"], "reasoning": "r", "interview_questions": ["q1", "q2", "q3"]}
        data = json.dumps({"id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": "bench",
                           "choices": [{"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": json.dumps(content)}}]}).encode()
        with FakeLlm.lock:
            FakeLlm.in_flight -= 1
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def request(method, path, body=None, headers=None, content_type="application/json", timeout=60):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{KEEL_PORT}{path}", data=data, method=method)
    req.add_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def csv_bytes(rows):
    lines = ["name,job_title,location_city,location_state,years_sales_experience,linkedin_headline"]
    for i in range(1, rows + 1):
        lines.append(f"Bench {i},Account Executive,Austin,TX,{i % 9},Enterprise AE selling to banks")
    return ("\n".join(lines) + "\n").encode()


def start_keel(scheme, data_dir):
    env = dict(os.environ, PORT=str(KEEL_PORT), KEEL_DATA_DIR=data_dir, KEEL_TEMPORAL_PORT=str(TEMPORAL_PORT),
               KEEL_TEMPORAL_UI_PORT="none", KEEL_LLM_BASE_URL=f"http://127.0.0.1:{FAKE_PORT}/v1",
               KEEL_LLM_API_KEY="bench", PLUTO_LLM_CONCURRENCY="16")
    if scheme == "batch15":
        env.update(PLUTO_BATCH_SIZE="15", PLUTO_BATCHES_IN_FLIGHT="1")
    log = open(os.path.join(data_dir, "keel.log"), "w")
    process = subprocess.Popen(["java", "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if request("GET", "/health", timeout=5)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    sys.exit("Keel did not become healthy; see " + log.name)


def histories(workflow_id):
    cli = os.environ.get("KEEL_TEMPORAL_CLI") or shutil.which("temporal") or "temporal"
    out = subprocess.run([cli, "workflow", "list", "--address", f"127.0.0.1:{TEMPORAL_PORT}", "--query",
                          f"WorkflowId='{workflow_id}'", "--output", "json"], capture_output=True, text=True)
    runs = [json.loads(line) for line in out.stdout.splitlines() if line.strip().startswith("{")] \
        if not out.stdout.strip().startswith("[") else json.loads(out.stdout)
    return sorted(int(r.get("historyLength", 0)) for r in runs)


def run_scheme(scheme, csv, limit):
    data_dir = tempfile.mkdtemp(prefix=f"keel-pluto-{scheme}-")
    process = start_keel(scheme, data_dir)
    try:
        account = {"email": f"{scheme}@bench.example", "password": "password-123"}
        status, user = request("POST", "/api/auth/register", account)
        auth = {"Authorization": "Bearer " + user["access_token"]}
        boundary = "benchboundary7d1"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                f"Content-Type: text/csv\r\n\r\n").encode() + csv + f"\r\n--{boundary}--\r\n".encode()
        with FakeLlm.lock:
            FakeLlm.served, FakeLlm.calls, FakeLlm.max_in_flight = 0.0, 0, 0
        started = time.monotonic()
        status, upload = request("POST", "/api/pluto/upload", body, auth,
                                 content_type=f"multipart/form-data; boundary={boundary}", timeout=120)
        assert status == 200, upload
        run_id, latencies, last = upload["run_id"], [], None
        while True:
            t0 = time.monotonic()
            status, last = request("GET", f"/api/pluto/status?run_id={run_id}", headers=auth)
            latencies.append((time.monotonic() - t0) * 1000)
            if status == 401:  # access tokens last 15 minutes; the batch15 scheme runs longer
                auth = {"Authorization": "Bearer " + request("POST", "/api/auth/login", account)[1]["access_token"]}
                continue
            assert status == 200, last
            if last.get("status") in ("complete", "failed", "cancelled"):
                break
            time.sleep(0.25)
        elapsed = time.monotonic() - started
        lengths = histories("pluto-scoring-" + run_id)
        latencies.sort()
        return {"scheme": scheme, "status": last["status"], "scored": last["candidates_scored"],
                "elapsed_s": round(elapsed, 1), "ratio_to_limit": round(elapsed / limit, 3),
                "llm_calls": FakeLlm.calls, "served_answer_time_s": round(FakeLlm.served, 1),
                "max_llm_in_flight": FakeLlm.max_in_flight, "workflow_runs": len(lengths),
                "max_history_events": max(lengths) if lengths else None,
                "status_polls": len(latencies), "status_p50_ms": round(statistics.median(latencies), 1),
                "status_p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1)}
    finally:
        process.terminate()
        process.wait(90)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", FAKE_PORT), FakeLlm)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    drawn = sum(answer_time(kind, f"Bench {i}") for i in range(1, ROWS + 1) for kind in ("signals", "score"))
    limit = drawn / 16
    print(f"{ROWS} rows, {2 * ROWS} LLM calls; sum of drawn answer times {drawn:.1f} s; "
          f"physical limit at 16 in flight {limit:.1f} s")
    csv = csv_bytes(ROWS)
    for scheme in SCHEMES:
        print(json.dumps(run_scheme(scheme, csv, limit)), flush=True)


if __name__ == "__main__":
    main()
