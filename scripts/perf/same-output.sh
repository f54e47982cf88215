#!/bin/sh
# Proves a speed change left the analysis unchanged: snapshots the output again and compares it,
# byte for byte, with the snapshot taken before the change (scripts/perf/snapshot.ts).
# usage: scripts/perf/same-output.sh [BEFORE_DIR] [AFTER_DIR]
set -e
before=${1:-/tmp/espeed-before}
after=${2:-/tmp/espeed-after}
rm -rf "$after"
npx tsx scripts/perf/snapshot.ts "$after"
n=$(ls "$before" | wc -l)
if diff -rq "$before" "$after"; then echo "identical: $n files"; else echo "DIFFERENT"; exit 1; fi
