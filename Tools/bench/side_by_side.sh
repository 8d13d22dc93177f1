#!/usr/bin/env bash
# Side-by-side timing of nucbench's metrics and the reference Python code on the same maps.
#
#   Tools/bench/side_by_side.sh [--runs N] [--rounds R] [--python PY] [--keep] [BINARY] [-- NUCBENCH_ARGS...]
#
#   BINARY          nucbench release binary (default: .build/release/nucbench of this checkout)
#   --runs N        runs of each side, alternating (default 9, at least 9 per the performance spec)
#   --rounds R      rounds per stage inside each run, passed to both sides (default 5)
#   --python PY     Python with numpy and scipy (default: $NUCBENCH_PYTHON or python3)
#   --keep          keep the temporary directory with the maps and every run's JSON
#   NUCBENCH_ARGS   extra options for every `nucbench bench metrics` call, e.g. --images 100 --seed 2
#
# Steps: `nucbench bench metrics --export DIR` writes the maps once; then N runs of each side
# in the order A B B A A B ... (so neither side always goes first), each printing JSON; then
# one run of each on one thread (nucbench --threads 1; OPENBLAS/OMP/MKL_NUM_THREADS=1 for
# Python). Prints markdown tables on stdout: per stage the median over runs of each run's
# median, the minimum over runs of each run's minimum, and reference/nucbench of the medians.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary="$root/.build/release/nucbench"
runs=9
rounds=5
python=${NUCBENCH_PYTHON:-python3}
keep=0
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "side_by_side.sh: unknown option $1" >&2; exit 2 ;;
        *) binary=$1; shift ;;
    esac
done
[ -x "$binary" ] || { echo "side_by_side.sh: no executable at $binary (build with: swift build -c release)" >&2; exit 1; }
[ "$runs" -ge 1 ] && [ "$rounds" -ge 1 ] || { echo "side_by_side.sh: --runs and --rounds must be at least 1" >&2; exit 2; }
[ "$runs" -ge 9 ] || echo "side_by_side.sh: note: fewer than 9 runs per side (spec asks for >= 9)" >&2

reference="$root/Tools/bench/reference_metrics_timing.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/nucbench-side-by-side.XXXXXX")
if [ "$keep" -eq 1 ]; then
    echo "side_by_side.sh: keeping $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/maps" "$work/runs"

run_nucbench() {  # $1 = output file, then extra nucbench options
    local out=$1; shift
    "$binary" bench metrics --json --rounds "$rounds" "${extra[@]}" "$@" > "$out"
}
run_reference() {  # $1 = output file
    "$python" "$reference" "$work/maps" --json --rounds "$rounds" > "$1"
}

# The maps, written once (one round only: this run's timings are not used).
echo "side_by_side.sh: exporting maps to $work/maps" >&2
"$binary" bench metrics --export "$work/maps" --json --rounds 1 "${extra[@]}" > "$work/export.json"

# Fetches the reference code into its cache before any timed run.
"$python" "$reference" --help > /dev/null

for i in $(seq 1 "$runs"); do
    echo "side_by_side.sh: run $i/$runs" >&2
    if [ $((i % 2)) -eq 1 ]; then
        run_nucbench "$work/runs/nucbench.$i.json"
        run_reference "$work/runs/reference.$i.json"
    else
        run_reference "$work/runs/reference.$i.json"
        run_nucbench "$work/runs/nucbench.$i.json"
    fi
done

echo "side_by_side.sh: 1-thread runs" >&2
run_nucbench "$work/runs/nucbench.t1.json" --threads 1
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 run_reference "$work/runs/reference.t1.json"

nucbench_version=$("$binary" --version 2>/dev/null || echo unknown)

# Merge the JSON files into markdown tables (python: jq may be absent).
"$python" - "$work/runs" "$runs" "$rounds" "$nucbench_version" <<'EOF'
import glob, json, os, platform, statistics, sys

directory, runs, rounds, version = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def load(pattern):
    return [json.load(open(path)) for path in sorted(glob.glob(os.path.join(directory, pattern)))]

def summarise(results, prefix=""):
    """stage -> (median of the runs' medians, min of the runs' minima), in first-seen order.

    prefix "" reads the one-thread timings, "parallel_" nucbench's timings over its worker threads."""
    medians, minima = {}, {}
    for result in results:
        for stage in result["stages"]:
            if prefix + "median_ms" in stage:
                medians.setdefault(stage["name"], []).append(stage[prefix + "median_ms"])
                minima.setdefault(stage["name"], []).append(stage[prefix + "min_ms"])
    return {name: (statistics.median(medians[name]), min(minima[name])) for name in medians}

def table(title, columns, reference):
    """columns: list of (label, nucbench summary); one ratio column per nucbench column."""
    print(f"### {title}\n")
    labels = [label for label, _ in columns]
    print("| stage | " + " | ".join(f"nucbench {label} median / min ms" for label in labels)
          + " | reference median / min ms | " + " | ".join(f"reference / nucbench {label}" for label in labels) + " |")
    print("|---|" + "---:|" * (2 * len(columns) + 1))
    cell = lambda value: f"{value[0]:.3f} / {value[1]:.3f}" if value else "—"
    names = list(columns[0][1]) + [name for name in reference if name not in columns[0][1]]
    for name in names:
        b = reference.get(name)
        values = [summary.get(name) for _, summary in columns]
        ratios = [f"{b[0] / a[0]:.1f}×" if a and b and a[0] > 0 else "—" for a in values]
        print(f"| {name} | " + " | ".join(cell(a) for a in values) + f" | {cell(b)} | " + " | ".join(ratios) + " |")
    print()

nucbench_runs, reference_runs = load("nucbench.[0-9]*.json"), load("reference.[0-9]*.json")
nucbench_t1, reference_t1 = load("nucbench.t1.json"), load("reference.t1.json")
first, ref = nucbench_runs[0], reference_runs[0]
print(f"## Metrics: nucbench vs reference Python, per image ({first.get('images', '?')} synthetic 256×256 pairs)\n")
threads = first.get("threads", "?")
table(f"{runs} alternating runs per side × {rounds} rounds",
      [("1 thread", summarise(nucbench_runs)), (f"{threads} threads", summarise(nucbench_runs, "parallel_"))],
      summarise(reference_runs))
table("1 thread everywhere (one run per side; thread variables 1 for Python)",
      [("1 thread", summarise(nucbench_t1))], summarise(reference_t1))

info = ref["reference"]
cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?") \
    if os.path.exists("/proc/cpuinfo") else platform.processor()
print(f"- nucbench: {version}")
print(f"- reference: {info['package']} `{info['file']}` (sha256 {info['sha256']}); "
      f"Python {info['python']}, numpy {info['numpy']}, scipy {info['scipy']}")
print(f"- pannuke_image (reference): {info['pannuke']}")
print(f"- dice2 (reference): {next((s['description'] for s in ref['stages'] if s['name'] == 'dice2'), '—')}")
print(f"- machine: {cpu}, {os.cpu_count()} logical CPUs; median = median over runs of each run's median, "
      "min = minimum over all rounds; ratio from the medians; 'N threads' = wall time per image with "
      "images spread over N threads (throughput)")
EOF
