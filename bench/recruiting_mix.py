#!/usr/bin/env python3
"""Recruiting CRUD mix against the packaged Keel jar: throughput, latency per operation, CPU per write.

The mix of the side-by-side comparison with the original recruiting app, at concurrency 8:
40% GET one (job or candidate), 25% list, 15% create candidate, 10% create job, 10% patch (job or candidate).

The script starts `java -jar api/target/keel-api.jar` (or KEEL_JAR) with a fresh data dir (embedded PostgreSQL
and Temporal dev server), registers a user, seeds jobs and candidates, waits until their embeddings settle,
warms up, then runs the mix for SECONDS. Clients are CLIENT_PROCS processes of 8/CLIENT_PROCS threads, each
thread with its own keep-alive http.client connection, so the GIL does not cap the client.

CPU: utime+stime of the Keel JVM and every descendant (PostgreSQL backends, the temporal CLI) from /proc,
before and after the load, divided by the writes; then the CPU spent after the load until the embedding
process tree is idle again (the embeddings drained), and how long that takes.

Usage (repository root, after ./mvnw -q -B package -DskipTests):
    python3 bench/recruiting_mix.py [SECONDS] [WARMUP_SECONDS]     defaults: 60 10
Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH). Python standard library only.
"""
import http.client
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
WARMUP = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
CONCURRENCY, CLIENT_PROCS = 8, 2
SEED_JOBS, SEED_CANDIDATES = 100, 400
KEEL_PORT, TEMPORAL_PORT = 18621, 18623
JAR = os.environ.get("KEEL_JAR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "api", "target",
                                                 "keel-api.jar")
CLK_TCK = os.sysconf("SC_CLK_TCK")
OPS = [("get", 40), ("list", 25), ("create_candidate", 15), ("create_job", 10), ("patch", 10)]
WRITES = ("create_candidate", "create_job", "patch")
SKILLS = ["Python", "Java", "Go", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "React", "Spring", "Temporal"]
TITLES = ["Backend Engineer", "Data Engineer", "Frontend Engineer", "SRE", "Engineering Manager", "ML Engineer"]


class Client:
    def __init__(self, token=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", KEEL_PORT, timeout=60)
        self.headers = {"Content-Type": "application/json"}
        if token:
            self.headers["Authorization"] = "Bearer " + token

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body)
        self.connection.request(method, path, body=data, headers=self.headers)
        response = self.connection.getresponse()
        return response.status, response.read()


def job_body(rng):
    skills = rng.sample(SKILLS, 3)
    return {"title": "Senior " + rng.choice(TITLES), "department": "Engineering", "location": "Remote",
            "description": "We build durable systems with " + ", ".join(skills) + ".",
            "required_skills": skills, "nice_to_have_skills": rng.sample(SKILLS, 2), "status": "open"}


def candidate_body(rng):
    return {"full_name": f"Bench Candidate {rng.randrange(10**9)}", "headline": rng.choice(TITLES),
            "location": "Remote", "experience_years": rng.randrange(1, 20), "current_title": rng.choice(TITLES),
            "current_company": "Acme", "notes": "Experience with " + ", ".join(rng.sample(SKILLS, 4)) + "."}


def process_cpu_seconds(root_pid):
    """utime+stime of root_pid and all its live descendants."""
    parents, times = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / CLK_TCK
    tree, changed = {root_pid}, True
    while changed:
        added = {pid for pid, ppid in parents.items() if ppid in tree and pid not in tree}
        tree |= added
        changed = bool(added)
    return sum(times.get(pid, 0.0) for pid in tree)


def worker(token, ids, deadline_at, start_at, seed, results):
    rng = random.Random(seed)
    client = Client(token)
    names, weights = [op for op, _ in OPS], [w for _, w in OPS]
    samples = {op: [] for op, _ in OPS}
    errors = 0
    while time.time() < start_at:
        time.sleep(0.01)
    cpu_started = time.process_time()
    while time.time() < deadline_at:
        op = rng.choices(names, weights)[0]
        kind = rng.choice(("jobs", "candidates"))
        started = time.perf_counter()
        if op == "get":
            status, _ = client.call("GET", f"/api/v1/{kind}/{rng.choice(ids[kind])}")
        elif op == "list":
            status, _ = client.call("GET", f"/api/v1/{kind}?limit=20&skip={rng.randrange(0, 100)}")
        elif op == "create_candidate":
            status, _ = client.call("POST", "/api/v1/candidates", candidate_body(rng))
        elif op == "create_job":
            status, _ = client.call("POST", "/api/v1/jobs", job_body(rng))
        else:
            body = {"notes": f"Patched {rng.randrange(10**9)}"} if kind == "candidates" \
                else {"description": f"Patched {rng.randrange(10**9)}"}
            status, _ = client.call("PATCH", f"/api/v1/{kind}/{rng.choice(ids[kind])}", body)
        samples[op].append(time.perf_counter() - started)
        if status >= 400:
            errors += 1
    results.put((samples, errors, time.process_time() - cpu_started))


