#!/usr/bin/env bash
# The main job (`make demo`): nucbench's whole job on the embedded demo, with no download.
#   1. generate the demo data (synthetic PanNuke and CPM-17 layouts; cached in Datasets/demo/data),
#   2. run the demonstration PromptNucSeg on the PanNuke-layout folds with the built-in engine,
#      score it (bPQ/mPQ per tissue, prompter P/R/F1, per-class PQ) and draw the worst images,
#   3. run the ablation grid (FT / AUX / MAPF / NP, negatives 0,1,2, oracle and predicted prompts)
#      on the CPM-17-layout images,
#   4. write the paper's Tables 1-3, 6 and 7 beside the paper's numbers to Reports/demo/.
# Usage: Tools/demo/run-demo.sh [NUCBENCH_BINARY]
# Re-running reuses the data, predictions and stored runs (an interrupted run resumes) while the models,
# configurations and binary stay the same; otherwise Reports/demo is made anew.
set -euo pipefail
cd "$(dirname "$0")/../.."
nucbench=${1:-.build/release/nucbench}
demo=Datasets/demo
out=Reports/demo
store=$out/nucbench.sqlite
# Predictions and runs are reused only while the models, configurations and binary are those that made them.
stamp=$(cat "$demo"/models/*.pth "$demo"/*.json "$demo"/ablation.toml "$nucbench" | sha256sum | cut -c1-16)
if [ "$(cat "$out/stamp.txt" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$out"
fi
mkdir -p "$out"
echo "$stamp" > "$out/stamp.txt"

started=$(date +%s)
mark=$started
timings=()
# Prints a section title, after recording how long the previous section took.
step() {
    local now
    now=$(date +%s)
    [ -n "${current:-}" ] && timings+=("$(printf '%4d s  %s' $((now - mark)) "$current")")
    mark=$now
    current=$1
    printf '\n== %s\n' "$1"
}

step "Demo data (synthetic, exact ground truth): $demo/data"
bash Tools/demo/make-demo-data.sh "$nucbench" "$demo/data"

step "PromptNucSeg (demonstration models) on the PanNuke-layout folds: predicted prompts"
"$nucbench" infer --model "$demo/promptnucseg.json" --dataset pannuke --data "$demo/data/pannuke" \
    --out "$out/predictions/pannuke" --progress plain

step "Scoring (PanNuke-metrics protocol, three folds) and the prompter's points; overlays of the worst images"
"$nucbench" eval --dataset pannuke --data "$demo/data/pannuke" --pred "$out/predictions/pannuke" \
    --gt-points "$demo/data/pannuke-points.json" --model demo-promptnucseg --name demo-pannuke \
    --store "$store" --overlays 6 --overlay-dir "$out/overlays" --progress none
mkdir -p "$out/pannuke"
"$nucbench" report demo-pannuke --store "$store" --out "$out/pannuke" > "$out/pannuke/report.log"

step "Ablation grid on the CPM-17-layout images (Tables 6 and 7)"
mkdir -p "$out/ablation"
"$nucbench" ablate --config "$demo/ablation.toml" --negatives 0,1,2 --prompts oracle,predicted \
    --store "$store" --out "$out/ablation" --progress none > "$out/ablation/ablate.log"
grep -E '^(ablation|report):' "$out/ablation/ablate.log"

step "Headline: Tables 6 and 7 of the ablation grid"
cat "$out/ablation/table6.md"
echo
cat "$out/ablation/table7.md"
echo
printf 'Tables 1-3 (PanNuke layout): %s\n' "$(ls "$out"/pannuke/*.md | tr '\n' ' ')"
printf 'Tables 6-7 (CPM-17 layout):  %s\n' "$(ls "$out"/ablation/*.md | tr '\n' ' ')"
printf 'Overlays of the worst images: %s/overlays/index.md\n' "$out"
printf 'Store: %s; every number above comes from it (`nucbench report`, `nucbench compare`).\n' "$store"
printf 'These are demonstration models trained on synthetic data (see %s/README.md): the paper column is\n' "$demo"
printf 'the paper'\''s own number for its real models and data, shown for layout, not as a target.\n'
step "Timings"
printf '%s\n' "${timings[@]}"
printf '%4d s  in all\n' $(($(date +%s) - started))
