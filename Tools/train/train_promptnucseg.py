#!/usr/bin/env python3
"""Train small PromptNucSeg demonstration models on synthetic data, and evaluate them.

Demonstration models only: small segmentors (SAM architecture, PromptNucSeg changes) and prompters
(ConvNeXt + FPN DPA-P2PNet) trained on `nucbench datasets synth --layout pannuke` output, saved in
the official checkpoint layouts (docs spec promptnucseg.md §1.3) with a JSON card next to each.

Subcommands (see Tools/train/README.md):
    segmentor  --data DIR --negatives 0|1 --init vanilla|none [--vanilla PATH] --out FILE.pth
    vanilla    --out FILE.pth   (generic shapes, stands in for vanilla SAM)
    prompter   --data DIR --aux on|off --out FILE.pth
    evaluate   --data DIR [--segmentor FILE.pth] [--prompter FILE.pth] [--negatives K]

Training follows spec §7 "Training-side facts" (segmentor) and §3 (prompter), simplified:
- segmentor: one random pixel inside each of ≤ 20 GT nuclei per image is the positive prompt, the
  target is that nucleus's mask, K = 1 adds the nearest other prompt as a negative; loss
  20·focal + 1·dice + 1·MSE(IoU prediction, soft IoU); the prompt encoder is frozen.
- prompter: Hungarian matching (class probability + point distance), cross-entropy with a
  down-weighted background class, L1 point regression on matched proposals, binary focal loss of
  the auxiliary mask head against the GT foreground when --aux on.
Determinism: fixed seeds, `torch.use_deterministic_algorithms(True)`, 2 threads, data order from
the seed; `--steps` fixes the run length (`--minutes` is a wall-clock cap, not deterministic).
"""

import argparse
import dataclasses
import glob
import json
import os
import sys
import time

import numpy as np
import scipy.ndimage as N
import scipy.optimize as O
import scipy.spatial as S
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
import promptnucseg_prompter as prompter_ref  # noqa: E402
import promptnucseg_sam as sam_ref  # noqa: E402
from make_sam_fixtures import save_checkpoint  # noqa: E402

NOTE = "demonstration model trained on synthetic data"
SEGMENTOR = sam_ref.SegmentorConfig(
    embed_dim=96, depth=4, num_heads=4, global_attn_indexes=(1, 3), window_size=14, patch_size=16,
    prompt_dim=64, mask_in_chans=16, decoder_depth=2, decoder_heads=8, decoder_mlp_dim=128,
    attention_downsample_rate=2, iou_head_hidden_dim=64, image_size=256,
)
PROMPTER = prompter_ref.PrompterConfig(depths=(1, 1, 3, 1), dims=(24, 48, 96, 144), fpn_dim=48, num_levels=3,
                                       num_classes=5, space=8)
MAX_PROMPTS = 20
MATCH_DISTANCE = 12.0
NMS_THR = 12.0


def setup(seed, threads=2):
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(threads)
    return np.random.default_rng(seed)


# MARK: - Data


def load_pannuke(folder):
    """(images uint8 N×H×W×3, instance maps int32 N×H×W, instance→class dicts) of all folds in `folder`."""
    images, instances, classes = [], [], []
    for fold in sorted(glob.glob(os.path.join(folder, "Fold *"))):
        number = fold.rsplit(" ", 1)[1]
        rgb = np.load(os.path.join(fold, "images", f"fold{number}", "images.npy"))
        masks = np.load(os.path.join(fold, "masks", f"fold{number}", "masks.npy"))
        for index in range(len(rgb)):
            inst = np.zeros(rgb.shape[1:3], dtype=np.int32)
            table = {}
            for channel in range(5):  # later channels win, as PanNuke-metrics binarize
                layer = masks[index, :, :, channel].astype(np.int64)
                for iid in np.unique(layer[layer > 0]):
                    new = len(table) + 1
                    inst[layer == iid] = new
                    table[new] = channel
            images.append(rgb[index].astype(np.uint8))
            instances.append(inst)
            classes.append(table)
    if not images:
        raise SystemExit(f"{folder}: no 'Fold N' folders")
    return np.stack(images), np.stack(instances), classes


def instance_list(inst):
    ids = [int(i) for i in np.unique(inst) if i > 0]
    return [i for i in ids if (inst == i).any()]


