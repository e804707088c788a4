#!/usr/bin/env bash
# Prints a bearer token that the locally running services accept (dev, test and local profiles only).
#   deploy/local/token.sh officer --org RK9
#   deploy/local/token.sh member --org RH8
#   deploy/local/token.sh supplier --supplier <supplier id>
#   deploy/local/token.sh evaluator --sub eval-alice
#   deploy/local/token.sh project-manager --org RK9
# Paste it into Swagger UI's Authorize dialog, or use it with curl: -H "Authorization: Bearer $(…)".
# The same code mints the tests' tokens; Java runs the source file directly, so nothing needs building.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
support="$root/test-support/src/main"
exec java -Ddev.key="$support/resources/dev-keys/private-key.pem" \
  "$support/java/uk/collabproc/testsupport/DevTokens.java" "$@"
