#!/usr/bin/env bash
# Lints the OpenAPI description with Redocly's recommended rules (npm @redocly/cli); any error
# fails. OpenApiIT (part of ./mvnw verify) leaves the description in target/openapi.json:
#   ./mvnw verify -Dit.test=OpenApiIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false && tools/lint-openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
spec=${1:-target/openapi.json}
[[ -f $spec ]] || { echo "no $spec: run OpenApiIT first (./mvnw verify writes it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund @redocly/cli@2.77.0 >/dev/null)
"$work/node_modules/.bin/redocly" lint "$spec" --extends=recommended --format=summary