def centroids(inst, table):
    """GT points (N, 3) [x, y, class] at the instance centroids."""
    rows = []
    for iid in instance_list(inst):
        ys, xs = np.nonzero(inst == iid)
        rows.append([xs.mean(), ys.mean(), table.get(iid, 0)])
    return np.array(rows, dtype=np.float64).reshape(-1, 3)


def augment(rng, image, inst):
    if rng.random() < 0.5:
        image, inst = image[:, ::-1], inst[:, ::-1]
    if rng.random() < 0.5:
        image, inst = image[::-1], inst[::-1]
    turns = int(rng.integers(0, 4))
    return np.ascontiguousarray(np.rot90(image, turns)), np.ascontiguousarray(np.rot90(inst, turns))


def shapes_image(rng, size=256):
    """Generic synthetic scene: random ellipses and polygons on a noise background (not nuclei)."""
    from PIL import Image, ImageDraw

    background = rng.uniform(0, 255, 3)
    noise = rng.normal(0, rng.uniform(5, 40), (size, size, 3))
    image = np.clip(background + noise, 0, 255)
    inst = np.zeros((size, size), dtype=np.int32)
    count = int(rng.integers(3, 16))
    for iid in range(1, count + 1):
        canvas = Image.new("L", (size, size), 0)
        draw = ImageDraw.Draw(canvas)
        cx, cy = rng.uniform(0, size, 2)
        radius = rng.uniform(6, 50)
        if rng.random() < 0.5:
            ratio = rng.uniform(0.3, 1.0)
            draw.ellipse([cx - radius, cy - radius * ratio, cx + radius, cy + radius * ratio], fill=1)
            angle = rng.uniform(0, 360)
            canvas = canvas.rotate(angle, center=(cx, cy))
        else:
            sides = int(rng.integers(3, 9))
            angles = np.sort(rng.uniform(0, 2 * np.pi, sides))
            radii = radius * rng.uniform(0.5, 1.0, sides)
            draw.polygon([(cx + r * np.cos(a), cy + r * np.sin(a)) for a, r in zip(angles, radii)], fill=1)
        shape = np.array(canvas, dtype=bool)
        if shape.sum() < 20:
            continue
        color = rng.uniform(0, 255, 3)
        image[shape] = np.clip(color + rng.normal(0, rng.uniform(2, 25), (shape.sum(), 3)), 0, 255)
        inst[shape] = iid
    return image.astype(np.uint8), inst


# MARK: - Segmentor training


def sample_prompts(rng, inst, negatives, negative_dropout=0.0):
    """Points (N, 1+K, 2), labels (N, 1+K) and targets (N, H, W) for ≤ MAX_PROMPTS nuclei.

    Every nucleus gets a uniformly random pixel as its point; ≤ MAX_PROMPTS of them are trained, and
    with K = 1 each trained prompt's negative is the nearest other nucleus's point (of all nuclei, as
    the test-time negatives are the nearest other prompts of the image). With `negative_dropout` p, each
    negative is replaced by the (0, 0) label −1 pad with probability p: the large-image path also decodes
    every prompt with its negatives switched off (spec §4.3) and keeps the higher predicted IoU.
    """
    ids = instance_list(inst)
    if not ids:
        return None
    everyone = []
    for iid in ids:
        ys, xs = np.nonzero(inst == iid)
        pick = int(rng.integers(0, len(xs)))
        everyone.append([float(xs[pick]), float(ys[pick])])
    everyone = np.array(everyone, dtype=np.float32)
    chosen = np.arange(len(ids))
    if len(ids) > MAX_PROMPTS:
        chosen = np.sort(rng.choice(len(ids), MAX_PROMPTS, replace=False))
    points = everyone[chosen][:, None, :]
    targets = [inst == ids[i] for i in chosen]
    labels = np.ones((len(chosen), 1), dtype=np.int64)
    if negatives:
        if len(ids) == 1:
            extra = np.zeros((1, 1, 2), dtype=np.float32)
            extra_labels = -np.ones((1, 1), dtype=np.int64)
        else:
            distances = S.distance_matrix(everyone[chosen], everyone)
            distances[np.arange(len(chosen)), chosen] = np.inf
            extra = everyone[np.argmin(distances, axis=1)][:, None, :]
            extra_labels = np.zeros((len(chosen), 1), dtype=np.int64)
            if negative_dropout > 0:
                dropped = rng.random(len(chosen)) < negative_dropout
                extra[dropped] = 0
                extra_labels[dropped] = -1
        points = np.concatenate([points, extra], 1)
        labels = np.concatenate([labels, extra_labels], 1)
    return torch.from_numpy(points), torch.from_numpy(labels), torch.from_numpy(np.stack(targets)).float()


