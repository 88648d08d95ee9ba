#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs the whole test suite through ctest:
# every unit, GUI and interop test, then each parser's fuzzer for a bounded number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh ci
ctest --preset ci "$@"
scripts/build.sh fuzz
ctest --preset fuzz
