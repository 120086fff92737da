#!/usr/bin/env bash
# Saturation benchmark: N jobs against the provider simulator with a per-model concurrency limit C and a generation
# time T; prints makespan, ideal makespan ceil(N/C)*T, saturation (ideal / actual), 429s, retries and failures.
#
#   bash bench/saturation.sh [N] [C] [T_ms]          # defaults: 200 5 1000
#
# Environment (all optional):
#   BUILD_DIR   Maven output folder (default /tmp/build-bench; never the repository's target/)
#   PROVIDER    runway (default; over the limit a task waits THROTTLED) or sora (over the limit: 429)
#   TICK_MS     pipeline.jobs.tick-millis for the run (default 20)
#   POLL_MS     pipeline.providers.<PROVIDER>.poll-interval in ms (default 50)
#   FINISH_POLL_MS  pipeline.providers.<PROVIDER>.finish-poll-interval in ms (default 20): the pace of polls
#               once a job is due to finish
#   SECONDS_PER_VIDEO  duration of each requested video (default 4)
#   WARMUP      jobs of an unmeasured warm-up batch run first (default 2*C; 0 = measure a cold JVM)
#   BENCH_PROPS more pipeline settings, "key=value;key=value" (e.g. "pipeline.jobs.fetch-batch=8")
#   SAMPLE_MS   diagnostic: sample the ledger's count of jobs at the provider every N ms (default 0 = off)
#   KEEP        true: keep the run's inbox, outbox and ledger (the path is printed in the bench's output file)
#   ENFORCE     true: exit non-zero when saturation < 0.95 or a job failed (default false: just measure)
#   MVN_OPTS_EXTRA  further arguments for mvn (e.g. -o for offline)
# See bench/README.md for what is measured and which settings the figure depends on.
set -euo pipefail

N="${1:-200}"
C="${2:-5}"
T_MS="${3:-1000}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench}"
PROVIDER="${PROVIDER:-runway}"
TICK_MS="${TICK_MS:-20}"
POLL_MS="${POLL_MS:-50}"
FINISH_POLL_MS="${FINISH_POLL_MS:-20}"
SECONDS_PER_VIDEO="${SECONDS_PER_VIDEO:-4}"
WARMUP="${WARMUP:-$((2 * C))}"
BENCH_PROPS="${BENCH_PROPS:-}"
ENFORCE="${ENFORCE:-false}"
SAMPLE_MS="${SAMPLE_MS:-0}"
KEEP="${KEEP:-false}"

for value in "$N" "$C" "$T_MS" "$TICK_MS" "$POLL_MS" "$FINISH_POLL_MS" "$SECONDS_PER_VIDEO" "$WARMUP" "$SAMPLE_MS"; do
  if ! [[ "$value" =~ ^[0-9]+$ ]]; then
    echo "usage: bash bench/saturation.sh [N] [C] [T_ms]   (whole numbers; got '$value')" >&2
    exit 2
  fi
done
if (( N < 1 || C < 1 || T_MS < 1 )); then
  echo "N, C and T_ms must be at least 1" >&2
  exit 2
fi
if [[ "$PROVIDER" != runway && "$PROVIDER" != sora ]]; then
  echo "PROVIDER is runway or sora, got '$PROVIDER'" >&2
  exit 2
fi

# run from the repository root: the pipeline reads routes/ and config/ from the working directory
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RESULTS="$BUILD_DIR/bench"
mkdir -p "$RESULTS"
RESULT="$RESULTS/saturation-${PROVIDER}-n${N}-c${C}-t${T_MS}-$(date -u +%Y%m%dT%H%M%SZ).txt"

# -Dtest selects the bench although surefire's default includes do not match it; surefire passes the -Dbench.*
# user properties on to the test JVM
# shellcheck disable=SC2086
if ! mvn -q -B ${MVN_OPTS_EXTRA:-} -DbuildDir="$BUILD_DIR" \
    -Dtest=SaturationBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.provider="$PROVIDER" -Dbench.n="$N" -Dbench.c="$C" -Dbench.t-ms="$T_MS" \
    -Dbench.tick-ms="$TICK_MS" -Dbench.poll-ms="$POLL_MS" -Dbench.finish-poll-ms="$FINISH_POLL_MS" -Dbench.seconds="$SECONDS_PER_VIDEO" \
    -Dbench.warmup="$WARMUP" -Dbench.props="$BENCH_PROPS" -Dbench.enforce="$ENFORCE" \
    -Dbench.sample-ms="$SAMPLE_MS" -Dbench.keep="$KEEP" -Dbench.out="$RESULT" \
    test >"$RESULTS/mvn.log" 2>&1; then
  echo "saturation bench failed; Maven said (full: $RESULTS/mvn.log):" >&2
  tail -n 40 "$RESULTS/mvn.log" >&2 || true
  echo "last lines of the bench's own output:" >&2
  tail -n 40 "$BUILD_DIR/surefire-reports/com.videopipeline.bench.SaturationBench-output.txt" >&2 2>/dev/null || true
  if [[ -f "$RESULT" ]]; then cat "$RESULT"; fi
  exit 1
fi

cat "$RESULT"
echo "(result saved in $RESULT; the pipeline's log is in $BUILD_DIR/surefire-reports/com.videopipeline.bench.SaturationBench-output.txt)"