LOSS_WEIGHTS = {"current": (20.0, 1.0), "released": (1.0, 20.0)}  # (focal, dice), spec §7


def segmentor_loss(logits, iou_pred, targets, weights):
    prob = logits.sigmoid()
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    p_t = prob * targets + (1 - prob) * (1 - targets)
    alpha = 0.25 * targets + 0.75 * (1 - targets)
    focal = (alpha * ce * (1 - p_t) ** 2).flatten(1).mean(1).mean()
    inter = (prob * targets).flatten(1).sum(1)
    dice = (1 - (2 * inter + 1) / (prob.flatten(1).sum(1) + targets.flatten(1).sum(1) + 1)).mean()
    with torch.no_grad():
        soft_iou = inter / (prob.flatten(1).sum(1) + targets.flatten(1).sum(1) - inter + 1e-6)
    mse = F.mse_loss(iou_pred, soft_iou)
    return weights[0] * focal + weights[1] * dice + mse, (focal.item(), dice.item(), mse.item())


def load_state(path):
    state = torch.load(path, map_location="cpu", weights_only=False)
    return state["model"] if "model" in state else state


def learning_rate(args, step):
    """Linear warm-up over --warmup steps, then constant or cosine decay to 0 at --steps."""
    scale = min(1.0, (step + 1) / max(1, args.warmup))
    if args.schedule == "cosine" and step >= args.warmup:
        scale = 0.5 * (1 + np.cos(np.pi * (step - args.warmup) / max(1, args.steps - args.warmup)))
    return args.lr * scale


def train_segmentor(args, generic):
    rng = setup(args.seed, args.threads)
    model = sam_ref.PromptNucSegSegmentor(SEGMENTOR)
    if not generic and args.init == "vanilla":
        if not args.vanilla:
            raise SystemExit("--init vanilla needs --vanilla PATH")
        model.load_state_dict(load_state(args.vanilla))
    if not generic:
        for parameter in model.prompt_encoder.parameters():
            parameter.requires_grad_(False)
    data = None if generic else load_pannuke(args.data)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=1e-4)
    model.train()
    order = []
    history, start, step = [], time.time(), 0
    while step < args.steps:
        if args.minutes and time.time() - start > 60 * args.minutes:
            break
        if generic:
            image, inst = shapes_image(rng)
        else:
            if not order:
                order = list(rng.permutation(len(data[0])))
            index = order.pop(0)
            image, inst = augment(rng, data[0][index], data[1][index])
        sample = sample_prompts(rng, inst, 0 if generic else args.negatives,
                                0.0 if generic else args.negative_dropout)
        if sample is None:
            continue
        points, labels, targets = sample
        for group in model.parameters():
            group.grad = None
        lr = learning_rate(args, step)
        for param_group in optimizer.param_groups:
            param_group["lr"] = lr
        _, logits, iou = model(sam_ref.normalize_image(image), points, labels)
        loss, parts = segmentor_loss(logits, iou, targets, LOSS_WEIGHTS[args.loss])
        loss.backward()
        optimizer.step()
        history.append([loss.item(), *parts])
        step += 1
        if step % args.log_every == 0 or step == args.steps:
            mean = np.mean(history[-args.log_every:], axis=0)
            print(f"step {step} loss {mean[0]:.4f} focal {mean[1]:.4f} dice {mean[2]:.4f} iou-mse {mean[3]:.4f} "
                  f"{(time.time() - start) / step:.2f}s/step", flush=True)
    elapsed = time.time() - start
    final = float(np.mean([h[0] for h in history[-args.log_every:]])) if history else float("nan")
    metrics = {"loss": np.float64(final)}
    save_checkpoint({"model": model.state_dict(), "epoch": step, "metrics": metrics}, args.out)
    card = {
        "kind": "vanilla-segmentor" if generic else "segmentor", "note": NOTE, "seed": args.seed,
        "data": "generic synthetic shapes (ellipses/polygons on noise), generated in-script" if generic else
        os.path.abspath(args.data),
        "negatives": 0 if generic else args.negatives, "init": "none" if generic else args.init,
        "negative_dropout": 0.0 if generic else args.negative_dropout,
        "init_checkpoint": None if generic or args.init != "vanilla" else os.path.abspath(args.vanilla),
        "loss": args.loss, "loss_weights_focal_dice": list(LOSS_WEIGHTS[args.loss]),
        "prompt_encoder_frozen": not generic, "steps": step, "requested_steps": args.steps, "lr": args.lr,
        "schedule": args.schedule, "warmup": args.warmup,
        "seconds": round(elapsed, 1), "final_loss": final, "config": SEGMENTOR.as_json(),
        "parameters": sum(p.numel() for p in model.parameters()), "torch": torch.__version__,
        "how": "python3 Tools/train/train_promptnucseg.py " + " ".join(sys.argv[1:]),
    }
    write_card(args.out, card)


