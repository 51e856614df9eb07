#!/usr/bin/env bash
# Benchmark Studio's timing accuracy (docs/PERFORMANCE.md, "Benchmark Studio: timing accuracy"): three fake
# OpenAI-compatible streaming providers in parallel with injected TTFT and inter-token gaps, measured through the
# real workflow, activities and LLM gateway; compares recorded TTFT/ITL with what the fake servers did, and reports
# the chunk-as-token bias. Usage (repository root): bench/studio_timing.sh [RUNS_PER_PROVIDER] (default 30).
# Needs the temporal CLI (KEEL_TEMPORAL_CLI or on PATH). The report lands in api/target/studio-timing.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl api -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=StudioTimingMeasurement -Dkeel.measure=true -Dkeel.studio.runs="${1:-30}"
cat api/target/studio-timing.txt
