#!/usr/bin/env bash
# Load check of the public site on loopback (not part of the test run): builds in Release, sets up a
# throwaway SQLite newsroom from the default recipe, starts it on a free port, and runs wrk for a
# bounded time against the home page, the Operation Legatum page, the site feeds and a combined feed.
# Usage: tests/load/wrk.sh [seconds per URL, default 10] [connections, default 16]
# Needs Debian's wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-16}
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -- -"$server" 2>/dev/null; rm -rf "$work"' EXIT
dotnet build src/PressCms.Web -c Release > "$work/build.log" 2>&1 || { tail -5 "$work/build.log"; exit 1; }
export PressCms__DataPath=$work/data PRESSCMS_ADMIN_PASSWORD="Load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')-Aa1"
export PressCms__Notifications__GoLiveInterval=00:00:00 Logging__LogLevel__Default=Warning
run() { dotnet run --project src/PressCms.Web -c Release --no-build --no-launch-profile -- "$@"; }
run setup --recipe newsroom --site-name "Load test" --admin-email load@example.test > /dev/null
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(ASPNETCORE_URLS=http://127.0.0.1:$port exec setsid dotnet run --project src/PressCms.Web -c Release --no-build --no-launch-profile) > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ] && break
  sleep 0.5
done
# The first seconds of a new process are slow (tiered JIT, connection pool, SQLite page cache): warm it as a whole first.
wrk -t2 -c"$connections" -d6s "http://127.0.0.1:$port/" > /dev/null
for path in / /news/operation-legatum-38-arrested /feeds/releases.rss /feeds/releases.atom /feeds/releases.json "/feeds/releases.rss?category=child-protection&area=london"; do
  # Warm up: the first requests compile the route and tiered JIT settles; only then measure.
  wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$port$path" > /dev/null
  echo "== $path"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