def write_card(out, card):
    with open(os.path.splitext(out)[0] + ".json", "w") as handle:
        json.dump(card, handle, indent=2)
        handle.write("\n")
    print(json.dumps({k: card[k] for k in ("kind", "steps", "seconds", "final_loss") if k in card}))


# MARK: - Prompter training


def focal_bce(logits, targets):
    prob = logits.sigmoid()
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    p_t = prob * targets + (1 - prob) * (1 - targets)
    return ((0.25 * targets + 0.75 * (1 - targets)) * ce * (1 - p_t) ** 2).mean()


def prompter_loss(outputs, gt_points, fg, aux, num_classes):
    coords, logits = outputs["pred_coords"][0], outputs["pred_logits"][0]
    target_classes = torch.full((len(coords),), num_classes, dtype=torch.long)
    reg = coords.sum() * 0
    if len(gt_points):
        gt = torch.from_numpy(gt_points[:, :2]).float()
        gt_cls = torch.from_numpy(gt_points[:, 2]).long()
        with torch.no_grad():
            prob = logits.softmax(-1)
            cost = 0.05 * torch.cdist(coords, gt) - prob[:, gt_cls]
        rows, cols = O.linear_sum_assignment(cost.numpy())
        rows, cols = torch.from_numpy(rows).long(), torch.from_numpy(cols).long()
        target_classes[rows] = gt_cls[cols]
        reg = F.l1_loss(coords[rows], gt[cols], reduction="sum") / max(1, len(gt))
    weight = torch.ones(num_classes + 1)
    weight[-1] = 0.4
    cls = F.cross_entropy(logits, target_classes, weight=weight)
    mask = focal_bce(outputs["pred_masks"][0, 0], fg) if aux else cls * 0
    return cls + 0.05 * reg + mask, (cls.item(), reg.item(), mask.item())


def train_prompter(args):
    rng = setup(args.seed, args.threads)
    model = prompter_ref.DPAP2PNet(PROMPTER)
    images, instances, tables = load_pannuke(args.data)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    model.train()
    order, history, start, step = [], [], time.time(), 0
    while step < args.steps:
        if args.minutes and time.time() - start > 60 * args.minutes:
            break
        if not order:
            order = list(rng.permutation(len(images)))
        index = order.pop(0)
        image, inst = augment(rng, images[index], instances[index])
        gt = centroids(inst, tables[index])
        for param in model.parameters():
            param.grad = None
        for param_group in optimizer.param_groups:
            param_group["lr"] = learning_rate(args, step)
        outputs = model(prompter_ref.normalize_image(image))
        loss, parts = prompter_loss(outputs, gt, torch.from_numpy(inst > 0).float(), args.aux == "on",
                                    PROMPTER.num_classes)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
        optimizer.step()
        history.append([loss.item(), *parts])
        step += 1
        if step % args.log_every == 0 or step == args.steps:
            mean = np.mean(history[-args.log_every:], axis=0)
            print(f"step {step} loss {mean[0]:.4f} cls {mean[1]:.4f} reg {mean[2]:.3f} mask {mean[3]:.4f} "
                  f"{(time.time() - start) / step:.2f}s/step", flush=True)
    elapsed = time.time() - start
    model.eval()
    f1 = detection_f1(model, *load_pannuke(args.eval_data)) if args.eval_data else float("nan")
    final = float(np.mean([h[0] for h in history[-args.log_every:]])) if history else float("nan")
    metrics = f"+------+----------+\n| f1   | {f1:.6f} |\n+------+----------+\nfinal loss {final:.6f}"
    save_checkpoint({"model": model.state_dict(), "metrics": metrics, "f1": np.float64(f1), "epoch": step}, args.out)
    card = {
        "kind": "prompter", "note": NOTE, "seed": args.seed, "data": os.path.abspath(args.data),
        "aux": args.aux, "steps": step, "requested_steps": args.steps, "lr": args.lr,
        "schedule": args.schedule, "warmup": args.warmup, "seconds": round(elapsed, 1),
        "final_loss": final, "f1": f1, "f1_data": args.eval_data and os.path.abspath(args.eval_data),
        "config": dataclasses.asdict(PROMPTER), "parameters": sum(p.numel() for p in model.parameters()),
        "postprocess": {"nms_thr": NMS_THR, "filtering": False}, "torch": torch.__version__,
        "how": "python3 Tools/train/train_promptnucseg.py " + " ".join(sys.argv[1:]),
    }
    write_card(args.out, card)


