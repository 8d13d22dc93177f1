import Foundation
import NucCore
import NucIO

/// One synthetic image with exact ground truth: nuclei placed in clusters, their polygons
/// rasterised into an instance map, and the image rendered from that map.
///
/// Ground truth is the polygons rasterised exactly as nucbench reads MoNuSeg XML
/// (`MoNuSegAnnotation.rasterize`, HoVer-Net's Kumar convention): vertices rounded, outlines
/// filled as OpenCV's `fillPoly`, overlaps resolved by `PaintOrder.hoverNetKumar` (ascending
/// area × min(region number, 255), later on top). Regions are numbered in placement order.
/// A nucleus entirely covered by others is in `polygons` but has no instance. The image is
/// drawn from the instance map, so every visible pixel of a nucleus is labelled with it.
struct SyntheticTile: Sendable {
    /// Every nucleus, in placement (region) order.
    let nuclei: [SyntheticNucleus]
    /// The rasterised instances; `ids` are region numbers (1-based indices into `nuclei`).
    let instances: InstanceMap
    /// The rendered image.
    let image: RGBImage

    /// The class of each instance, in `instances.ids` order.
    var instanceKinds: [NucleusKind] {
        instances.ids.map { nuclei[Int($0) - 1].kind }
    }

    /// Each instance's centroid (mean pixel column and row), in `instances.ids` order.
    var centroids: [Point] {
        var sums = [(x: Double, y: Double, count: Double)](repeating: (0, 0, 0), count: instances.count)
        for row in 0..<instances.height {
            for column in 0..<instances.width {
                let rank = Int(instances.indices[row * instances.width + column])
                guard rank > 0 else { continue }
                sums[rank - 1].x += Double(column)
                sums[rank - 1].y += Double(row)
                sums[rank - 1].count += 1
            }
        }
        return sums.map { Point(x: $0.x / $0.count, y: $0.y / $0.count) }
    }

    /// Generates a tile.
    ///
    /// - Parameters:
    ///   - height: Rows.
    ///   - width: Columns.
    ///   - random: The generator; the tile depends only on its state.
    /// - Throws: `InputError` if the generated annotation cannot be read back (a defect).
    init(height: Int, width: Int, random: inout SplitMix64) throws {
        let placed = Self.placeNuclei(height: height, width: width, random: &random)
        let document = MoNuSegAnnotationWriter.document(regions: placed.map(\.polygon))
        let annotation = try MoNuSegAnnotation.parse(document, file: "synthetic annotation")
        let rasterized = annotation.rasterize(height: height, width: width, order: .hoverNetKumar).instances
        let kinds = rasterized.ids.map { placed[Int($0) - 1].kind }
        nuclei = placed
        instances = rasterized
        image = StainRenderer(height: height, width: width, random: &random).render(rasterized, kinds: kinds)
    }

    // MARK: - Placement

    /// Clusters of one to six nuclei, neighbours 0.6–1.05 × the sum of their radii apart so
    /// that they touch or overlap; the first cluster always has an overlapping pair.
    private static func placeNuclei(height: Int, width: Int, random: inout SplitMix64) -> [SyntheticNucleus] {
        let weights = NucleusKind.allCases.map { _ in 0.05 + random.unit() * random.unit() }
        let target = max(2, height * width / 2_400)
        var nuclei: [SyntheticNucleus] = []
        var attempts = 0
        while nuclei.count < target && attempts < target * 8 {
            attempts += 1
            let kind = pick(weights, &random)
            var previous = SyntheticNucleus(
                kind: kind, x: random.uniform(0, Double(width)), y: random.uniform(0, Double(height)),
                height: height, width: width, random: &random)
            guard isFree(previous, among: nuclei) else { continue }
            nuclei.append(previous)
            let members = nuclei.count == 1 ? 3 : 1 + random.index(below: 6)
            for member in 1..<members {
                let memberKind = random.unit() < 0.75 ? kind : pick(weights, &random)
                let spacing = nuclei.count == 1 && member == 1 ? 0.7 : random.uniform(0.6, 1.05)
                let angle = random.uniform(0, 2 * Double.pi)
                let reach = (previous.radius + memberKind.majorRadius.upperBound) * spacing
                let (x, y) = (previous.x + reach * cos(angle), previous.y + reach * sin(angle))
                guard x >= 0, y >= 0, x < Double(width), y < Double(height) else { continue }
                let next = SyntheticNucleus(
                    kind: memberKind, x: x, y: y, height: height, width: width, random: &random)
                guard isFree(next, among: nuclei) || member == 1 && nuclei.count == 1 else { continue }
                nuclei.append(next)
                previous = next
            }
        }
        return nuclei
    }

    /// Whether no earlier nucleus's centre lies within the larger of the two radii, so that
    /// neither hides the other.
    private static func isFree(_ nucleus: SyntheticNucleus, among nuclei: [SyntheticNucleus]) -> Bool {
        nuclei.allSatisfy { other in
            let distance =
                ((nucleus.x - other.x) * (nucleus.x - other.x) + (nucleus.y - other.y) * (nucleus.y - other.y))
                .squareRoot()
            return distance >= max(nucleus.radius, other.radius)
        }
    }

    private static func pick(_ weights: [Double], _ random: inout SplitMix64) -> NucleusKind {
        var remaining = random.unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            remaining -= weight
            if remaining < 0 { return NucleusKind.allCases[index] }
        }
        return .epithelial
    }
}
