/// `nucbench eval --dataset kumar|cpm17`: scores the test images against per-image predictions
/// into the results store, then computes the headline numbers from the stored rows.
///
/// Each image's statistics (binary PQ counts, AJI and AJI+ counts, per-class PQ counts when
/// both sides have classes, centroid detection counts) are written in image order, a parallel
/// batch of images per store transaction, so a run killed at any point keeps whole images only; running the same
/// request again resumes it and ends with the numbers of an uninterrupted run.
public enum InstanceEvaluation {
    /// Images scored per parallel batch before they are recorded in order.
    static let batchSize = 8

    /// The test images with their prediction files and radius, resolved before scoring.
    struct Inputs: Sendable {
        let samples: [DatasetSample]
        let predictions: PredictionDirectory
        let radii: [MatchRadius]
        let points: PromptNucSegPointFiles?
    }

    /// Scores the test images, resuming the run when the store already holds part of it.
    ///
    /// - Parameter request: What to score and where to keep it.
    /// - Returns: The headline numbers.
    /// - Throws: `InputError` for invalid data or predictions (a missing prediction is reported
    ///   before anything is scored), `StoreError` for the store.
    public static func run(_ request: InstanceEvaluationRequest) throws -> InstanceEvaluationOutcome {
        let (inputs, store, run) = try begin(request)
        let recorded = try recordImages(request, inputs: inputs, in: store, run: run, limit: nil)
        try store.finish(run)
        let statistics = try store.statistics(of: run)
        return InstanceEvaluationOutcome(
            runName: run.name, storePath: store.path, newlyRecorded: recorded,
            scores: try RunScores(
                statistics: statistics, protocol: request.protocol,
                prompterClasses: inputs.points.map { Array(0..<$0.classCount) }),
            radii: Array(Set(inputs.radii)).sorted { $0.pixels < $1.pixels })
    }

    /// Records at most `limit` new images of the run, then stops as a killed run would (test hook).
    ///
    /// - Parameters:
    ///   - request: What to score and where to keep it.
    ///   - limit: How many images to record at most.
    /// - Returns: How many images were recorded.
    /// - Throws: As `run(_:)`.
    package static func interruptedRun(_ request: InstanceEvaluationRequest, recordingAtMost limit: Int) throws
        -> Int
    {
        let (inputs, store, run) = try begin(request)
        return try recordImages(request, inputs: inputs, in: store, run: run, limit: limit)
    }

    /// Opens the data set, checks that every test image has a prediction, and begins the run.
    private static func begin(_ request: InstanceEvaluationRequest) throws
        -> (inputs: Inputs, store: ResultsStore, run: RunHandle)
    {
        try request.dataset.validate(request.protocol)
        guard request.dataset != .pannuke else {
            throw InputError("PanNuke is scored by PanNukeEvaluation, not InstanceEvaluation")
        }
        let dataset = try Dataset.open(path: request.dataDirectory, card: request.card)
        let splits = request.testSplits
        let samples = dataset.samples.filter { splits.contains($0.metadata.split) }
        guard !samples.isEmpty else {
            throw InputError(
                "no test image (splits \(splits.joined(separator: ", "))) in the data set", file: request.dataDirectory)
        }
        let predictions = try PredictionDirectory(path: request.predictionDirectory)
        let radii = try samples.map {
            try MatchRadius(
                card: request.card, image: $0.metadata.name, microns: request.matchRadiusMicrons,
                pixels: request.matchRadiusPixels)
        }
        let points = try request.groundTruthPoints.map { try PromptNucSegPointFiles(path: $0) }
        let inputs = Inputs(samples: samples, predictions: predictions, radii: radii, points: points)
        let identity = try record(of: request, inputs: inputs)
        let store = try ResultsStore.open(path: request.storePath)
        return (inputs, store, try store.beginRun(identity))
    }

    // MARK: - Identity

