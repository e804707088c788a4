#!/usr/bin/env bash
# Starts the whole suite locally: procurement-service (8081), supplier-service (8082) and
# contract-service (8083), each with its own embedded PostgreSQL server whose data is kept between runs
# in .local-run/ at the root of the repository (or in $COLLAB_LOCAL_DIR). Builds the services first if
# they have not been built. Ctrl-C stops all three.
#
#   deploy/local/start.sh            start (building what is missing)
#   deploy/local/start.sh --rebuild  rebuild the services first
#   deploy/local/start.sh --reset    forget the local data first
#   deploy/local/start.sh --demo     load the Devon Collaborative (requirements to migration plan) once ready
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${COLLAB_LOCAL_DIR:-$root/.local-run}
ready_timeout=${COLLAB_READY_TIMEOUT:-90}
# name:http port (each also runs an embedded PostgreSQL server: 15481, 15482, 15483)
services=(procurement-service:8081 supplier-service:8082 contract-service:8083)

rebuild=false
demo=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    --demo) demo=true ;;
    --reset) rm -rf "$state"/*-service/embedded-postgresql-data ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

command -v java >/dev/null || { echo "Java 17 or later is needed on the PATH" >&2; exit 1; }

for entry in "${services[@]}"; do
  IFS=: read -r name _ <<<"$entry"
  [ -f "$root/$name/target/quarkus-app/quarkus-run.jar" ] || rebuild=true
done
# The demo loader runs from system-tests, which needs the services installed in the local Maven repository.
if $demo && [ ! -d "${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}/uk/collabproc/contract-service" ]; then
  rebuild=true
fi
if $rebuild; then
  echo "Building the services (first time only; a few minutes)..."
  (cd "$root" && ./mvnw -B -q install -DskipTests -pl test-support,procurement-service,supplier-service,contract-service -am)
fi

for entry in "${services[@]}"; do
  IFS=: read -r name port <<<"$entry"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; is the suite already running? ($name cannot start)" >&2
    exit 1
  fi
done

mkdir -p "$state/logs"
pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo
    echo "Stopping the services..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

started=$(date +%s)
for entry in "${services[@]}"; do
  IFS=: read -r name port <<<"$entry"
  # The embedded database keeps its data in the working directory (embedded-postgresql-data/).
  mkdir -p "$state/$name"
  # A heap of 64 MiB to 1 GiB each, as the benchmarks and system tests start them (ServiceProcess.HEAP says why).
  # The pages' sign-in (/sign-in) mints a demo persona's development token with the checkout's development key.
  (cd "$state/$name" && exec java -Xms64m -Xmx1g -Dquarkus.profile=local -Dquarkus.http.port="$port" \
       -Dcollab.pages.dev-sign-in.key-location="file:$root/test-support/src/main/resources/dev-keys/private-key.pem" \
       -jar "$root/$name/target/quarkus-app/quarkus-run.jar") >"$state/logs/$name.log" 2>&1 &
  pids+=($!)
done

echo "Waiting for the services to be ready (logs in $state/logs)..."
for entry in "${services[@]}"; do
  IFS=: read -r name port <<<"$entry"
  until curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    if [ $(( $(date +%s) - started )) -ge "$ready_timeout" ]; then
      echo "$name is not ready after ${ready_timeout}s; the end of its log:" >&2
      tail -n 30 "$state/logs/$name.log" >&2
      exit 1
    fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "A service stopped during start-up; see $state/logs" >&2; tail -n 30 "$state/logs/$name.log" >&2; exit 1; }
    done
    sleep 1
  done
done

if $demo; then
  echo "Loading the demo data (the scenario the system test replays)..."
  (cd "$root" && ./mvnw -B -q -pl system-tests test-compile exec:java -Dexec.mainClass=uk.collabproc.system.DemoLoader \
       -Dexec.classpathScope=test -Dexec.args="http://localhost:8081 http://localhost:8082 http://localhost:8083") \
    || { echo "Loading the demo data failed; the services keep running" >&2; }
fi

cat <<INFO

All three services are ready after $(( $(date +%s) - started ))s.

  procurement-service  http://localhost:8081/q/swagger-ui
  supplier-service     http://localhost:8082/q/swagger-ui
  contract-service     http://localhost:8083/q/swagger-ui

Pages to look at (sign in as a person of the demo on the way):
  migration dashboards         http://localhost:8083/dashboard
  the procurement at a glance  http://localhost:8081/dashboard/procurements/<id>  (linked from each dashboard)

Get a token for a persona and paste it into Swagger UI's "Authorize" dialog:
  deploy/local/token.sh officer --org RK9          procurement officer of the lead partner
  deploy/local/token.sh member --org RH8           a member organisation
  deploy/local/token.sh supplier --supplier <id>   a supplier (its id from supplier-service)
  deploy/local/token.sh evaluator --sub eval-alice an evaluator (also eval-bob, eval-carol)
  deploy/local/token.sh project-manager --org RK9  the migration project manager

Data is kept in $state/<service>/embedded-postgresql-data between runs (--reset forgets it). Ctrl-C stops all three.
INFO

wait -n "${pids[@]}" || true
echo "A service stopped unexpectedly; see $state/logs" >&2
exit 1
