#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and benchmarks, and prints its URL.
#
#   scripts/test-postgres.sh DIR [--watch PID] [--durable]
#
# Creates a new cluster in DIR (which must not exist, or be empty), starts it on a free port of
# 127.0.0.1 (and a Unix socket in DIR), and prints one line: the URL of its `postgres`
# database, for the superuser `calltone` with no password (trust on loopback only). With
# `--watch PID` the cluster is stopped, and DIR removed, once process PID has exited (a test
# binary passes its own id, so no server outlives the tests); without it, stop it with
# `pg_ctl -D DIR stop`. The cluster is made for tests: fsync and synchronous commit are off
# (a crash of PostgreSQL itself is not what the tests simulate) unless `--durable` is given
# (benchmarks that should measure real commits).
#
# PostgreSQL comes from the distribution's `postgresql` package, installed when missing
# (scripts/install-system-deps.sh, WITH_POSTGRES=1). initdb refuses to run as root: as root the
# cluster runs as the package's `postgres` user.
set -euo pipefail

dir=${1:?usage: scripts/test-postgres.sh DIR [--watch PID] [--durable]}
shift
watch=""
durable=0
while [ $# -gt 0 ]; do
  case "$1" in
    --watch) watch=${2:?--watch needs a PID}; shift 2 ;;
    --durable) durable=1; shift ;;
    *) echo "test-postgres.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}
if ! bin=$(bindir); then
  WITH_POSTGRES=1 "$here/install-system-deps.sh" >&2
  bin=$(bindir)
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
[ -z "$(ls -A "$dir")" ] || { echo "test-postgres.sh: $dir is not empty" >&2; exit 2; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "test-postgres.sh: running as root needs the postgres user (Debian's postgresql package)" >&2; exit 2; }
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U calltone -A trust -E UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
[ "$durable" = 1 ] || opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

if [ -n "$watch" ]; then
  # Detached, so that it outlives this script (and the caller's pipes): it stops the cluster
  # once the watched process is gone.
  setsid nohup bash -c '
    while kill -0 "$1" 2>/dev/null; do sleep 1; done
    '"${as_owner[*]}"' "$2/pg_ctl" -D "$3/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$3"
  ' _ "$watch" "$bin" "$dir" </dev/null >/dev/null 2>&1 &
fi

echo "postgres://calltone@127.0.0.1:$port/postgres"
