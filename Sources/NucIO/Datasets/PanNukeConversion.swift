/// PromptNucSeg's conversion of one PanNuke mask to a global instance map and a class map.
///
/// Reference: windygoo/PromptNucSeg `segmentor/datasets/pannuke/extract_data.py` at
/// 4afbf26 (promptnucseg spec §5.1). For channels k = 0…4: `remap_label` the channel
/// (distinct non-zero values ascending → 1…m), add the running count of instances so far,
/// and write where the channel is non-zero (later channels win); then `remap_label` the
/// result. The class map is `(k + 1) · clip(value, 0, 1)` truncated to int32, written where
/// non-zero, later channels winning. Values compare as stored, like numpy's `np.unique`.
struct PanNukeConversion {
    /// The global instance map (ids are the pre-remap composed ids).
    let instances: InstanceMap
    /// The class map, row-major, 0…5.
    let classes: [Int32]
    /// Pixels labelled in two or more channels.
    let overlapPixels: Int
    /// Distinct pairs of nuclei in different channels that share a pixel, as
    /// (channel, value, later channel, later value), in order of discovery.
    let sharedNuclei: [(Int, Double, Int, Double)]
    /// Instances assigned by the per-channel remap that no pixel of the result keeps.
    let overwrittenCount: Int

    /// Converts the five class channels of one image.
    ///
    /// - Parameters:
    ///   - channels: Five row-major channels of `height × width` values.
    ///   - height: Rows.
    ///   - width: Columns.
    /// - Throws: `InputError` for a value that is NaN or infinite.
    /// - Complexity: O(pixels · log m) per channel for m distinct values.
    init(channels: [[Double]], height: Int, width: Int) throws {
        let pixelCount = height * width
        var composed = [Int64](repeating: 0, count: pixelCount)
        var owner = [Int8](repeating: -1, count: pixelCount)
        var ownerValue = [Double](repeating: 0, count: pixelCount)
        var classes = [Int32](repeating: 0, count: pixelCount)
        var running: Int64 = 0
        var overlapPixels = 0
        var shared: [(Int, Double, Int, Double)] = []
        var seenPairs = Set<[UInt64]>()
        for (channel, values) in channels.enumerated() {
            let distinct = try Self.distinctNonZero(values, channel: channel)
            let classValue = Double(channel + 1)
            var cachedValue = Double.nan
            var cachedIndex: Int64 = 0
            for pixel in 0..<pixelCount {
                let value = values[pixel]
                guard value != 0 else { continue }
                if value != cachedValue {
                    cachedValue = value
                    cachedIndex = Int64(distinct.lowerBound(of: value)) + 1
                }
                if owner[pixel] >= 0 {
                    overlapPixels += 1
                    let key = [
                        UInt64(owner[pixel]), ownerValue[pixel].bitPattern, UInt64(channel), value.bitPattern,
                    ]
                    if seenPairs.insert(key).inserted {
                        shared.append((Int(owner[pixel]), ownerValue[pixel], channel, value))
                    }
                }
                owner[pixel] = Int8(channel)
                ownerValue[pixel] = value
                composed[pixel] = cachedIndex + running
                let typed = Int32(classValue * min(max(value, 0), 1))
                if typed != 0 { classes[pixel] = typed }
            }
            running += Int64(distinct.count)
        }
        instances = try InstanceMap(height: height, width: width, labels: composed)
        self.classes = classes
        self.overlapPixels = overlapPixels
        self.sharedNuclei = shared
        self.overwrittenCount = Int(running) - instances.count
    }

    /// The anomalies this conversion found in sample `name`.
    ///
    /// - Parameters:
    ///   - name: The sample's name.
    ///   - file: The masks file.
    /// - Returns: A channel-overlap anomaly per pair of nuclei sharing pixels, then one for
    ///   instances painted over completely.
    func anomalies(sample name: String, file: String) -> [DatasetAnomaly] {
        var found = sharedNuclei.map { first, firstValue, second, secondValue in
            DatasetAnomaly(
                .channelOverlap, sample: name, file: file,
                detail: "nucleus \(Self.format(firstValue)) of channel \(first) (\(Self.channelNames[first])) "
                    + "shares pixels with nucleus \(Self.format(secondValue)) of channel \(second) "
                    + "(\(Self.channelNames[second])); the later channel wins")
        }
        if overwrittenCount > 0 {
            found.append(
                DatasetAnomaly(
                    .overwrittenInstance, sample: name, file: file,
                    detail: "\(overwrittenCount) nuclei are painted over completely by later channels "
                        + "and vanish from the global instance map"))
        }
        return found
    }

    /// Channel names in order, as the PanNuke README spells them.
    static let channelNames = ["Neoplastic", "Inflammatory", "Connective", "Dead", "Epithelial"]

    // MARK: - Helpers

    private static func distinctNonZero(_ values: [Double], channel: Int) throws -> [Double] {
        var distinct = Set<Double>()
        var previous = 0.0
        for (pixel, value) in values.enumerated() where value != 0 && value != previous {
            guard value.isFinite else {
                throw InputError("channel \(channel) pixel \(pixel) holds \(value); labels must be finite")
            }
            distinct.insert(value)
            previous = value
        }
        return distinct.sorted()
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
