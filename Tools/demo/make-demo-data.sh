#!/usr/bin/env bash
# The demo's data: synthetic PanNuke (3 folds x 16 images, seed 2 - the held-out set the demo models
# were evaluated on; they were trained on other seeds) and CPM-17 layouts (seed 3), plus the prompter's
# ground-truth points of the PanNuke folds. Cached: regenerated only when the generator's sources or this
# script change. Run from the repository root.
# Usage: Tools/demo/make-demo-data.sh NUCBENCH_BINARY DATA_DIR [PANNUKE_IMAGES CPM17_IMAGES]
set -euo pipefail
nucbench=$1
data=$2
pannuke_images=${3:-16}
cpm17_images=${4:-8}

stamp="pannuke seed 2 x $pannuke_images; cpm17 seed 3 x $cpm17_images"
stamp+="; generator and script $(cat Sources/NucBench/Synthesis/*.swift "$0" | sha256sum | cut -c1-16)"
if [ -f "$data/stamp.txt" ] && [ "$(cat "$data/stamp.txt")" = "$stamp" ]; then
    echo "cached ($stamp)"
    exit 0
fi
rm -rf "$data"
mkdir -p "$data"
"$nucbench" datasets synth --layout pannuke --seed 2 --images "$pannuke_images" --out "$data/pannuke" | tail -n 1
"$nucbench" datasets synth --layout cpm17 --seed 3 --images "$cpm17_images" --out "$data/cpm17" | tail -n 1
"$nucbench" datasets points --data "$data/pannuke" --out "$data/pannuke-points.json"
echo "$stamp" > "$data/stamp.txt"
echo "generated ($stamp)"
