#!/usr/bin/env bash
# Installs what is missing, then configures and builds with the given CMake preset (default: ci).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
scripts/setup-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
