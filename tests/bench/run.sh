#!/usr/bin/env bash
# Benchmarks of issue-level targets. They print figures; they never pass or fail on time.
#   tests/bench/run.sh [build-dir]      (default: build/ci)
# 1. check-url wall time against the local simulator (healthy, HTTPS), N runs.
# 2. start-up to the first page (welcome, grabbed to PNG) and its peak memory, beside a bare QWizard;
#    wall time, and instructions counted by callgrind when valgrind is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/ci}"
bin="$build/bin/ndes-doctor"
bare="$build/tests/bench/bench_bare_wizard"
runs="${RUNS:-20}"
[ -x "$bin" ] || { echo "build first: $bin is missing" >&2; exit 2; }
cmake --build "$build" --target bench_bare_wizard >/dev/null
tmp=$(mktemp -d)
trap 'kill $sim 2>/dev/null || true; rm -rf "$tmp"' EXIT

ms() { echo $(( $(date +%s%N) / 1000000 )); }
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (n=%d)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

echo "== check-url against the simulator (healthy, HTTPS) =="
"$bin" simulate --scenario healthy --tls >"$tmp/sim.out" 2>/dev/null &
sim=$!
for _ in $(seq 100); do [ "$(wc -l <"$tmp/sim.out")" -ge 2 ] && break; sleep 0.1; done
url=$(sed -n 1p "$tmp/sim.out"); ca=$(sed -n 2p "$tmp/sim.out" | cut -d' ' -f2-)
for _ in $(seq "$runs"); do
    t0=$(ms); "$bin" check-url "$url" --ca-file "$ca" --json >/dev/null; t1=$(ms)
    echo $((t1 - t0))
done | stats
kill $sim; wait $sim 2>/dev/null || true

echo "== start-up to the first page, offscreen, grabbed to PNG =="
export QT_QPA_PLATFORM=offscreen
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
for what in bare ndes; do
    for _ in $(seq "$runs"); do
        t0=$(ms)
        if [ $what = bare ]; then "$bare" "$tmp/b.png" >/dev/null 2>&1; else "$bin" --lang en --screenshot "$tmp/n.png" --goto welcome >/dev/null 2>&1; fi
        t1=$(ms); echo $((t1 - t0))
    done | stats | sed "s/^/$what QWizard: /;s/ndes QWizard/NDES Doctor/"
done
echo "peak RSS: bare QWizard $(peak "$bare" "$tmp/b.png") KiB, NDES Doctor $(peak "$bin" --lang en --screenshot "$tmp/n.png" --goto welcome) KiB"
if command -v valgrind >/dev/null 2>&1; then
    # Instruction counts do not depend on what else the machine is doing (the wall times above do).
    ir() { valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" >/dev/null 2>&1
           callgrind_annotate "$tmp/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'; }
    b=$(ir "$bare" "$tmp/b.png"); n=$(ir "$bin" --lang en --screenshot "$tmp/n.png" --goto welcome)
    echo "instructions (callgrind): bare QWizard $b, NDES Doctor $n, ratio $(awk -v n="$n" -v b="$b" 'BEGIN {printf "%.2f", n / b}')"
fi
