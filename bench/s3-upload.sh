#!/usr/bin/env bash
# S3 upload benchmark: delivers one large simulated video (default 1 GiB) through the pipeline's S3 uploader to an
# in-process S3-compatible server, in a JVM with a small heap, and prints the time, throughput and peak heap.
#
#   bash bench/s3-upload.sh [SIZE_MIB]               # default 1024
#
# Environment (all optional):
#   BUILD_DIR   Maven output folder (default /tmp/build-bench-s3; never the repository's target/)
#   HEAP        the test JVM's -Xmx (default 256m)
#   PART_MIB    multipart part size in MiB (default 16, as pipeline.delivery.s3.part-size)
#   ENFORCE     true: fail when the heap grew by 128 MiB or more (default false: just measure)
#   MVN_OPTS_EXTRA  further arguments for mvn (e.g. -o for offline)
# See bench/README.md for what is measured.
set -euo pipefail

SIZE_MIB="${1:-1024}"
BUILD_DIR="${BUILD_DIR:-/tmp/build-bench-s3}"
HEAP="${HEAP:-256m}"
PART_MIB="${PART_MIB:-16}"
ENFORCE="${ENFORCE:-false}"
for value in "$SIZE_MIB" "$PART_MIB"; do
  if ! [[ "$value" =~ ^[0-9]+$ ]]; then
    echo "usage: bash bench/s3-upload.sh [SIZE_MIB]   (whole numbers; got '$value')" >&2
    exit 2
  fi
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RESULTS="$BUILD_DIR/bench"
mkdir -p "$RESULTS"
RESULT="$RESULTS/s3-upload-${SIZE_MIB}mib-$(date -u +%Y%m%dT%H%M%SZ).txt"

# argLine is the forked test JVM's command line: the heap bound applies to the uploader and the server alike
# shellcheck disable=SC2086
if ! mvn -q -B ${MVN_OPTS_EXTRA:-} -DbuildDir="$BUILD_DIR" \
    -Dtest=S3UploadBench -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx$HEAP" \
    -Dbench.size-mib="$SIZE_MIB" -Dbench.part-mib="$PART_MIB" -Dbench.enforce="$ENFORCE" -Dbench.out="$RESULT" \
    test >"$RESULTS/mvn.log" 2>&1; then
  echo "s3 upload bench failed; Maven said (full: $RESULTS/mvn.log):" >&2
  tail -n 40 "$RESULTS/mvn.log" >&2 || true
  tail -n 40 "$BUILD_DIR/surefire-reports/com.videopipeline.s3.S3UploadBench-output.txt" >&2 2>/dev/null || true
  exit 1
fi
cat "$RESULT"
echo "(result saved in $RESULT)"
