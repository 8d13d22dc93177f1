#!/usr/bin/env bash
# Side-by-side speed of nucbench's engine and PyTorch on the PromptNucSeg stages (ViT-B encoder,
# 40-prompt decoder with K = 1, ConvNeXt-S prompter), as ../shared/spec/performance.md asks:
# the two alternate (A B B A …) for ROUNDS rounds of RUNS passes each, at 1 and 2 threads, and
# the medians and minima over all passes are printed.
#
#   Tools/bench/engine_side_by_side.sh [BINARY] [ROUNDS] [RUNS] [STAGES]
#
# STAGES: comma-separated, from encoder, decoder, prompter, pipeline, sweep (default the first three).
#
# Needs python3 with torch 2.13.0+cpu and segment-anything 1.0 (Tools/bench/pytorch_engine_timing.py).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${1:-$root/.build/release/nucbench}
rounds=${2:-3}
runs=${3:-3}
stages=${4:-encoder,decoder,prompter}
out=$(mktemp -d "${TMPDIR:-/tmp}/nucbench-engine.XXXXXX")
trap 'rm -rf "$out"' EXIT

for round in $(seq "$rounds"); do
    for threads in 1 2; do
        if [ $((round % 2)) -eq 1 ]; then order="nucbench pytorch"; else order="pytorch nucbench"; fi
        for side in $order; do
            if [ "$side" = nucbench ]; then
                "$binary" bench engine --threads "$threads" --runs "$runs" --stages "$stages" --json >> "$out/nucbench.jsonl"
            else
                python3 "$root/Tools/bench/pytorch_engine_timing.py" --threads "$threads" --runs "$runs" \
                    --stages "$stages" >> "$out/pytorch.jsonl"
            fi
        done
    done
done

python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
def load(name):
    rows = {}
    for line in open(f"{out}/{name}.jsonl"):
        row = json.loads(line)
        rows.setdefault((row["stage"], row["threads"]), []).append(row)
    return rows
ours, theirs = load("nucbench"), load("pytorch")
print("| stage | threads | nucbench median ms | nucbench min ms | PyTorch median ms | PyTorch min ms | PyTorch / nucbench |")
print("|---|---:|---:|---:|---:|---:|---:|")
for key in sorted(ours):
    a = statistics.median(r["median_ms"] for r in ours[key]); a_min = min(r["min_ms"] for r in ours[key])
    b = statistics.median(r["median_ms"] for r in theirs[key]); b_min = min(r["min_ms"] for r in theirs[key])
    print(f"| {key[0]} | {key[1]} | {a:.1f} | {a_min:.1f} | {b:.1f} | {b_min:.1f} | {b / a:.2f}x |")
PY
