/// `nucbench eval --dataset pannuke` with per-image predictions instead of a `masks.npy` per fold.
///
/// `PredictionDirectory` finds each image's files by its name `{fold}_{k}`, e.g. `3_17.inst.npy`
/// with `3_17.class.npy`, or HoVer-Net `3_17.mat` with `inst_type`. The predicted class channels
/// are the instance map restricted to each class (class c + 1 → channel c, `PanNukeClass`
/// order); everything else is `PanNukeEvaluation`: the same stored rows (images numbered across
/// the requested folds, named `fold{N}_{k}`), the same resume behaviour and the same report.
public enum PanNukeDirectoryEvaluation {
    /// One requested fold's ground truth and the predictions folder.
    struct Fold: Sendable {
        let number: Int
        let masks: NpyFile
        let tissues: [String]
    }

    /// The prediction folder and, when the prompter is scored, the ground-truth points.
    struct Inputs: Sendable {
        let predictions: PredictionDirectory
        let points: PromptNucSegPointFiles?
    }

    /// PromptNucSeg's prompter matching radius (`match_dis`), 3 µm at PanNuke's 0.25 µm/px.
    static let prompterRadius = 12.0

    /// Scores the requested folds, resuming the run when the store already holds part of it.
    ///
    /// - Parameter request: What to score; `predictionDirectory` is the per-image folder.
    /// - Returns: The headline numbers and the full report.
    /// - Throws: `InputError` for invalid data, a missing or classless prediction, `StoreError` for the store.
    public static func run(_ request: PanNukeEvaluationRequest) throws -> PanNukeEvaluationOutcome {
        let (folds, inputs, store, run) = try begin(request)
        let recorded = try recordImages(request, folds: folds, inputs: inputs, store: store, run: run)
        try store.finish(run)
        let statistics = try store.statistics(of: run)
        if request.overlays > 0 {
            _ = try PanNukeOverlays.write(
                count: request.overlays, statistics: statistics, protocol: request.protocol,
                trueMasks: folds.map(\.masks), directory: request.overlayDirectory
            ) { position, row in
                let prediction = try inputs.predictions.prediction(of: "\(folds[position].number)_\(row)")
                let map = prediction.instances
                return try PanNukeMergedLabels(
                    channels: try channelValues(prediction), height: map.height, width: map.width
                )
                .instances
            }
        }
        var outcome = try PanNukeEvaluation.outcome(
            request, statistics: statistics, runName: run.name, storePath: store.path, newlyRecorded: recorded)
        let prompted = statistics.compactMap(\.promptNucSegDetection)
        if let points = inputs.points, !prompted.isEmpty {
            let counts = prompted.reduce(PromptNucSegDetectionCounts.zero, +)
            outcome.prompterCounts = counts
            outcome.prompter = PromptNucSegDetectionScores(counts: counts, classes: Array(0..<points.classCount))
        }
        return outcome
    }

    private static func begin(_ request: PanNukeEvaluationRequest) throws
        -> (folds: [Fold], inputs: Inputs, store: ResultsStore, run: RunHandle)
    {
        let folds = try request.folds.map { number in
            let files = try PanNukeFoldInput.files(in: request.trueDirectory(of: number))
            let masks = try NpyFile(path: files.masks)
            guard masks.shape.count == 4, masks.shape[3] >= PanNukeClass.allCases.count else {
                throw InputError("expected PanNuke masks of shape (N, H, W, 6), found \(masks.shape)", file: masks.path)
            }
            let tissues = try NpyFile(path: files.types).strings()
            guard tissues.count == masks.shape[0] else {
                throw InputError("\(tissues.count) tissue names for \(masks.shape[0]) images", file: files.types)
            }
            return Fold(number: number, masks: masks, tissues: tissues)
        }
        let predictions = try PredictionDirectory(path: request.predictionDirectory)
        let points = try request.groundTruthPoints.map { try PromptNucSegPointFiles(path: $0) }
        var truthFiles: [(name: String, path: String)] = []
        var predictionFiles: [(name: String, path: String)] = []
        for fold in folds {
            truthFiles.append(("fold\(fold.number)/masks.npy", fold.masks.path))
            for row in 0..<fold.tissues.count {
                let (instances, classes) = try predictions.files(of: "\(fold.number)_\(row)")
                guard classes != nil || instances.hasSuffix(".mat") else {
                    throw InputError(
                        "no class map for image '\(fold.number)_\(row)': PanNuke predictions need "
                            + "\(fold.number)_\(row).class.npy (or .class.png/.tif/.tiff)", file: predictions.path)
                }
                var paths = [instances] + (classes.map { [$0] } ?? [])
                if let points {
                    _ = try points.groundTruth(of: "\(fold.number)_\(row)")
                    paths.append("\(predictions.path)/\(fold.number)_\(row).points.npy")
                }
                predictionFiles += paths.map {
                    (String($0.split(separator: "/").last ?? ""), $0)
                }
            }
        }
        var options = [
            "dataset": "pannuke", "data": InstanceEvaluationRequest.absolute(request.dataDirectory),
            "pred": InstanceEvaluationRequest.absolute(request.predictionDirectory),
            "pred-format": "per-image instance and class maps",
            "folds": request.folds.map(String.init).joined(separator: ","), "protocol": request.protocol.rawValue,
            "model-hash-covers": "per-image prediction files", "dataset-content-hash-covers": "true masks.npy per fold",
        ]
        if let points {
            truthFiles.append(("gt-points", points.path))
            options["gt-points"] = InstanceEvaluationRequest.absolute(points.path)
            options["prompter-classes"] = (0..<points.classCount).map(String.init).joined(separator: ",")
            options["prompter-radius-px"] = MatchRadius.number(prompterRadius)
            options["dataset-content-hash-covers"] = "true masks.npy per fold and the ground-truth points JSON"
        }
        let identity = RunRecord(
            name: request.runName ?? request.defaultRunName, gitRevision: SourceRevision.current,
            model: request.model, modelHash: try ContentDigest.digest(of: predictionFiles), dataset: "pannuke",
            datasetCardHash: try request.cardPath.map { try ContentDigest.digest(of: [("pannuke", $0)]) } ?? "none",
            datasetContentHash: try ContentDigest.digest(of: truthFiles), protocolName: request.protocol.rawValue,
            protocolVersion: request.protocol.revision, options: options)
        let store = try ResultsStore.open(path: request.storePath)
        return (folds, Inputs(predictions: predictions, points: points), store, try store.beginRun(identity))
    }

