#!/usr/bin/env python3
"""Times PyTorch on the PromptNucSeg stages nucbench's engine runs, for side-by-side comparison.

Reference: PyTorch 2.13.0+cpu with segment-anything 1.0's modeling classes and the PromptNucSeg
changes (Tools/fixtures/promptnucseg_sam.py), and the prompter re-implementation
(Tools/fixtures/promptnucseg_prompter.py), all with seeded random weights at the official shapes:
ViT-B image encoder on a 256×256 image, prompt encoder + mask decoder on 40 prompts with K
negatives batched in one pass, the ConvNeXt-S prompter (PanNuke: 3 FPN levels, 5 classes), and
whole passes (prompter + encoder + 40 prompts at K = 0: `pipeline`; at K = 0, 1, 2: `sweep`).

    python3 Tools/bench/pytorch_engine_timing.py [--threads 1] [--runs 9] [--stages encoder,decoder,prompter]

Prints one JSON object per stage: {"stage", "threads", "runs", "median_ms", "min_ms"}. Run it
alternately with `nucbench bench engine` (Tools/bench/engine_side_by_side.sh) on a quiet machine.
"""

import argparse
import json
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))


def timed(function, runs):
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def encoder_stage():
    from promptnucseg_sam import VIT_B, PromptNucSegSegmentor

    torch.manual_seed(0)
    model = PromptNucSegSegmentor(VIT_B).eval()
    image = torch.randn(1, 3, 256, 256)
    return lambda: model.encode(image)


def decoder_stage(negatives):
    from promptnucseg_sam import VIT_B, PromptNucSegSegmentor

    torch.manual_seed(0)
    model = PromptNucSegSegmentor(VIT_B).eval()
    embedding = model.encode(torch.randn(1, 3, 256, 256))
    points = torch.rand(40, 1 + negatives, 2) * 255
    labels = torch.cat([torch.ones(40, 1), torch.zeros(40, negatives)], dim=1)
    return lambda: model.decode(embedding, points, labels, (256, 256))


def prompter_stage():
    from promptnucseg_prompter import DPAP2PNet, PrompterConfig

    torch.manual_seed(0)
    model = DPAP2PNet(PrompterConfig()).eval()
    image = torch.randn(1, 3, 256, 256)
    return lambda: model(image)


def pipeline_stage(negatives_list):
    from promptnucseg_prompter import DPAP2PNet, PrompterConfig
    from promptnucseg_sam import VIT_B, PromptNucSegSegmentor

    torch.manual_seed(0)
    prompter = DPAP2PNet(PrompterConfig()).eval()
    segmentor = PromptNucSegSegmentor(VIT_B).eval()
    image = torch.randn(1, 3, 256, 256)
    points = torch.rand(40, 2) * 255
    distances = torch.cdist(points, points)
    distances.fill_diagonal_(float("inf"))
    nearest = distances.argsort(dim=1)
    batches = []
    for k in negatives_list:
        prompt_points = torch.cat([points[:, None], points[nearest[:, :k]]], dim=1)
        labels = torch.cat([torch.ones(40, 1), torch.zeros(40, k)], dim=1)
        batches.append((prompt_points, labels))

    def run():
        prompter(image)
        embedding = segmentor.encode(image)
        for prompt_points, labels in batches:
            segmentor.decode(embedding, prompt_points, labels, (256, 256))

    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--negatives", type=int, default=1)
    parser.add_argument("--stages", default="encoder,decoder,prompter")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    builders = {"encoder": encoder_stage, "decoder": lambda: decoder_stage(args.negatives), "prompter": prompter_stage,
                "pipeline": lambda: pipeline_stage([0]), "sweep": lambda: pipeline_stage([0, 1, 2])}
    with torch.inference_mode():
        for stage in args.stages.split(","):
            times = timed(builders[stage](), args.runs)
            print(json.dumps({"stage": stage, "threads": args.threads, "runs": args.runs,
                              "median_ms": statistics.median(times), "min_ms": min(times)}), flush=True)


if __name__ == "__main__":
    main()
