#!/usr/bin/env bash
# Starts `npm start` on a fresh embedded database (no DATABASE_URL), checks /healthz, one authenticated
# query and one refused query, then stops it with SIGTERM and expects a clean exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${SMOKE_PORT:-4655}"
data_dir="$(mktemp -d)"
log="$data_dir/server.log"
token="smoke-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

env -u DATABASE_URL PORT="$port" DATA_DIR="$data_dir" BOOTSTRAP_ADMIN_TOKEN="$token" npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "server exited early"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/healthz" | grep -q '"ok"' || { cat "$log"; echo "healthz failed"; exit 1; }

ok=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"query":"{ __typename me { role organization { slug } } }"}')
echo "authenticated: $ok"
echo "$ok" | grep -q '"role":"ADMIN"' || { cat "$log"; exit 1; }

refused=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H 'authorization: Bearer wrong' \
  -d '{"query":"{ __typename }"}')
echo "wrong token: $refused"
echo "$refused" | grep -q '"UNAUTHENTICATED"' || { cat "$log"; exit 1; }

curl -fs "http://127.0.0.1:$port/" -H 'accept: text/html' | grep -qi '<!doctype html>' || { cat "$log"; echo "dashboard not served"; exit 1; }

# npm start runs node under a wrapper: signal the server process itself.
server_pid=$(pgrep -f "dist/apps/api/main.js serve" | head -n1)
kill -TERM "$server_pid"
for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$server_pid" 2>/dev/null; then echo "server did not stop on SIGTERM"; exit 1; fi
grep -q 'SIGTERM received' "$log" || { cat "$log"; echo "no graceful shutdown"; exit 1; }
if grep -q 'Shutdown took too long' "$log"; then cat "$log"; echo "shutdown was forced, not graceful"; exit 1; fi
echo "smoke test passed"
