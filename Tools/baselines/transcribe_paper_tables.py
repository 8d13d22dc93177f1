#!/usr/bin/env python3
"""Transcribes Tables 1-8 of the PromptNucSeg paper (arXiv 2311.15939v4 text) into Baselines/paper/tableN.csv.

Every printed number is copied as text from the paper's text extraction (no arithmetic, no rounding);
each table line is split into its label and its numbers. Regenerate from the repository root with:

    python3 Tools/baselines/transcribe_paper_tables.py [PAPER_TXT] [OUT_DIR]

PAPER_TXT defaults to ../shared/paper/PromptNucSeg-arXiv-2311.15939.txt, OUT_DIR to Baselines/paper.
The CSV schema and the cells whose reading is ambiguous are described in Baselines/paper/README.md.
"""
import csv, re, sys
P = sys.argv[1] if len(sys.argv) > 1 else "../shared/paper/PromptNucSeg-arXiv-2311.15939.txt"
OUT = sys.argv[2] if len(sys.argv) > 2 else "Baselines/paper"
L = open(P, encoding="utf-8").read().split("\n")
def find(prefix):
    idx = [i for i, l in enumerate(L) if l.startswith(prefix)]
    assert len(idx) == 1, (prefix, idx); return idx[0]
def block(first, caption):
    a = find(first); b = find(caption); return L[a:b]
NUM = re.compile(r"^(-|\d+(\.\d+)?)$")
def split_label(line, n):
    toks = line.split(" ")
    vals = toks[-n:]; assert all(NUM.match(v) for v in vals), line
    return " ".join(toks[:-n]), vals
CIT = re.compile(r"\s+\S+( et al\.)? \(\d{4}[a-z]?\)$")
def strip_cit(s): return CIT.sub("", s)
out = {}
# Table 1
t1 = block("Adrenal 0.5546", "Table 1:")
methods = ["Mask R-CNN", "StarDist", "Hover-Net", "CPP-Net", "PointNu-Net", "CellViT-H", "PromptNucSeg-H"]
rows = []
for line in t1:
    label, vals = split_label(line, 14)
    for k, m in enumerate(methods):
        for j, met in enumerate(["bPQ", "mPQ"]):
            rows.append((label, m, m, met, vals[2*k+j], "false"))
out[1] = rows
# Table 2
t2 = block("Mask-RCNN He et al. (2017) 0.76", "Table 2:")
groups = ["Detection", "Neoplastic", "Epithelial", "Inflammatory", "Connective", "Dead"]
rows = []
for line in t2:
    label, vals = split_label(line, 18); m = strip_cit(label)
    for g, grp in enumerate(groups):
        for j, met in enumerate(["P", "R", "F1"]):
            rows.append((m, grp, m, met, vals[3*g+j], "false"))
out[2] = rows
# Table 3
t3 = block("Mask-RCNN 0.472", "Table 3:")
rows = []
for line in t3:
    label, vals = split_label(line, 5)
    for g, grp in enumerate(groups[1:]):
        rows.append((label, grp, label, "PQ", vals[g], "false"))
out[3] = rows
# Table 4
t4 = block("U-Net Ronneberger et al. (2015) 0.556", "Table 4:")
rows = []
for line in t4:
    label, vals = split_label(line, 4)
    tta = label.endswith(" + TTA")
    base = label.replace(" + TTA", "").replace(" (Ours)", "")
    m = strip_cit(base); row = m + (" + TTA" if tta else "")
    for g, ds in enumerate(["Kumar", "CPM-17"]):
        for j, met in enumerate(["AJI", "PQ"]):
            rows.append((row, ds, m, met, vals[2*g+j], "true" if tta else "false"))
out[4] = rows
# Table 5
t5 = block("StarDist 122.8", "Table 5:")
rows = []
for line in t5:
    label, vals = split_label(line, 4)
    for j, met in enumerate(["Params (M)", "MACs (G)", "FPS", "mPQ"]):
        rows.append((label, "", label, met, vals[j], "false"))
out[5] = rows
# Table 6: checkmark positions are lost in the text; read as cumulative (left-aligned).
t6 = block("0.319 0.223", "Table 6:")
mods = ["FT", "AUX", "MAPF", "NP"]
rows = []
for line in t6:
    n = line.count("\\checkmark")
    _, vals = split_label(line, 2)
    label = "+".join(mods[:n]) if n else "none"
    for j, met in enumerate(["AJI", "PQ"]):
        rows.append((label, "", "PromptNucSeg-H", met, vals[j], "false"))
out[6] = rows
# Table 7
t7 = block("1 0 0 0.737", "Table 7:")
rows = []
for line in t7:
    toks = line.split(" "); assert len(toks) == 7 and all(NUM.match(t) for t in toks), line
    rid = toks[0]
    rows.append((rid, "# NP", "PromptNucSeg-H", "Train", toks[1], "false"))
    rows.append((rid, "# NP", "PromptNucSeg-H", "Test", toks[2], "false"))
    for g, src in enumerate(["Pred", "GT"]):
        for j, met in enumerate(["AJI", "PQ"]):
            rows.append((rid, src, "PromptNucSeg-H", met, toks[3+2*g+j], "false"))
out[7] = rows
# Table 8
t8 = block("Prompter 0.692", "Table 8:")
rows = []
for line in t8:
    label, vals = split_label(line, 7)
    for j, (grp, met) in enumerate([("Tissue", "bPQ"), ("Tissue", "mPQ"), ("Nucleus", "Neop."),
            ("Nucleus", "Epit."), ("Nucleus", "Infl."), ("Nucleus", "Conn."), ("Nucleus", "Dead")]):
        rows.append((label, grp, "PromptNucSeg-H", met, vals[j], "false"))
out[8] = rows
for t, rows in out.items():
    with open(f"{OUT}/table{t}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["table", "row", "column", "method", "metric", "value", "tta"])
        for r in rows: w.writerow([t, *r])
    print(t, len(rows), len({r[0] for r in rows}))
