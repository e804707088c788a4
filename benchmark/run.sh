#!/usr/bin/env bash
# The load benchmark of issue 12, in one command: installs wrk if missing, builds the services and bare-service,
# then starts the packaged services and bare-service, loads the Devon Collaborative through the public APIs and
# prints, for every hot read at 64 connections, requests/s, p50, p99, errors and the ratio to bare-service's
# endpoint measured just before it; loads a region 30 times the Devon case beside it, printing the timed bulk writes
# (CSV import, requirement set, tender, scores), and measures the same reads on it; then start-up time and resident
# memory against bare-service's. The whole run takes about half an hour.
# The local suite (deploy/local/start.sh) must not be running: the packaged services use fixed database ports.
#
#   benchmark/run.sh                 build what is missing, then measure
#   benchmark/run.sh --rebuild       rebuild first
#   BENCHMARK_SECONDS=6 benchmark/run.sh   shorter runs (default 12 s each)
#   BENCHMARK_STARTS=0 benchmark/run.sh    no start-up measurement (default 3 starts each)
#   BENCHMARK_GROWTH=false benchmark/run.sh  Devon reads only, without the growth region and its bulk writes
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

"$root/benchmark/install-tools.sh"

rebuild=false
[ "${1:-}" = "--rebuild" ] && rebuild=true
for module in procurement-service supplier-service contract-service; do
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || rebuild=true
done
if $rebuild; then
  ./mvnw -B -q install -DskipTests
fi
if $rebuild || [ ! -f bare-service/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q -Pbenchmark -pl bare-service package -DskipTests
fi

./mvnw -B -q -pl system-tests test-compile exec:java -Dexec.mainClass=uk.collabproc.benchmark.LoadBenchmark \
  -Dexec.classpathScope=test -Dbenchmark.seconds="${BENCHMARK_SECONDS:-12}" \
  -Dbenchmark.starts="${BENCHMARK_STARTS:-3}" -Dbenchmark.growth="${BENCHMARK_GROWTH:-true}"
