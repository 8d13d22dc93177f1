/// One PanNuke mask merged into a single instance map and a class map.
///
/// The merge is PanNuke-metrics' `binarize` (metrics spec §9.2): channels 0 → 4, within a
/// channel the distinct non-zero values ascending get the next value of a running counter,
/// later channels overwrite earlier ones on shared pixels; values compare as stored. Here
/// the result is then remapped (`InstanceMap` compacts the ids, so a nucleus painted over
/// completely simply disappears), and the class of a pixel is 1 + the channel that painted
/// it last. This is the CoNIC input layout (instance map, class map) and the map HoVer-Net
/// style binary PQ compares.
struct PanNukeMergedLabels: Sendable {
    /// The merged, remapped instance map.
    let instances: InstanceMap
    /// Class of each pixel, row-major: 0 background, c + 1 for channel c.
    let classes: [Int64]

    /// Reads and merges the class channels of one image of a masks file.
    ///
    /// - Parameters:
    ///   - file: PanNuke masks (N, H, W, C ≥ 5).
    ///   - image: The image.
    /// - Throws: `InputError` naming the file and image for a negative, NaN or infinite value.
    init(file: NpyFile, image: Int) throws {
        try self.init(
            values: try file.doubleValues(slice: image), channelCount: file.shape[3], height: file.shape[1],
            width: file.shape[2]
        ) { channel, pixel, value in
            InputError(
                "image \(image): channel \(channel) holds \(value) at pixel \(pixel); "
                    + "instance ids must be non-negative numbers",
                file: file.path)
        }
    }

    /// Merges five class channels given as row-major planes (a per-image prediction's
    /// `PanNukeDirectoryEvaluation.channelValues`).
    ///
    /// - Parameters:
    ///   - channels: One plane of instance ids per class, each `height × width`.
    ///   - height: Rows.
    ///   - width: Columns.
    /// - Throws: `InputError` for a negative or non-finite id.
    init(channels: [[Double]], height: Int, width: Int) throws {
        var values = [Double](repeating: 0, count: height * width * channels.count)
        for (channel, plane) in channels.enumerated() {
            for pixel in 0..<(height * width) { values[pixel * channels.count + channel] = plane[pixel] }
        }
        try self.init(values: values, channelCount: channels.count, height: height, width: width) {
            channel, pixel, value in
            InputError("channel \(channel) holds \(value) at pixel \(pixel); ids must be non-negative")
        }
    }

    /// The merge of pixel-interleaved values (`values[pixel · channelCount + channel]`).
    private init(
        values: [Double], channelCount: Int, height: Int, width: Int,
        invalid: (_ channel: Int, _ pixel: Int, _ value: Double) -> InputError
    ) throws {
        var labels = [Int64](repeating: 0, count: height * width)
        var classes = [Int64](repeating: 0, count: height * width)
        var running: Int64 = 0
        for channel in 0..<PanNukeClass.allCases.count {
            var distinct = Set<Double>()
            for pixel in 0..<(height * width) {
                let value = values[pixel * channelCount + channel]
                guard value.isFinite, value >= 0 else { throw invalid(channel, pixel, value) }
                if value != 0 { distinct.insert(value) }
            }
            var counter: [Double: Int64] = [:]
            for (offset, value) in distinct.sorted().enumerated() { counter[value] = running + Int64(offset) + 1 }
            for pixel in 0..<(height * width) {
                guard let label = counter[values[pixel * channelCount + channel]] else { continue }
                labels[pixel] = label
                classes[pixel] = Int64(channel + 1)
            }
            running += Int64(distinct.count)
        }
        instances = try InstanceMap(height: height, width: width, labels: labels)
        self.classes = classes
    }
}
