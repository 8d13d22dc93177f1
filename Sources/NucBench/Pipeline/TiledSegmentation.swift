import NucCore
import NucEngine

/// PromptNucSeg's sliding-window segmentation of a large image (Kumar, CPM-17).
///
/// ref: PromptNucSeg fce0290 `segmentor/main.py: evaluate` (the non-PanNuke branch) and
/// `segmentor/utils.py: inference`; spec promptnucseg.md §4.3–4.5, §9.11. Steps:
/// 1. optional reflect-101 padding; tiles by `TileGrid`; every prompt goes to every tile holding it
///    (half-open);
/// 2. per tile: prompts with K nearest negatives plus a copy without them (K > 0); one decoder pass
///    (optionally averaged over six views); masks `logit > 0`; the 7 px tile-edge rule; survivors
///    ordered by descending IoU (the in-tile NMS at 1.0 only reorders);
/// 3. per prompt the first highest-IoU mask; box NMS over the rest; painting from the lowest score.
public struct TiledSegmentation: Sendable {
    /// The tiles over the (padded) image.
    public let grid: TileGrid
    /// The image's prompt indices each tile received.
    public let tilePrompts: [[Int]]
    /// The prompt lists sent to each tile, in tile coordinates.
    public let tileQueries: [[[PromptPoint]]]
    /// The masks surviving the edge rule: tiles in order, each tile's by descending IoU.
    public let candidates: [MaskCandidate]
    /// Indices into `candidates`: each prompt's best mask, in candidate order.
    public let perPromptBest: [Int]
    /// Indices into `candidates` kept by the box NMS, highest score first.
    public let keep: [Int]
    /// The instance map at the image's original size (row-major).
    public let instances: [Int32]

    /// Segments one image.
    ///
    /// - Parameters:
    ///   - image: The RGB image, at least 256×256 (after padding).
    ///   - prompts: The prompts in image pixel coordinates.
    ///   - settings: Tiling, negatives, NMS, padding and augmentation.
    ///   - segmenter: The segmentor.
    ///   - cache: The image's embedding cache (share it across runs of the same image and padding).
    /// - Throws: `InputError` when the image is too small or the segmentor fails.
    public init<Segmenter: PromptSegmenting>(
        image: RGBImage, prompts: [Point], settings: TiledSegmentationSettings, segmenter: Segmenter,
        cache: inout EmbeddingCache<Segmenter.Embedding>
    ) throws {
        let input = settings.padMultiple.map { image.reflectPadded(toMultipleOf: $0) } ?? image
        grid = try TileGrid(width: input.width, height: input.height, overlap: settings.overlap)
        let decoder = TileDecoder(segmenter: segmenter, augmentation: settings.augmentation)
        let imageBox = MaskBox(x1: 0, y1: 0, x2: image.width, y2: image.height)
        var tilePrompts: [[Int]] = []
        var tileQueries: [[[PromptPoint]]] = []
        var candidates: [MaskCandidate] = []
        for (tileIndex, tile) in grid.tiles.enumerated() {
            let inside = prompts.indices.filter { tile.contains(x: prompts[$0].x, y: prompts[$0].y) }
            let local = inside.map { Point(x: prompts[$0].x - Double(tile.x0), y: prompts[$0].y - Double(tile.y0)) }
            let withNegatives = settings.negatives.prompts(for: local)
            let queries =
                settings.negatives.count > 0
                ? withNegatives + NegativePrompts.withoutNegatives(withNegatives) : withNegatives
            tilePrompts.append(inside)
            tileQueries.append(queries)
            guard !queries.isEmpty else { continue }
            let output = try decoder.output(
                tile: try input.window(x: tile.x0, y: tile.y0, side: TileGrid.side), x: tile.x0, y: tile.y0,
                prompts: queries, cache: &cache)
            let cropBox = MaskBox(x1: tile.x0, y1: tile.y0, x2: tile.x1, y2: tile.y1)
            var tileCandidates: [MaskCandidate] = []
            let plane = TileGrid.side * TileGrid.side
            for slot in queries.indices {
                let mask = RegionMask(
                    logits: output.logits.elements[(slot * plane)..<((slot + 1) * plane)], side: TileGrid.side,
                    x: tile.x0, y: tile.y0)
                let box = mask.referenceBox(tileX: tile.x0, tileY: tile.y0)
                if Self.isNearTileEdge(box, crop: cropBox, image: imageBox, tolerance: settings.edgeTolerance) {
                    continue
                }
                tileCandidates.append(
                    MaskCandidate(
                        prompt: inside[slot % inside.count], tile: tileIndex, slot: slot, box: box,
                        score: output.iou[slot], mask: mask))
            }
            candidates += Self.byDescendingScore(tileCandidates)
        }
        self.tilePrompts = tilePrompts
        self.tileQueries = tileQueries
        self.candidates = candidates
        let best = Self.perPromptBest(candidates)
        let survivors = best.map { candidates[$0] }
        let kept = BoxSuppression.keep(
            boxes: survivors.map(\.box), scores: survivors.map(\.score), threshold: settings.iouThreshold
        ).map { best[$0] }
        perPromptBest = best
        keep = kept
        instances = InstancePainting.instances(
            candidates.map(\.mask), keep: kept, width: image.width, height: image.height)
    }

    /// SAM's `is_box_near_crop_edge` with `atol`: a box side within `tolerance` of the tile's side
    /// and not within `tolerance` of the image's side.
    static func isNearTileEdge(_ box: MaskBox, crop: MaskBox, image: MaskBox, tolerance: Int) -> Bool {
        let sides = [
            (box.x1, crop.x1, image.x1), (box.y1, crop.y1, image.y1), (box.x2, crop.x2, image.x2),
            (box.y2, crop.y2, image.y2),
        ]
        return sides.contains { value, tileSide, imageSide in
            abs(value - tileSide) <= tolerance && abs(value - imageSide) > tolerance
        }
    }

    /// A stable sort by descending score (the in-tile NMS at threshold 1.0 suppresses nothing).
    static func byDescendingScore(_ candidates: [MaskCandidate]) -> [MaskCandidate] {
        candidates.indices.sorted { a, b in
            candidates[a].score > candidates[b].score || (candidates[a].score == candidates[b].score && a < b)
        }.map { candidates[$0] }
    }

    /// The reference's "first-aspect NMS": per prompt, the first candidate with the highest score
    /// (`np.argmax`, NaN counting as highest), listed in candidate order.
    static func perPromptBest(_ candidates: [MaskCandidate]) -> [Int] {
        var best: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            guard let current = best[candidate.prompt] else {
                best[candidate.prompt] = index
                continue
            }
            let held = candidates[current].score
            if !held.isNaN && (candidate.score.isNaN || candidate.score > held) { best[candidate.prompt] = index }
        }
        return best.values.sorted()
    }
}
