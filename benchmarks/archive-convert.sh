#!/usr/bin/env bash
# Archive benchmark: convert a generated NDJSON archive of native NewsModel documents to ninjs with the
# NativeAOT-published tool, and report articles per second and peak memory (max RSS).
#   bash benchmarks/archive-convert.sh [COUNT ...]     (default: 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${ARCHIVE_BENCH_DIR:-$(mktemp -d)}
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
dotnet publish src/NewsModel.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo
dotnet build benchmarks/NewsModel.ArchiveGen -c Release -v quiet -nologo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r)"
for n in "${counts[@]}"; do
  archive="$work/archive-$n.ndjson"
  [ -f "$archive" ] || dotnet benchmarks/NewsModel.ArchiveGen/bin/Release/net10.0/NewsModel.ArchiveGen.dll "$n" "$archive"
  bytes=$(stat -c %s "$archive")
  /usr/bin/time -f "%e %M" -o "$work/time-$n" "$work/aot/NewsModel.Cli" convert "$archive" --from newsmodel --to ninjs -o /dev/null 2> "$work/err-$n" || true
  read -r seconds rss_kb < "$work/time-$n"
  awk -v n="$n" -v s="$seconds" -v kb="$rss_kb" -v b="$bytes" 'BEGIN {
    printf "%d articles (%.0f MB): %.2f s, %.0f articles/s, %.0f MB/s, peak RSS %.0f MB\n", n, b/1e6, s, n/s, b/1e6/s, kb/1024 }'
  tail -1 "$work/err-$n"
done
