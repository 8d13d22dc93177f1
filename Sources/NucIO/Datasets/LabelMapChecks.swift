/// The anomalies any instance map can show: no nucleus, no background, or ids with gaps.
enum LabelMapChecks {
    /// Checks a decoded map.
    ///
    /// - Parameters:
    ///   - map: The map, with its original ids.
    ///   - sample: The sample's name.
    ///   - file: The label file.
    ///   - checkIds: Whether ids other than 1…n are unusual for this format (true for
    ///     stored instance maps; PanNuke's per-channel ids are arbitrary).
    /// - Returns: The anomalies found, in a fixed order.
    static func anomalies(of map: InstanceMap, sample: String, file: String, checkIds: Bool) -> [DatasetAnomaly] {
        var found: [DatasetAnomaly] = []
        if map.count == 0 {
            found.append(DatasetAnomaly(.emptyImage, sample: sample, file: file, detail: "no nucleus"))
        }
        if !map.hasBackground, map.pixelCount > 0 {
            found.append(
                DatasetAnomaly(
                    .missingBackground, sample: sample, file: file,
                    detail: "no background (0) pixel; HoVer-Net's remap_label raises ValueError"))
        }
        if checkIds, let largest = map.ids.last, largest != Int64(map.count) {
            let missing = largest - Int64(map.count)
            found.append(
                DatasetAnomaly(
                    .nonContiguousIds, sample: sample, file: file,
                    detail: "\(map.count) instances with ids up to \(largest) (\(missing) ids unused)"))
        }
        return found
    }
}
