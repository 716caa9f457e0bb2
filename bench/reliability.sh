#!/usr/bin/env bash
# Reliability harness (issue 12): faults against the packaged app on PostgreSQL, each on a fresh
# database rel_* and ports 18100-18149 (src/test/java/org/appregistry/reliability/PackagedAppFaultsIT).
#   bench/reliability.sh short   kill -9 during 20 requests, restart: every accepted request SYNCED
#                                exactly once within 60 s of the restart (about 90 s; for .ci/run)
#   bench/reliability.sh long    60 organisations: crash, database outage, two nodes, backup/restore
#   bench/reliability.sh long crash|outage|nodes|backup   one of them
# Extra: REL_REAL_RESTART=true restarts the whole PostgreSQL server in the outage run (it is shared:
# do it only on a machine of your own). Figures: target/reliability/results.md (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
variant=${1:-short}
only=${2:-all}
case "$variant" in
  short) organizations=20; kill_after=8; only=crash ;;
  long) organizations=60; kill_after=20 ;;
  *) echo "usage: $0 short|long [crash|outage|nodes|backup|all]" >&2; exit 2 ;;
esac
case "$only" in
  all) tests=PackagedAppFaultsIT ;;
  crash) tests='PackagedAppFaultsIT#killDashNine*' ;;
  outage) tests='PackagedAppFaultsIT#theDatabaseGoesAway*' ;;
  nodes) tests='PackagedAppFaultsIT#twoNodes*' ;;
  backup) tests='PackagedAppFaultsIT#aBackupRestored*' ;;
  *) echo "unknown fault: $only" >&2; exit 2 ;;
esac
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not up on 127.0.0.1:5432" >&2; exit 1; }
rm -f target/reliability/results.md
./mvnw -B -ntp -q ${MAVEN_OFFLINE:+-o} verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="$tests" -Dit.excluded.groups=none -Dfailsafe.failIfNoSpecifiedTests=false \
  -Drel.organizations="$organizations" -Drel.kill-after="$kill_after" \
  -Drel.real-restart="${REL_REAL_RESTART:-false}"
cat target/reliability/results.md
