#!/usr/bin/env bash
# Runs the whole benchmark suite and prints the results table (Markdown).
#   benchmarks/run.sh                  build (offline) and run everything: about 12 minutes on 2 cores
#   SKIP_BUILD=1 benchmarks/run.sh     reuse benchmarks/target/benchmarks.jar
#   ROUNDS=3 benchmarks/run.sh         rounds of the JMH call and concurrency pairs (default 2)
#   FORKS=5 benchmarks/run.sh          JVMs running the cross-checks of items 2 and 3 (default 3)
# Settings fit a 2-core machine shared with other work: 1 fork per JMH benchmark, short iterations, and the
# JMH SDK/baseline pairs of items 2 and 3 run in ROUNDS alternating rounds (baseline first, then SDK first,
# ...) so that load from other processes does not favour one side; the table takes the median over rounds.
# The cross-checks (SDK and baseline alternating inside one JVM, which is what decides items 1-3) warm up
# until the JIT is quiet; those of items 2 and 3 run in FORKS JVMs and the table takes the median JVM.
# Every server is started on 127.0.0.1 inside the benchmark JVMs. Results land in benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
ROUNDS=${ROUNDS:-2}
FORKS=${FORKS:-3}
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -q -o package -pl benchmarks -am -DskipTests
fi
rm -rf "$OUT" && mkdir -p "$OUT"
started=$(date +%s)
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1)"

jmh() { # name-in-results, JMH arguments...
  local name=$1; shift
  java -jar "$JAR" "$@" -prof gc -rf json -rff "$OUT/jmh-$name.json" > "$OUT/jmh-$name.log" 2>&1 \
    || { tail -40 "$OUT/jmh-$name.log"; exit 1; }
  sed -n '/^Benchmark /,$p' "$OUT/jmh-$name.log" | grep -E '^Benchmark |[a-zA-Z]( |:p0\.50 |:gc\.alloc\.rate\.norm )' \
    | grep -v -E ':p0\.(00|9)|:p1\.00|gc\.(count|time)|gc\.alloc\.rate  ' | sed 's/^/   /'
}

echo "== 1: decode one Infomaniak page of 1,000 PublicCloud and one Omnistrate page of 1,000 ResourceInstance (JMH SampleTime, 3 x 2 s warm-up, 5 x 2 s)"
jmh decode 'DecodeBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s

for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then order="infomaniakRaw infomaniakSdk scpRaw scpSdk"
  else order="infomaniakSdk infomaniakRaw scpSdk scpRaw"; fi
  echo "== 2: get round trip, round $round/$ROUNDS (SampleTime, 4 x 2 s warm-up, 3 x 1 s)"
  for b in $order; do jmh "call-$b-$round" "CallBenchmark\.$b\$" -f 1 -wi 4 -w 2s -i 3 -r 1s; done
  echo "== 3: 16 threads, one client, round $round/$ROUNDS (Throughput, 4 x 2 s warm-up, 3 x 1 s)"
  for b in $order; do jmh "conc-$b-$round" "ConcurrencyBenchmark\.$b\$" -f 1 -wi 4 -w 2s -i 3 -r 1s; done
done

echo "== 2 (cross-check): SDK and baseline alternating in one JVM, warmed up until the JIT is quiet, then 30 blocks"
echo "   of 1,000 calls (wall and calling-thread CPU); $FORKS JVMs"
: > "$OUT/interleaved.txt"
for fork in $(seq 1 "$FORKS"); do
  java -cp "$JAR" dev.cloudsdk.benchmarks.Interleaved 30 1000 0 | grep -E 'INTERLEAVED|WARM-UP' | tee -a "$OUT/interleaved.txt"
done
echo "== 3 (cross-check): 16 threads, SDK and baseline alternating in one JVM, 5 rounds of 1.5 s per side; $FORKS JVMs"
for fork in $(seq 1 "$FORKS"); do
  java -cp "$JAR" dev.cloudsdk.benchmarks.Interleaved 0 0 5 | grep -E 'INTERLEAVED|WARM-UP' | tee -a "$OUT/interleaved.txt"
done
echo "== 1 (cross-check): both decode pairs alternating in one JVM, 31 blocks of 3 pages, calling-thread CPU"
java -cp "$JAR" dev.cloudsdk.benchmarks.InterleavedDecode 31 3 | grep -E 'INTERLEAVED|WARM-UP' | tee -a "$OUT/interleaved.txt"

echo "== 4: auto-paging 1,000,000 items over 1,000 pages, -Xmx64m"
: > "$OUT/autopaging.txt"
for mode in sdk raw; do
  java -Xmx64m -cp "$JAR" dev.cloudsdk.benchmarks.AutoPagingMemory "$mode" | grep AUTOPAGING | tee -a "$OUT/autopaging.txt"
done

echo "== 5: cold start, fresh JVMs, median of 9"
java -cp "$JAR" dev.cloudsdk.benchmarks.ColdStart 9 | tee "$OUT/coldstart.txt"

echo "== 6: async, 10,000 gets submitted at once on one client (default settings), -Xmx256m; then 16 in flight vs 16 threads"
java -Xmx256m -cp "$JAR" dev.cloudsdk.benchmarks.AsyncFanOut 9 | tee "$OUT/async.txt"

echo
echo "== results ($(date -u +%Y-%m-%dT%H:%MZ), suite took $(( $(date +%s) - started )) s)"
java -cp "$JAR" dev.cloudsdk.benchmarks.Report "$OUT" | tee "$OUT/table.md"
