// MARK: - Recording images

extension PanNukeEvaluation {
    /// Images scored per parallel batch before they are recorded in order.
    static let batchSize = 64

    /// Scores and records every image the run does not hold yet, in image order.
    ///
    /// Images are numbered across the requested folds in order (fold 1's images first when
    /// it is requested first) and named `fold{N}_{k}` after their row in the fold's files.
    ///
    /// - Returns: How many images were recorded (at most `limit` when one is given).
    static func recordImages(
        _ request: PanNukeEvaluationRequest, inputs: [PanNukeFoldInput], in store: ResultsStore, run: RunHandle,
        limit: Int?
    ) throws -> Int {
        switch request.protocol {
        case .pannuke:
            return try recordImages(
                scoring: PanNukeImageCounts.self, request, inputs: inputs, in: store, run: run, limit: limit)
        case .cellvit:
            return try recordImages(
                scoring: CellViTPanNukeImageCounts.self, request, inputs: inputs, in: store, run: run, limit: limit)
        }
    }

    private static func recordImages<Image: PanNukeImageScores>(
        scoring: Image.Type, _ request: PanNukeEvaluationRequest, inputs: [PanNukeFoldInput], in store: ResultsStore,
        run: RunHandle, limit: Int?
    ) throws -> Int {
        let completed = try store.completedImages(run)
        let remaining = inputs.map(\.count).reduce(0, +) - completed.count
        let progress = ProgressReporter(
            total: min(limit ?? remaining, remaining), label: "scoring", mode: request.progress)
        defer { progress.finish() }
        var recorded = 0
        var offset = 0
        for (fold, input) in zip(request.folds, inputs) {
            let first = offset
            var pending = (0..<input.count).filter { !completed.contains(first + $0) }[...]
            while !pending.isEmpty {
                let room = limit.map { $0 - recorded } ?? pending.count
                guard room > 0 else { return recorded }
                let batch = Array(pending.prefix(min(batchSize, room)))
                pending = pending.dropFirst(batch.count)
                let images = try parallelMap(count: batch.count, threads: request.threads) { slot in
                    defer { progress.advance() }
                    let row = batch[slot]
                    let masks = try input.masks(of: row)
                    let counts = try Image(gt: masks.gt, pred: masks.pred)
                    return statistics(of: counts, index: first + row, fold: fold, row: row, tissue: input.tissues[row])
                }
                try store.record(images: images, in: run)
                recorded += images.count
            }
            offset += input.count
        }
        return recorded
    }

    /// The stored form of one image: `.all` holds the binary counts, `.type(c)` class c's.
    private static func statistics<Image: PanNukeImageScores>(
        of counts: Image, index: Int, fold: Int, row: Int, tissue: String
    ) -> ImageStatistics {
        var panoptic: [ClassScope: MetricResult<PanopticCounts>] = [.all: counts.binary]
        for (number, result) in counts.classes.enumerated() { panoptic[.type(number)] = result }
        return ImageStatistics(index: index, name: "fold\(fold)_\(row)", tissue: tissue, fold: fold, panoptic: panoptic)
    }
}
