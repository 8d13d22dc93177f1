#!/usr/bin/env python3
"""Writes the small synthetic example that `make demo` scores: Datasets/example/.

Deterministic (seed below); numpy 2.4.6. Regenerate with:
    python3 Tools/examples/make_example.py
Nuclei are random ellipses painted on 256x256 maps; predictions are shifted, dilated or eroded,
split, merged, missed, and have false positives, like a real model's output.
"""
import json
import os

import numpy as np

SEED = 20261125
SIZE = 256
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Datasets", "example")
TISSUES = ["Breast", "Colon", "Kidney"]


def ellipse_mask(rng, size):
    cy, cx = rng.uniform(8, size - 8, 2)
    a, b = rng.uniform(4, 11, 2)
    theta = rng.uniform(0, np.pi)
    yy, xx = np.mgrid[0:size, 0:size]
    u = (xx - cx) * np.cos(theta) + (yy - cy) * np.sin(theta)
    v = -(xx - cx) * np.sin(theta) + (yy - cy) * np.cos(theta)
    return (u / a) ** 2 + (v / b) ** 2 <= 1.0


def instance_pair(rng, count):
    gt = np.zeros((SIZE, SIZE), np.int64)
    pred = np.zeros((SIZE, SIZE), np.int64)
    gt_ids = rng.choice(np.arange(1, 30000), count, replace=False)
    pred_ids = rng.choice(np.arange(1, 60000), count + 8, replace=False)
    next_pred = 0
    for gt_id in gt_ids:
        mask = ellipse_mask(rng, SIZE)
        gt[mask] = gt_id
        fate = rng.uniform()
        if fate < 0.08:
            continue  # missed nucleus
        shifted = np.roll(mask, tuple(rng.integers(-2, 3, 2)), axis=(0, 1))
        if fate < 0.15:  # split in two along the columns
            columns = np.nonzero(shifted.any(axis=0))[0]
            middle = columns[len(columns) // 2] if len(columns) else 0
            left = shifted.copy()
            left[:, middle:] = False
            pred[left] = pred_ids[next_pred]
            pred[shifted & ~left] = pred_ids[next_pred + 1]
            next_pred += 2
        else:
            pred[shifted] = pred_ids[next_pred]
            next_pred += 1
        if next_pred >= len(pred_ids) - 2:
            break
    for _ in range(3):  # false positives
        pred[ellipse_mask(rng, SIZE)] = pred_ids[next_pred % len(pred_ids)]
        next_pred += 1
    return gt, pred


def pannuke_fold(rng, images):
    true = np.zeros((images, SIZE, SIZE, 6), np.uint8)
    pred = np.zeros((images, SIZE, SIZE, 6), np.uint8)
    for index in range(images):
        gt_map, pred_map = instance_pair(rng, int(rng.integers(15, 35)))
        gt_ids = np.unique(gt_map)[1:]
        gt_class = dict(zip(gt_ids, rng.integers(0, 5, len(gt_ids))))
        for position, instance in enumerate(gt_ids):
            true[index, :, :, gt_class[instance]][gt_map == instance] = position % 250 + 1
        for position, instance in enumerate(np.unique(pred_map)[1:]):
            under = gt_map[pred_map == instance]
            under = under[under != 0]
            cls = gt_class[np.bincount(under).argmax()] if len(under) else rng.integers(0, 5)
            if rng.uniform() < 0.15:  # misclassified
                cls = rng.integers(0, 5)
            pred[index, :, :, cls][pred_map == instance] = position % 250 + 1
        true[index, :, :, 5] = (gt_map == 0).astype(np.uint8)
        pred[index, :, :, 5] = (pred_map == 0).astype(np.uint8)
    return true, pred


def detection_set(rng):
    images = []
    for _ in range(4):
        gt = [[float(x), float(y), int(t)] for x, y, t in zip(rng.uniform(0, 255, 30), rng.uniform(0, 255, 30), rng.integers(1, 6, 30))]
        pred = [[x + float(rng.normal(0, 4)), y + float(rng.normal(0, 4)), t if rng.uniform() < 0.8 else int(rng.integers(1, 6))]
                for x, y, t in gt if rng.uniform() < 0.9]
        images.append({"gt": gt, "pred": pred})
    return {"radius": 12, "exhaustive": True, "images": images}


def main():
    rng = np.random.default_rng(SEED)
    os.makedirs(os.path.join(OUT, "pannuke", "true"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "pannuke", "pred"), exist_ok=True)
    pairs = [instance_pair(rng, int(rng.integers(30, 60))) for _ in range(3)]
    np.save(os.path.join(OUT, "pairs.gt.npy"), np.stack([p[0] for p in pairs]).astype(np.uint16))
    np.save(os.path.join(OUT, "pairs.pred.npy"), np.stack([p[1] for p in pairs]).astype(np.uint16))
    true, pred = pannuke_fold(rng, len(TISSUES))
    np.save(os.path.join(OUT, "pannuke", "true", "masks.npy"), true)
    np.save(os.path.join(OUT, "pannuke", "true", "types.npy"), np.array(TISSUES))
    np.save(os.path.join(OUT, "pannuke", "pred", "masks.npy"), pred)
    with open(os.path.join(OUT, "detection.json"), "w") as handle:
        json.dump(detection_set(rng), handle)


if __name__ == "__main__":
    main()