# MARK: - Evaluation


@torch.no_grad()
def predict_points(model, image):
    """Prompts (N, 3) [x, y, class] and scores (N,) as §3.7 (no MAPF for PanNuke, point NMS 12 px)."""
    outputs = model(prompter_ref.normalize_image(image))
    rows = prompter_ref.post_process(outputs, image.shape[:2], 0, False)["filtered"]
    points, classes, scores = rows[:, :2], rows[:, 2], rows[:, 3]
    if len(points):
        points, scores, classes = prompter_ref.point_nms(points, scores, classes, NMS_THR)
    return np.concatenate([points, classes[:, None]], 1), scores


def greedy_tp(pred, scores, gt):
    """§6.5 get_tp: predictions by descending score take the nearest unmatched GT within 12 px."""
    taken = np.zeros(len(gt), dtype=bool)
    tp = 0
    for index in np.argsort(-scores, kind="stable"):
        if taken.all():
            break
        distances = np.linalg.norm(gt[:, :2] - pred[index, :2], axis=1)
        distances[taken] = np.inf
        best = int(np.argmin(distances))
        if distances[best] <= MATCH_DISTANCE:
            taken[best] = True
            tp += 1
    return tp


def detection_f1(model, images, instances, tables):
    tp = n_pred = n_gt = 0
    for image, inst, table in zip(images, instances, tables):
        points, scores = predict_points(model, image)
        gt = centroids(inst, table)
        n_pred += len(points)
        n_gt += len(gt)
        if len(gt) and len(points):
            tp += greedy_tp(points, scores, gt)
    p, r = tp / (n_pred + 1e-7), tp / (n_gt + 1e-7)
    return 2 * p * r / (p + r + 1e-7)


def box_nms(boxes, scores, threshold):
    order = np.argsort(-scores, kind="stable")
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    suppressed = np.zeros(len(boxes), dtype=bool)
    keep = []
    for rank, i in enumerate(order):
        if suppressed[i]:
            continue
        keep.append(int(i))
        for j in order[rank + 1:]:
            w = max(0.0, min(boxes[i, 2], boxes[j, 2]) - max(boxes[i, 0], boxes[j, 0]))
            h = max(0.0, min(boxes[i, 3], boxes[j, 3]) - max(boxes[i, 1], boxes[j, 1]))
            union = areas[i] + areas[j] - w * h
            if union > 0 and w * h / union > threshold:
                suppressed[j] = True
    return keep


@torch.no_grad()
def segment(model, image, points, negatives):
    """PanNuke path §4.2: one forward, mask NMS 0.5 on predicted IoU, paint low → high score."""
    inst = np.zeros(image.shape[:2], dtype=np.int32)
    if len(points) == 0:
        return inst
    prompts, labels = sam_ref_prompts(points[:, :2], negatives)
    _, logits, iou = model(sam_ref.normalize_image(image), prompts, labels)
    masks = (logits > 0).numpy()
    boxes = np.zeros((len(masks), 4))
    for i, mask in enumerate(masks):
        if mask.any():
            ys, xs = np.nonzero(mask)
            boxes[i] = [xs.min(), ys.min(), xs.max(), ys.max()]
    keep = box_nms(boxes, iou.numpy(), 0.5)
    for iid, index in enumerate(keep[::-1]):
        inst[masks[index]] = iid + 1
    return inst