    private static func recordImages(
        _ request: PanNukeEvaluationRequest, folds: [Fold], inputs: Inputs, store: ResultsStore, run: RunHandle
    ) throws -> Int {
        switch request.protocol {
        case .pannuke:
            return try recordImages(
                scoring: PanNukeImageCounts.self, request, folds: folds, inputs: inputs, store: store,
                run: run)
        case .cellvit:
            return try recordImages(
                scoring: CellViTPanNukeImageCounts.self, request, folds: folds, inputs: inputs, store: store,
                run: run)
        }
    }

    private static func recordImages<Image: PanNukeImageScores>(
        scoring: Image.Type, _ request: PanNukeEvaluationRequest, folds: [Fold], inputs: Inputs, store: ResultsStore,
        run: RunHandle
    ) throws -> Int {
        let completed = try store.completedImages(run)
        let progress = ProgressReporter(
            total: folds.map(\.tissues.count).reduce(0, +) - completed.count, label: "scoring", mode: request.progress)
        defer { progress.finish() }
        var recorded = 0
        var offset = 0
        for fold in folds {
            let first = offset
            var pending = (0..<fold.tissues.count).filter { !completed.contains(first + $0) }[...]
            while !pending.isEmpty {
                let batch = Array(pending.prefix(PanNukeEvaluation.batchSize))
                pending = pending.dropFirst(batch.count)
                let images = try parallelMap(count: batch.count, threads: request.threads) { slot in
                    defer { progress.advance() }
                    let row = batch[slot]
                    let truth = try PanNukeFoldInput.classChannels(of: fold.masks, image: row)
                    let stem = "\(fold.number)_\(row)"
                    let predicted = try classChannels(try inputs.predictions.prediction(of: stem), like: truth)
                    let counts = try Image(gt: truth, pred: predicted)
                    var panoptic: [ClassScope: MetricResult<PanopticCounts>] = [.all: counts.binary]
                    for (number, result) in counts.classes.enumerated() { panoptic[.type(number)] = result }
                    var image = ImageStatistics(
                        index: first + row, name: "fold\(fold.number)_\(row)", tissue: fold.tissues[row],
                        fold: fold.number, panoptic: panoptic)
                    if let points = inputs.points {
                        image.promptNucSegDetection = PromptNucSegDetectionCounts.image(
                            groundTruth: try points.groundTruth(of: stem),
                            predictions: try PromptNucSegPointFiles.predictions(of: stem, in: inputs.predictions.path),
                            radius: prompterRadius)
                    }
                    return image
                }
                try store.record(images: images, in: run)
                recorded += images.count
            }
            offset += fold.tissues.count
        }
        return recorded
    }

    /// The five class channels of a per-image prediction: channel c holds the ids of the
    /// instance pixels whose class is c + 1.
    private static func classChannels(_ prediction: PredictedImage, like truth: PanNukeMasks) throws -> PanNukeMasks {
        let map = prediction.instances
        guard map.height == truth.height, map.width == truth.width else {
            throw InputError(
                "prediction is \(map.height)×\(map.width) but the PanNuke image is \(truth.height)×\(truth.width)",
                file: prediction.files[0])
        }
        return try PanNukeMasks(height: map.height, width: map.width, channels: try channelValues(prediction))
    }

    /// The class channels of a per-image prediction as row-major planes of instance ids.
    ///
    /// - Parameter prediction: The prediction, with a class map or stored instance types.
    /// - Returns: Five planes; plane c holds the ids of the instance pixels of class c + 1.
    /// - Throws: `InputError` naming the file when the prediction has no classes or a class is not 0-5.
    static func channelValues(_ prediction: PredictedImage) throws -> [[Double]] {
        let map = prediction.instances
        let pixelClasses: [Int32]
        if let classMap = prediction.classMap {
            pixelClasses = classMap
        } else if let types = prediction.storedTypes {
            pixelClasses = map.indices.map { $0 > 0 ? Int32(clamping: types[Int($0) - 1]) : 0 }
        } else {
            throw InputError("PanNuke predictions need classes: a class map or inst_type", file: prediction.files[0])
        }
        var channels = [[Double]](
            repeating: [Double](repeating: 0, count: map.pixelCount), count: PanNukeClass.allCases.count)
        for pixel in 0..<map.pixelCount where map.indices[pixel] > 0 {
            let channel = Int(pixelClasses[pixel]) - 1
            guard channel < channels.count else {
                throw InputError(
                    "class \(channel + 1) at pixel \(pixel) is not a PanNuke class (0 background, 1-5)",
                    file: prediction.files.last ?? prediction.files[0])
            }
            if channel >= 0 { channels[channel][pixel] = Double(map.ids[Int(map.indices[pixel]) - 1]) }
        }
        return channels
    }
}
