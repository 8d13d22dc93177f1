// MARK: - Bootstrap intervals of Tables 1 and 3

extension PaperReport {
    /// A cell's position: row label and metric.
    package struct CellKey: Hashable {
        /// The row label.
        package let row: String
        /// The metric.
        package let metric: String

        /// Creates a key.
        ///
        /// - Parameters:
        ///   - row: The row label.
        ///   - metric: The metric.
        package init(row: String, metric: String) {
            self.row = row
            self.metric = metric
        }
    }

    /// Tables 1 and 3 recomputed from some images with the protocol's fold aggregation
    /// (`PanNukeFoldSummary.scores`): Average and Std (ddof 0) over the folds of the fold
    /// bPQ/mPQ, tissue rows as the nanmean over folds of the fold's tissue value (several folds
    /// only), and class PQs as the mean over folds of the fold's class PQ — the aggregation of
    /// `table1` and `table3`.
    ///
    /// - Parameters:
    ///   - images: The images (a bootstrap replicate or the run).
    ///   - protocol: The PanNuke protocol (`pannuke` or `cellvit`).
    /// - Returns: The values by cell; empty when an image lacks PQ counts or the protocol is not PanNuke's.
    package static func table1And3Values(of images: [ImageStatistics], protocol: EvaluationProtocol)
        -> [CellKey: MetricResult<Double>]
    {
        switch `protocol` {
        case .pannuke:
            return restored(images, as: PanNukeImageCounts.self).map { values(of: $0, indices: Array($0.indices)) }
                ?? [:]
        case .cellvit:
            return restored(images, as: CellViTPanNukeImageCounts.self).map {
                values(of: $0, indices: Array($0.indices))
            }
                ?? [:]
        case .conic, .hovernet, .promptnucseg:
            return [:]
        }
    }

    /// Tables 1 and 3 with bootstrap intervals on every cell our values fill.
    ///
    /// Images are restored from their counts once; each round aggregates the resampled ones.
    ///
    /// - Parameters:
    ///   - images: The run's images.
    ///   - protocol: The PanNuke protocol.
    ///   - bootstrap: The bootstrap settings.
    /// - Returns: The intervals by cell.
    static func table1And3Intervals(
        of images: [ImageStatistics], protocol: EvaluationProtocol, bootstrap: ImageBootstrap
    ) -> [CellKey: MetricResult<BootstrapInterval>] {
        func intervals<Image: PanNukeImageScores>(_ type: Image.Type) -> [CellKey: MetricResult<BootstrapInterval>] {
            guard let restored = restored(images, as: type) else { return [:] }
            return bootstrap.intervals(strata: images.map(ImageStratum.init)) { values(of: restored, indices: $0) }
        }
        switch `protocol` {
        case .pannuke: return intervals(PanNukeImageCounts.self)
        case .cellvit: return intervals(CellViTPanNukeImageCounts.self)
        case .conic, .hovernet, .promptnucseg: return [:]
        }
    }

    /// An image restored from its stored counts, with its tissue and fold.
    struct RestoredImage<Image: PanNukeImageScores> {
        let scores: Image
        let tissue: String
        let fold: Int?
    }

    /// The images' PanNuke scores, restored from the stored counts as `RunScores` does; nil
    /// when an image lacks a class scope.
    static func restored<Image: PanNukeImageScores>(_ images: [ImageStatistics], as type: Image.Type)
        -> [RestoredImage<Image>]?
    {
        let scopes = [ClassScope.all] + PanNukeClass.allCases.map { ClassScope.type($0.rawValue) }
        var restored: [RestoredImage<Image>] = []
        for image in images {
            let counts = scopes.compactMap { image.panoptic[$0] }
            guard counts.count == scopes.count else { return nil }
            restored.append(
                RestoredImage(
                    scores: Image(binary: counts[0], classes: Array(counts.dropFirst())), tissue: image.tissue ?? "",
                    fold: image.fold))
        }
        return restored
    }

    /// The cells of Tables 1 and 3 of a multiset of restored images.
    static func values<Image: PanNukeImageScores>(of images: [RestoredImage<Image>], indices: [Int])
        -> [CellKey: MetricResult<Double>]
    {
        var folds: [Int?] = []
        for index in indices where !folds.contains(images[index].fold) { folds.append(images[index].fold) }
        folds.sort { ($0 ?? -1) < ($1 ?? -1) }
        var summaries: [Image.Fold] = []
        for fold in folds {
            let members = indices.filter { images[$0].fold == fold }
            guard
                case .success(let summary)? = try? Image.Fold.scores(
                    of: members.map { images[$0].scores }, tissues: members.map { images[$0].tissue })
            else { return [:] }
            summaries.append(summary)
        }
        var values: [CellKey: MetricResult<Double>] = [:]
        for (label, spread) in [
            ("bPQ", FoldSpread(summaries.map(\.binaryPQ))), ("mPQ", FoldSpread(summaries.map(\.multiClassPQ))),
        ] {
            values[CellKey(row: "Average", metric: label)] = spread.mean
            values[CellKey(row: "Std", metric: label)] = spread.populationStandardDeviation
        }
        for (label, nucleusClass) in classLabels {
            values[CellKey(row: label, metric: "PQ")] =
                FoldSpread(summaries.map { $0.perClass[nucleusClass.rawValue] })
                .mean
        }
        guard summaries.count > 1 else { return values }
        let absent = MetricResult<Double>.failure(Undefined(.notANumber, "no image of this tissue in the fold"))
        for (label, tissue) in tissueLabels {
            let perFold = summaries.map { $0.perTissue[tissue] }
            values[CellKey(row: label, metric: "bPQ")] = nanMean(perFold.map { $0?.binaryPQ ?? absent })
            values[CellKey(row: label, metric: "mPQ")] = nanMean(perFold.map { $0?.multiClassPQ ?? absent })
        }
        return values
    }

    /// `np.nanmean` over folds: NaN folds are left out, another undefined value propagates.
    static func nanMean(_ values: [MetricResult<Double>]) -> MetricResult<Double> {
        var numbers: [Double?] = []
        for value in values {
            switch value {
            case .success(let number): numbers.append(number)
            case .failure(let undefined) where undefined.kind == .notANumber: numbers.append(nil)
            case .failure(let undefined): return .failure(undefined)
            }
        }
        return NumpySummation.nanMean(numbers)
    }
}
