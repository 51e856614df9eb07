#!/usr/bin/env python3
"""Recruiting CRUD mix against the packaged Keel jar: throughput, latency per operation, CPU per write.

The mix of the side-by-side comparison with the original recruiting app, at concurrency 8:
40% GET one (job or candidate), 25% list, 15% create candidate, 10% create job, 10% patch (job or candidate).

The script starts `java -jar api/target/keel-api.jar` (or KEEL_JAR) with a fresh data dir (embedded PostgreSQL
and Temporal dev server), registers a user, seeds jobs and candidates, waits until their embeddings settle,
warms up, then runs the mix for SECONDS in bench/loadgen (Go, built here with `go build`: 8 workers, each with
its own keep-alive connection; a Python client cannot drive 1,000 req/s on two cores shared with Keel).

CPU: utime+stime of the Keel JVM and every descendant (PostgreSQL backends, the temporal CLI) from /proc,
before and after the load, per request; then the CPU spent after the load until the process tree is idle again
(the embeddings drained) and how long that takes; the CPU per write charges all of it to the writes.

Environment: KEEL_JAR (another jar, e.g. the previous build, for a before/after pair), KEEL_POSTGRES_DURABLE=false
(passed to Keel: no fsync per commit), BENCH_JFR=/tmp/mix.jfr (a JFR profile of the measured mix).

Usage (repository root, after ./mvnw -q -B package -DskipTests):
    python3 bench/recruiting_mix.py [SECONDS] [WARMUP_SECONDS]     defaults: 60 10
Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH) and Go (`go` on PATH or /usr/local/go/bin/go).
"""
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
WARMUP = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
CONCURRENCY = 8
PROFILE = os.environ.get("BENCH_JFR")
DATA_DIR = None
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
    """utime+stime of Keel's processes (see process_cpu_by_program)."""
    return sum(process_cpu_by_program(root_pid).values())


def process_cpu_by_program(root_pid):
    """utime+stime of root_pid, of the processes started with Keel's data dir in their command line (the embedded
    PostgreSQL daemonizes: its postmaster is not a child of the JVM) and of all their live descendants, by
    program: java (Keel), postgres, temporal."""
    parents, times, names, roots = {}, {}, {}, {root_pid}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                head, tail = f.read().rsplit(")", 1)
        except OSError:
            continue
        fields = tail.split()
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / CLK_TCK
        names[int(entry)] = head.split("(", 1)[1]
        if DATA_DIR and "postgres" in names[int(entry)]:
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    if DATA_DIR.encode() in f.read():
                        roots.add(int(entry))
            except OSError:
                pass
    tree, changed = set(roots), True
    while changed:
        added = {pid for pid, ppid in parents.items() if ppid in tree and pid not in tree}
        tree |= added
        changed = bool(added)
    by_program = {}
    for pid in tree:
        program = "java" if pid == root_pid else "postgres" if "postgres" in names.get(pid, "") else names.get(pid, "?")
        by_program[program] = by_program.get(program, 0.0) + times.get(pid, 0.0)
    return by_program


def jvm_thread_cpu(pid):
    """utime+stime of the JVM's threads, by thread name with digits dropped (http-nio-exec, C2 CompilerThre...)."""
    by_name = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                head, tail = f.read().rsplit(")", 1)
        except OSError:
            continue
        fields = tail.split()
        name = "".join(c for c in head.split("(", 1)[1] if not c.isdigit()).strip(" -#")
        by_name[name] = by_name.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / CLK_TCK
    return by_name


