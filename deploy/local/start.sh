#!/usr/bin/env bash
# Starts the whole suite locally: procurement-service (8081), supplier-service (8082) and
# contract-service (8083), each with its own embedded PostgreSQL server (15481, 15482, 15483) whose data is
# kept between runs in .local-run/ at the root of the repository (or in $COLLAB_LOCAL_DIR). All of them
# listen on this machine only (127.0.0.1). Builds the services first if they have not been built.
# Ctrl-C stops the services and their databases.
#
#   deploy/local/start.sh            start (building what is missing)
#   deploy/local/start.sh --rebuild  rebuild the services first
#   deploy/local/start.sh --reset    forget the local data (and the moved clocks) first; refused while the suite runs
#   deploy/local/start.sh --demo     load the Devon Collaborative (requirements to migration plan) once ready;
#                                    if it is loaded already, put the clocks back at 5 March 2018
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${COLLAB_LOCAL_DIR:-$root/.local-run}
ready_timeout=${COLLAB_READY_TIMEOUT:-90}
# name:HTTP port:its embedded PostgreSQL server's port (fixed in the jar at build time, decision 0006)
services=(procurement-service:8081:15481 supplier-service:8082:15482 contract-service:8083:15483)

rebuild=false
demo=false
reset=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    --demo) demo=true ;;
    --reset) reset=true ;;
    -h|--help) sed -n '2,12p' "$0" | cut -c 3-; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

command -v java >/dev/null || { echo "Java 17 or later is needed on the PATH" >&2; exit 1; }

# --- Nothing may be in the way ------------------------------------------------------------------------------
listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# "<pid> <command line>" of the process listening on a port, when this user may see it.
owner_of() {
  local pid=""
  if command -v ss >/dev/null; then
    pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || true
  fi
  if [ -z "$pid" ] && command -v lsof >/dev/null; then
    pid=$(lsof -t -a -iTCP:"$1" -sTCP:LISTEN 2>/dev/null | head -n 1) || true
  fi
  [ -n "$pid" ] || return 1
  printf '%s %s' "$pid" "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
}

# One line for each port of the suite that something holds, with what holds it and what to do.
ports_in_use() {
  local entry name http db port what owner pid command serving
  for entry in "${services[@]}"; do
    IFS=: read -r name http db <<<"$entry"
    serving=false
    for port in "$http" "$db"; do
      listening "$port" || continue
      if [ "$port" = "$http" ]; then what=$name serving=true; else what="$name's PostgreSQL"; fi
      if ! owner=$(owner_of "$port"); then
        echo "  port $port ($what) is in use by a process of another user; sudo ss -ltnp 'sport = :$port' names it"
        continue
      fi
      pid=${owner%% *}
      command=${owner#* }
      # The command line as far as a line shows it; what it runs decides what to do.
      echo "  port $port ($what) is in use by process $pid: ${command:0:160}"
      case "$command" in
        *postgres*)
          if $serving; then echo "    the database of the $name running there"
          else echo "    a PostgreSQL server an earlier run left behind (its service has stopped); stop it with: kill $pid"; fi ;;
        *quarkus-run.jar*) echo "    the suite is running already (start.sh in another terminal?); stop it there with Ctrl-C, or: kill $pid" ;;
        *) echo "    stop that program, or free the port, and start again" ;;
      esac
    done
  done
}

# Another start.sh working on the same data, perhaps still building or starting (its ports not open yet).
other_start() {
  local other
  [ -f "$state/start.pid" ] || return 1
  read -r other <"$state/start.pid" || return 1
  [ "$other" != "$$" ] && kill -0 "$other" 2>/dev/null && grep -q start.sh "/proc/$other/cmdline" 2>/dev/null && echo "$other"
}

in_use=$(ports_in_use)
why="a port it needs is in use."
if other=$(other_start); then
  in_use="  start.sh is already running for $state (process $other); stop it there with Ctrl-C, or: kill $other${in_use:+
$in_use}"
  why="start.sh is running already."
fi
if [ -n "$in_use" ]; then
  if $reset; then
    echo "--reset refused: the suite is running, and its services would lose their data under them. Nothing was deleted." >&2
    echo "$in_use" >&2
    echo "Stop the suite (Ctrl-C where start.sh runs), then run start.sh --reset again." >&2
  else
    echo "The suite cannot start: $why" >&2
    echo "$in_use" >&2
  fi
  exit 1
fi

# --- From here on this run owns the data: whatever ends it stops what it started --------------------------------
mkdir -p "$state/logs"
echo $$ >"$state/start.pid"
names=()
pids=()

# A service stopped or killed without its database leaves the database running (and its port taken): stop it.
stop_databases() {
  local entry name pid waited
  for entry in "${services[@]}"; do
    IFS=: read -r name _ _ <<<"$entry"
    [ -f "$state/$name/embedded-postgresql-data/postmaster.pid" ] || continue
    read -r pid <"$state/$name/embedded-postgresql-data/postmaster.pid" || continue
    kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/cmdline" 2>/dev/null || continue
    echo "Stopping $name's PostgreSQL (process $pid), which its service left running..."
    kill -INT "$pid" 2>/dev/null || true # fast shutdown: open sessions are ended, the data is written
    for waited in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
  done
}

