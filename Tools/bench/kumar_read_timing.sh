#!/usr/bin/env bash
# Writes a 1000×1000 Kumar-like tile (RGB TIFF, LZW, as MoNuSeg ships them) and its HoVer-Net label
# file (.mat, zlib-compressed int32 inst_map with ~700 nuclei) into a temporary directory and times
# `nucbench bench read` on them. Needs numpy, scipy and Pillow.
#
#   Tools/bench/kumar_read_timing.sh [BINARY] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${1:-$root/.build/release/nucbench}
rounds=${2:-21}
work=$(mktemp -d "${TMPDIR:-/tmp}/nucbench-kumar.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
import numpy as np
import scipy.io
from PIL import Image
work = sys.argv[1]
rng = np.random.default_rng(7)
size = 1000
yy, xx = np.mgrid[0:size, 0:size]
inst = np.zeros((size, size), np.int32)
for index in range(1, 701):
    cy, cx = rng.uniform(0, size, 2)
    a, b = rng.uniform(5, 12, 2)
    y0, y1, x0, x1 = int(max(0, cy - 13)), int(min(size, cy + 13)), int(max(0, cx - 13)), int(min(size, cx + 13))
    window = ((yy[y0:y1, x0:x1] - cy) / a) ** 2 + ((xx[y0:y1, x0:x1] - cx) / b) ** 2 <= 1
    inst[y0:y1, x0:x1][window] = index
pink = np.array([236, 170, 210], np.float64)
blue = np.array([90, 60, 150], np.float64)
image = np.where((inst > 0)[..., None], blue, pink) + rng.normal(0, 12, (size, size, 3))
image = np.clip(image, 0, 255).astype(np.uint8)
Image.fromarray(image).save(f"{work}/tile.tif", compression="tiff_lzw")
scipy.io.savemat(f"{work}/tile.mat", {"inst_map": inst}, do_compression=True)
PY
ls -la "$work" >&2
"$binary" bench read --image "$work/tile.tif" --labels "$work/tile.mat" --rounds "$rounds"
