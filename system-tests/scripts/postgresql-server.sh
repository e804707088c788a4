#!/usr/bin/env bash
# A PostgreSQL server of its own for the as-production system test (ProductionSuiteIT): Debian's postgresql package,
# installed when missing, a cluster in a folder of the test's, listening on 127.0.0.1 only, with one role and one
# database per name given, each role owning its database and logging in with its password over TCP, as a managed
# server gives each service its account.
#
#   postgresql-server.sh start DIR PORT NAME=PASSWORD...   initialise DIR/cluster (if new), start, create accounts
#   postgresql-server.sh stop DIR                          stop the server of DIR (fast shutdown)
#
# The machine's own clusters (pg_ctlcluster) are left alone. PostgreSQL refuses to run as root; as root, the
# server runs as the package's user postgres.
set -euo pipefail

server_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_when_missing() {
  if [ -z "$(server_bin)" ]; then
    "$(dirname "$0")/debian-packages.sh" postgresql
  fi
}

# Runs a server program as the account that owns the cluster.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

command=${1:?usage: postgresql-server.sh start DIR PORT NAME=PASSWORD... | stop DIR}
dir=${2:?the folder that holds the cluster}
cluster="$dir/cluster"

case "$command" in
  start)
    port=${3:?the port to listen on}
    shift 3
    install_when_missing
    bin=$(server_bin)
    mkdir -p "$cluster"
    if [ "$(id -u)" -eq 0 ]; then
      # The server's account must reach its folder: the test's temporary folders are private to root.
      chmod o+x "$dir"
      chown postgres: "$cluster"
    fi
    if [ ! -f "$cluster/PG_VERSION" ]; then
      # Trust only on the server's own socket, in the cluster folder (this script's administration); every TCP
      # connection, the services' included, proves its password.
      as_owner "$bin/initdb" -D "$cluster" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$cluster" status >/dev/null; then
      as_owner "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$cluster'" start >/dev/null
    fi
    for account in "$@"; do
      name=${account%%=*}
      password=${account#*=}
      as_owner "$bin/psql" -h "$cluster" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -v name="$name" -v password="$password" <<'SQL'
select format('create role %I login password %L', :'name', :'password')
 where not exists (select from pg_roles where rolname = :'name') \gexec
select format('create database %I owner %I', :'name', :'name')
 where not exists (select from pg_database where datname = :'name') \gexec
SQL
    done
    echo "PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port (cluster $cluster)"
    ;;
  stop)
    bin=$(server_bin)
    if [ -n "$bin" ] && [ -f "$cluster/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$cluster" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "unknown command $command" >&2
    exit 2
    ;;
esac
