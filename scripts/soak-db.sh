#!/usr/bin/env bash
# Soak of issue 7, database and load part (not in the test command; takes a few minutes):
#  1. a 30 s MariaDB outage under 20 calls/s: calls placed, call records written, lost, doubled,
#     time until the console reports the outage, time until the outbox is drained after the restart;
#  2. a burst of 2,000 calls in 10 s while two agents' desk sockets read their pops, first alone, then
#     with a third agent's socket that stopped reading: the healthy agents' pop latency in both runs.
# It runs ReliabilitySoakIT against the deployed EAR with the AMI simulator and the embedded MariaDB,
# and prints the lines starting with "SOAK" at the end. Run from the repository root:
#   scripts/soak-db.sh            (add -o for an offline build: scripts/soak-db.sh -o)
set -euo pipefail
cd "$(dirname "$0")/.."
log="${TMPDIR:-/tmp}/acikkapi-soak-db.log"
mvn "$@" verify -pl case-core,cti-connector,agent-console,ear -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ReliabilitySoakIT -Dsoak=true >"$log" 2>&1 || status=$?
grep -h '^SOAK' "$log" ear/target/failsafe-reports/*ReliabilitySoakIT*-output.txt 2>/dev/null | sort -u || true
grep -E 'Tests run:.*ReliabilitySoakIT|BUILD (SUCCESS|FAILURE)' "$log" || true
echo "full log: $log"
exit "${status:-0}"
