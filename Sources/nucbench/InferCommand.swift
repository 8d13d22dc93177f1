import ArgumentParser
import NucBench

/// `nucbench infer`: a PromptNucSeg model over a dataset's test images, writing per-image predictions
/// for `nucbench eval`.
struct InferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infer",
        abstract: "Segment a dataset's test images with a PromptNucSeg model and write predictions for eval.",
        discussion: """
            --model is a JSON manifest: {"name": …, "segmentor": "seg.pth", "prompter": "prompter.pth", \
            "decoder_heads": 8, "variant": "b"|"l"|"h"} plus optional overrides spacing, nms_radius, mapf, \
            mask_nms_threshold, overlap, pad_multiple (null: no padding); paths are relative to the manifest.
            Per image, --out gets <stem>.inst.npy (int32), <stem>.class.npy (uint8, PanNuke) and \
            <stem>.points.npy (N, 4 float64: x, y, score, class) — the files `nucbench eval --pred` and \
            --gt-points read. PanNuke stems are {fold}_{k}; Kumar and CPM-17 stems are the image names.
            PanNuke runs one 256x256 pass per image; Kumar and CPM-17 are tiled with the variant's preset.
            --negatives 0,1,2 runs several K in one pass (the encoder once per tile) into --out/k0, \
            --out/k1, --out/k2; a single K writes into --out itself. Images whose files all exist are \
            skipped, so an interrupted run resumes; each file is written to a temporary name and renamed.
            """
    )

    /// An on/off switch value.
    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case on, off
    }

    /// Where prompts come from.
    enum Prompts: String, ExpressibleByArgument, CaseIterable {
        case predicted, oracle
    }

    @Option(name: .customLong("model"), help: "Inference manifest (JSON).")
    var model: String

    @Option(help: "Data set: pannuke, kumar or cpm17.")
    var dataset: EvaluationDataset

    @Option(help: "Data set folder (PanNuke: the root holding \"Fold 1/\" … \"Fold 3/\", or one fold).")
    var data: String

    @Option(
        help: """
            PanNuke: the test fold of a PromptNucSeg split (123 and 213 → fold 3, 321 → fold 1); \
            Kumar, CPM-17: the split to segment (default: the splits named test…).
            """)
    var split: String?

    @Option(help: "PanNuke: segment one fold (1, 2 or 3). Without --split or --fold all three folds run.")
    var fold: Int?

    @Option(help: "Prediction folder (created when missing).")
    var out: String

    @Option(help: "Prompts: predicted (the manifest's prompter) or oracle (ground-truth points).")
    var prompts: Prompts = .predicted

    @Option(help: "Negative prompts K, or a comma-separated list for a sweep into --out/k{K} (default: the preset's).")
    var negatives: String?

    @Flag(help: "For K > 1, reproduce the reference's labels for a tile's lone prompt (spec §2.3).")
    var compatNegatives = false

    @Option(
        help: """
            Test-time augmentation on Kumar and CPM-17 (the official --tta): the six views' logits and IoUs \
            averaged; exact maps prompts with the exact pixel rotation, reference with the official one (1 px off).
            """)
    var tta: AugmentationMapping?

    @Option(help: "Mask-aided prompt filtering: on or off (default: the manifest's, else the preset's).")
    var mapf: Switch?

    @OptionGroup var threads: ThreadOptions

    @OptionGroup var progress: ProgressOptions

    /// The parsed `--negatives` list.
    var negativeCounts: [Int]? {
        get throws {
            guard let negatives else { return nil }
            return try negatives.split(separator: ",", omittingEmptySubsequences: false).map { item in
                guard let k = Int(item.trimmingCharacters(in: .whitespaces)), k >= 0 else {
                    throw ValidationError("--negatives must be non-negative integers separated by commas")
                }
                return k
            }
        }
    }

    func validate() throws {
        if dataset == .pannuke {
            if split != nil, fold != nil { throw ValidationError("give --split or --fold, not both") }
            if let fold, !(1...3).contains(fold) { throw ValidationError("--fold must be 1, 2 or 3") }
            if let split, PanNukeSplit(rawValue: split) == nil {
                throw ValidationError("--split must be 123, 213 or 321 for PanNuke")
            }
            if tta != nil { throw ValidationError("--tta applies to Kumar and CPM-17 (the PanNuke path has none)") }
        } else if fold != nil {
            throw ValidationError("--fold applies to PanNuke only")
        }
        _ = try negativeCounts
    }

    func run() throws {
        try reportingInputErrors {
            let folds =
                split.flatMap(PanNukeSplit.init(rawValue:)).map { [$0.testFold] } ?? fold.map { [$0] } ?? [1, 2, 3]
            let request = InferRequest(
                manifestPath: model, dataset: InferRequest.promptDataset(of: dataset), dataDirectory: data,
                folds: folds,
                split: dataset == .pannuke ? nil : split, outDirectory: out,
                prompts: prompts == .oracle ? .oracle : .predicted, negatives: try negativeCounts,
                compatibleNegatives: compatNegatives, maskFiltering: mapf.map { $0 == .on },
                augmentation: tta.map { $0 == .exact ? .exact : .reference }, threads: threads.count,
                progress: progress.progress)
            let outcome = try InferRun.run(request)
            for output in outcome.outputs {
                print(
                    "\(outcome.modelName) K=\(output.negatives): wrote \(output.written) of \(outcome.imageCount) "
                        + "images (\(output.skipped) already complete) to \(output.directory)")
            }
            print("encoder passes: \(outcome.encoderRuns); prompts: \(outcome.promptCount)")
        }
    }
}

/// `--tta` values: the prompt mapping of the rotated views.
enum AugmentationMapping: String, ExpressibleByArgument, CaseIterable {
    /// The exact pixel mapping.
    case exact
    /// The official code's mapping, one pixel off on rotations.
    case reference
}
