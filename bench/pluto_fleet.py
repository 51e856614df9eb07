#!/usr/bin/env python3
"""Pluto on a fleet: one 2,000-row pipeline with 1, 2 and 3 worker processes under a fleet-wide LLM cap of 16.

Starts, in a temporary directory, a standalone PostgreSQL 15 (initdb + postgres, run as the `postgres` user when
started as root) and a Temporal dev server with its own database file; then an API process
(KEEL_WORKER_ENABLED=false) and, for each fleet size, N worker processes (`java -jar worker/target/keel-worker.jar`),
all pointed at them with SPRING_DATASOURCE_* and TEMPORAL_ADDRESS. A fake OpenAI-compatible chat server answers
every call in 200 ms (Nagle off) and records the most calls it ever had in flight. For each fleet size the script
uploads the CSV, polls /api/pluto/status every 250 ms until the run completes, reads which worker ran each batch
activity from the workflow's history, and stops the workers. Fresh workers first score a 300-row warm-up pipeline
(WARMUP_ROWS; not measured), so class loading and JIT compilation are not charged to the run.

Physical limit: calls x 0.2 s / 16. Targets: max in flight <= 16, elapsed <= 1.1x the limit.
Python standard library only.

Usage (repository root, after ./mvnw -q -B -DskipTests package):
    python3 bench/pluto_fleet.py [ROWS] [FLEET_SIZES]     defaults: 2000 1,2,3
Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH) and PostgreSQL 15 binaries (PG_BIN, default
/usr/lib/postgresql/15/bin).
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
FLEETS = [int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1,2,3").split(",")]
WARMUP_ROWS = int(os.environ.get("WARMUP_ROWS", "300"))
ANSWER_S, CAP = 0.200, 16
FAKE_PORT, API_PORT, PG_PORT, TEMPORAL_PORT, WORKER_PORT = 18661, 18662, 18663, 18664, 18670
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
API_JAR = os.environ.get("KEEL_API_JAR") or os.path.join(ROOT, "api", "target", "keel-api.jar")
WORKER_JAR = os.environ.get("KEEL_WORKER_JAR") or os.path.join(ROOT, "worker", "target", "keel-worker.jar")
PG_BIN = os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")
TEMPORAL = os.environ.get("KEEL_TEMPORAL_CLI") or shutil.which("temporal") or "temporal"


class FakeLlm(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else the body waits for the client's delayed ACK (~40 ms a call)
    lock = threading.Lock()
    calls = in_flight = max_in_flight = 0
    first_call = last_answer = None
    busy = 0.0

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        signals = "sales-hiring signals" in body["messages"][0]["content"]
        started = time.monotonic()
        with FakeLlm.lock:
            FakeLlm.calls += 1
            FakeLlm.in_flight += 1
            FakeLlm.max_in_flight = max(FakeLlm.max_in_flight, FakeLlm.in_flight)
            FakeLlm.first_call = FakeLlm.first_call or started
        try:
            time.sleep(ANSWER_S)
        finally:
            with FakeLlm.lock:
                FakeLlm.in_flight -= 1
                FakeLlm.last_answer = time.monotonic()
                FakeLlm.busy += FakeLlm.last_answer - started
        content = {"sold_to_finance": False, "founder": False, "startup": True, "acv_usd": None, "enterprise": True,
                   "red_flags": []} if signals else {"score": 70, "summary": "Fleet candidate", "pros": ["a"],
                                                     "cons": ["b"], "reasoning": "r",
                                                     "interview_questions": ["q1", "q2", "q3"]}
        data = json.dumps({"id": "chatcmpl-fleet", "object": "chat.completion", "created": 0, "model": "fleet",
                           "choices": [{"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": json.dumps(content)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def request(method, path, body=None, headers=None, content_type="application/json", timeout=60, port=API_PORT):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    req.add_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def as_postgres_user():
    if os.geteuid() == 0:
        import pwd
        user = pwd.getpwnam("postgres")
        return lambda: (os.setgid(user.pw_gid), os.setuid(user.pw_uid))
    return None


def start_postgres(work):
    data = os.path.join(work, "pg")
    os.makedirs(data)
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run([os.path.join(PG_BIN, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, preexec_fn=as_postgres_user())
    process = subprocess.Popen([os.path.join(PG_BIN, "postgres"), "-D", data, "-p", str(PG_PORT), "-k", data,
                                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
                               stdout=open(os.path.join(work, "postgres.log"), "w"), stderr=subprocess.STDOUT,
                               preexec_fn=as_postgres_user())
    wait_for(lambda: subprocess.run([os.path.join(PG_BIN, "pg_isready"), "-h", "127.0.0.1", "-p", str(PG_PORT)],
                                    capture_output=True).returncode == 0, 60, "PostgreSQL")
    return process


def start_temporal(work):
    args = [TEMPORAL, "server", "start-dev", "--db-filename", os.path.join(work, "temporal.db"), "--port",
            str(TEMPORAL_PORT), "--headless", "--log-level", "error"]
    for attribute in ("KeelOrgId=Keyword", "KeelKind=Keyword", "KeelOutcome=Keyword"):
        args += ["--search-attribute", attribute]
    process = subprocess.Popen(args, stdout=open(os.path.join(work, "temporal.log"), "w"), stderr=subprocess.STDOUT)
    wait_for(lambda: subprocess.run([TEMPORAL, "operator", "namespace", "describe", "default", "--address",
                                     f"127.0.0.1:{TEMPORAL_PORT}"], capture_output=True).returncode == 0, 60,
             "Temporal")
    return process


def keel_env(work, name, port):
    return dict(os.environ, PORT=str(port), KEEL_DATA_DIR=os.path.join(work, name),
                SPRING_DATASOURCE_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/postgres",
                SPRING_DATASOURCE_USERNAME="postgres", SPRING_DATASOURCE_PASSWORD="",
                TEMPORAL_ADDRESS=f"127.0.0.1:{TEMPORAL_PORT}", KEEL_LLM_BASE_URL=f"http://127.0.0.1:{FAKE_PORT}/v1",
                KEEL_LLM_API_KEY="fleet", KEEL_LLM_MAX_CONCURRENCY=str(CAP))


def start_java(work, name, jar, port, health, **extra):
    env = keel_env(work, name, port)
    env.update(extra)
    process = subprocess.Popen(["java", "-Xmx512m", "-jar", jar], env=env,
                               stdout=open(os.path.join(work, name + ".log"), "w"), stderr=subprocess.STDOUT)

    def healthy():
        try:
            return request("GET", health, timeout=5, port=port)[0] == 200
        except OSError:
            return False
    wait_for(healthy, 240, name, process)
    return process


def wait_for(check, seconds, what, process=None):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            sys.exit(f"{what} exited with {process.returncode}")
        if check():
            return
        time.sleep(0.5)
    sys.exit(f"{what} did not start within {seconds} s")


def stop(process):
    process.terminate()
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        process.kill()


def csv_bytes(rows, tag):
    lines = ["name,job_title,location_city,location_state,years_sales_experience,linkedin_headline"]
    lines += [f"{tag} {i},Account Executive,Austin,TX,{i % 9},Enterprise AE selling to banks"
              for i in range(1, rows + 1)]
    return ("\n".join(lines) + "\n").encode()


def batch_workers(workflow_id):
    out = subprocess.run([TEMPORAL, "workflow", "show", "--workflow-id", workflow_id, "--address",
                          f"127.0.0.1:{TEMPORAL_PORT}", "--output", "json"], capture_output=True, text=True)
    events = json.loads(out.stdout).get("events", []) if out.stdout.strip() else []
    by_worker = collections.Counter()
    for event in events:
        started = event.get("activityTaskStartedEventAttributes")
        if started:
            by_worker[started.get("identity", "?")] += 1
    return dict(by_worker)


def pipeline(rows, tag):
    """Uploads a CSV of rows as a new user and waits for the run to end; returns (run id, last status, seconds)."""
    account = {"email": f"{tag}-{time.time_ns()}@bench.example", "password": "password-123"}
    status, user = request("POST", "/api/auth/register", account)
    assert status in (200, 201), user
    auth = {"Authorization": "Bearer " + user["access_token"]}
    boundary = "fleetboundary7d1"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fleet.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n").encode() + csv_bytes(rows, tag) + f"\r\n--{boundary}--\r\n".encode()
    with FakeLlm.lock:
        FakeLlm.calls, FakeLlm.max_in_flight, FakeLlm.busy = 0, 0, 0.0
        FakeLlm.first_call = FakeLlm.last_answer = None
    started = time.monotonic()
    status, upload = request("POST", "/api/pluto/upload", body, auth,
                             content_type=f"multipart/form-data; boundary={boundary}", timeout=120)
    assert status == 200, upload
    while True:
        status, last = request("GET", f"/api/pluto/status?run_id={upload['run_id']}", headers=auth)
        assert status == 200, last
        if last.get("status") in ("complete", "failed", "cancelled"):
            return upload["run_id"], last, started, time.monotonic() - started
        time.sleep(0.25)


def run_fleet(work, size, limit):
    workers = [start_java(work, f"worker{size}-{i}", WORKER_JAR, WORKER_PORT + 10 * size + i, "/actuator/health")
               for i in range(size)]
    try:
        pipeline(WARMUP_ROWS, f"Warm{size}")  # fresh JVMs: class loading and JIT are not what is measured
        run_id, last, started, elapsed = pipeline(ROWS, f"Fleet{size}")
        return {"workers": size, "status": last["status"], "scored": last["candidates_scored"],
                "elapsed_s": round(elapsed, 1), "limit_s": round(limit, 1), "ratio": round(elapsed / limit, 3),
                "llm_calls": FakeLlm.calls, "max_llm_in_flight": FakeLlm.max_in_flight,
                "first_call_after_s": round(FakeLlm.first_call - started, 1),
                "mean_in_flight": round(FakeLlm.busy / (FakeLlm.last_answer - FakeLlm.first_call), 1),
                "after_last_answer_s": round(started + elapsed - FakeLlm.last_answer, 1),
                "activities_per_worker": sorted(batch_workers("pluto-scoring-" + run_id).values(), reverse=True),
                "load_avg": [round(x, 2) for x in os.getloadavg()]}
    finally:
        for worker in workers:
            stop(worker)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", FAKE_PORT), FakeLlm)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    limit = 2 * ROWS * ANSWER_S / CAP
    print(f"{ROWS} rows, {2 * ROWS} LLM calls of {ANSWER_S * 1000:.0f} ms; fleet cap {CAP}; "
          f"physical limit {limit:.1f} s", flush=True)
    work = tempfile.mkdtemp(prefix="keel-fleet-")
    postgres = start_postgres(work)
    temporal = start_temporal(work)
    api = None
    try:
        api = start_java(work, "api", API_JAR, API_PORT, "/health", KEEL_WORKER_ENABLED="false")
        for size in FLEETS:
            print(json.dumps(run_fleet(work, size, limit)), flush=True)
    finally:
        for process in (api, temporal, postgres):
            if process is not None:
                stop(process)
    print("logs in " + work)


if __name__ == "__main__":
    main()