def client_process(token, ids, deadline_at, start_at, seed, threads, results):
    import threading
    pool = [threading.Thread(target=worker, args=(token, ids, deadline_at, start_at, seed * 100 + i, results))
            for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def run_mix(token, ids, seconds):
    results = multiprocessing.Queue()
    start_at = time.time() + 1.0
    deadline_at = start_at + seconds
    procs = [multiprocessing.Process(target=client_process,
                                     args=(token, ids, deadline_at, start_at, p + 1, CONCURRENCY // CLIENT_PROCS,
                                           results)) for p in range(CLIENT_PROCS)]
    for p in procs:
        p.start()
    while time.time() < start_at:
        time.sleep(0.01)
    outs = [results.get() for _ in range(CONCURRENCY)]
    for p in procs:
        p.join()
    samples = {op: sorted(x for out in outs for x in out[0][op]) for op, _ in OPS}
    errors = sum(out[1] for out in outs)
    client_cpu = sum(out[2] for out in outs)
    return samples, errors, client_cpu


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))] * 1000


def start_keel(data_dir):
    env = dict(os.environ, PORT=str(KEEL_PORT), KEEL_DATA_DIR=data_dir, KEEL_TEMPORAL_PORT=str(TEMPORAL_PORT),
               KEEL_TEMPORAL_UI_PORT="none")
    log = open(os.path.join(data_dir, "keel.log"), "w")
    process = subprocess.Popen(["java", "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 240
    while time.time() < deadline:
        try:
            if Client().call("GET", "/health")[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    sys.exit("Keel did not become healthy; see " + log.name)


def wait_for_drain(pid, started_cpu, timeout=900):
    """Waits until the Keel process tree is idle (under 0.1 core for 3 s in a row): the embeddings are drained.
    Returns (seconds until the idle stretch began, Keel CPU seconds since started_cpu)."""
    started = time.time()
    idle_since, last_cpu, last_at = None, process_cpu_seconds(pid), time.time()
    while time.time() - started < timeout:
        time.sleep(0.5)
        cpu, now = process_cpu_seconds(pid), time.time()
        busy = (cpu - last_cpu) / (now - last_at)
        last_cpu, last_at = cpu, now
        if busy < 0.1:
            idle_since = idle_since or now - 0.5
            if now - idle_since >= 3.0:
                return idle_since - started, cpu - started_cpu
        else:
            idle_since = None
    return float("nan"), process_cpu_seconds(pid) - started_cpu


def main():
    if not os.path.exists(JAR):
        sys.exit(f"{JAR} not found: build it with ./mvnw -q -B package -DskipTests")
    data_dir = tempfile.mkdtemp(prefix="keel-mix-")
    keel = start_keel(data_dir)
    try:
        setup = Client()
        email = f"mix-{random.randrange(10**9)}@example.com"
        status, body = setup.call("POST", "/api/auth/register", {"email": email, "password": "bench-password-123"})
        if status != 201:
            sys.exit(f"register failed with HTTP {status}: {body[:200]}")
        token = json.loads(body)["access_token"]
        api = Client(token)
        rng = random.Random(7)
        ids = {"jobs": [], "candidates": []}
        for _ in range(SEED_JOBS):
            ids["jobs"].append(json.loads(api.call("POST", "/api/v1/jobs", job_body(rng))[1])["id"])
        for _ in range(SEED_CANDIDATES):
            ids["candidates"].append(json.loads(api.call("POST", "/api/v1/candidates", candidate_body(rng))[1])["id"])
        print(f"seeded {SEED_JOBS} jobs, {SEED_CANDIDATES} candidates; waiting for their embeddings")
        wait_for_drain(keel.pid, process_cpu_seconds(keel.pid))
        run_mix(token, ids, WARMUP)
        wait_for_drain(keel.pid, process_cpu_seconds(keel.pid))

        cpu_before = process_cpu_seconds(keel.pid)
        wall = time.time()
        samples, errors, client_cpu = run_mix(token, ids, SECONDS)
        wall = time.time() - wall - 1.0
        cpu_load = process_cpu_seconds(keel.pid) - cpu_before
        drain_seconds, drain_cpu = wait_for_drain(keel.pid, cpu_before + cpu_load)

        total = sum(len(v) for v in samples.values())
        writes = sum(len(samples[op]) for op in WRITES)
        print(f"\nmachine: {os.cpu_count()} cores, {cpu_model()}; date {time.strftime('%Y-%m-%d %H:%M %Z')}")
        print(f"mix at concurrency {CONCURRENCY} for {SECONDS:.0f} s (after {WARMUP:.0f} s warm-up): "
              f"{total} requests, {total / wall:.0f} req/s, errors {errors}")
        print(f"{'operation':<18}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
        for op, _ in OPS:
            v = samples[op]
            print(f"{op:<18}{len(v):>8}{percentile(v, .5):>9.1f}{percentile(v, .95):>9.1f}{percentile(v, .99):>9.1f}")
        print(f"Keel CPU during the load: {cpu_load:.1f} s = {cpu_load / wall:.2f} cores; "
              f"{cpu_load / max(writes, 1) * 1000:.2f} ms per write ({writes} writes; includes the reads' CPU)")
        print(f"drain after the load: {drain_seconds:.1f} s, Keel CPU {drain_cpu:.1f} s "
              f"= {drain_cpu / max(writes, 1) * 1000:.2f} ms per write")
        busy = client_cpu / wall
        print(f"client CPU: {client_cpu:.1f} s = {busy:.2f} cores over {CLIENT_PROCS} processes "
              f"({'CPU-bound' if busy > 0.9 * CLIENT_PROCS else 'not CPU-bound'}; it shares the machine with Keel)")
    finally:
        keel.terminate()
        try:
            keel.wait(30)
        except subprocess.TimeoutExpired:
            keel.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


if __name__ == "__main__":
    main()
