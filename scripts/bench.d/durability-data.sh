# Sourced by scripts/bench: the data directory the DurabilityBenchmarks suite restarts from, cached between
# runs. prepare_durability_data LOUPE CATALOGUE DIR: unless DIR already holds a snapshot, runs
# `LOUPE serve --data-dir DIR --load CATALOGUE --index products` (seeding an index writes a snapshot before the
# server listens), stops it, and exports LOUPE_BENCH_DATA_DIR=DIR.
prepare_durability_data() {
  local loupe="$1" catalogue="$2" dir="$3"
  export LOUPE_BENCH_DATA_DIR="$dir"
  if compgen -G "$dir/snapshots/*.snapshot" >/dev/null; then
    log "reusing data directory $dir"
    return 0
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  local started=$SECONDS output="$dir.serve.log"
  log "preparing data directory $dir (loading $catalogue)"
  : >"$output"
  "$loupe" serve --data-dir "$dir" --load "$catalogue" --index products --port 0 --log-level warning >"$output" 2>&1 &
  local pid=$!
  until grep -q "Loupe is listening" "$output"; do
    kill -0 "$pid" 2>/dev/null || { log "loupe serve stopped while preparing $dir:"; cat "$output" >&2; return 1; }
    sleep 0.2
  done
  kill -TERM "$pid" && wait "$pid" || true
  compgen -G "$dir/snapshots/*.snapshot" >/dev/null || { log "no snapshot in $dir"; return 1; }
  log "data directory $dir took $((SECONDS - started)) s"
}
