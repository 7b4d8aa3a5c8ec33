#!/usr/bin/env bash
# The one test command: bash scripts/test.sh
#
# Installs what the tests need when missing (Debian chromium + a CJK font), restores, builds,
# runs every test in Wq.Blazor.sln with a TRX logger, and ends with one line CI can read:
#   N passed, N failed[, N skipped]
# Exit status is non-zero when the build fails, any test fails, or no test ran.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~E2E").
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

results_dir="$repo_root/TestResults"
# Browser tests save screenshots of failures under $WQ_TEST_RESULTS/screenshots.
export WQ_TEST_RESULTS="$results_dir"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*"; }

summary_and_exit() { # passed failed skipped exit_code
  local line="$1 passed, $2 failed"
  if [ "$3" -gt 0 ]; then line="$line, $3 skipped"; fi
  echo "$line"
  exit "$4"
}

# ---------------------------------------------------------------- system packages
have_chromium() {
  if [ -n "${WQ_CHROMIUM:-}" ]; then [ -x "$WQ_CHROMIUM" ]; else [ -x /usr/bin/chromium ]; fi
}
have_cjk_font() {
  dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'install ok installed'
}

if have_chromium && have_cjk_font; then
  log "chromium and fonts-wqy-microhei present; skipping apt"
else
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: chromium or fonts-wqy-microhei missing and not root; install them with apt" >&2
    summary_and_exit 0 0 0 1
  fi
  log "installing chromium and fonts-wqy-microhei with apt (first run only)"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt/dpkg (e.g. a concurrent build) instead of failing on the lock.
  # Recommends (upower, notification daemons, ...) are not needed for headless tests.
  apt_opts=(-o DPkg::Lock::Timeout=600 -q)
  apt_log="$(mktemp)"
  if ! { apt-get "${apt_opts[@]}" update &&
         apt-get "${apt_opts[@]}" install -y --no-install-recommends chromium fonts-wqy-microhei; } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    echo "error: apt-get install chromium fonts-wqy-microhei failed (full log: $apt_log)" >&2
    summary_and_exit 0 0 0 1
  fi
  rm -f "$apt_log"
fi

# ---------------------------------------------------------------- restore + build
log "dotnet restore"
if ! dotnet restore Wq.Blazor.sln --nologo -v quiet; then
  echo "error: restore failed" >&2
  summary_and_exit 0 0 0 1
fi

log "dotnet build"
if ! dotnet build Wq.Blazor.sln --no-restore --nologo -v quiet -clp:ErrorsOnly; then
  echo "error: build failed" >&2
  summary_and_exit 0 0 0 1
fi

# ---------------------------------------------------------------- test
rm -rf "$results_dir"
mkdir -p "$results_dir"
log "dotnet test (results in TestResults/)"
dotnet test Wq.Blazor.sln --no-build --nologo \
  --results-directory "$results_dir" \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  "$@"
test_exit=$?

# ---------------------------------------------------------------- summary from TRX
shopt -s nullglob
trx_files=("$results_dir"/*.trx "$results_dir"/*/*.trx)
shopt -u nullglob

if [ "${#trx_files[@]}" -eq 0 ]; then
  echo "error: dotnet test produced no TRX file (exit $test_exit)" >&2
  summary_and_exit 0 0 0 1
fi

# Sum the <Counters .../> of every TRX file; list failed tests with their messages.
# The TRX writer puts each element on its own line, so a line-oriented awk is enough.
report="$(awk '
  function attr(s, name,   m) {
    if (match(s, name "=\"[^\"]*\"")) { m = substr(s, RSTART + length(name) + 2, RLENGTH - length(name) - 3); return m }
    return ""
  }
  function unxml(s) {
    gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
    gsub(/&#xD;/, "", s); gsub(/&#xA;/, "\n", s); gsub(/&amp;/, "\\&", s)
    return s
  }
  /<Counters / {
    total += attr($0, "total"); passed += attr($0, "passed")
    failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
  }
  /<UnitTestResult / {
    in_failed = (attr($0, "outcome") == "Failed"); name = unxml(attr($0, "testName"))
    if (in_failed) { nfail++; printf "FAILED: %s\n", name > "/dev/stderr" }
  }
  in_failed && /<Message>/ { in_msg = 1; sub(/.*<Message>/, "") }
  in_failed && in_msg {
    line = $0; done = sub(/<\/Message>.*/, "", line)
    printf "    %s\n", unxml(line) > "/dev/stderr"
    if (done) { in_msg = 0 }
  }
  /<\/UnitTestResult>/ { in_failed = 0; in_msg = 0 }
  END { printf "%d %d %d\n", total, passed, failed }
' "${trx_files[@]}" 2>"$results_dir/failures.txt")"

read -r total passed failed <<<"$report"
skipped=$(( total - passed - failed ))
if [ "$skipped" -lt 0 ]; then skipped=0; fi

if [ -s "$results_dir/failures.txt" ]; then
  echo
  echo "Failed tests:"
  cat "$results_dir/failures.txt"
  echo
fi

status=0
if [ "$failed" -gt 0 ]; then status=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "error: no test ran" >&2; status=1
fi
if [ "$test_exit" -ne 0 ] && [ "$status" -eq 0 ]; then
  echo "error: dotnet test exited $test_exit although the TRX shows no failure (test host crash?)" >&2
  status=1
fi
summary_and_exit "$passed" "$failed" "$skipped" "$status"
