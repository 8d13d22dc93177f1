/// `nucbench metrics pannuke`: PanNuke bPQ/mPQ per image, tissue, class and fold, and across folds.
///
/// Output per fold: `per_image` (`bpq`, `pq` [5], `mpq`), `per_tissue` (19 official names →
/// `mpq`, `bpq`), `per_class` [5], `mpq`, `bpq` — the layout of `fixtures/metrics/pannuke/expected.json`.
/// Several folds give `{"classes", "fold1", …, "across_folds"}`.
public enum PanNukeCalculator {
    /// The reference whose protocol is reproduced.
    public enum Reference: String, CaseIterable, Sendable {
        /// TissueImageAnalytics/PanNuke-metrics `run.py` at c00014d (what PromptNucSeg reports).
        case pannuke
        /// TIO-IKIM/CellViT at 05097e1: +1e-6 in DQ, image-averaged headlines.
        case cellvit
    }

    /// Images scored per parallel batch; bounds memory while streaming a fold.
    static let batchSize = 64

    /// Scores one or more folds.
    ///
    /// - Parameters:
    ///   - folds: The folds, in order.
    ///   - protocol: Which reference to reproduce.
    ///   - explain: Whether to add nucbench's reason for every undefined value.
    ///   - threads: Worker threads.
    /// - Returns: The fold object, or with several folds the summary object.
    /// - Throws: `InputError` naming the file and image for invalid input.
    public static func run(folds: [PanNukeFoldInput], protocol: Reference, explain: Bool, threads: Int) throws -> JSON {
        switch `protocol` {
        case .pannuke:
            return try run(folds: folds, scoring: PanNukeImageCounts.self, explain: explain, threads: threads)
        case .cellvit:
            return try run(folds: folds, scoring: CellViTPanNukeImageCounts.self, explain: explain, threads: threads)
        }
    }

    private static func run<Image: PanNukeImageScores>(
        folds: [PanNukeFoldInput], scoring: Image.Type, explain: Bool, threads: Int
    ) throws -> JSON {
        var summaries: [MetricResult<Image.Fold>] = []
        var foldObjects: [JSON] = []
        for fold in folds {
            let images: [Image] = try scoreImages(of: fold, threads: threads)
            let summary = try Image.Fold.scores(of: images, tissues: fold.tissues)
            summaries.append(summary)
            foldObjects.append(PanNukeReport.fold(images: images, summary: summary, explain: explain))
        }
        guard folds.count > 1 else { return foldObjects.first ?? .null }
        var members: [(String, JSON)] = [("classes", .array(PanNukeClass.allCases.map { .string($0.name) }))]
        members += foldObjects.enumerated().map { ("fold\($0.offset + 1)", $0.element) }
        members.append(
            ("across_folds", PanNukeReport.acrossFolds(PanNukeAcrossFolds(folds: summaries), explain: explain)))
        return .object(members)
    }

    private static func scoreImages<Image: PanNukeImageScores>(of fold: PanNukeFoldInput, threads: Int) throws
        -> [Image]
    {
        var images: [Image] = []
        images.reserveCapacity(fold.count)
        var start = 0
        while start < fold.count {
            let first = start
            let count = min(batchSize, fold.count - start)
            images += try parallelMap(count: count, threads: threads) { offset in
                let masks = try fold.masks(of: first + offset)
                return try Image(gt: masks.gt, pred: masks.pred)
            }
            start += count
        }
        return images
    }
}
