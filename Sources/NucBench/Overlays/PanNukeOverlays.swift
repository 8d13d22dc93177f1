/// Overlays of the worst images of a PanNuke evaluation run, and their index.
public enum PanNukeOverlays {
    /// Writes overlays of the `count` images with the lowest binary PQ, and `index.md`.
    ///
    /// Images are ranked by `WorstImages` on the stored binary counts with the protocol's DQ
    /// epsilon. Each overlay (`OverlayRenderer`, through `OverlayWriter`) draws the merged class
    /// channels (`PanNukeMergedLabels`) of ground truth and prediction over the fold's RGB image
    /// (`PanNukeImages`: `images.npy` beside the true masks).
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
        let epsilon: Double
        switch request.protocol {
        case .pannuke: epsilon = PanNukeImageCounts.detectionEpsilon
        case .cellvit: epsilon = CellViTPanNukeImageCounts.detectionEpsilon
        }
        let ranked = WorstImages.select(statistics, count: count, detectionEpsilon: epsilon)
        let inputs = try request.foldInputs()
        var images: [Int: PanNukeImages] = [:]
        try OverlayWriter.write(
            ranked, scoreName: "binary PQ (\(request.protocol.revision))", directory: directory
        ) { image in
            let (fold, row) = try locate(image.statistics.index, in: inputs)
            let input = inputs[fold]
            let rgb = try images[fold] ?? PanNukeImages(besideMasks: input.trueMasks)
            images[fold] = rgb
            return OverlayWriter.Scene(
                image: try rgb.rgbImage(row), gt: try PanNukeMergedLabels(file: input.trueMasks, image: row).instances,
                pred: try PanNukeMergedLabels(file: input.predictedMasks, image: row).instances)
        }
        return ranked
    }

    /// The fold position and row of an image numbered across the requested folds.
    private static func locate(_ index: Int, in inputs: [PanNukeFoldInput]) throws -> (fold: Int, row: Int) {
        var first = 0
        for (fold, input) in inputs.enumerated() {
            if index >= first, index < first + input.count { return (fold, index - first) }
            first += input.count
        }
        throw InputError("image \(index) is not in the requested folds (\(first) images)")
    }
}
