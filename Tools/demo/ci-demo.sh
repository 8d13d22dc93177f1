#!/usr/bin/env bash
# CI's score-regression gate: a short subset of the demo run from scratch (3 PanNuke-layout folds x 4
# images with predicted prompts and the prompter's points; the whole ablation grid on 2 CPM-17-layout
# images), then `nucbench regress --exact` against Baselines/ci-demo.json (tolerance 0; improvements fail
# too). Any change to the
# engine, pipeline or metrics numbers fails here unless the baseline is updated in the same commit
# (`Tools/demo/ci-demo.sh BINARY --update`), with the reason in the commit message.
# Usage: Tools/demo/ci-demo.sh [NUCBENCH_BINARY] [--update]
set -euo pipefail
cd "$(dirname "$0")/../.."
nucbench=${1:-.build/release/nucbench}
mode=${2:-check}
demo=Datasets/demo
work=Reports/ci-demo
baseline=Baselines/ci-demo.json
started=$(date +%s)

bash Tools/demo/make-demo-data.sh "$nucbench" "$work/data" 4 2
# Predictions and runs are made anew every time: a reused run would not test the current code.
rm -rf "$work/predictions" "$work/store.sqlite"*
config=$work/ablation.toml
sed -e "s|^data = .*|data = \"data/cpm17\"|" -e "s|^predictions = .*|predictions = \"predictions/ablation\"|" \
    -e "s|^name = .*|name = \"ci-demo-cpm17\"|" -e "s|\"models/|\"../../$demo/models/|" "$demo/ablation.toml" > "$config"

"$nucbench" infer --model "$demo/promptnucseg.json" --dataset pannuke --data "$work/data/pannuke" \
    --out "$work/predictions/pannuke" --progress none --threads 2
"$nucbench" eval --dataset pannuke --data "$work/data/pannuke" --pred "$work/predictions/pannuke" \
    --gt-points "$work/data/pannuke-points.json" --name ci-demo-pannuke --store "$work/store.sqlite" \
    --progress none > /dev/null
"$nucbench" ablate --config "$config" --negatives 0,1,2 --prompts oracle,predicted --store "$work/store.sqlite" \
    --out "$work/ablation" --bootstrap-rounds 0 --progress none --threads 2 > /dev/null

if [ "$mode" = "--update" ]; then
    rm -f "$baseline"
    "$nucbench" regress --baseline "$baseline" --store "$work/store.sqlite" --update
    echo "ci-demo finished in $(($(date +%s) - started)) s"
    exit 0
fi
status=0
"$nucbench" regress --exact --baseline "$baseline" --store "$work/store.sqlite" > "$work/regress.md" || status=$?
grep -v ' | equal |$' "$work/regress.md" || true
echo "every metric: $work/regress.md; ci-demo finished in $(($(date +%s) - started)) s"
exit $status
