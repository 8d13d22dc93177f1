import NucBench
import NucCore
import NucEngine

/// A `PromptSegmenting` that replays the fixture script's synthetic outputs: a prompt's logits are
/// the integer ellipse a²b² − b²(x−cx)² − a²(y−cy)² around its floored tile-local point shifted by
/// (dx, dy), and its IoU is float32 (base + [negatives] · negDelta) + tileStep · tileIndex.
///
/// The tile's origin is read from its pixels (`FakeSegmenter.image`), so no state is shared.
struct FakeSegmenter: PromptSegmenting {
    /// Prompt positions (image coordinates) to their index.
    let index: [Point: Int]
    /// Per prompt: dx, dy, a, b.
    let shapes: [[Int]]
    let base: [Double]
    let negativeDelta: [Double]
    let tileStep: [Double]
    /// Tile origins to tile index.
    let tiles: [[Int]: Int]

    init(
        prompts: [[Double]], shapes: [[Int]], base: [Double], negativeDelta: [Double], tileStep: [Double],
        tileBoxes: [[Int]]
    ) {
        var index: [Point: Int] = [:]
        for (position, point) in prompts.enumerated() { index[Point(x: point[0], y: point[1])] = position }
        self.index = index
        self.shapes = shapes
        self.base = base
        self.negativeDelta = negativeDelta
        self.tileStep = tileStep
        var tiles: [[Int]: Int] = [:]
        for (position, box) in tileBoxes.enumerated() { tiles[[box[0], box[1]]] = position }
        self.tiles = tiles
    }

    /// An image whose pixel (x, y) encodes x and y, so a tile's first pixel gives its origin.
    static func image(width: Int, height: Int) -> RGBImage {
        var samples: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                samples += [UInt8(x % 256), UInt8(y % 256), UInt8(x / 256 + 4 * (y / 256))]
            }
        }
        return RGBImage(height: height, width: width, samples: samples)
    }

    func embed(tile: RGBImage) throws -> [Int] {
        let s = tile.samples
        return [Int(s[0]) + 256 * Int(s[2] % 4), Int(s[1]) + 256 * Int(s[2] / 4)]
    }

    func segment(embedding: [Int], prompts: [[PromptPoint]]) throws -> SegmentorOutput {
        let side = 256
        var logits: [Float] = []
        var ious: [Float] = []
        for prompt in prompts {
            let local = prompt[0].point
            let global = Point(x: local.x + Double(embedding[0]), y: local.y + Double(embedding[1]))
            guard let prompt0 = index[global], let tile = tiles[embedding] else {
                throw InputError("fake segmenter: unknown prompt \(global) or tile \(embedding)")
            }
            let shape = shapes[prompt0]
            let cx = Int(local.x.rounded(.down)) + shape[0]
            let cy = Int(local.y.rounded(.down)) + shape[1]
            let (a, b) = (shape[2], shape[3])
            for y in 0..<side {
                for x in 0..<side {
                    logits.append(Float(a * a * b * b - b * b * (x - cx) * (x - cx) - a * a * (y - cy) * (y - cy)))
                }
            }
            var iou = Float(base[prompt0])
            if prompt.contains(where: { $0.label == .negative }) { iou = iou + Float(negativeDelta[prompt0]) }
            iou = iou + Float(tileStep[prompt0]) * Float(tile)
            ious.append(iou)
        }
        return SegmentorOutput(logits: Tensor(shape: [prompts.count, side, side], elements: logits), iou: ious)
    }
}
