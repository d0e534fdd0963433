#!/usr/bin/env bash
# Runs the storefront scenario (real `meilisearch` Python client from PyPI) against a live Loupe.
# Usage: tests-python/run.sh PATH/TO/loupe
# Builds nothing: installs the client into a cached virtualenv, starts `loupe serve` with a master key on
# a free loopback port, waits for /health, runs the scenario, stops the server by its pid.
# Exits non-zero on any failure; the last line is "N passed, M failed".
set -euo pipefail

loupe="${1:?usage: tests-python/run.sh PATH/TO/loupe}"
[ -x "$loupe" ] || { echo "not an executable: $loupe" >&2; echo "0 passed, 1 failed"; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
venv="${LOUPE_PY_VENV:-${TMPDIR:-/tmp}/loupe-python-client-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import meilisearch' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'meilisearch>=0.34'
fi

port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
master_key="scenario-master-key-$RANDOM$RANDOM-0123456789"
log="$(mktemp -t loupe-scenario-XXXXXX.log)"
data_dir="$(mktemp -d -t loupe-scenario-data-XXXXXX)"
"$loupe" serve --host 127.0.0.1 --port "$port" --master-key "$master_key" --data-dir "$data_dir" >"$log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data_dir"; }
trap stop EXIT

url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    if "$venv/bin/python" -c "import urllib.request, sys; urllib.request.urlopen('$url/health', timeout=1)" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "loupe exited before answering /health:" >&2; cat "$log" >&2
        echo "0 passed, 1 failed"; exit 1
    fi
    sleep 0.1
done

status=0
"$venv/bin/python" "$here/storefront_scenario.py" "$url" "$master_key" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- last server log lines ---" >&2
    tail -n 20 "$log" >&2
fi
rm -f "$log"
exit "$status"
