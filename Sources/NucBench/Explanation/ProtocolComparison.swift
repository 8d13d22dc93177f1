/// The same PanNuke predictions scored under every protocol, fold by fold, for the
/// "why is my mPQ not the paper's" table.
///
/// Each image is scored once per protocol family: `PanNukeImageCounts` (PanNuke-metrics),
/// `CellViTPanNukeImageCounts` (CellViT) and `CoNICImageCounts` on the merged maps
/// (`PanNukeMergedLabels`: CoNIC, HoVer-Net style and pooled). Each fold value is then the
/// protocol's own pure aggregation (`PanNukeFoldScores`, `CellViTPanNukeFoldScores`,
/// `CoNICScores`, or the two binary rules documented on `ComparedProtocol`), so every
/// number equals what that protocol's calculator reports. With several folds the mean over
/// folds (numpy `mean`) is added, as papers report it; it is undefined when a fold is.
public struct ProtocolComparison: Sendable {
    /// One fold's scores and the image counts that explain them.
    public struct Fold: Sendable, Equatable {
        /// The fold number (1-based).
        public let number: Int
        /// Images in the fold.
        public let imageCount: Int
        /// Images without a GT nucleus (skipped by pannuke and cellvit).
        public let imagesWithoutGT: Int
        /// Images without a nucleus on either side (left out of hovernet).
        public let imagesEmptyOnBothSides: Int
        /// Every protocol's scores.
        public let scores: [ComparedProtocol: ProtocolScores]
    }

    /// The folds, in request order.
    public let folds: [Fold]

    /// Images scored per parallel batch; bounds memory while streaming a fold.
    static let batchSize = 64

    /// A protocol's mean over folds; nil for a single fold.
    ///
    /// - Parameter protocol: The protocol.
    /// - Returns: The means of the fold mPQ and bPQ.
    public func mean(of protocol: ComparedProtocol) -> ProtocolScores? {
        guard folds.count > 1 else { return nil }
        let scores = folds.compactMap { $0.scores[`protocol`] }
        let multiClass = scores.compactMap(\.multiClassPQ)
        return ProtocolScores(
            multiClassPQ: multiClass.count == scores.count ? FoldSpread(multiClass).mean : nil,
            binaryPQ: FoldSpread(scores.map(\.binaryPQ)).mean)
    }

    /// Scores the folds of an evaluation request under every protocol.
    ///
    /// - Parameters:
    ///   - request: The folds and thread count (protocol, run name and store are not used).
    ///   - progress: How to show progress on standard error (`comparing n/N images …`).
    /// - Returns: The comparison.
    /// - Throws: `InputError` naming the file and image for invalid data or predictions.
    public static func compare(_ request: PanNukeEvaluationRequest, progress: ProgressMode = .none) throws
        -> ProtocolComparison
    {
        let inputs = try request.foldInputs()
        let reporter = ProgressReporter(
            total: inputs.map(\.count).reduce(0, +), label: "comparing", mode: progress)
        defer { reporter.finish() }
        return try compare(folds: inputs, numbers: request.folds, threads: request.threads, progress: reporter)
    }

    /// Scores folds under every protocol.
    ///
    /// - Parameters:
    ///   - folds: The folds, in order.
    ///   - numbers: Their fold numbers, for the table.
    ///   - threads: Worker threads; the result is identical at any count.
    ///   - progress: Advanced by one per image scored, if given.
    /// - Returns: The comparison.
    /// - Throws: `InputError` naming the file and image for invalid data or predictions.
    public static func compare(
        folds: [PanNukeFoldInput], numbers: [Int], threads: Int, progress: ProgressReporter? = nil
    ) throws -> ProtocolComparison {
        ProtocolComparison(
            folds: try zip(numbers, folds).map { number, input in
                let images = try scoreImages(of: input, threads: threads, progress: progress)
                return try fold(number: number, input: input, images: images)
            })
    }

    // MARK: - Per image

    /// One image under the three protocol families.
    struct Image: Sendable {
        let pannuke: PanNukeImageCounts
        let cellvit: CellViTPanNukeImageCounts
        let merged: CoNICImageCounts
    }

