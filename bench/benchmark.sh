#!/usr/bin/env bash
# The benchmark (docs/performance.md): the packaged jar on a fresh PostgreSQL database, job
# executor on, -Xmx512m, driven over HTTP by bench/Benchmark.java from a separate process.
#
#   bench/benchmark.sh            full run: 8 clients, 400 requests per run, median of 3 runs after a
#                                 warm-up, fan-out to 1,000 organisations, one request at a time, pgbench
#   bench/benchmark.sh smoke      the same scenarios in a few seconds (small N, one run, no warm-up)
#   bench/benchmark.sh count      statements and transactions per download request and per bare
#                                 instance, from PostgreSQL's statement log (deterministic)
#   bench/benchmark.sh cpu        scenarios 1 and 2 only, once after a warm-up: CPU per request
#
# Results: target/benchmark/results.md (or counts.md). Needs PostgreSQL at 127.0.0.1:5432 (user
# postgres, trust) and, for count, read access to its log file. BENCH_PORT (18150) and
# BENCH_REBUILD=1 (package the jar again first) are optional; BENCH_JFR=1 adds one more download run
# under Java Flight Recorder (target/benchmark/download.jfr, summed up by bench/jfr-summary.py).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
port=${BENCH_PORT:-18150}
out=target/benchmark
mkdir -p "$out"
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

jar=$(ls target/app-registry-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/app-registry-*.jar | head -1)
fi
# the driver needs only the JDK and the PostgreSQL driver, which the packaged jar carries
unzip -o -q -j "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$out"
driver_cp=$(ls "$out"/postgresql-*.jar | head -1)

case "$mode" in
  full)  args=(--clients 8 --requests 400 --runs 3 --warmup-requests 600 --warmup-seconds 60 --apps 3
               --fanout 1000 --single 25); cycle=R/PT5S ;;
  smoke) args=(--clients 8 --requests 16 --runs 1 --warmup-requests 0 --warmup-seconds 0 --apps 3
               --fanout 6 --single 3); cycle=R/PT2S ;;
  count) args=(--requests 20); cycle=R/PT1H ;;
  # CPU per request after a warm-up, without fan-out or single requests (with BENCH_JFR=1: where it goes)
  cpu)   args=(--clients 8 --requests 200 --runs 1 --warmup-requests 300 --warmup-seconds 60 --apps 3
               --fanout 0 --single 0); cycle=R/PT1H ;;
  *) echo "usage: bench/benchmark.sh [full|smoke|count|cpu]" >&2; exit 2 ;;
esac

db=bench_$(date +%s)_$$
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql_admin -c "drop database if exists $db with (force)" || true
  psql_admin -c "drop database if exists ${db}_pgbench with (force)" || true
}
trap cleanup EXIT
psql_admin -c "create database $db"
if [ "$mode" = count ]; then
  # set before the application connects, so that every pooled connection logs its statements
  psql_admin -c "alter database $db set log_statement = 'all'"
  log_file=$(pg_lsclusters -h | awk '$2 == "main" {print $NF}' | head -1)
  args+=(--mode count --log "$log_file")
fi
[ "${BENCH_JFR:-0}" = 1 ] && args+=(--jfr "$PWD/$out/download.jfr")

# deep stacks: Spring's filter chain and the engine's command stack pass JFR's default of 64 frames
[ "${BENCH_JFR:-0}" = 1 ] && jfr_options=-XX:FlightRecorderOptions:stackdepth=512
operator_password=bench-operator-$$
started=$(date +%s.%N)
APP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db REGISTRY_OPERATOR_PASSWORD=$operator_password \
REGISTRY_SECRETS_KEY=$(head -c 32 /dev/urandom | base64) \
  java -Xmx512m ${jfr_options:-} -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
    --registry.auto-sync.cycle="$cycle" --management.endpoints.web.exposure.include=health \
    > "$out/app.log" 2>&1 &
app_pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$out/app.log"; exit 1; }
  sleep 0.2
done
startup=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')

report=$out/results.md
[ "$mode" = count ] && report=$out/counts.md
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), mode $mode: \`bench/benchmark.sh $mode\` at $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB;" \
       "$(java -version 2>&1 | head -1); PostgreSQL $(psql_admin -c 'show server_version'); -Xmx512m;" \
       "load before the run $(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'Start-up to healthy: %.1f s (%s)\n\n' "$startup" "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$out/app.log" || true)"
} > "$out/header.md"

java -cp "$driver_cp" bench/Benchmark.java --base "http://127.0.0.1:$port" --jdbc "jdbc:postgresql://127.0.0.1:5432/$db" \
  --operator-password "$operator_password" --app-pid "$app_pid" --out "$out/driver.md" "${args[@]}"

if [ "$mode" != count ]; then
  # (5) the database's own limit on the same server: commits per second, and one client's commit time
  psql_admin -c "create database ${db}_pgbench"
  pgbench -h 127.0.0.1 -U postgres -i -q -s 1 "${db}_pgbench" >/dev/null 2>&1
  seconds=10; [ "$mode" = smoke ] && seconds=2
  tps4=$(pgbench -h 127.0.0.1 -U postgres -N -c 4 -j 2 -T "$seconds" "${db}_pgbench" 2>/dev/null | awk -F'= ' '/^tps/ {print int($2); exit}')
  lat1=$(pgbench -h 127.0.0.1 -U postgres -N -c 1 -T "$seconds" "${db}_pgbench" 2>/dev/null | awk -F'= ' '/^latency average/ {print $2; exit}')
  printf '(5) pgbench -N on the same server: %s commits/s with 4 clients, %s per transaction with one (load %s)\n' \
    "$tps4" "$lat1" "$(cut -d' ' -f1 /proc/loadavg)" >> "$out/driver.md"
fi
if [ "${BENCH_JFR:-0}" = 1 ] && [ "$mode" != count ]; then
  python3 bench/jfr-summary.py "$out/download.jfr" >> "$out/driver.md"
fi
cat "$out/header.md" "$out/driver.md" > "$report"
echo; cat "$report"
