#!/usr/bin/env bash
# Times the SAM ViT-B image encoder (random weights, 256×256 input) at 1 and 2 GEMM threads.
#
# Usage (from anywhere): Tools/bench/encoder_speed.sh [runs] [scratch-dir]
#   runs         timed passes per thread count, after one warm-up (default 9)
#   scratch-dir  where the throw-away benchmark package is built (default /tmp/nucbench-encoder-bench)
#
# The entry point is `ImageEncoder.benchmarkViTB(threads:runs:)` (package access), so the script builds a
# small package beside the repo whose targets are the repo's own source folders (symlinked) plus a
# one-file executable calling it, in release mode. Compare only runs made side by side on a quiet machine
# (see ../shared/spec/performance.md); PyTorch's ViT-B figure there is 504 ms on 2 threads (827 ms on 1).
set -euo pipefail
runs="${1:-9}"
scratch="${2:-/tmp/nucbench-encoder-bench}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$scratch/Sources/EncoderBench"
for target in CBLAS CImageBridge CPNG CTIFF CZlib NucCore NucIO NucEngine; do
    ln -sfn "$root/Sources/$target" "$scratch/Sources/$target"
done
cat > "$scratch/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "encoderbench",
    targets: [
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas"),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng"),
        .systemLibrary(name: "CTIFF", pkgConfig: "libtiff-4"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
        .target(name: "CImageBridge", dependencies: ["CPNG", "CTIFF"]),
        .target(name: "NucCore"),
        .target(name: "NucIO", dependencies: ["NucCore", "CZlib", "CImageBridge"]),
        .target(name: "NucEngine", dependencies: ["NucCore", "NucIO", "CBLAS"]),
        .executableTarget(name: "EncoderBench", dependencies: ["NucEngine"]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
cat > "$scratch/Sources/EncoderBench/main.swift" <<SWIFT
import NucEngine

let runs = $runs
for threads in [1, 2] {
    let times = try ImageEncoder.benchmarkViTB(threads: threads, runs: runs).sorted()
    let median = times[times.count / 2]
    print("ViT-B encoder, \(threads) thread(s), \(runs) runs: median \(median) ms, min \(times[0]) ms")
}
SWIFT
cd "$scratch"
swift build -c release --product EncoderBench >&2
"$scratch/.build/release/EncoderBench"
