# Shared helpers for Loupe's scripts: install what is missing, start throwaway servers on loopback.
# Sourced, not run. Every function is idempotent.

LOUPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOUPE_SYSTEM_LIBRARIES=(libicu-dev libpq-dev libhiredis-dev libroaring-dev)
LOUPE_TEST_SERVERS=(postgresql postgresql-contrib redis-server)
APT_UPDATED=0

log() { printf '[loupe] %s\n' "$*" >&2; }

# Installs the Debian packages that are not installed yet (apt-get update once, only when needed).
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_swift() {
  command -v swift >/dev/null 2>&1 || { [ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"; }
  command -v swift >/dev/null 2>&1 || { log "Swift 6 is required (https://swift.org/install) and was not found"; exit 1; }
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

LOUPE_CLEANUP=()
cleanup_all() {
  local status=$?
  for ((i=${#LOUPE_CLEANUP[@]}-1; i>=0; i--)); do eval "${LOUPE_CLEANUP[$i]}" >/dev/null 2>&1 || true; done
  return $status
}
trap cleanup_all EXIT

# Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Starts a throwaway PostgreSQL on 127.0.0.1 and exports LOUPE_TEST_DATABASE_URL. With a directory
# argument the cluster lives there and is kept after the exit (reused by the next call: scripts/bench caches
# its generated databases so).
start_test_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  local dir="${1:-}" port stop="fast" remove=""
  if [ -z "$dir" ]; then dir="$(mktemp -d /tmp/loupe-pg.XXXXXX)" stop="immediate" remove="; rm -rf '$dir'"; fi
  mkdir -p "$dir" && dir="$(cd "$dir" && pwd)"
  port="$(free_port)"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  [ -f "$dir/data/PG_VERSION" ] || as_postgres "$bin/initdb" -D "$dir/data" -U loupe --auth=trust -E UTF8 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
  LOUPE_CLEANUP+=("as_postgres '$bin/pg_ctl' -D '$dir/data' -m $stop stop$remove")
  export LOUPE_TEST_DATABASE_URL="postgresql://loupe@127.0.0.1:$port/postgres"
  log "PostgreSQL on 127.0.0.1:$port"
}

# Starts a throwaway Redis on 127.0.0.1 and exports LOUPE_TEST_REDIS_URL.
start_test_redis() {
  local port dir
  port="$(free_port)"
  dir="$(mktemp -d /tmp/loupe-redis.XXXXXX)"
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$dir" --daemonize no \
    >"$dir/log" 2>&1 &
  local pid=$!
  LOUPE_CLEANUP+=("kill $pid; rm -rf '$dir'")
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 || { log "Redis did not start"; cat "$dir/log" >&2; exit 1; }
  export LOUPE_TEST_REDIS_URL="redis://127.0.0.1:$port"
  log "Redis on 127.0.0.1:$port"
}
