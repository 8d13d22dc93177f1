import Dispatch

/// `nucbench datasets bench`: how fast a dataset's ground truth streams from disk (or the
/// page cache).
///
/// Two passes over the first `limit` samples, each timed separately: `read` reads every
/// label file's bytes as numbers (for PanNuke, `masks.npy` one image slice at a time),
/// and `decode` builds every sample's labels (`DatasetSample.labels()`: channels,
/// PromptNucSeg's instance and class maps, anomaly checks). Throughput is the stored label
/// bytes divided by the wall time.
public enum DatasetStreamingBenchmark {
    /// Streams a dataset's labels twice and times it.
    ///
    /// - Parameters:
    ///   - path: The dataset folder.
    ///   - layout: Its layout, or nil to detect it.
    ///   - limit: How many samples to stream, or nil for all.
    ///   - threads: Worker threads.
    /// - Returns: `{"layout", "samples", "label_bytes", "read": {"seconds", "gb_per_s"},
    ///   "decode": {…}, "threads"}`.
    /// - Throws: `InputError` for an unrecognised or unreadable dataset.
    public static func run(path: String, layout: DatasetLayout?, limit: Int?, threads: Int) throws -> JSON {
        let dataset = try Dataset.open(path: path, layout: layout)
        let count = min(limit ?? dataset.count, dataset.count)
        let samples = Array(dataset.prefix(count))
        let bytes = try samples.reduce(0) { $0 + (try labelBytes(of: $1.metadata)) }
        let (readSeconds, _) = try timed {
            try parallelMap(count: count, threads: threads) { index in try readNumbers(samples[index].metadata) }
        }
        let (decodeSeconds, _) = try timed {
            try parallelMap(count: count, threads: threads) { index in try samples[index].labels().instances.count }
        }
        func rate(_ seconds: Double) -> JSON {
            .object([
                ("seconds", .double(seconds)),
                ("gb_per_s", .double(seconds > 0 ? Double(bytes) / seconds / 1e9 : 0)),
            ])
        }
        return .object([
            ("layout", .string(dataset.layout.rawValue)), ("samples", .int(count)), ("label_bytes", .int(bytes)),
            ("threads", .int(threads)), ("read", rate(readSeconds)), ("decode", rate(decodeSeconds)),
        ])
    }

    /// Bytes of labels a sample stores: its slice of a stacked file, or its whole file.
    private static func labelBytes(of sample: SampleMetadata) throws -> Int {
        let file = try NpyFile(path: sample.labelPath)
        guard sample.index != nil, let images = file.shape.first, images > 0 else {
            return file.count * file.dtype.itemSize
        }
        return file.count / images * file.dtype.itemSize
    }

    /// Reads a sample's stored label numbers without interpreting them.
    private static func readNumbers(_ sample: SampleMetadata) throws -> Int {
        try NpyFile(path: sample.labelPath).doubleValues(slice: sample.index).count
    }

    private static func timed<Result>(_ body: () throws -> Result) throws -> (Double, Result) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }
}
