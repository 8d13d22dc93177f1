// MARK: - JSON report

extension RunScores {
    /// The scores as a JSON object: protocol, headlines, per-image lists and pooled detection.
    ///
    /// Undefined values are `null` and listed under `nan` / `raises` by their path, as in the
    /// fixtures; `explain` adds nucbench's reasons.
    ///
    /// - Parameters:
    ///   - radii: The matching radii used, for the record.
    ///   - explain: Whether to add a reason for every undefined value.
    /// - Returns: The report.
    public func report(radii: [MatchRadius], explain: Bool) -> JSON {
        var undefined = UndefinedFields()
        let headlineValues: [JSON] = headlines.enumerated().map { position, headline in
            .object([
                ("metric", .string(headline.metric.description)),
                ("fold", headline.fold.map(JSON.int) ?? .null),
                ("value", undefined.number(headline.value, field: "headlines[\(position)].value")),
                ("used", .int(headline.used)), ("skipped", .int(headline.skipped)), ("unit", .string(headline.unit)),
            ])
        }
        let lists: [(String, JSON)] = perImage.sorted { $0.key < $1.key }.map { metric, list in
            let values = zip(list.indices, list.values).map { index, value in
                JSON.array([.int(index), undefined.number(value, field: "per_image.\(metric)[\(index)]")])
            }
            return (metric.description, .array(values))
        }
        var members: [(String, JSON)] = [
            ("protocol", .string(`protocol`.rawValue)), ("revision", .string(`protocol`.revision)),
            ("aggregation", .string(`protocol`.aggregation)), ("empty_images", .string(`protocol`.emptyImagePolicy)),
            ("images", .int(imageCount)),
            (
                "match_radius",
                .array(
                    radii.map {
                        .object([
                            ("px", .double($0.pixels)), ("um", $0.microns.map(JSON.double) ?? .null),
                            ("source", .string($0.source)),
                        ])
                    })
            ),
            ("headlines", .array(headlineValues)), ("per_image", .object(lists)),
        ]
        if let detection {
            members.append(("detection", detectionReport(detection, undefined: &undefined)))
        }
        if let prompter, let prompterCounts {
            members.append(
                (
                    "prompter",
                    .object([
                        ("matched", .int(prompterCounts.detection.matched)),
                        ("predictions", .int(prompterCounts.detection.predictions)),
                        ("ground_truth", .int(prompterCounts.detection.groundTruth)),
                        ("precision", .double(prompter.detection.precision)),
                        ("recall", .double(prompter.detection.recall)), ("f1", .double(prompter.detection.f1)),
                        ("mean_class_f1", undefined.number(prompter.meanClassF1, field: "prompter.mean_class_f1")),
                    ])
                ))
        }
        members += undefined.members(explain: explain)
        return .object(members)
    }

    /// Pooled counts, HoVer-Net's vector and precision / recall / F1 overall and per class.
    private func detectionReport(_ detection: Detection, undefined: inout UndefinedFields) -> JSON {
        var members: [(String, JSON)] = [
            ("tp", .int(detection.counts.truePositives)), ("fp", .int(detection.counts.falsePositives)),
            ("fn", .int(detection.counts.falseNegatives)),
        ]
        switch detection.hoverNet {
        case .success(let statistics):
            members.append(("types", .array(statistics.types.map(JSON.int))))
            members.append(
                (
                    "hovernet_vector",
                    .array(
                        statistics.vector.enumerated().map {
                            undefined.number($1, field: "detection.hovernet_vector[\($0)]")
                        })
                ))
        case .failure(let reason):
            undefined.note(reason, field: "detection.hovernet_vector")
            members.append(("hovernet_vector", .null))
        }
        switch detection.scores {
        case .success(let scores):
            members.append(("precision", undefined.number(scores.precision, field: "detection.precision")))
            members.append(("recall", undefined.number(scores.recall, field: "detection.recall")))
            members.append(("f1", undefined.number(scores.f1, field: "detection.f1")))
            let perClass: [(String, JSON)] = detection.classes.map { type in
                let field = "detection.per_class.\(type)"
                guard let typeScores = scores.perType[type] else { return (String(type), .null) }
                return (
                    String(type),
                    .object([
                        ("precision", undefined.number(typeScores.precision, field: field + ".precision")),
                        ("recall", undefined.number(typeScores.recall, field: field + ".recall")),
                        ("f1", undefined.number(typeScores.f1, field: field + ".f1")),
                    ])
                )
            }
            members.append(("per_class", .object(perClass)))
        case .failure(let reason):
            undefined.note(reason, field: "detection.f1")
            members.append(("f1", .null))
        }
        return .object(members)
    }
}
