// MARK: - Recomputing from the store

extension PanNukeEvaluation {
    /// Rebuilds the per-image scores from the stored counts and aggregates them.
    ///
    /// - Parameters:
    ///   - request: The request whose run `statistics` belong to.
    ///   - statistics: The run's images, in image order.
    ///   - runName: The run's name.
    ///   - storePath: The store file.
    ///   - newlyRecorded: Images recorded by this call.
    /// - Returns: The outcome.
    /// - Throws: `StoreError.Kind.malformedRow` when a stored image lacks a class scope.
    static func outcome(
        _ request: PanNukeEvaluationRequest, statistics: [ImageStatistics], runName: String, storePath: String,
        newlyRecorded: Int
    ) throws -> PanNukeEvaluationOutcome {
        let context = Context(
            request: request, runName: runName, storePath: storePath, newlyRecorded: newlyRecorded)
        switch request.protocol {
        case .pannuke:
            return try outcome(scoring: PanNukeImageCounts.self, statistics: statistics, context: context)
        case .cellvit:
            return try outcome(scoring: CellViTPanNukeImageCounts.self, statistics: statistics, context: context)
        }
    }

    private struct Context {
        let request: PanNukeEvaluationRequest
        let runName: String
        let storePath: String
        let newlyRecorded: Int
    }

    private static func outcome<Image: PanNukeImageScores>(
        scoring: Image.Type, statistics: [ImageStatistics], context: Context
    ) throws -> PanNukeEvaluationOutcome {
        let request = context.request
        var summaries: [MetricResult<Image.Fold>] = []
        var foldObjects: [JSON] = []
        var headlines: [PanNukeEvaluationOutcome.Fold] = []
        for fold in request.folds {
            let rows = statistics.filter { $0.fold == fold }
            let images: [Image] = try rows.map { try restored($0, storePath: context.storePath) }
            let summary = try Image.Fold.scores(of: images, tissues: rows.map { $0.tissue ?? "" })
            summaries.append(summary)
            foldObjects.append(PanNukeReport.fold(images: images, summary: summary, explain: request.explain))
            let used = images.filter { $0.binary.value != nil }.count
            headlines.append(
                PanNukeEvaluationOutcome.Fold(
                    number: fold, imagesUsed: used, imagesSkipped: images.count - used,
                    classesUsed: summary.value?.perClass.filter { $0.value != nil }.count ?? 0,
                    multiClassPQ: summary.flatMap(\.multiClassPQ), binaryPQ: summary.flatMap(\.binaryPQ)))
        }
        let several = request.folds.count > 1
        let across = several ? PanNukeAcrossFolds(folds: summaries) : nil
        let report: JSON
        if let across {
            var members: [(String, JSON)] = [("classes", .array(PanNukeClass.allCases.map { .string($0.name) }))]
            members += foldObjects.enumerated().map { ("fold\($0.offset + 1)", $0.element) }
            members.append(("across_folds", PanNukeReport.acrossFolds(across, explain: request.explain)))
            report = .object(members)
        } else {
            report = foldObjects.first ?? .null
        }
        return PanNukeEvaluationOutcome(
            runName: context.runName, storePath: context.storePath, protocol: request.protocol,
            newlyRecorded: context.newlyRecorded, folds: headlines, acrossFolds: across,
            tissuesAcrossFolds: several ? tissuesAcrossFolds(summaries) : nil, report: report)
    }

    /// The per-image scores of a stored image.
    private static func restored<Image: PanNukeImageScores>(_ row: ImageStatistics, storePath: String) throws
        -> Image
    {
        let scopes = [ClassScope.all] + PanNukeClass.allCases.map { ClassScope.type($0.rawValue) }
        let counts = try scopes.map { scope in
            guard let result = row.panoptic[scope] else {
                throw StoreError(.malformedRow, path: storePath, "image \(row.index) has no PQ counts for \(scope)")
            }
            return result
        }
        return Image(binary: counts[0], classes: Array(counts.dropFirst()))
    }

    /// Per tissue, `np.nanmean` over folds of the fold's tissue mPQ and bPQ.
    ///
    /// A tissue absent from a fold is NaN there and left out; a fold whose evaluation
    /// raised makes every tissue undefined with its exception.
    private static func tissuesAcrossFolds<Fold: PanNukeFoldSummary>(_ folds: [MetricResult<Fold>])
        -> [PanNukeTissue: PanNukeTissueScores]
    {
        let absent = MetricResult<Double>.failure(Undefined(.notANumber, "no image of this tissue in the fold"))
        var tissues: [PanNukeTissue: PanNukeTissueScores] = [:]
        for tissue in PanNukeTissue.allCases {
            let scores = folds.map { $0.map { $0.perTissue[tissue] } }
            tissues[tissue] = PanNukeTissueScores(
                multiClassPQ: nanMean(scores.map { $0.flatMap { $0?.multiClassPQ ?? absent } }),
                binaryPQ: nanMean(scores.map { $0.flatMap { $0?.binaryPQ ?? absent } }))
        }
        return tissues
    }

    /// `np.nanmean`: NaN values are left out, any other undefined value propagates.
    private static func nanMean(_ values: [MetricResult<Double>]) -> MetricResult<Double> {
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
