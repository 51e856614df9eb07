#!/usr/bin/env bash
# Property-based API tests: starts the packaged app on a fresh data directory, registers two users (one for the
# bearer token, one owning the API key, so that a fuzzed DELETE of API keys in the first user's organization
# cannot revoke the key), and runs Schemathesis over /openapi.json. Any failed check fails the step.
#
#   bash .ci/schemathesis.sh            # builds api/target/keel-api.jar first if it is missing
#   ST_MAX_EXAMPLES=50 bash .ci/schemathesis.sh
#   ST_CHECKS=not_a_server_error ST_ARGS=--continue-on-failure bash .ci/schemathesis.sh   # hunting 500s only
#
# Reports (JUnit XML, NDJSON events) land in target/schemathesis/.
set -euo pipefail
cd "$(dirname "$0")/.."

max_examples="${ST_MAX_EXAMPLES:-25}"
# One worker: with more, Hypothesis parses lambda sources from several threads and CPython 3.11 can fail with
# "AST constructor recursion depth mismatch" (an error in the tool, not in Keel).
workers="${ST_WORKERS:-1}"
out="target/schemathesis"
rm -rf "$out" && mkdir -p "$out"

scripts_dir="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
export PATH="$scripts_dir:$PATH"
if ! command -v st >/dev/null 2>&1; then
  python3 -m pip install --quiet schemathesis
  command -v pyenv >/dev/null 2>&1 && pyenv rehash || true
fi
if [ -z "${KEEL_TEMPORAL_CLI:-}" ] && [ -x "$scripts_dir/temporal" ]; then
  export KEEL_TEMPORAL_CLI="$scripts_dir/temporal"
fi

jar="api/target/keel-api.jar"
if [ ! -f "$jar" ]; then
  ./mvnw -B -ntp -q -pl api -am package -DskipTests
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
data_dir="$(mktemp -d /tmp/keel-schemathesis.XXXXXX)"
base="http://127.0.0.1:$port"

PORT="$port" KEEL_DATA_DIR="$data_dir" KEEL_TEMPORAL_PORT="$(free_port)" KEEL_TEMPORAL_UI_PORT=none \
  KEEL_POSTGRES_DURABLE=false java -jar "$jar" >"$out/app.log" 2>&1 &
app_pid=$!
stop_app() {
  # SIGTERM: the app stops its workers, Temporal and PostgreSQL itself (see README, Quick start).
  kill "$app_pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$app_pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap stop_app EXIT

for _ in $(seq "${ST_START_SECONDS:-300}"); do
  if curl -sf "$base/health" >/dev/null 2>&1; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "app exited during start"; tail -50 "$out/app.log"; exit 1; }
  sleep 1
done
curl -sf "$base/health" >/dev/null || { echo "app did not become healthy"; tail -50 "$out/app.log"; exit 1; }

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1"; }
register() {
  curl -sf -X POST "$base/api/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1@schemathesis.example\",\"password\":\"schemathesis-password-1\"}" | json_field access_token
}
token="$(register fuzz-bearer)"
key_owner="$(register fuzz-key-owner)"
api_key="$(curl -sf -X POST "$base/api/auth/api-keys" -H "Authorization: Bearer $key_owner" \
  -H 'Content-Type: application/json' -d '{"name":"schemathesis"}' | json_field key)"
export KEEL_ST_TOKEN="$token" KEEL_ST_API_KEY="$api_key"

curl -sf "$base/openapi.json" >"$out/openapi.json"
# With security schemes in the document, Schemathesis sends each operation the credential it declares; without
# them (before the typed contract), the bearer token goes to every operation and the API-key routes get a
# second pass with the key.
python3 .ci/schemathesis_config.py "$out/openapi.json" >"$out/schemathesis.toml"

checks="${ST_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance}"
run_st() {
  local name="$1"; shift
  echo "== schemathesis: $name"
  st --config-file "$out/schemathesis.toml" run "$base/openapi.json" \
    --checks "$checks" --phases examples,coverage,fuzzing,stateful \
    --max-examples "$max_examples" --workers "$workers" --seed 1 --request-timeout 30 \
    --exclude-path /error \
    --report junit,ndjson --report-junit-path "$out/$name.xml" --report-ndjson-path "$out/$name.ndjson" \
    ${ST_ARGS:-} "$@"
}

status=0
if grep -q '^\[auth.openapi' "$out/schemathesis.toml"; then
  run_st all || status=1
else
  api_key_routes='^/(approval|governance)/'
  run_st bearer -H "Authorization: Bearer $token" --exclude-path-regex "$api_key_routes" || status=1
  run_st api-key -H "X-API-Key: $api_key" --include-path-regex "$api_key_routes" || status=1
fi

if grep -q "Unhandled error" "$out/app.log"; then
  echo "the app logged unhandled errors during the run (see $out/app.log)"
  status=1
fi
exit $status