def build_loadgen():
    """Builds bench/loadgen (Go, standard library only) into a temporary directory; returns the binary's path."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "loadgen")
    binary = os.path.join(tempfile.mkdtemp(prefix="keel-loadgen-"), "loadgen")
    go = shutil.which("go") or "/usr/local/go/bin/go"
    subprocess.run([go, "build", "-o", binary, "."], cwd=source, check=True)
    return binary


def run_mix(loadgen, token, ids, seconds, seed):
    """Runs the mix in the Go load generator; returns its summary (see bench/loadgen/main.go)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(ids, f)
    try:
        out = subprocess.run([loadgen, "-url", f"http://127.0.0.1:{KEEL_PORT}", "-token", token, "-ids", f.name,
                              "-seconds", str(seconds), "-concurrency", str(CONCURRENCY), "-seed", str(seed)],
                             check=True, capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    return json.loads(out.stdout)


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
    loadgen = build_loadgen()
    global DATA_DIR
    data_dir = DATA_DIR = tempfile.mkdtemp(prefix="keel-mix-")
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
        print(f"seeded {SEED_JOBS} jobs, {SEED_CANDIDATES} candidates; waiting for their embeddings", flush=True)
        wait_for_drain(keel.pid, process_cpu_seconds(keel.pid))
        run_mix(loadgen, token, ids, WARMUP, seed=1)
        wait_for_drain(keel.pid, process_cpu_seconds(keel.pid))

        load_before = os.getloadavg()
        threads_before = jvm_thread_cpu(keel.pid)
        split_before = process_cpu_by_program(keel.pid)
        cpu_before = sum(split_before.values())
        if PROFILE:
            subprocess.run(["jcmd", str(keel.pid), "JFR.start", f"duration={SECONDS:.0f}s", f"filename={PROFILE}",
                            "settings=profile"], check=True, capture_output=True)
        result = run_mix(loadgen, token, ids, SECONDS, seed=2)
        split_after = process_cpu_by_program(keel.pid)
        threads = {k: v - threads_before.get(k, 0.0) for k, v in jvm_thread_cpu(keel.pid).items()}
        cpu_load = sum(split_after.values()) - cpu_before
        split = {k: v - split_before.get(k, 0.0) for k, v in split_after.items()}
        drain_seconds, drain_cpu = wait_for_drain(keel.pid, cpu_before + cpu_load)
        report(result, cpu_load, split, threads, drain_seconds, drain_cpu, load_before)
    finally:
        keel.terminate()
        try:
            keel.wait(30)
        except subprocess.TimeoutExpired:
            keel.kill()
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.rmtree(os.path.dirname(loadgen), ignore_errors=True)


def report(result, cpu_load, split, threads, drain_seconds, drain_cpu, load_before):
    wall, total, ops = result["seconds"], result["requests"], result["operations"]
    writes = sum(ops[op]["count"] for op in WRITES)
    durable = os.environ.get("KEEL_POSTGRES_DURABLE", "true")
    print(f"\nmachine: {os.cpu_count()} cores, {cpu_model()}; date {time.strftime('%Y-%m-%d %H:%M %Z')}; "
          f"load average before the mix {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
          f"jar {os.path.basename(JAR)}; KEEL_POSTGRES_DURABLE={durable}")
    print(f"mix at concurrency {CONCURRENCY} for {SECONDS:.0f} s (after {WARMUP:.0f} s warm-up): "
          f"{total} requests, {result['requests_per_second']:.0f} req/s, errors {result['errors']}"
          + (f" (first: {result['first_error']})" if result["errors"] else ""))
    print(f"{'operation':<18}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for op, _ in OPS:
        o = ops[op]
        print(f"{op:<18}{o['count']:>8}{o['p50_ms']:>9.1f}{o['p95_ms']:>9.1f}{o['p99_ms']:>9.1f}")
    print(f"Keel CPU during the load: {cpu_load:.1f} s = {cpu_load / wall:.2f} cores; "
          f"{cpu_load / max(total, 1) * 1000:.2f} ms per request ("
          + ", ".join(f"{k} {v / max(total, 1) * 1000:.2f}" for k, v in sorted(split.items()) if v > 0) + ")")
    busiest = sorted(threads.items(), key=lambda kv: -kv[1])[:8]
    print("JVM threads during the load, ms per request: "
          + ", ".join(f"{k} {v / max(total, 1) * 1000:.2f}" for k, v in busiest))
    print(f"drain after the load: {drain_seconds:.1f} s, Keel CPU {drain_cpu:.1f} s")
    print(f"CPU per write, embeddings included (all of the load's and the drain's CPU charged to the {writes} writes): "
          f"{(cpu_load + drain_cpu) / max(writes, 1) * 1000:.2f} ms")
    print(f"client (Go load generator) CPU: {result['client_cpu_seconds']:.1f} s = "
          f"{result['client_cpu_seconds'] / wall:.2f} cores")
    print("json: " + json.dumps({"jar": os.path.basename(JAR), "durable": durable, "load": load_before,
                                 "rps": result["requests_per_second"], "ops": ops, "cpu_load": cpu_load, "split": split, "threads": threads,
                                 "wall": wall, "writes": writes, "drain_seconds": drain_seconds,
                                 "drain_cpu": drain_cpu, "client_cpu": result["client_cpu_seconds"]}))


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


if __name__ == "__main__":
    main()
