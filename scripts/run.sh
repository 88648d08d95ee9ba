#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and opens the wizard.
# Without an NDES server on this machine, the wizard starts in training mode.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh ci
exec build/ci/bin/ndes-doctor "$@"