stop_all() {
  local pid alive waited
  trap - INT TERM HUP EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo
    echo "Stopping the services..."
    kill "${pids[@]}" 2>/dev/null || true
    # Each stops its own database on the way out; one that hangs is killed after 30 s.
    for waited in $(seq 1 60); do
      alive=false
      for pid in "${pids[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then alive=true; fi
      done
      $alive || break
      sleep 0.5
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  stop_databases
  rm -f "$state/start.pid"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if $reset; then
  echo "Forgetting the local data in $state (each service's database and moved clock)..."
  rm -rf "$state"/*-service
fi

for entry in "${services[@]}"; do
  IFS=: read -r name _ _ <<<"$entry"
  [ -f "$root/$name/target/quarkus-app/quarkus-run.jar" ] || rebuild=true
done
# The demo loader runs from system-tests, which needs the services installed in the local Maven repository.
if $demo && [ ! -d "${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}/uk/collabproc/contract-service" ]; then
  rebuild=true
fi

# Maven's lines, reduced to the module being built and a count of downloads; the errors follow if it fails.
build_progress() {
  local line module downloads=0
  while IFS= read -r line; do
    case "$line" in
      "[INFO] Building "*" ["*"/"*"]")
        # "[INFO] Building Commons: what every service shares 0.1.0-SNAPSHOT      [1/7]"
        module=${line#"[INFO] Building "}
        module=${module% \[*}
        module=${module%"${module##*[! ]}"}
        printf '  [%s %s\n' "${line##*[}" "${module% *}" ;;
      *"Downloaded from "*)
        downloads=$((downloads + 1))
        if [ $((downloads % 250)) -eq 0 ]; then echo "  ... $downloads files downloaded"; fi ;;
    esac
  done
}

if $rebuild; then
  build_log="$state/logs/build.log"
  echo "Building the services with Maven: commons, events and test-support, then the three services (tests skipped)."
  if [ ! -d "${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists" ]; then
    echo "The first build also downloads Maven itself and every library the suite uses (a few hundred MB): count on"
    echo "5 to 15 minutes, depending on the network. Later builds take 1 to 3 minutes."
  else
    echo "This takes 1 to 3 minutes (longer if libraries are still to be downloaded)."
  fi
  echo "Behind a proxy, see the README's \"Behind a proxy\". The whole log: $build_log"
  if ! (cd "$root" && ./mvnw -B install -DskipTests -pl test-support,procurement-service,supplier-service,contract-service -am) \
      2>&1 | tee "$build_log" | build_progress; then
    echo "The build failed. The end of its log ($build_log):" >&2
    grep -v '^\[INFO\] Download' "$build_log" | tail -n 30 >&2
    exit 1
  fi
  echo "Built."
fi

started=$(date +%s)
for entry in "${services[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  # The embedded database keeps its data in the working directory (embedded-postgresql-data/), and the service its
  # clock, once moved, beside it (business-clock.properties), so that a restart keeps both and --reset forgets both.
  mkdir -p "$state/$name"
  # A heap of 64 MiB to 1 GiB each, as the benchmarks and system tests start them (ServiceProcess.HEAP says why).
  # The pages' sign-in (/sign-in) mints a demo persona's development token with the checkout's development key.
  (cd "$state/$name" && exec java -Xms64m -Xmx1g -Dquarkus.profile=local -Dquarkus.http.port="$port" \
       -Dcollab.pages.dev-sign-in.key-location="file:$root/test-support/src/main/resources/dev-keys/private-key.pem" \
       -Dcollab.dev-clock.kept-in=business-clock.properties \
       -jar "$root/$name/target/quarkus-app/quarkus-run.jar") >"$state/logs/$name.log" 2>&1 &
  names+=("$name")
  pids+=($!)
done

# The name of a service whose process has ended, if one has.
stopped_service() {
  local i
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then echo "${names[$i]}"; return 0; fi
  done
  return 1
}

echo "Waiting for the services to be ready (logs in $state/logs)..."
for entry in "${services[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    if [ $(( $(date +%s) - started )) -ge "$ready_timeout" ]; then
      echo "$name is not ready after ${ready_timeout}s; the end of its log:" >&2
      tail -n 30 "$state/logs/$name.log" >&2
      exit 1
    fi
    if dead=$(stopped_service); then
      echo "$dead stopped during start-up; the end of its log ($state/logs/$dead.log):" >&2
      tail -n 30 "$state/logs/$dead.log" >&2
      exit 1
    fi
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

Data, and each service's clock where it was moved, are kept in $state/<service>/ between runs
(--reset forgets them). Ctrl-C stops the services and their databases.
INFO

wait -n "${pids[@]}" || true
dead=$(stopped_service) || dead="A service"
echo "$dead stopped unexpectedly; the end of its log ($state/logs/$dead.log):" >&2
tail -n 30 "$state/logs/$dead.log" >&2 || true
exit 1
