/// `nucbench datasets inspect`: what a dataset folder holds and what is unusual about it.
///
/// Reads every sample's labels (and, unless told not to, its image) once, in parallel, and
/// reports the layout, counts per split, stored types, image sizes, instance counts and
/// every anomaly: files that could not be paired, images without nuclei, ids that are not
/// 1…n, label maps without background, PanNuke nuclei in two channels or painted over,
/// and images whose size differs from their labels'.
public enum DatasetInspection {
    /// Inspects a dataset folder.
    ///
    /// - Parameters:
    ///   - path: The folder.
    ///   - layout: Its layout, or nil to detect it.
    ///   - catalog: The cards, for pixel sizes and names; nil to go without.
    ///   - checkImages: Whether to decode every image and compare its size with its labels.
    ///   - threads: Worker threads.
    /// - Returns: The report.
    /// - Throws: `InputError` naming the file when the layout is not recognised or a file
    ///   cannot be read.
    public static func run(
        path: String, layout: DatasetLayout?, catalog: DatasetCatalog?, checkImages: Bool, threads: Int
    ) throws -> JSON {
        let layout = try layout ?? DatasetLayout.detect(path: path)
        let card = catalog?.card(named: layout.cardName)
        let dataset = try Dataset.open(path: path, layout: layout, card: card)
        let summaries = try parallelMap(count: dataset.count, threads: threads) { index in
            try SampleSummary(dataset[index], checkImage: checkImages)
        }
        let anomalies = dataset.anomalies + summaries.flatMap(\.anomalies)
        var members: [(String, JSON)] = [
            ("root", .string(path)),
            ("layout", .string(layout.rawValue)),
            ("card", card.map { .string($0.name) } ?? .null),
            ("samples", .int(dataset.count)),
            ("splits", .object(dataset.splitCounts.map { ($0.split, .int($0.count)) })),
        ]
        if !dataset.arrays.isEmpty {
            members.append(("arrays", .array(dataset.arrays.map(arrayObject))))
        }
        members += [
            ("label_types", tally(summaries.map(\.storedType))),
            ("sizes", tally(summaries.map { "\($0.height)×\($0.width)" })),
            ("micrometres_per_pixel", tally(dataset.map { $0.metadata.micronsPerPixel.map { "\($0)" } ?? "unknown" })),
            ("instances", instanceSummary(summaries)),
        ]
        if let perClass = classSummary(summaries, card: card) { members.append(("instances_per_class", perClass)) }
        members += [
            ("anomaly_counts", tally(anomalies.map(\.kind.rawValue))),
            ("anomalies", .array(anomalies.map(anomalyObject))),
        ]
        return .object(members)
    }

    // MARK: - Report parts

    private static func instanceSummary(_ summaries: [SampleSummary]) -> JSON {
        let counts = summaries.map(\.instanceCount)
        var perSplit: [(String, Int)] = []
        for summary in summaries {
            if let position = perSplit.firstIndex(where: { $0.0 == summary.split }) {
                perSplit[position].1 += summary.instanceCount
            } else {
                perSplit.append((summary.split, summary.instanceCount))
            }
        }
        return .object([
            ("total", .int(counts.reduce(0, +))),
            ("min_per_image", counts.min().map(JSON.int) ?? .null),
            ("max_per_image", counts.max().map(JSON.int) ?? .null),
            ("per_split", .object(perSplit.map { ($0.0, .int($0.1)) })),
        ])
    }

    private static func classSummary(_ summaries: [SampleSummary], card: DatasetCard?) -> JSON? {
        let perImage = summaries.compactMap(\.channelInstances)
        guard let first = perImage.first else { return nil }
        let totals = perImage.dropFirst().reduce(first) { zip($0, $1).map(+) }
        let names = card?.classes.filter { !$0.ignored }.map(\.name) ?? []
        return .object(
            totals.enumerated().map { channel, total in
                (channel < names.count ? names[channel] : "channel \(channel)", .int(total))
            })
    }

    private static func tally(_ values: [String]) -> JSON {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return .object(order.map { ($0, .int(counts[$0] ?? 0)) })
    }

    private static func arrayObject(_ array: DatasetArray) -> JSON {
        .object([
            ("path", .string(array.path)), ("dtype", .string(array.dtype)),
            ("shape", .array(array.shape.map(JSON.int))),
        ])
    }

    /// One anomaly as a JSON object; unknown parts are `null`.
    ///
    /// - Parameter anomaly: The anomaly.
    /// - Returns: `{"kind", "sample", "file", "detail"}`.
    static func anomalyObject(_ anomaly: DatasetAnomaly) -> JSON {
        .object([
            ("kind", .string(anomaly.kind.rawValue)),
            ("sample", anomaly.sample.map(JSON.string) ?? .null),
            ("file", anomaly.file.map(JSON.string) ?? .null),
            ("detail", .string(anomaly.detail)),
        ])
    }
}

/// What inspection keeps of one sample.
private struct SampleSummary: Sendable {
    let split: String
    let height: Int
    let width: Int
    let instanceCount: Int
    let storedType: String
    let channelInstances: [Int]?
    let anomalies: [DatasetAnomaly]

    init(_ sample: DatasetSample, checkImage: Bool) throws {
        let labels = try sample.labels()
        split = sample.metadata.split
        height = labels.instances.height
        width = labels.instances.width
        instanceCount = labels.instances.count
        storedType = labels.storedType
        channelInstances = labels.classChannels?.map { Set($0.filter { $0 != 0 }).count }
        var anomalies = labels.anomalies
        if checkImage {
            let image = try sample.image()
            if image.height != height || image.width != width {
                anomalies.append(
                    DatasetAnomaly(
                        .sizeMismatch, sample: sample.metadata.name, file: sample.metadata.imagePath,
                        detail: "image is \(image.height)×\(image.width) but its labels are \(height)×\(width)"))
            }
        }
        self.anomalies = anomalies
    }
}
