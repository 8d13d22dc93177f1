// MARK: - PanNuke

extension RunScores {
    /// Per-image lists and per-fold headlines of the PanNuke protocols.
    static func panNuke<Image: PanNukeImageScores>(
        _ statistics: [ImageStatistics], scoring: Image.Type, protocol protocolName: EvaluationProtocol
    ) throws -> ([RunMetric: ImageScoreList], [Headline]) {
        let scopes = [ClassScope.all] + PanNukeClass.allCases.map { ClassScope.type($0.rawValue) }
        let images: [Image] = try statistics.map { row in
            let counts = try scopes.map { try required(row.panoptic[$0], row, "PQ counts of \($0)") }
            return Image(binary: counts[0], classes: Array(counts.dropFirst()))
        }
        let indices = statistics.map(\.index)
        var lists: [RunMetric: ImageScoreList] = [
            .binaryPQ: ImageScoreList(indices: indices, values: images.map(\.binaryPQ), protocol: protocolName),
            .multiClassPQ: ImageScoreList(
                indices: indices, values: images.map(\.multiClassPQ), protocol: protocolName),
        ]
        for nucleusClass in PanNukeClass.allCases {
            lists[.classPQ(nucleusClass.rawValue)] = ImageScoreList(
                indices: indices, values: images.map { $0.classPQ[nucleusClass.rawValue] }, protocol: protocolName)
        }

        var folds: [Int?] = []
        for fold in statistics.map(\.fold) where !folds.contains(fold) { folds.append(fold) }
        var headlines: [Headline] = []
        var summaries: [MetricResult<Image.Fold>] = []
        for fold in folds {
            let members = statistics.indices.filter { statistics[$0].fold == fold }
            let foldImages = members.map { images[$0] }
            let summary = try Image.Fold.scores(
                of: foldImages, tissues: members.map { statistics[$0].tissue ?? "" })
            summaries.append(summary)
            let used = foldImages.filter { $0.binaryPQ.value != nil }.count
            let classesUsed = summary.value?.perClass.filter { $0.value != nil }.count ?? 0
            headlines.append(
                Headline(
                    metric: .multiClassPQ, fold: fold, value: summary.flatMap(\.multiClassPQ), used: classesUsed,
                    skipped: PanNukeClass.allCases.count - classesUsed, unit: "classes"))
            headlines.append(
                Headline(
                    metric: .binaryPQ, fold: fold, value: summary.flatMap(\.binaryPQ), used: used,
                    skipped: foldImages.count - used, unit: "images"))
        }
        if folds.count > 1 {
            let across = PanNukeAcrossFolds(folds: summaries)
            let defined = summaries.filter { $0.value != nil }.count
            for (metric, spread) in [(RunMetric.multiClassPQ, across.multiClassPQ), (.binaryPQ, across.binaryPQ)] {
                headlines.append(
                    Headline(
                        metric: metric, fold: nil, value: spread.mean, used: defined,
                        skipped: folds.count - defined, unit: "folds"))
            }
        }
        return (lists, headlines)
    }
}
