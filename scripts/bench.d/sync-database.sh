# Sourced by scripts/bench: the Medusa v2 database the SyncBenchmarks suite polls, cached between runs.
# prepare_sync_database N: on the server of LOUPE_TEST_DATABASE_URL (a cluster kept under .data/), makes
# database loupe_bench_sync_N = the fixture + seed of /work/shared/reference plus N generated products
# (sync-catalogue.sql) unless a previous run completed it, and exports LOUPE_BENCH_DATABASE_URL.
prepare_sync_database() {
  local products="$1" name="loupe_bench_sync_$1" server="$LOUPE_TEST_DATABASE_URL"
  local reference="$LOUPE_ROOT/../shared/reference"
  [[ "$products" =~ ^[0-9]+$ ]] || { log "prepare_sync_database needs a number"; return 2; }
  local url="${server%/*}/$name"
  export LOUPE_BENCH_DATABASE_URL="$url"
  if [ "$(psql "$server" -XAtq -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$name'")" = "complete" ]; then
    log "reusing database $name"
    return 0
  fi
  for file in medusa-v2-fixture.sql medusa-v2-seed.sql; do
    [ -s "$reference/$file" ] || { log "the Medusa fixture is missing: $reference/$file"; return 1; }
  done
  local started=$SECONDS
  log "generating database $name ($products products)"
  psql "$server" -XqA -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  psql "$url" -Xq -v ON_ERROR_STOP=1 -v products="$products" -f "$reference/medusa-v2-fixture.sql" \
    -f "$reference/medusa-v2-seed.sql" -f "$LOUPE_ROOT/scripts/bench.d/sync-catalogue.sql" >/dev/null
  psql "$server" -Xq -v ON_ERROR_STOP=1 -c "COMMENT ON DATABASE $name IS 'complete'"
  log "database $name took $((SECONDS - started)) s"
}
