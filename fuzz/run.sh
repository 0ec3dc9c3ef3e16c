#!/usr/bin/env bash
# Fuzz one target with AFL++ and SharpFuzz: build, instrument NewsModel.dll, run afl-fuzz on the target's seed corpus
# for SECONDS, print a summary, and exit 1 if afl-fuzz saved a crash (or 3 if it could not run at all).
#   usage: fuzz/run.sh TARGET SECONDS        (TARGET: native, validate, ninjs or import)
# Environment (all optional):
#   FUZZ_TIMEOUT_MS  afl-fuzz -t, the time after which one execution counts as a hang (default 10000)
#   FUZZ_OUT         the afl-fuzz output folder (default fuzz/artifacts/findings/TARGET, emptied first)
#   FUZZ_NO_BUILD=1  reuse the instrumented build of an earlier run
# Needs afl-fuzz on PATH (Debian: apt-get install afl++) and the .NET SDK. Everything it writes is under
# fuzz/artifacts/ (ignored by git); the library is built there too, apart from the solution's own bin/ and obj/.
set -euo pipefail
cd "$(dirname "$0")"
fuzz_dir=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

target=${1:-}
seconds=${2:-}
case "$target" in
  native|validate) dicts=(-x dictionaries/json.dict -x dictionaries/newsmodel.dict) ;;
  ninjs) dicts=(-x dictionaries/json.dict -x dictionaries/ninjs.dict) ;;
  import) dicts=(-x dictionaries/import.dict) ;;
  *) echo "usage: fuzz/run.sh TARGET SECONDS   (TARGET: native, validate, ninjs, import)" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "SECONDS must be a positive whole number" >&2; exit 2; }
command -v afl-fuzz > /dev/null || { echo "afl-fuzz not found: install AFL++ (apt-get install afl++)" >&2; exit 3; }

artifacts="$fuzz_dir/artifacts"
build="$artifacts/bin/NewsModel.Fuzz/release"
instrumented="$artifacts/instrumented"
out=${FUZZ_OUT:-$artifacts/findings/$target}
timeout_ms=${FUZZ_TIMEOUT_MS:-10000}

if [ "${FUZZ_NO_BUILD:-}" != 1 ] || [ ! -f "$instrumented/NewsModel.Fuzz.dll" ]; then
  dotnet tool restore > /dev/null
  # UseArtifactsOutput as a global property puts this build's bin/ and obj/ (the library's too) under
  # fuzz/artifacts/, so it never races a solution build running at the same time.
  dotnet build NewsModel.Fuzz/NewsModel.Fuzz.csproj -c Release -nologo -v quiet \
    -p:UseArtifactsOutput=true -p:ArtifactsPath="$artifacts"
  # Instrument a copy, so that the plain build stays usable for reproducing crashes and the next build's
  # incremental copy never meets an already instrumented NewsModel.dll.
  rm -rf "$instrumented"
  cp -r "$build" "$instrumented"
  dotnet tool run sharpfuzz "$instrumented/NewsModel.dll" > /dev/null
fi

rm -rf "$out"
mkdir -p "$(dirname "$out")"
log="$out.log"
export AFL_SKIP_BIN_CHECK=1          # the target is dotnet, not an afl-instrumented binary
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_NO_AFFINITY=1             # do not pin a core: builds and tests may share the machine
echo "fuzzing $target for ${seconds}s (corpus/$target: $(find "corpus/$target" -type f | wc -l) seeds, timeout ${timeout_ms} ms); log: $log"
set +e
# -V stops afl-fuzz after SECONDS of fuzzing; the outer timeout only guards against a stuck start.
timeout --signal=INT --kill-after=30 $((seconds + 300)) \
  afl-fuzz -i "corpus/$target" -o "$out" -t "$timeout_ms" -m none -V "$seconds" "${dicts[@]}" \
    -- dotnet "$instrumented/NewsModel.Fuzz.dll" "$target" > "$log" 2>&1
status=$?
set -e

stats="$out/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -n 40 "$log"
  echo "afl-fuzz did not start (exit $status): see $log" >&2
  exit 3
fi
stat() { sed -n "s/^$1 *: *//p" "$stats" | head -n 1; }
crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2> /dev/null | wc -l)
echo "== $target: $(stat run_time)s fuzzing, $(stat execs_done) execs ($(stat execs_per_sec)/s), corpus $(stat corpus_count) (from $(find "corpus/$target" -type f | wc -l) seeds), coverage $(stat bitmap_cvg), stability $(stat stability), crashes $crashes, hangs $hangs"
if [ "$status" -ne 0 ]; then
  tail -n 20 "$log"
  echo "afl-fuzz exited with $status: see $log" >&2
fi
if [ "$crashes" -gt 0 ]; then
  echo "CRASHES in $out/default/crashes; the distinct exceptions (replayed on the uninstrumented build):"
  find "$out/default/crashes" -type f -name 'id:*' -print0 | xargs -0 dotnet "$build/NewsModel.Fuzz.dll" replay "$target" || true
  exit 1
fi
if [ "$hangs" -gt 0 ]; then
  echo "hangs (over ${timeout_ms} ms) in $out/default/hangs: reproduce with: time dotnet $build/NewsModel.Fuzz.dll $target < FILE"
fi
[ "$status" -eq 0 ] || exit 3
