#!/usr/bin/env bash
# Scale benchmark (issue 5), inside a test context; bench/benchmark.sh measures the packaged jar.
# One eligible app, and one with a standing JWK Set URL policy, each
# reaching SYNCED at N organisations (two environments each) with no human action after
# "mark ready". Usage: bench/scale.sh [h2|postgres] [organisations, default 200]
# Also: single requests from POST to SYNCED, one at a time.
# Results: target/benchmark/scale.md and latency.md (record them in docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
organizations=${2:-200}
profiles=""
[ "$database" = postgres ] && profiles="-Ppostgres"
./mvnw -B -ntp -q verify $profiles -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScaleBenchmarkIT -Dit.excluded.groups=none \
  -Dbench.organizations="$organizations"
cat target/benchmark/scale.md target/benchmark/latency.md
