#!/usr/bin/env bash
# Streams a full-size synthetic PanNuke fold (2,656 images, float64 masks, ~8.4 GB per side)
# through `nucbench metrics pannuke` and reports wall time and peak resident memory.
#
#   Tools/bench/pannuke_fold_memory.sh [BINARY] [IMAGES] [WORKDIR]
#
# The fold repeats the images of an exported benchmark set (`nucbench bench metrics --export`)
# so the nuclei are realistic; it needs about 2 × 8.4 GB of free disk in WORKDIR (default: a
# temporary directory, removed afterwards). numpy writes the files through np.lib.format.open_memmap.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${1:-$root/.build/release/nucbench}
images=${2:-2656}
work=${3:-$(mktemp -d "${TMPDIR:-/tmp}/nucbench-fold.XXXXXX")}
[ -n "${3:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/maps" "$work/true" "$work/pred"

"$binary" bench metrics --images 64 --rounds 1 --export "$work/maps" --json > /dev/null
python3 - "$work" "$images" <<'PY'
import sys
import numpy as np
work, images = sys.argv[1], int(sys.argv[2])
tissues = ["Adrenal_gland", "Bile-duct", "Bladder", "Breast", "Cervix", "Colon", "Esophagus", "HeadNeck", "Kidney",
           "Liver", "Lung", "Ovarian", "Pancreatic", "Prostate", "Skin", "Stomach", "Testis", "Thyroid", "Uterus"]
for side, source in (("true", "pannuke_true.npy"), ("pred", "pannuke_pred.npy")):
    maps = np.load(f"{work}/maps/{source}", mmap_mode="r")
    out = np.lib.format.open_memmap(f"{work}/{side}/masks.npy", mode="w+", dtype=np.float64,
                                    shape=(images, 256, 256, 6))
    for start in range(0, images, len(maps)):
        stop = min(images, start + len(maps))
        out[start:stop] = maps[: stop - start]
    out.flush()
    del out
np.save(f"{work}/true/types.npy", np.array([tissues[i % len(tissues)] for i in range(images)]))
PY
ls -la "$work/true" "$work/pred" >&2
sync
# Drop this script's own page-cache footprint from the measurement where allowed.
[ -w /proc/sys/vm/drop_caches ] && echo 1 > /proc/sys/vm/drop_caches || true
/usr/bin/time -v "$binary" metrics pannuke --true "$work/true" --pred "$work/pred" > "$work/result.json" 2> "$work/time.txt"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('mPQ', d['mpq'], 'bPQ', d['bpq'], 'images', len(d['per_image']))" "$work/result.json"
