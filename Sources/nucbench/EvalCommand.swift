import ArgumentParser
import Foundation
import NucBench

/// `nucbench eval`: scores a data set's predictions into the results store and reports from the stored rows.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate predictions with a named reference protocol, resumably, via the results store.",
        discussion: """
            PanNuke: --data DIR is the PanNuke root as published ("Fold 1/", "Fold 2/", "Fold 3/", each holding
            images/foldN/types.npy and masks/foldN/masks.npy); --pred DIR holds foldN/masks.npy (N, 256, 256, >= 5;
            class channels 0-4 as in PanNuke's masks.npy) or foldN/ in the published layout, or else per-image files
            named {fold}_{k} in the per-image formats below (a class map or inst_type is required). Without --fold
            or --split all three folds are scored: mean and std (ddof 0 and 1) of the fold mPQ/bPQ, and per tissue
            the nanmean over folds.
            Kumar, CPM-17: --data DIR in any layout `nucbench datasets inspect` detects; the test split is scored
            (Kumar test1 + test2, CPM-17 test). Per-image formats: --pred DIR holds one prediction per image, found
            by the image's name <stem>: <stem>.inst.npy (nucbench's own format, written by `nucbench infer`: int32 (H, W) instance
            map, 0 background) with optional <stem>.class.npy (uint8 (H, W), 0 background, 1-5 the PanNuke classes
            in channel order); or HoVer-Net's <stem>.mat (inst_map, optional inst_type and inst_centroid); or
            <stem>.npy / .png / .tif / .tiff instance maps with optional <stem>.class.npy / .class.png /
            .class.tif / .class.tiff class maps.
            Protocols: pannuke = PanNuke-metrics run.py (nanmean over tissues of image means; PanNuke default);
            cellvit = CellViT (image means, +1e-6 in DQ); promptnucseg = PromptNucSeg (nanmean over images of
            per-image AJI and PQ; Kumar and CPM-17 default); hovernet = HoVer-Net compute_stats (plain means of
            AJI, DQ, SQ, PQ, AJI+; pooled centroid matching for types). conic pools the six CoNIC classes and
            applies to none of these data sets.
            PromptNucSeg's prompter: --gt-points FILE (its prompter JSON: image path -> one list of
            [cx, cy] per class) with <stem>.points.npy per image (N x 4 float: x, y, score, class from 0) scores
            greedy matching by score within the radius; counts pooled, Det and per-class P/R/F1, Cls means.
            Centroid matching: the card's 3 µm radius converted with its µm/px (12 px for PanNuke and Kumar);
            CPM-17's pixel size is unknown, so its reference 12 px is used. --match-radius-um / --match-radius-px
            override. Every headline is printed with its protocol, aggregation, empty-image policy, radius and the
            images (classes) used and skipped.
            Each image's statistics are stored whole in one transaction (--store, default Reports/nucbench.sqlite); running
            the same command again resumes the run and gives exactly the numbers of an uninterrupted run. The run
            records the git revision, SHA-256 digests of the prediction and data files (files over 4 MiB:
            sampled digest, prefix sha256-sampled:), the card's digest, the protocol and every option.
            """
    )

    @Option(help: "Data set: pannuke, kumar or cpm17.")
    var dataset: EvaluationDataset

    @Option(help: "Data set folder (PanNuke: the root holding \"Fold 1/\" … \"Fold 3/\").")
    var data: String

    @Option(help: "Predictions: PanNuke fold folders (foldN/masks.npy), or a folder of per-image files.")
    var pred: String

    @Option(help: "PanNuke: score the test fold of a PromptNucSeg split: 123 and 213 → fold 3, 321 → fold 1.")
    var split: PanNukeSplit?

    @Option(help: "PanNuke: score one fold (1, 2 or 3).")
    var fold: Int?

    @Option(help: "Protocol: pannuke, cellvit, conic, hovernet or promptnucseg (default: as PromptNucSeg used).")
    var `protocol`: EvaluationProtocol?

    @Option(help: "Centroid matching radius in µm (default: the card's, 3 µm), converted with the card's µm/px.")
    var matchRadiusUm: Double?

    @Option(help: "Centroid matching radius in pixels (overrides the µm radius).")
    var matchRadiusPx: Double?

    @Option(
        help: ArgumentHelp(
            "PromptNucSeg's prompter JSON of ground-truth points; scores <stem>.points.npy (N x 4: x, y, score, "
                + "class) with its greedy matching (PanNuke: per-image predictions only).", valueName: "file"))
    var gtPoints: String?

    @Option(help: "Model or checkpoint name recorded with the run.")
    var model: String = "predictions"

    @Option(help: "Run name in the store (default: <dataset>-<protocol>-…).")
    var name: String?

    @Option(help: "Results store (SQLite).")
    var store: String = ResultsStore.defaultPath

    @Option(help: "Write the full JSON report to this file.")
    var out: String?

    @Flag(help: "Print the full JSON report instead of the headline.")
    var json = false

    @Flag(
        help: """
            Add nucbench's reason for every undefined value under "reasons"; on PanNuke fold folders also print, \
            after the headline, the "why is my mPQ not the paper's" table: the same predictions under pannuke, \
            cellvit, conic (mPQ+), hovernet-style and pooled aggregation, with why each differs.
            """)
    var explain = false

    @OptionGroup var cards: DatasetsCardsOptions

    @OptionGroup var threads: ThreadOptions

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var overlays: OverlayOptions

    func validate() throws {
        if split != nil, fold != nil { throw ValidationError("give --split or --fold, not both") }
        if let fold, !(1...3).contains(fold) { throw ValidationError("--fold must be 1, 2 or 3") }
        if dataset != .pannuke, overlays.overlays > 0 {
            throw ValidationError("--overlays applies to PanNuke only for now")
        }
        if dataset != .pannuke, split != nil || fold != nil {
            throw ValidationError("--split and --fold apply to PanNuke only; \(dataset.rawValue) scores its test split")
        }
        for (flag, value) in [("--match-radius-um", matchRadiusUm), ("--match-radius-px", matchRadiusPx)] {
            if let value, !(value.isFinite && value > 0) {
                throw ValidationError("\(flag) must be a positive number")
            }
        }
    }

    func run() throws {
        let chosen = `protocol` ?? dataset.defaultProtocol
        try reportingInputErrors {
            try dataset.validate(chosen)
            let catalog = try cards.catalog(required: dataset != .pannuke)
            let cardPath = catalog.map { "\($0.directory)/\(dataset.rawValue).json" }
            let report: JSON
            var headline: String
            switch dataset {
            case .pannuke:
                guard let reference = PanNukeCalculator.Reference(rawValue: chosen.rawValue) else {
                    throw InputError("protocol '\(chosen.rawValue)' does not apply to pannuke")
                }
                let folds = split.map { [$0.testFold] } ?? fold.map { [$0] } ?? [1, 2, 3]
                let request = PanNukeEvaluationRequest(
                    dataDirectory: data, predictionDirectory: pred, folds: folds, protocol: reference,
                    runName: name, storePath: store, explain: explain, threads: threads.count, model: model,
                    cardPath: cardPath, groundTruthPoints: gtPoints, progress: progress.progress,
                    overlays: overlays.overlays, overlayDirectory: overlays.overlayDir)
                var isDirectory: ObjCBool = false
                let foldFolders =
                    FileManager.default.fileExists(
                        atPath: "\(pred)/fold\(folds[0])", isDirectory: &isDirectory) && isDirectory.boolValue
                if foldFolders, gtPoints != nil {
                    throw InputError("--gt-points needs per-image predictions ({fold}_{k}.points.npy), not foldN/")
                }
                let outcome =
                    foldFolders
                    ? try PanNukeEvaluation.run(request) : try PanNukeDirectoryEvaluation.run(request)
                report = outcome.report
                headline = outcome.headline
                if explain, foldFolders, !json {
                    let comparison = try ProtocolComparison.compare(request, progress: progress.progress)
                    headline += "\n\n" + comparison.markdown
                }
            case .kumar, .cpm17:
                guard let catalog, let card = catalog.card(named: dataset.rawValue), let cardPath else {
                    throw InputError("no card for \(dataset.rawValue) in the dataset cards")
                }
                let outcome = try InstanceEvaluation.run(
                    InstanceEvaluationRequest(
                        dataset: dataset, dataDirectory: data, predictionDirectory: pred, protocol: chosen, card: card,
                        cardPath: cardPath, matchRadiusMicrons: matchRadiusUm, matchRadiusPixels: matchRadiusPx,
                        groundTruthPoints: gtPoints, model: model, runName: name, storePath: store,
                        threads: threads.count, progress: progress.progress))
                report = outcome.scores.report(radii: outcome.radii, explain: explain)
                headline = outcome.headline
            }
            if let out {
                try Data((report.rendered + "\n").utf8).write(to: URL(fileURLWithPath: out))
            }
            print(json ? report.rendered : headline)
        }
    }
}

extension PanNukeSplit: ExpressibleByArgument {}

extension EvaluationDataset: ExpressibleByArgument {}

extension EvaluationProtocol: ExpressibleByArgument {}
