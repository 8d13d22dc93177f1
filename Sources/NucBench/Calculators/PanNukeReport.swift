/// JSON layout of PanNuke results (that of `fixtures/metrics/pannuke/expected.json`).
enum PanNukeReport {
    /// One fold: per image, per tissue, per class and the headline mPQ/bPQ.
    ///
    /// - Parameters:
    ///   - images: Per-image scores.
    ///   - summary: The fold aggregation (or the reference's exception).
    ///   - explain: Whether to add reasons.
    /// - Returns: The fold object.
    static func fold<Image: PanNukeImageScores>(
        images: [Image], summary: MetricResult<Image.Fold>, explain: Bool
    ) -> JSON {
        var undefined = UndefinedFields()
        var members: [(String, JSON)] = [("per_image", .array(images.map { image(of: $0, explain: explain) }))]
        switch summary {
        case .success(let fold):
            let tissues = PanNukeTissue.allCases.map { tissue -> (String, JSON) in
                var tissueUndefined = UndefinedFields()
                let scores = fold.perTissue[tissue]
                let absent = Undefined(.notANumber, "no image of this tissue in the fold")
                let values: [(String, JSON)] = [
                    ("mpq", tissueUndefined.number(scores?.multiClassPQ ?? .failure(absent), field: "mpq")),
                    ("bpq", tissueUndefined.number(scores?.binaryPQ ?? .failure(absent), field: "bpq")),
                ]
                return (tissue.rawValue, .object(values + tissueUndefined.members(explain: explain)))
            }
            members += [
                ("per_tissue", .object(tissues)),
                (
                    "per_class",
                    .array(fold.perClass.enumerated().map { undefined.number($1, field: "per_class[\($0)]") })
                ),
                ("mpq", undefined.number(fold.multiClassPQ, field: "mpq")),
                ("bpq", undefined.number(fold.binaryPQ, field: "bpq")),
            ]
        case .failure(let reason):
            for field in ["per_tissue", "per_class", "mpq", "bpq"] {
                undefined.note(reason, field: field)
                members.append((field, .null))
            }
        }
        return .object(members + undefined.members(explain: explain))
    }

    /// Mean and standard deviations (ddof 0 and 1) of the fold mPQ and bPQ.
    ///
    /// - Parameters:
    ///   - summary: The spreads.
    ///   - explain: Whether to add reasons.
    /// - Returns: The `across_folds` object.
    static func acrossFolds(_ summary: PanNukeAcrossFolds, explain: Bool) -> JSON {
        var undefined = UndefinedFields()
        var members: [(String, JSON)] = []
        for (name, spread) in [("mpq", summary.multiClassPQ), ("bpq", summary.binaryPQ)] {
            members += [
                ("\(name)_mean", undefined.number(spread.mean, field: "\(name)_mean")),
                ("\(name)_std_ddof0", undefined.number(spread.populationStandardDeviation, field: "\(name)_std_ddof0")),
                ("\(name)_std_ddof1", undefined.number(spread.sampleStandardDeviation, field: "\(name)_std_ddof1")),
            ]
        }
        return .object(members + undefined.members(explain: explain))
    }

    private static func image<Image: PanNukeImageScores>(of scores: Image, explain: Bool) -> JSON {
        var undefined = UndefinedFields()
        let members: [(String, JSON)] = [
            ("bpq", undefined.number(scores.binaryPQ, field: "bpq")),
            ("pq", .array(scores.classPQ.enumerated().map { undefined.number($1, field: "pq[\($0)]") })),
            ("mpq", undefined.number(scores.multiClassPQ, field: "mpq")),
        ]
        return .object(members + undefined.members(explain: explain))
    }
}
