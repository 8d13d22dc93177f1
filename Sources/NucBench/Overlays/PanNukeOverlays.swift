/// Overlays of the worst images of a PanNuke evaluation run, and their index.
public enum PanNukeOverlays {
    /// Writes overlays of the `count` images with the lowest binary PQ, and `index.md`.
    ///
    /// Images are ranked by `WorstImages` on the stored binary counts with the protocol's DQ
    /// epsilon. Each overlay (`OverlayRenderer`, through `OverlayWriter`) draws the merged class
    /// channels (`PanNukeMergedLabels`) of ground truth and prediction over the fold's RGB image
    /// (`PanNukeImages`: `images.npy` beside the true masks). Per-image predictions go through
    /// `write(count:statistics:protocol:trueMasks:directory:predicted:)`.
    ///
    /// - Parameters:
    ///   - count: How many images at most.
    ///   - statistics: The run's stored images (`ImageStatistics.index` numbers the images of
    ///     the requested folds in order).
    ///   - request: The evaluation request the run belongs to.
    ///   - directory: Where to write; created if missing.
    /// - Returns: The ranked images, worst first.
    /// - Throws: `InputError` naming the file for unreadable data, a missing `images.npy`, or a
    ///   file that cannot be written.
    public static func write(
        count: Int, statistics: [ImageStatistics], request: PanNukeEvaluationRequest, directory: String
    ) throws -> [RankedImage] {
        let inputs = try request.foldInputs()
        return try write(
            count: count, statistics: statistics, protocol: request.protocol, trueMasks: inputs.map(\.trueMasks),
            directory: directory
        ) { position, row in
            try PanNukeMergedLabels(file: inputs[position].predictedMasks, image: row).instances
        }
    }

    /// Writes overlays of the `count` worst images whatever holds the predictions.
    ///
    /// - Parameters:
    ///   - count: How many images at most.
    ///   - statistics: The run's stored images, numbered across `trueMasks` in order.
    ///   - protocol: The run's protocol (its DQ epsilon ranks the images).
    ///   - trueMasks: The requested folds' ground-truth masks, in order.
    ///   - directory: Where to write; created if missing.
    ///   - predicted: The merged predicted instance map of a fold (position in `trueMasks`) and row.
    /// - Returns: The ranked images, worst first.
    /// - Throws: `InputError` naming the file for unreadable data or a file that cannot be written.
    static func write(
        count: Int, statistics: [ImageStatistics], protocol: PanNukeCalculator.Reference, trueMasks: [NpyFile],
        directory: String, predicted: (_ fold: Int, _ row: Int) throws -> InstanceMap
    ) throws -> [RankedImage] {
        let epsilon: Double
        switch `protocol` {
        case .pannuke: epsilon = PanNukeImageCounts.detectionEpsilon
        case .cellvit: epsilon = CellViTPanNukeImageCounts.detectionEpsilon
        }
        let ranked = WorstImages.select(statistics, count: count, detectionEpsilon: epsilon)
        var images: [Int: PanNukeImages] = [:]
        try OverlayWriter.write(
            ranked, scoreName: "binary PQ (\(`protocol`.revision))", directory: directory
        ) { image in
            let (fold, row) = try locate(image.statistics.index, in: trueMasks.map { $0.shape[0] })
            let rgb = try images[fold] ?? PanNukeImages(besideMasks: trueMasks[fold])
            images[fold] = rgb
            return OverlayWriter.Scene(
                image: try rgb.rgbImage(row), gt: try PanNukeMergedLabels(file: trueMasks[fold], image: row).instances,
                pred: try predicted(fold, row))
        }
        return ranked
    }

    /// The fold position and row of an image numbered across the requested folds.
    private static func locate(_ index: Int, in counts: [Int]) throws -> (fold: Int, row: Int) {
        var first = 0
        for (fold, count) in counts.enumerated() {
            if index >= first, index < first + count { return (fold, index - first) }
            first += count
        }
        throw InputError("image \(index) is not in the requested folds (\(first) images)")
    }
}
