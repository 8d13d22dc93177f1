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
        let (height, width, channelCount) = (file.shape[1], file.shape[2], file.shape[3])
        let values = try file.doubleValues(slice: image)
        var labels = [Int64](repeating: 0, count: height * width)
        var classes = [Int64](repeating: 0, count: height * width)
        var running: Int64 = 0
        for channel in 0..<PanNukeClass.allCases.count {
            var distinct = Set<Double>()
            for pixel in 0..<(height * width) {
                let value = values[pixel * channelCount + channel]
                guard value.isFinite, value >= 0 else {
                    throw InputError(
                        "image \(image): channel \(channel) holds \(value) at pixel \(pixel); "
                            + "instance ids must be non-negative numbers",
                        file: file.path)
                }
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
