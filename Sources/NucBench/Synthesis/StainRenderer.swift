import Foundation
import NucCore

/// Renders an H&E-like image from an instance map by Beer–Lambert stain mixing.
///
/// Each pixel's optical density is `h · H + e · E` for the haematoxylin and eosin colour
/// vectors `H`, `E` (Ruifrok & Johnston 2001, perturbed per image for stain variation);
/// its colour is `255 · exp(−OD)`. Stroma is eosin with streaky fibre texture, patchy
/// density and a few pale gaps; nuclei are haematoxylin at their class's darkness with chromatin texture (fine
/// grain plus clumps) and a darker rim.
struct StainRenderer {
    private let haematoxylin: [Double]
    private let eosin: [Double]
    private let stromaDensity: Double
    private let stroma: ValueNoise
    private let fibres: ValueNoise
    private let chromatin: ValueNoise
    private var grain: SplitMix64

    /// Draws this image's stain vectors and textures.
    ///
    /// - Parameters:
    ///   - height: Image rows.
    ///   - width: Image columns.
    ///   - random: The generator.
    init(height: Int, width: Int, random: inout SplitMix64) {
        var local = SplitMix64(seed: random.next())
        haematoxylin = [0.65, 0.70, 0.29].map { $0 * local.uniform(0.85, 1.15) }
        eosin = [0.07, 0.99, 0.11].map { $0 * local.uniform(0.8, 1.2) }
        stromaDensity = local.uniform(0.3, 0.6)
        grain = SplitMix64(seed: local.next())
        let streak = local.uniform(3, 5)
        let (along, across) = local.unit() < 0.5 ? (streak * 5, streak) : (streak, streak * 5)
        stroma = ValueNoise(height: height, width: width, rowSpacing: 48, columnSpacing: 48, random: &local)
        fibres = ValueNoise(height: height, width: width, rowSpacing: along, columnSpacing: across, random: &local)
        chromatin = ValueNoise(height: height, width: width, rowSpacing: 2.5, columnSpacing: 2.5, random: &local)
    }

    /// The image for `instances`.
    ///
    /// - Parameters:
    ///   - instances: The instance map, of the size given to `init`.
    ///   - kinds: The class of each instance, in `instances.ids` order.
    /// - Returns: The RGB image.
    func render(_ instances: InstanceMap, kinds: [NucleusKind]) -> RGBImage {
        var grain = grain
        let (height, width) = (instances.height, instances.width)
        var samples = [UInt8](repeating: 0, count: height * width * 3)
        for row in 0..<height {
            for column in 0..<width {
                let pixel = row * width + column
                let rank = Int(instances.indices[pixel])
                var (h, e): (Double, Double)
                if rank == 0 {
                    let smooth = stroma.value(row: row, column: column)
                    let gap = min(1, max(0, smooth - 0.12) / 0.2)
                    e = stromaDensity * gap * (0.45 + 0.35 * smooth + 0.5 * fibres.value(row: row, column: column))
                    h = 0.03 + 0.05 * smooth
                } else {
                    let kind = kinds[rank - 1]
                    let clumps = chromatin.value(row: row, column: column)
                    let texture = 1 + kind.chromatinContrast * (clumps - 0.5) * 1.6 + 0.15 * (grain.unit() - 0.5)
                    let rim = isBoundary(pixel, row: row, column: column, in: instances) ? 1.25 : 1
                    h = 0.9 * kind.darkness * texture * rim
                    e = kind == .dead ? 0.55 : 0.3
                }
                for channel in 0..<3 {
                    let density = h * haematoxylin[channel] + e * eosin[channel]
                    let value = 255 * exp(-density) + 6 * (grain.unit() - 0.5)
                    samples[pixel * 3 + channel] = UInt8(min(255, max(0, value.rounded())))
                }
            }
        }
        return RGBImage(height: height, width: width, samples: samples)
    }

    /// Whether a 4-neighbour of the pixel lies outside its instance or the image.
    private func isBoundary(_ pixel: Int, row: Int, column: Int, in instances: InstanceMap) -> Bool {
        let label = instances.indices[pixel]
        if row == 0 || column == 0 || row == instances.height - 1 || column == instances.width - 1 { return true }
        return instances.indices[pixel - 1] != label || instances.indices[pixel + 1] != label
            || instances.indices[pixel - instances.width] != label
            || instances.indices[pixel + instances.width] != label
    }
}