    private static func scoreImages(of input: PanNukeFoldInput, threads: Int, progress: ProgressReporter?) throws
        -> [Image]
    {
        var images: [Image] = []
        images.reserveCapacity(input.count)
        var start = 0
        while start < input.count {
            let first = start
            let count = min(batchSize, input.count - start)
            images += try parallelMap(count: count, threads: threads) { offset in
                let row = first + offset
                defer { progress?.advance() }
                let masks = try input.masks(of: row)
                let gt = try PanNukeMergedLabels(file: input.trueMasks, image: row)
                let pred = try PanNukeMergedLabels(file: input.predictedMasks, image: row)
                return Image(
                    pannuke: try PanNukeImageCounts(gt: masks.gt, pred: masks.pred),
                    cellvit: try CellViTPanNukeImageCounts(gt: masks.gt, pred: masks.pred),
                    merged: try CoNICImageCounts(
                        gtInstances: gt.instances, gtClasses: gt.classes, predInstances: pred.instances,
                        predClasses: pred.classes))
            }
            start += count
        }
        return images
    }

    // MARK: - Per fold

    private static func fold(number: Int, input: PanNukeFoldInput, images: [Image]) throws -> Fold {
        let pannuke = try PanNukeFoldScores.scores(of: images.map(\.pannuke), tissues: input.tissues)
        let cellvit = try CellViTPanNukeFoldScores.scores(of: images.map(\.cellvit), tissues: input.tissues)
        let merged = images.map(\.merged)
        let conic = CoNICScores.scores(of: merged)
        let gtCounts = merged.compactMap { $0.binary.value }
        return Fold(
            number: number, imageCount: images.count,
            imagesWithoutGT: gtCounts.filter { $0.gtCount == 0 }.count,
            imagesEmptyOnBothSides: gtCounts.filter { $0.gtCount == 0 && $0.predCount == 0 }.count,
            scores: [
                .pannuke: ProtocolScores(
                    multiClassPQ: pannuke.flatMap(\.multiClassPQ), binaryPQ: pannuke.flatMap(\.binaryPQ)),
                .cellvit: ProtocolScores(
                    multiClassPQ: cellvit.flatMap(\.multiClassPQ), binaryPQ: cellvit.flatMap(\.binaryPQ)),
                .conic: ProtocolScores(
                    multiClassPQ: conic.map { fivePanNukeClasses(of: $0) }, binaryPQ: conic.map(\.binaryPQ)),
                .hovernet: ProtocolScores(multiClassPQ: nil, binaryPQ: hoverNetBinaryPQ(of: merged)),
                .pooled: ProtocolScores(multiClassPQ: nil, binaryPQ: pooledBinaryPQ(of: merged)),
            ])
    }

    /// CoNIC's mPQ+ over PanNuke's classes 1…5: numpy's mean of their pooled PQs.
    static func fivePanNukeClasses(of scores: CoNICScores) -> Double {
        let classes = Array(scores.perClassPQ.prefix(PanNukeClass.allCases.count))
        return NumpySummation.sum(classes) / Double(classes.count)
    }

    /// HoVer-Net style: the plain mean over images (`np.mean(axis=0)`, left to right) of the
    /// binary PQ without epsilon; images empty on both sides (0 / 0) are left out.
    ///
    /// - Parameter images: The fold's merged-map counts, in image order.
    /// - Returns: The mean; an image's exception; `.notANumber` when every image is empty.
    static func hoverNetBinaryPQ(of images: [CoNICImageCounts]) -> MetricResult<Double> {
        var sum = 0.0
        var used = 0
        for (index, image) in images.enumerated() {
            switch image.binary {
            case .failure(let reason):
                return .failure(Undefined(reason.kind, "image \(index): \(reason.reason)"))
            case .success(let counts):
                guard let quality = counts.quality(detectionEpsilon: 0).value else { continue }
                sum += quality.panoptic
                used += 1
            }
        }
        guard used > 0 else { return .failure(Undefined(.notANumber, "no image has a nucleus on either side")) }
        return .success(sum / Double(used))
    }

    /// One binary PQ (no epsilon) of the counts summed over images in image order.
    ///
    /// - Parameter images: The fold's merged-map counts, in image order.
    /// - Returns: The PQ; an image's exception; `.zeroDivisionError` when no image has a nucleus.
    static func pooledBinaryPQ(of images: [CoNICImageCounts]) -> MetricResult<Double> {
        var total = PanopticCounts.zero
        for (index, image) in images.enumerated() {
            switch image.binary {
            case .failure(let reason): return .failure(Undefined(reason.kind, "image \(index): \(reason.reason)"))
            case .success(let counts): total = total + counts
            }
        }
        return total.quality(detectionEpsilon: 0).map(\.panoptic)
    }
}
