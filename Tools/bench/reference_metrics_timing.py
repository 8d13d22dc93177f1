#!/usr/bin/env python3
"""Times the reference Python metrics on the maps of `nucbench bench metrics --export DIR`.

    python3 Tools/bench/reference_metrics_timing.py DIR [--rounds 5] [--json]

DIR holds gt.npy, pred.npy (int64, N x 256 x 256 instance maps, non-contiguous ids) and
pannuke_true.npy, pannuke_pred.npy (float64, N x 256 x 256 x 6, PanNuke layout).

Reference code: HoVer-Net's `metrics/stats_utils.py` from the PyPI wheel hover-net==0.0.10
(bit-identical to vqdang/hover_net, see Shared spec metrics.md §15). It is not part of this
repository: on first use the wheel is fetched with `pip download --no-deps` into
${NUCBENCH_REFERENCE_CACHE:-${XDG_CACHE_HOME:-~/.cache}/nucbench/reference}, the one file is
extracted, checked against a pinned SHA-256 and loaded by path (the package's __init__
imports torch, so the package itself is never imported).

Each stage is run over all N images (dice2: the first --dice-images only) per round; the
per-image time of a round is its total / images. Reported: median and minimum over rounds,
in milliseconds. Stage keys are shared with `nucbench bench metrics --json`.
"""

import argparse
import base64
import hashlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

import numpy as np
import scipy

REFERENCE_PACKAGE = "hover-net"
REFERENCE_VERSION = "0.0.10"
REFERENCE_MEMBER = "hover_net/metrics/stats_utils.py"
# SHA-256 of REFERENCE_MEMBER in hover_net-0.0.10-py3-none-any.whl (urlsafe base64, as in RECORD).
REFERENCE_SHA256 = "GLmNgHZ9K2U-YLLfyvrPVKshVEC5-mAWWQyeqlmleGY"

PANNUKE_LABEL = ("PanNuke-metrics per-image steps, reconstructed from its run.py description "
                 "with hover_net functions")


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Reference code: fetch once into the cache, verify, load by path.

def cache_directory():
    if os.environ.get("NUCBENCH_REFERENCE_CACHE"):
        return os.environ["NUCBENCH_REFERENCE_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "nucbench", "reference")


def record_digest(data):
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def fetch_reference(directory):
    """Returns the path of stats_utils.py in the cache, downloading the wheel if needed."""
    target = os.path.join(directory, f"hover_net-{REFERENCE_VERSION}", "stats_utils.py")
    if os.path.exists(target):
        with open(target, "rb") as handle:
            if record_digest(handle.read()) == REFERENCE_SHA256:
                return target
        log(f"{target}: checksum mismatch, fetching it again")

    os.makedirs(directory, exist_ok=True)
    wheel = None
    for name in os.listdir(directory):
        if name.startswith(f"hover_net-{REFERENCE_VERSION}-") and name.endswith(".whl"):
            wheel = os.path.join(directory, name)
    if wheel is None:
        log(f"downloading {REFERENCE_PACKAGE}=={REFERENCE_VERSION} (wheel, no dependencies) into {directory}")
        download = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                                   "--disable-pip-version-check", "--quiet", "--dest", directory,
                                   f"{REFERENCE_PACKAGE}=={REFERENCE_VERSION}"], stdout=sys.stderr)
        if download.returncode != 0:
            sys.exit(f"pip download {REFERENCE_PACKAGE}=={REFERENCE_VERSION} failed; "
                     f"put the wheel into {directory} by hand to work offline")
        wheel = next(os.path.join(directory, name) for name in os.listdir(directory)
                     if name.startswith(f"hover_net-{REFERENCE_VERSION}-") and name.endswith(".whl"))

    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(REFERENCE_MEMBER)
    if record_digest(data) != REFERENCE_SHA256:
        sys.exit(f"{wheel}: {REFERENCE_MEMBER} does not have the expected SHA-256; refusing to use it")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=os.path.dirname(target), delete=False) as handle:
        handle.write(data)
    os.replace(handle.name, target)
    return target


