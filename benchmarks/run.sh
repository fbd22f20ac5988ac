#!/usr/bin/env bash
# Runs the whole benchmark suite and prints the results table (Markdown).
#   benchmarks/run.sh            build (offline) and run everything, about 10 minutes on 2 cores
#   SKIP_BUILD=1 benchmarks/run.sh   reuse benchmarks/target/benchmarks.jar
# Settings fit a 2-core machine shared with other work: 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement.
# Every server is started on 127.0.0.1 inside the benchmark JVMs. Results land in benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -q -o package -pl benchmarks -am -DskipTests
fi
mkdir -p "$OUT"
started=$(date +%s)
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1)"

echo "== 1-3: JMH (decode, call overhead, 16-thread concurrency), -prof gc"
java -jar "$JAR" 'DecodeBenchmark|CallBenchmark|ConcurrencyBenchmark' \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc -rf json -rff "$OUT/jmh-result.json" > "$OUT/jmh.log" 2>&1 \
  || { tail -40 "$OUT/jmh.log"; exit 1; }
sed -n '/^Benchmark/,$p' "$OUT/jmh.log" | grep -v -E 'gc\.(count|time)|·gc\.(count|time)'

echo "== 2 (cross-check): interleaved blocks, calling-thread CPU"
java -cp "$JAR" dev.cloudsdk.benchmarks.Interleaved 30 1000 | tee "$OUT/interleaved.txt"

echo "== 4: auto-paging 1,000,000 items over 1,000 pages, -Xmx64m"
: > "$OUT/autopaging.txt"
for mode in sdk raw; do
  java -Xmx64m -cp "$JAR" dev.cloudsdk.benchmarks.AutoPagingMemory "$mode" | grep AUTOPAGING | tee -a "$OUT/autopaging.txt"
done

echo "== 5: cold start, fresh JVMs, median of 9"
java -cp "$JAR" dev.cloudsdk.benchmarks.ColdStart 9 | tee "$OUT/coldstart.txt"

echo
echo "== results ($(date -u +%Y-%m-%dT%H:%MZ), suite took $(( $(date +%s) - started )) s)"
java -cp "$JAR" dev.cloudsdk.benchmarks.Report "$OUT/jmh-result.json" "$OUT/autopaging.txt" "$OUT/coldstart.txt" \
  | tee "$OUT/table.md"
