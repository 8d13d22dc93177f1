/// `nucbench metrics detection`: HoVer-Net's type statistics and CellViT's P/R/F1 of a point set.
///
/// Input layout (that of `fixtures/metrics/detection/*.json`):
/// `{"radius": 12, "exhaustive": bool, "images": [{"gt": [[x, y, type], …], "pred": [[x, y, type], …]}, …]}`.
/// Output: `hovernet_vector types tp fp fn cellvit` (+ `raises`, `nan` where needed).
public enum DetectionCalculator {
    /// One image's points.
    struct Image {
        let groundTruth: [TypedPoint]
        let predictions: [TypedPoint]
    }

    /// Scores a detection set file.
    ///
    /// - Parameters:
    ///   - path: The JSON set.
    ///   - explain: Whether to add nucbench's reason for every undefined value.
    /// - Returns: The result object.
    /// - Throws: `InputError` naming the file and the offending entry.
    public static func run(path: String, explain: Bool) throws -> JSON {
        let document = try JSON.read(path: path)
        let radius = try number(document["radius"] ?? .number("12"), what: "radius", path: path)
        guard radius >= 0 else { throw InputError("radius must be non-negative, found \(radius)", file: path) }
        let exhaustive = document["exhaustive"]?.bool ?? true
        guard let imageValues = document["images"]?.elements else {
            throw InputError("expected an \"images\" array", file: path)
        }
        let images = try imageValues.enumerated().map { index, value in
            Image(
                groundTruth: try points(value["gt"], what: "images[\(index)].gt", path: path),
                predictions: try points(value["pred"], what: "images[\(index)].pred", path: path)
            )
        }
        let hovernet = try pooled(images, radius: radius, precision: .float32)
        let cellvit = try pooled(images, radius: radius, precision: .float64)
        var undefined = UndefinedFields()
        let statistics = HoVerNetTypeStatistics.statistics(of: hovernet, exhaustive: exhaustive)
        let vector: JSON
        switch statistics {
        case .success(let statistics):
            vector = .array(
                statistics.vector.enumerated().map { index, entry in
                    undefined.number(entry, field: "hovernet_vector[\(index)]")
                })
        case .failure(let reason):
            undefined.note(reason, field: "hovernet_vector")
            vector = .null
        }
        var members: [(String, JSON)] = [
            ("hovernet_vector", vector),
            ("types", .array(hovernet.groundTruthTypes.map(JSON.int))),
            ("tp", .int(hovernet.truePositives)), ("fp", .int(hovernet.falsePositives)),
            ("fn", .int(hovernet.falseNegatives)),
            (
                "cellvit",
                undefined.value(CellViTDetectionScores.scores(of: cellvit), field: "cellvit") {
                    cellViTObject($0, explain: explain)
                }
            ),
        ]
        members += undefined.members(explain: explain)
        return .object(members)
    }

    // MARK: - Pieces

    private static func cellViTObject(_ scores: CellViTDetectionScores, explain: Bool) -> JSON {
        func scoreObject(_ values: [(String, MetricResult<Double>)]) -> [(String, JSON)] {
            var undefined = UndefinedFields()
            return values.map { ($0.0, undefined.number($0.1, field: $0.0)) } + undefined.members(explain: explain)
        }
        let perType = scores.perType.keys.sorted().compactMap { type -> (String, JSON)? in
            guard let typeScores = scores.perType[type] else { return nil }
            return (
                String(type),
                .object(
                    scoreObject([
                        ("precision", typeScores.precision), ("recall", typeScores.recall), ("f1", typeScores.f1),
                    ]))
            )
        }
        return .object(
            scoreObject([("precision", scores.precision), ("recall", scores.recall), ("f1", scores.f1)])
                + [("per_type", .object(perType))]
        )
    }

    private static func pooled(_ images: [Image], radius: Double, precision: CoordinatePrecision) throws
        -> DetectionCounts
    {
        try images.reduce(DetectionCounts.zero) { total, image in
            total
                + (try DetectionCounts.image(
                    groundTruth: image.groundTruth, predictions: image.predictions, radius: radius, precision: precision
                ).get())
        }
    }

    private static func number(_ value: JSON, what: String, path: String) throws -> Double {
        guard let number = value.double, number.isFinite else {
            throw InputError("\(what) must be a finite number", file: path)
        }
        return number
    }

    private static func points(_ value: JSON?, what: String, path: String) throws -> [TypedPoint] {
        guard let entries = value?.elements else {
            throw InputError("\(what) must be an array of [x, y, type]", file: path)
        }
        return try entries.enumerated().map { index, entry in
            guard let numbers = entry.elements, numbers.count == 3,
                let x = numbers[0].double, let y = numbers[1].double, x.isFinite, y.isFinite,
                let type = numbers[2].int
            else {
                throw InputError(
                    "\(what)[\(index)] must be [x, y, type] with finite x, y and an integer type", file: path)
            }
            return TypedPoint(Point(x: x, y: y), type: type)
        }
    }
}