def load_reference(path):
    spec = importlib.util.spec_from_file_location("hover_net_stats_utils", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------------
# PanNuke-metrics per-image work (run.py), reconstructed from the spec's description (metrics.md
# §9.2) on top of hover_net's remap_label and get_fast_pq.

def binarize(channels):
    """Channels 0..4 into one instance map: each channel's distinct non-zero values, ascending,
    get the next value of a running counter; later channels overwrite earlier ones. The map is
    painted arithmetically on a float64 canvas (cleared and re-added per instance), then cast to
    int32, so the cost matches the reference's full-image work per instance."""
    out = np.zeros(channels.shape[:2])
    counter = 1
    for c in range(channels.shape[2]):
        channel = channels[:, :, c]
        values = np.unique(channel).tolist()
        values.remove(0)  # a channel without background raises, as in the reference
        for value in values:
            mask = channel == value
            out *= 1 - mask
            out += counter * mask
            counter += 1
    return out.astype(np.int32)


def pannuke_image(ref, true, pred):
    """bPQ and the five class PQs of one image (NaN where the GT has no nucleus)."""
    true_bin = binarize(true[:, :, :5])
    pred_bin = binarize(pred[:, :, :5])
    if len(np.unique(true_bin)) == 1:
        bpq = np.nan
    else:
        bpq = ref.get_fast_pq(true_bin, pred_bin)[0][2]  # no remap here, as in run.py
    pqs = []
    for c in range(5):
        pred_c = ref.remap_label(pred[:, :, c].astype(np.int32))
        true_c = ref.remap_label(true[:, :, c].astype(np.int32))
        if len(np.unique(true_c)) == 1:
            pqs.append(np.nan)
        else:
            pqs.append(ref.get_fast_pq(true_c, pred_c)[0][2])
    return bpq, pqs


# ---------------------------------------------------------------------------------------------
# Timing

def measure(name, description, rounds, items, work):
    """Runs work(item) for every item, `rounds` times; per-image ms of each round."""
    work(items[0])  # warm-up (imports, caches), not timed
    per_image = []
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            work(item)
        per_image.append((time.perf_counter() - start) * 1000.0 / len(items))
    return {"name": name, "description": description, "images": len(items),
            "median_ms": statistics.median(per_image), "min_ms": min(per_image),
            "rounds_ms": per_image}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", help="directory written by `nucbench bench metrics --export DIR`")
    parser.add_argument("--rounds", type=int, default=5, help="repetitions of each stage (default 5)")
    parser.add_argument("--dice-images", type=int, default=10,
                        help="images timed for get_dice_2, which is slow (default 10)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N images")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    reference_path = fetch_reference(cache_directory())
    ref = load_reference(reference_path)

    def load(name, dtype, ndim):
        path = os.path.join(args.dir, name)
        if not os.path.exists(path):
            sys.exit(f"{path} is missing (write the maps with: nucbench bench metrics --export {args.dir})")
        array = np.load(path)
        if array.dtype != dtype or array.ndim != ndim:
            sys.exit(f"{name}: expected {np.dtype(dtype)} with {ndim} dimensions, got {array.dtype} {array.shape}")
        return array[:args.limit] if args.limit else array

    gt, pred = load("gt.npy", np.int64, 3), load("pred.npy", np.int64, 3)
    pannuke_true, pannuke_pred = load("pannuke_true.npy", np.float64, 4), load("pannuke_pred.npy", np.float64, 4)
    if gt.shape != pred.shape or pannuke_true.shape != pannuke_pred.shape or len(gt) != len(pannuke_true):
        sys.exit(f"shapes differ: gt {gt.shape}, pred {pred.shape}, "
                 f"pannuke_true {pannuke_true.shape}, pannuke_pred {pannuke_pred.shape}")

    pairs = list(zip(gt, pred))
    remapped = [(ref.remap_label(t), ref.remap_label(p)) for t, p in pairs]  # input of the get_fast_* stages
    pannuke = list(zip(pannuke_true, pannuke_pred))
    rounds = args.rounds

    stages = [
        measure("remap", "remap_label x2 (GT + pred)", rounds, pairs,
                lambda pair: (ref.remap_label(pair[0]), ref.remap_label(pair[1]))),
        measure("pq", "get_fast_pq (remapped input)", rounds, remapped,
                lambda pair: ref.get_fast_pq(*pair)),
        measure("aji", "get_fast_aji (remapped input)", rounds, remapped,
                lambda pair: ref.get_fast_aji(*pair)),
        measure("aji_plus", "get_fast_aji_plus (remapped input)", rounds, remapped,
                lambda pair: ref.get_fast_aji_plus(*pair)),
        measure("dice2", f"get_dice_2 (remapped input, first {min(args.dice_images, len(remapped))} images)",
                rounds, remapped[:args.dice_images], lambda pair: ref.get_dice_2(*pair)),
        measure("pannuke_image", PANNUKE_LABEL + " (binarize x2, bPQ, 5 x (2 remaps + PQ))", rounds, pannuke,
                lambda pair: pannuke_image(ref, *pair)),
    ]

    nuclei = [len(np.unique(t)) - 1 for t, _ in pairs]
    reference = {
        "package": f"{REFERENCE_PACKAGE}=={REFERENCE_VERSION}",
        "file": REFERENCE_MEMBER,
        "sha256": REFERENCE_SHA256,
        "path": reference_path,
        "pannuke": PANNUKE_LABEL,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "threads": {key: os.environ[key] for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
                    if key in os.environ},
    }
    result = {"reference": reference, "images": len(pairs), "rounds": rounds,
              "gt_nuclei_mean": float(np.mean(nuclei)), "stages": stages}

    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"reference: {reference['package']} {REFERENCE_MEMBER} (sha256 {REFERENCE_SHA256})")
    print(f"           Python {reference['python']}, numpy {reference['numpy']}, scipy {reference['scipy']}")
    print(f"pannuke_image: {PANNUKE_LABEL}")
    print(f"{len(pairs)} images ({np.mean(nuclei):.1f} GT nuclei on average), {rounds} rounds; ms per image")
    print()
    print(f"{'stage':<15} {'median':>9} {'min':>9}  what")
    for stage in stages:
        print(f"{stage['name']:<15} {stage['median_ms']:>9.3f} {stage['min_ms']:>9.3f}  {stage['description']}")


if __name__ == "__main__":
    main()
