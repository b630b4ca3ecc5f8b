#!/usr/bin/env bash
# Load test on loopback: the app on a temporary database (the seeds), 64 concurrent readers (wrk: library,
# article, claim-panel and API pages) and 8 concurrent writers (the load-writers verb: tag and note forms
# with antiforgery tokens) for SECONDS (default 60). Fails on any 5xx, on any acknowledged write missing
# from the database afterwards, or on "database is locked" in the app's log. Prints p50/p99 latencies and
# throughput. Stops by itself; everything it starts is stopped on exit.
#   scripts/load.sh [SECONDS]      (READERS=64 WRITERS=8 to change the concurrency)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
readers=${READERS:-64}
writers=${WRITERS:-8}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null; then
    echo "load.sh: installing $tool (apt-get install $tool)"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool"
  fi
done

dotnet build src/ArticleReader.Web -nologo -v quiet >/dev/null
dll=src/ArticleReader.Web/bin/Debug/net10.0/ArticleReader.Web.dll

work=$(mktemp -d -t articlereader-load.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A free loopback port: the first one nothing answers on.
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "load.sh: no free port found"; exit 1; }
url="http://127.0.0.1:$port"

export Database__Path="$work/load.db" Logging__Directory="$work/logs" Seeds__Path="$PWD/seeds"
# Readers sign in as a reader, writers as an editor, as a team would (anonymous reading is off once accounts exist).
password="load-test-password-$RANDOM$RANDOM"
echo "$password" | dotnet "$dll" create-user load-reader --role reader >/dev/null
echo "$password" | dotnet "$dll" create-user load-editor --role editor >/dev/null
dotnet "$dll" --urls "$url" >"$work/app.out" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "$url/account/login" -o /dev/null; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "load.sh: the app did not start"; cat "$work/app.out"; exit 1; }
  sleep 0.5
done
jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | cut -d'"' -f6)
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Name=load-reader" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
auth=$(awk '$6 == "articlereader.auth" { print $7 }' "$jar")
[ -n "$auth" ] || { echo "load.sh: the reader could not sign in"; exit 1; }
curl() { command curl -H "Cookie: articlereader.auth=$auth" "$@"; }
for _ in $(seq 1 120); do
  if curl -fs "$url/api/articles" -o "$work/articles.json"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "load.sh: the app did not start"; cat "$work/app.out"; exit 1; }
  sleep 0.5
done
slugs=$(grep -o '"slug":"[^"]*"' "$work/articles.json" | cut -d'"' -f4)
[ -n "$slugs" ] || { echo "load.sh: the app serves no articles"; exit 1; }

# The readers' pages, round-robin: the library, each article, its claim panel, and the API.
{
  echo 'paths = {'
  echo '  "/",'
  echo '  "/api/articles",'
  for slug in $slugs; do
    claim=$(curl -fs "$url/api/articles/$slug/claims" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
    echo "  \"/articles/$slug\", \"/api/articles/$slug\", \"/api/articles/$slug/claims\","
    [ -n "$claim" ] && echo "  \"/articles/$slug?claim=$claim\","
  done
  echo '}'
  cat <<'LUA'
counter = 0
server_errors = 0
refused = 0
threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counter = math.random(#paths) end
function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
  if status >= 300 and status < 500 then refused = refused + 1 end
end
function done(summary, latency, requests)
  local errors, others = 0, 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("server_errors"); others = others + thread:get("refused") end
  io.write(string.format("readers: 5xx responses: %d\n", errors))
  io.write(string.format("readers: redirects or refusals (not signed in?): %d\n", others))
end
LUA
} >"$work/readers.lua"

echo "load.sh: $readers readers and $writers writers for $seconds s on $url ($(echo "$slugs" | wc -w) articles)"
timeout $((seconds + 60)) wrk -t2 -c"$readers" -d"${seconds}s" --timeout 30s --latency -H "Cookie: articlereader.auth=$auth" \
  -s "$work/readers.lua" "$url" >"$work/wrk.out" 2>&1 &
wrk_pid=$!
set +e
echo "$password" | timeout $((seconds + 120)) dotnet "$dll" load-writers --url "$url" --user load-editor --seconds "$seconds" \
  --concurrency "$writers" >"$work/writers.out" 2>&1
writers_status=$?
wait "$wrk_pid"
wrk_status=$?
set -e

echo "== readers (wrk, $readers connections)"
grep -E "Latency|Req/Sec|50%|75%|90%|99%|requests in|Requests/sec|Transfer/sec|Non-2xx|Socket errors|5xx|refusals" "$work/wrk.out" || cat "$work/wrk.out"
echo "== writers (load-writers, $writers sessions)"
cat "$work/writers.out"

status=0
reader_5xx=$(grep -o 'readers: 5xx responses: [0-9]*' "$work/wrk.out" | grep -o '[0-9]*$' || echo "unknown")
[ "$wrk_status" -eq 0 ] || { echo "load.sh: wrk failed ($wrk_status)"; status=1; }
[ "$reader_5xx" = "0" ] || { echo "load.sh: readers saw $reader_5xx 5xx responses"; status=1; }
reader_refused=$(grep -o 'readers: redirects or refusals[^:]*: [0-9]*' "$work/wrk.out" | grep -o '[0-9]*$' || echo "unknown")
[ "$reader_refused" = "0" ] || { echo "load.sh: readers were refused or redirected $reader_refused times"; status=1; }
[ "$writers_status" -eq 0 ] || { echo "load.sh: the writers failed (5xx, errors or missing writes above)"; status=1; }
locked=$(cat "$work"/logs/*.log 2>/dev/null | grep -ci "database is locked" || true)
[ "$locked" -eq 0 ] || { echo "load.sh: the app logged 'database is locked' $locked times"; status=1; }
errors=$(cat "$work"/logs/*.log 2>/dev/null | grep -c "\[ERR\]" || true)
echo "== app: $errors errors logged, 'database is locked' $locked times"
[ "$status" -eq 0 ] && echo "load.sh: passed" || echo "load.sh: FAILED"
exit "$status"