    /// The run's identity: everything that determines its stored rows.
    private static func record(of request: InstanceEvaluationRequest, inputs: Inputs) throws -> RunRecord {
        var predictionFiles: [(name: String, path: String)] = []
        var labelFiles: [(name: String, path: String)] = []
        for sample in inputs.samples {
            let (instances, classes) = try inputs.predictions.files(of: sample.metadata.name)
            var paths = [instances] + (classes.map { [$0] } ?? [])
            _ = try inputs.points?.groundTruth(of: sample.metadata.name)
            if inputs.points != nil { paths.append("\(inputs.predictions.path)/\(sample.metadata.name).points.npy") }
            for path in paths {
                predictionFiles.append((String(path.split(separator: "/").last ?? ""), path))
            }
            labelFiles.append((sample.metadata.split + "/" + sample.metadata.name, sample.metadata.labelPath))
        }
        if let points = inputs.points { labelFiles.append(("gt-points", points.path)) }
        let radii = Array(Set(inputs.radii.map { MatchRadius.number($0.pixels) })).sorted()
        var options = [
            "dataset": request.dataset.rawValue, "data": InstanceEvaluationRequest.absolute(request.dataDirectory),
            "pred": InstanceEvaluationRequest.absolute(request.predictionDirectory),
            "protocol": request.protocol.rawValue, "splits": request.testSplits.joined(separator: ","),
            "match-radius-px": radii.joined(separator: ","),
            "match-radius-um": request.matchRadiusMicrons.map { MatchRadius.number($0) } ?? "card",
            "model-hash-covers": "prediction files", "dataset-content-hash-covers": "test label files",
        ]
        if let points = inputs.points {
            options["gt-points"] = InstanceEvaluationRequest.absolute(points.path)
            options["prompter-classes"] = (0..<points.classCount).map(String.init).joined(separator: ",")
            options["dataset-content-hash-covers"] = "test label files and the ground-truth points JSON"
        }
        options.merge(request.options) { _, extra in extra }
        return RunRecord(
            name: request.runName ?? request.defaultRunName, gitRevision: SourceRevision.current,
            model: request.model, modelHash: try ContentDigest.digest(of: predictionFiles),
            dataset: request.dataset.rawValue,
            datasetCardHash: try ContentDigest.digest(of: [(request.card.name, request.cardPath)]),
            datasetContentHash: try ContentDigest.digest(of: labelFiles),
            protocolName: request.protocol.rawValue, protocolVersion: request.protocol.revision, options: options)
    }

    // MARK: - Recording

    private static func recordImages(
        _ request: InstanceEvaluationRequest, inputs: Inputs, in store: ResultsStore, run: RunHandle, limit: Int?
    ) throws -> Int {
        let completed = try store.completedImages(run)
        var pending = inputs.samples.indices.filter { !completed.contains($0) }[...]
        let progress = ProgressReporter(
            total: min(limit ?? pending.count, pending.count), label: "scoring", mode: request.progress)
        defer { progress.finish() }
        var recorded = 0
        while !pending.isEmpty {
            let room = limit.map { $0 - recorded } ?? pending.count
            guard room > 0 else { break }
            let batch = Array(pending.prefix(min(batchSize, room)))
            pending = pending.dropFirst(batch.count)
            let images = try parallelMap(count: batch.count, threads: request.threads) { slot in
                defer { progress.advance() }
                let index = batch[slot]
                let sample = inputs.samples[index]
                let stem = sample.metadata.name
                var image = try InstanceImageScoring.statistics(
                    index: index, sample: sample, prediction: try inputs.predictions.prediction(of: stem),
                    radius: inputs.radii[index].pixels)
                if let points = inputs.points {
                    image.promptNucSegDetection = PromptNucSegDetectionCounts.image(
                        groundTruth: try points.groundTruth(of: stem),
                        predictions: try PromptNucSegPointFiles.predictions(of: stem, in: inputs.predictions.path),
                        radius: inputs.radii[index].pixels)
                }
                return image
            }
            try store.record(images: images, in: run)
            recorded += images.count
        }
        return recorded
    }
}
