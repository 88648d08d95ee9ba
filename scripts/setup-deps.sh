#!/usr/bin/env bash
# Installs the Debian 12 packages NDES Doctor needs to build, run and test, and nothing already there.
# Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config git
    # Qt 6.4, with the Linguist tools and Qt's own French catalog
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    # OpenSSL 3 and spdlog
    libssl-dev openssl ca-certificates libspdlog-dev libfmt-dev
    # zlib's raw inflate, for reading zipped snapshots
    zlib1g-dev
    # tests: a real SCEP peer, fonts for offscreen rendering, an X server for real-window screenshots
    scep fonts-dejavu-core xvfb xauth
    # fuzzing: clang with libFuzzer
    clang libclang-rt-14-dev
    # benchmarks
    time procps
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup-deps: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
echo "setup-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
