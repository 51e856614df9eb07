#!/usr/bin/env python3
"""Webhook-to-decision latency of Keel approvals (Python standard library only).

Creates N approvals (auto-approve off), delivers one Telegram callback per approval to POST /telegram/webhook,
and measures the time from sending the webhook until GET /approval/status/{id} shows the decision (polled every
5 ms). Prints p50/p99. The script runs its own fake Telegram Bot API on TELEGRAM_FAKE_PORT (default 18555), so
Keel must point TELEGRAM_API_BASE at it.

Start Keel first (from the repository root):

    ./mvnw -q -B package -DskipTests
    PORT=18081 KEEL_TEMPORAL_PORT=17234 KEEL_TEMPORAL_UI_PORT=none KEEL_DATA_DIR=/tmp/keel-bench \\
    AUTO_APPROVE_BUILD113=false KEEL_APPROVAL_REQUESTS_PER_MINUTE=100000 AUTOPACK_API_KEY=bench-key \\
    TELEGRAM_BOT_TOKEN=42:BENCH TELEGRAM_CHAT_ID=777 TELEGRAM_API_BASE=http://127.0.0.1:18555 \\
    TELEGRAM_WEBHOOK_SECRET=bench-secret java -jar api/target/keel-api.jar

Authentication: the approval endpoints take an X-API-Key; start Keel with AUTOPACK_API_KEY=bench-key (it seeds
that key) or set KEEL_AUTH_HEADER to any header that authenticates (default "X-API-Key: bench-key").

Then: KEEL_URL=http://127.0.0.1:18081 TELEGRAM_WEBHOOK_SECRET=bench-secret python3 bench/webhook_latency.py
"""
import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEEL = os.environ.get("KEEL_URL", "http://127.0.0.1:18081").rstrip("/")
SECRET = os.environ.get("TELEGRAM_WEBHOOK_SECRET", "bench-secret")
AUTH = os.environ.get("KEEL_AUTH_HEADER", "X-API-Key: bench-key")
COUNT = int(os.environ.get("BENCH_COUNT", "200"))
FAKE_PORT = int(os.environ.get("TELEGRAM_FAKE_PORT", "18555"))
calls = {"sendMessage": 0, "answerCallbackQuery": 0, "editMessageText": 0}
lock = threading.Lock()


class FakeTelegram(BaseHTTPRequestHandler):
    next_id = 5000

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        method = self.path.rsplit("/", 1)[-1]
        with lock:
            calls[method] = calls.get(method, 0) + 1
            FakeTelegram.next_id += 1
            message_id = FakeTelegram.next_id
        if method == "sendMessage":
            result = {"message_id": message_id, "chat": {"id": body.get("chat_id"), "type": "private"},
                      "date": int(time.time()), "text": body.get("text", "")}
        elif method == "editMessageText":
            result = {"message_id": body.get("message_id"), "date": int(time.time())}
        else:
            result = True
        data = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def call(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(KEEL + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    server = ThreadingHTTPServer(("127.0.0.1", FAKE_PORT), FakeTelegram)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    name, value = (part.strip() for part in AUTH.split(":", 1))
    auth = {name: value}
    tag = str(int(time.time()))
    approvals = []
    for i in range(COUNT):
        phase = f"bench-{tag}-{i}"
        status, body = call("POST", "/approval/request", {"phase_id": phase, "run_id": "bench-run"}, auth)
        if status != 200 or body.get("status") != "pending":
            raise SystemExit(f"approval request failed: {status} {body}")
        approvals.append((phase, body["approval_id"]))
    latencies = []
    webhook_only = []
    update_id = int(time.time() * 1000)
    for phase, approval_id in approvals:
        update_id += 1
        update = {"update_id": update_id, "callback_query": {"id": f"cq{update_id}",
                  "from": {"id": 1, "username": "bench"}, "data": f"approve:{phase}"}}
        start = time.perf_counter()
        status, body = call("POST", "/telegram/webhook", update, {"X-Telegram-Bot-Api-Secret-Token": SECRET})
        webhook_only.append((time.perf_counter() - start) * 1000)
        if status != 200 or body.get("approval_id") != approval_id:
            raise SystemExit(f"webhook failed: {status} {body}")
        while True:
            status, body = call("GET", f"/approval/status/{approval_id}", headers=auth)
            if body.get("status") != "pending":
                break
            time.sleep(0.005)
        latencies.append((time.perf_counter() - start) * 1000)
        if body.get("status") != "approved" or body.get("response_method") != "telegram":
            raise SystemExit(f"unexpected decision: {body}")
    time.sleep(1)
    server.shutdown()
    print(f"approvals={COUNT} webhook->status decided latency ms: p50={percentile(latencies, 50):.1f} "
          f"p99={percentile(latencies, 99):.1f} mean={statistics.mean(latencies):.1f} max={max(latencies):.1f}")
    print(f"webhook response alone ms: p50={percentile(webhook_only, 50):.1f} p99={percentile(webhook_only, 99):.1f}")
    print(f"fake telegram calls: {calls}")


if __name__ == "__main__":
    main()
