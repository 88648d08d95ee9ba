#!/usr/bin/env bash
# IIS log scan speed against grep (PRODUCT.md 4: at least 0.75x `LC_ALL=C grep -c mscep.dll`), and peak memory.
#   tests/bench/iis_scan.sh [build-dir] [work-dir]      (defaults: build/ci, /tmp)
# Environment: SIZE (default 1G), RUNS (default 3), KEEP=1 keeps the generated log.
# It generates the log once with a fixed seed, reads it once to put it in the page cache, then times each
# tool RUNS times from the cache and reports the best run of each (the least disturbed by other load).
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/ci}"
work="${2:-/tmp}"
size="${SIZE:-1G}"
runs="${RUNS:-3}"
bin="$build/bin/ndes-doctor"
gen="$build/tests/bench/gen_iis_log"
[ -x "$bin" ] || { echo "build first: $bin is missing" >&2; exit 2; }
cmake --build "$build" --target gen_iis_log >/dev/null
[ -x "$gen" ] || { echo "build first: $gen is missing" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (Debian package: time)" >&2; exit 2; }

log="$work/ndes-bench-u_ex$size.log"
if [ ! -f "$log" ]; then
    echo "generating $log ($size)"
    "$gen" "$log" "$size"
fi
bytes=$(stat -c %s "$log")
cat "$log" >/dev/null # warm the page cache

tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; [ "${KEEP:-0}" = 1 ] || rm -f "$log"; }
trap cleanup EXIT

# Prints "<microseconds> <peak KiB>" for one run of the command (whatever its exit status). Output goes
# to a file, not /dev/null: GNU grep stops at the first match when its output is /dev/null.
measure() {
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$tmp/rss" "$@" >"$tmp/out" 2>/dev/null || true
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$tmp/rss")"
}

best() { sort -n | head -1; }

echo "file     $log, $bytes bytes, $(grep -c '' "$log") lines"
echo "grep     $(LC_ALL=C grep -c mscep.dll "$log") lines with mscep.dll"
grep_times=(); ours_times=(); peak=0
for i in $(seq "$runs"); do
    read -r t _ < <(measure env LC_ALL=C grep -c mscep.dll "$log")
    grep_times+=("$t")
    read -r t m < <(measure "$bin" scan-iis-logs "$log" --json)
    ours_times+=("$t")
    [ "$m" -gt "$peak" ] && peak=$m
    echo "run $i    grep $(awk -v t="${grep_times[-1]}" 'BEGIN { printf "%.3f", t / 1e6 }') s, scan-iis-logs $(awk -v t="${ours_times[-1]}" 'BEGIN { printf "%.3f", t / 1e6 }') s"
done
"$bin" scan-iis-logs "$log" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("scan     scep.total", d["scep"]["total"], "lines", d["lines"]["total"], "bad", d["badLines"]["total"], "findings", [f["id"] for f in d["findings"]])' || true

g=$(printf '%s\n' "${grep_times[@]}" | best)
o=$(printf '%s\n' "${ours_times[@]}" | best)
awk -v b="$bytes" -v g="$g" -v o="$o" -v p="$peak" 'BEGIN {
    gm = g > 0 ? b / g : 0; om = o > 0 ? b / o : 0
    printf "grep -c          %8.0f MB/s (best %.3f s)\n", gm, g / 1e6
    printf "scan-iis-logs    %8.0f MB/s (best %.3f s)\n", om, o / 1e6
    printf "ratio            %8.2f (target >= 0.75)\n", (gm > 0 ? om / gm : 0)
    printf "peak RSS         %8.1f MB (target < 64 MB)\n", p / 1024
}'