def sam_ref_prompts(points, k):
    points = torch.tensor(points, dtype=torch.float32)[:, None]
    labels = torch.ones(points.shape[:2], dtype=torch.long)
    if k == 0:
        return points, labels
    if len(points) == 1:
        return torch.cat([points, torch.zeros(1, k, 2)], 1), torch.tensor([[1] + [-1] * k])
    flat = points[:, 0]
    distances = torch.cdist(flat, flat).fill_diagonal_(float("inf"))
    available = min(k, len(flat) - 1)
    nearest = torch.topk(distances, available, dim=1, largest=False).indices
    out = torch.cat([points, flat[nearest], torch.zeros(len(flat), k - available, 2)], 1)
    labels = torch.ones(out.shape[:2], dtype=torch.long)
    labels[:, 1:available + 1] = 0
    labels[:, available + 1:] = -1
    return out, labels


@torch.no_grad()
def prompt_ious(model, image, inst, table, negatives):
    """Per GT nucleus: the IoU of the mask its centroid prompt gives (K nearest other centroids as
    negatives), and whether it touches another nucleus (within 2 px) — the clusters negatives are for."""
    ids = instance_list(inst)
    if not ids:
        return []
    prompts, labels = sam_ref_prompts(centroids(inst, table)[:, :2], negatives)
    _, logits, _ = model(sam_ref.normalize_image(image), prompts, labels)
    rows = []
    for mask, iid in zip((logits > 0).numpy(), ids):
        truth = inst == iid
        touching = bool((N.binary_dilation(truth, iterations=2) & (inst > 0) & ~truth).any())
        rows.append((float((truth & mask).sum() / (truth | mask).sum()), touching))
    return rows


def fast_pq(gt, pred):
    """HoVer-Net get_fast_pq (match IoU > 0.5); NaN if the GT is empty."""
    gt_ids = [i for i in np.unique(gt) if i > 0]
    pred_ids = [i for i in np.unique(pred) if i > 0]
    if not gt_ids:
        return float("nan")
    ious = []
    matched_pred = set()
    for g in gt_ids:
        gmask = gt == g
        for p in np.unique(pred[gmask]):
            if p == 0:
                continue
            pmask = pred == p
            inter = np.logical_and(gmask, pmask).sum()
            iou = inter / np.logical_or(gmask, pmask).sum()
            if iou > 0.5:
                ious.append(iou)
                matched_pred.add(p)
    tp = len(ious)
    fp, fn = len(pred_ids) - len(matched_pred), len(gt_ids) - tp
    dq = tp / (tp + 0.5 * fp + 0.5 * fn)
    return dq * (sum(ious) / (tp + 1e-6))


