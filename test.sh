#!/usr/bin/env bash
# The whole test suite: installs what the tests need on a fresh Debian machine, builds, runs every
# test (unit, storage, in-process web, real browser) and the quality evaluation with its floors.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test.sh: installing Chromium for the browser tests (apt-get install chromium)"
  as_root apt-get update -q
  # apt sometimes reports a transient dpkg error on a fresh machine; a second run completes it.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

dotnet build ArticleReader.sln -nologo -v quiet
log=$(mktemp)
set +e
dotnet test ArticleReader.sln --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ]; then echo "tests: $passed passed, $failed failed"; exit "$status"; fi

# Quality floors (sentence splitting, claim detection, extraction) against ../shared/eval.
dotnet run --project src/ArticleReader.Web --no-build -- eval
echo "tests: $passed passed, $failed failed"
