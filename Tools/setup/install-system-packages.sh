#!/usr/bin/env bash
# Installs the Debian packages nucbench builds against, if any is missing.
# Called by `make demo` and `make test`; safe to run again (it only checks when all are present).
set -euo pipefail

# sqlite3 (the command-line shell) is used by the results-store kill test.
packages=(libopenblas-dev libpng-dev libtiff-dev zlib1g-dev libsqlite3-dev pkg-config sqlite3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "nucbench setup: installing ${missing[*]}" >&2
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "nucbench setup: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
    run_as_root=(sudo)
fi
"${run_as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
