#!/usr/bin/env bash
# The main job until the demo issue lands: score the shipped example with every calculator.
# Usage: Tools/demo/run-metrics-example.sh NUCBENCH_BINARY EXAMPLE_DIR
set -euo pipefail
nucbench=${1:-.build/release/nucbench}
example=${2:-Datasets/example}

section() { printf '\n== %s\n$ %s\n' "$1" "${*:2}"; }

section "HoVer-Net stats_utils metrics of each instance-map pair (one JSON line per pair)" \
    nucbench metrics pairs --gt "$example/pairs.gt.npy" --pred "$example/pairs.pred.npy"
"$nucbench" metrics pairs --gt "$example/pairs.gt.npy" --pred "$example/pairs.pred.npy"

section "Detection and classification at 12 px (HoVer-Net compute_stats type mode, CellViT P/R/F1)" \
    nucbench metrics detection --input "$example/detection.json"
"$nucbench" metrics detection --input "$example/detection.json"

section "PanNuke-metrics bPQ/mPQ of a PanNuke-layout fold" \
    nucbench metrics pannuke --true "$example/pannuke/true" --pred "$example/pannuke/pred"
"$nucbench" metrics pannuke --true "$example/pannuke/true" --pred "$example/pannuke/pred"

section "The same fold scored the CellViT way" \
    nucbench metrics pannuke --protocol cellvit --true "$example/pannuke/true" --pred "$example/pannuke/pred"
"$nucbench" metrics pannuke --protocol cellvit --true "$example/pannuke/true" --pred "$example/pannuke/pred"

printf '\nEvery number above is bit-identical to the reference named in `nucbench metrics <calculator> --help`.\n'
