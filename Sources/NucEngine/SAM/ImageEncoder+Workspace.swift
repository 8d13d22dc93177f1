extension ImageEncoder {
    /// Scratch buffers for one encoder pass, allocated once and reused by every block.
    ///
    /// Weights stay immutable in `ImageEncoder`; everything a pass writes lives here (sam.cpp's
    /// `sam_state`). A workspace serves one pass at a time; make one per concurrent caller.
    ///
    /// | buffer | rows × columns | holds |
    /// |---|---|---|
    /// | `tokens` | T × C | the residual stream, grid order |
    /// | `normed` | T × max(C, 3·256) | patches; LayerNorm output; projection output (layout order) |
    /// | `qkv` | T × 3C | query, key and value rows (layout order) |
    /// | `mixed` | T × C | attention output before `proj`; MLP output |
    /// | `hidden` | T × max(mlp, 9·neck) | MLP hidden layer; the neck's 3×3 patches |
    /// | `relative` | T × (4·63 + 1) | query products with relative tables and the key bias |
    /// | `scores` | T × T | one window's attention probabilities |
    /// | `widthRow` | T | one query's width terms in key order |
    /// | `neck` | T × neck | the neck's first convolution output |
    final class Workspace {
        let tokens: UnsafeMutablePointer<Float>
        let normed: UnsafeMutablePointer<Float>
        let qkv: UnsafeMutablePointer<Float>
        let mixed: UnsafeMutablePointer<Float>
        let hidden: UnsafeMutablePointer<Float>
        let relative: UnsafeMutablePointer<Float>
        let scores: UnsafeMutablePointer<Float>
        let widthRow: UnsafeMutablePointer<Float>
        let neck: UnsafeMutablePointer<Float>
        private let buffers: [UnsafeMutablePointer<Float>]

        /// Allocates the buffers for an encoder of the given shape.
        ///
        /// - Parameter config: The encoder's configuration.
        init(_ config: SAMEncoderConfig) {
            let tokenCount = config.tokenCount
            let tableRows = 2 * (2 * max(config.gridSize, config.windowSize) - 1) + 1
            let sizes = [
                tokenCount * config.embedDim, tokenCount * max(config.embedDim, config.patchValues),
                tokenCount * 3 * config.embedDim, tokenCount * config.embedDim,
                tokenCount * max(config.mlpDim, 9 * config.neckDim), tokenCount * tableRows,
                tokenCount * max(tokenCount, config.windowSize * config.windowSize), tokenCount,
                tokenCount * config.neckDim,
            ]
            buffers = sizes.map { size in
                let buffer = UnsafeMutablePointer<Float>.allocate(capacity: size)
                buffer.initialize(repeating: 0, count: size)
                return buffer
            }
            (tokens, normed, qkv, mixed, hidden) = (buffers[0], buffers[1], buffers[2], buffers[3], buffers[4])
            (relative, scores, widthRow, neck) = (buffers[5], buffers[6], buffers[7], buffers[8])
        }

        deinit {
            for buffer in buffers { buffer.deallocate() }
        }
    }
}
