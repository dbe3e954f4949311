#!/usr/bin/env bash
# End-to-end tests of the dashboard in real Chromium against `npm start` on a fresh embedded database.
# Usage: npm run e2e [-- <jest args, e.g. a file pattern>]. Needs the Debian package `chromium` (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ]; then
  echo "e2e: /usr/bin/chromium is missing; install the Debian package: apt-get install -y chromium" >&2
  exit 1
fi
# Screenshots, the explorer CSV download and the server log land here (gitignored).
rm -rf test-artifacts/e2e
exec npx jest --config apps/dashboard-e2e/jest.config.cts --runInBand "$@"
