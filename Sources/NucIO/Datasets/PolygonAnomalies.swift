/// The anomalies of rasterised annotation polygons: overlaps, nuclei painted over, and
/// regions too small to draw.
enum PolygonAnomalies {
    /// Pairs listed by name in an overlap anomaly before the rest are only counted.
    static let listedPairs = 5

    /// Summarises a rasterisation report.
    ///
    /// - Parameters:
    ///   - report: What rasterising did.
    ///   - sample: The sample's name.
    ///   - file: The annotation file.
    /// - Returns: At most one anomaly of each kind, in a fixed order.
    static func anomalies(of report: RasterizationReport, sample: String, file: String) -> [DatasetAnomaly] {
        var found: [DatasetAnomaly] = []
        if !report.overlaps.isEmpty {
            let listed = report.overlaps.prefix(listedPairs).map { "\($0.first)&\($0.second) (\($0.pixels) px)" }
            let more = report.overlaps.count > listedPairs ? ", …" : ""
            found.append(
                DatasetAnomaly(
                    .overlappingPolygons, sample: sample, file: file,
                    detail: "\(report.overlaps.count) pairs of regions overlap, \(report.lostPixels) pixels "
                        + "painted over: \(listed.joined(separator: ", "))\(more)"))
        }
        let hidden = report.hiddenRegions
        if !hidden.isEmpty {
            found.append(
                DatasetAnomaly(
                    .overwrittenInstance, sample: sample, file: file,
                    detail: "regions \(hidden) are painted over completely (or lie outside the image)"))
        }
        if !report.skippedRegions.isEmpty {
            found.append(
                DatasetAnomaly(
                    .degenerateRegion, sample: sample, file: file,
                    detail: "regions \(report.skippedRegions.map(\.number)) have fewer than three vertices; skipped"))
        }
        return found
    }
}