def card_config(path, default, build):
    """The config stored in the checkpoint's card (X.json beside X.pth), else `default`."""
    card = os.path.splitext(path)[0] + ".json"
    if not os.path.exists(card):
        return default
    with open(card) as handle:
        values = json.load(handle).get("config")
    if not values:
        return default
    return build(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


def evaluate(args):
    setup(args.seed, args.threads)
    images, instances, tables = load_pannuke(args.data)
    if args.limit:
        images, instances, tables = images[:args.limit], instances[:args.limit], tables[:args.limit]
    result = {"images": len(images), "data": os.path.abspath(args.data)}
    prompter = segmentor = None
    if args.prompter:
        prompter = prompter_ref.DPAP2PNet(card_config(args.prompter, PROMPTER, prompter_ref.PrompterConfig))
        prompter.load_state_dict(load_state(args.prompter))
        prompter.eval()
        result["prompter_f1"] = detection_f1(prompter, images, instances, tables)
    if args.segmentor:
        segmentor = sam_ref.PromptNucSegSegmentor(card_config(args.segmentor, SEGMENTOR, sam_ref.SegmentorConfig))
        segmentor.load_state_dict(load_state(args.segmentor))
        segmentor.eval()
        oracle, predicted = [], []
        for image, inst, table in zip(images, instances, tables):
            oracle.append(fast_pq(inst, segment(segmentor, image, centroids(inst, table), args.negatives)))
            if prompter is not None:
                predicted.append(fast_pq(inst, segment(segmentor, image, predict_points(prompter, image)[0],
                                                       args.negatives)))
        result["bpq_oracle"] = float(np.nanmean(oracle))
        rows = [row for image, inst, table in zip(images, instances, tables)
                for row in prompt_ious(segmentor, image, inst, table, args.negatives)]
        for name, keep in (("isolated", False), ("touching", True)):
            ious = np.array([iou for iou, touching in rows if touching == keep])
            result[f"{name}_nuclei"] = int(len(ious))
            result[f"{name}_mean_iou"] = float(ious.mean()) if len(ious) else float("nan")
            result[f"{name}_iou_above_0.5"] = float((ious > 0.5).mean()) if len(ious) else float("nan")
        if predicted:
            result["bpq_predicted"] = float(np.nanmean(predicted))
    print(json.dumps(result, indent=2))
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(result, handle, indent=2)


# MARK: - CLI


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub, steps, lr):
        sub.add_argument("--out", required=True, help="checkpoint path (.pth); the card goes to .json beside it")
        sub.add_argument("--seed", type=int, default=0)
        sub.add_argument("--steps", type=int, default=steps, help="optimizer steps (one image each)")
        sub.add_argument("--minutes", type=float, default=0, help="wall-clock cap (makes the run non-deterministic)")
        sub.add_argument("--lr", type=float, default=lr)
        sub.add_argument("--warmup", type=int, default=50)
        sub.add_argument("--schedule", choices=("cosine", "constant"), default="cosine",
                         help="after warm-up: cosine decay to 0 at --steps, or constant")
        sub.add_argument("--log-every", type=int, default=25)
        sub.add_argument("--threads", type=int, default=2,
                         help="torch threads (results depend on it; two 1-thread runs side by side beat 2 threads each)")

    def losses(sub):
        sub.add_argument("--loss", choices=sorted(LOSS_WEIGHTS), default="released",
                         help="released (default; the weighting of the released checkpoints, pre-7b1ff65, spec §7): "
                              "20·dice + focal; current: 20·focal + dice, which collapses to background from scratch")

    seg = commands.add_parser("segmentor", help="train a small segmentor on synthetic PanNuke data")
    common(seg, 3000, 3e-4)
    losses(seg)
    seg.add_argument("--data", required=True, help="folder with 'Fold N' subfolders (PanNuke layout)")
    seg.add_argument("--negatives", type=int, choices=(0, 1), default=0)
    seg.add_argument("--init", choices=("vanilla", "none"), default="none")
    seg.add_argument("--negative-dropout", type=float, default=0.0,
                     help="with --negatives 1: probability that a prompt's negative is switched off (label -1)")
    seg.add_argument("--vanilla", help="vanilla checkpoint for --init vanilla")
    van = commands.add_parser("vanilla", help="train the vanilla stand-in on generic shapes")
    common(van, 3000, 3e-4)
    losses(van)
    pro = commands.add_parser("prompter", help="train a small prompter on synthetic PanNuke data")
    common(pro, 3000, 5e-4)
    pro.add_argument("--data", required=True)
    pro.add_argument("--aux", choices=("on", "off"), default="on")
    pro.add_argument("--eval-data", help="held-out folder for the checkpoint's f1")
    ev = commands.add_parser("evaluate", help="prompter F1 and bPQ on held-out synthetic images")
    ev.add_argument("--data", required=True)
    ev.add_argument("--segmentor")
    ev.add_argument("--prompter")
    ev.add_argument("--negatives", type=int, default=0, help="K nearest negatives at test time (PanNuke path: 0)")
    ev.add_argument("--limit", type=int, default=0, help="first N images only")
    ev.add_argument("--seed", type=int, default=0)
    ev.add_argument("--threads", type=int, default=2)
    ev.add_argument("--json", help="also write the result here")
    args = parser.parse_args()
    if args.command == "segmentor":
        train_segmentor(args, generic=False)
    elif args.command == "vanilla":
        train_segmentor(args, generic=True)
    elif args.command == "prompter":
        train_prompter(args)
    else:
        evaluate(args)


if __name__ == "__main__":
    main()
