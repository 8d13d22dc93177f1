/// One ConvNeXt block on a channels-first map: depthwise 7×7 → LayerNorm over channels → Linear
/// C→4C → GELU (erf) → Linear 4C→C → × gamma → + input.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/timm/models/convnext.py, `ConvNeXtBlock.forward`
/// (`conv_mlp=False`; spec promptnucseg.md §3.1). The map stays `[C, H, W]`: the two linear layers
/// are GEMMs with the pixels as columns, `W1 [4C, C] · x [C, HW]` and `W2 [C, 4C] · h [4C, HW]`, so no
/// permute is needed. `gamma` is folded into `fc2` at load (γ∘W2, γ∘b2) and the residual is the
/// second GEMM's accumulator; this reassociation agrees with PyTorch within ~1e-6 relative.
struct ConvNeXtBlock: Sendable {
    /// `conv_dw`: depthwise 7×7, padding 3, bias.
    let depthwise: DepthwiseConvolution
    /// `norm`: LayerNorm over channels, eps 1e-6.
    let norm: ChannelLayerNorm
    /// `mlp.fc1.weight` `[4C, C]`.
    let expandWeight: [Float]
    /// `mlp.fc1.bias` `[4C]`.
    let expandBias: [Float]
    /// `gamma ∘ mlp.fc2.weight` `[C, 4C]` (row c scaled by gamma[c]).
    let projectWeight: [Float]
    /// `gamma ∘ mlp.fc2.bias` `[C]`.
    let projectBias: [Float]
    /// C.
    let width: Int
    /// The hidden width 4C (`mlp.fc1.weight` rows).
    var hiddenWidth: Int { expandBias.count }

    /// Binds the block under `prefix`, such as `backbone.backbone.stages.2.blocks.5.`.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The block key, ending in a dot.
    ///   - width: The stage's channel count C.
    init(_ weights: WeightStore, prefix: String, width: Int) {
        let hidden = 4 * width
        self.width = width
        depthwise = DepthwiseConvolution(
            weight: weights.tensor(prefix + "conv_dw.weight", shape: [width, 1, 7, 7]),
            bias: weights.tensor(prefix + "conv_dw.bias", shape: [width]), padding: 3)
        norm = PrompterBinding.channelNorm(weights, prefix + "norm", width: width)
        expandWeight = weights.tensor(prefix + "mlp.fc1.weight", shape: [hidden, width]).elements
        expandBias = weights.tensor(prefix + "mlp.fc1.bias", shape: [hidden]).elements
        let gamma = weights.tensor(prefix + "gamma", shape: [width]).elements
        let project = weights.tensor(prefix + "mlp.fc2.weight", shape: [width, hidden]).elements
        projectWeight = (0..<(width * hidden)).map { project[$0] * gamma[$0 / hidden] }
        projectBias = zip(weights.tensor(prefix + "mlp.fc2.bias", shape: [width]).elements, gamma).map { $0 * $1 }
    }

    /// Applies the block.
    ///
    /// - Parameter input: `[C, H, W]`.
    /// - Returns: `[C, H, W]`.
    /// - Complexity: 2 GEMMs of 4C·C·HW multiply-adds, plus 49·C·HW for the depthwise convolution.
    func callAsFunction(_ input: Tensor) -> Tensor {
        precondition(input.rank == 3 && input.shape[0] == width, "ConvNeXt block(\(width)) applied to \(input.shape)")
        let pixels = input.shape[1] * input.shape[2]
        let normalized = norm(depthwise(input))
        let hiddenWidth = hiddenWidth
        // Every hidden value is written by the first GEMM (beta 0) before it is read.
        var hidden = [Float](unsafeUninitializedCapacity: hiddenWidth * pixels) { _, count in
            count = hiddenWidth * pixels
        }
        var output = input.elements
        hidden.withUnsafeMutableBufferPointer { hidden in
            output.withUnsafeMutableBufferPointer { output in
                guard let hidden = hidden.baseAddress, let output = output.baseAddress else { return }
                for row in 0..<width {
                    let target = output + row * pixels
                    let bias = projectBias[row]
                    for index in 0..<pixels { target[index] += bias }
                }
                normalized.elements.withUnsafeBufferPointer { normalized in
                    expandWeight.withUnsafeBufferPointer { expand in
                        projectWeight.withUnsafeBufferPointer { project in
                            guard let normalized = normalized.baseAddress, let expand = expand.baseAddress,
                                let project = project.baseAddress
                            else { return }
                            GEMM.multiply(
                                m: hiddenWidth, n: pixels, k: width, a: expand, lda: width, b: normalized, ldb: pixels,
                                c: hidden, ldc: pixels)
                            activate(hidden, pixels: pixels)
                            GEMM.multiply(
                                m: width, n: pixels, k: hiddenWidth, a: project, lda: hiddenWidth, b: hidden,
                                ldb: pixels, beta: 1, c: output, ldc: pixels)
                        }
                    }
                }
            }
        }
        return Tensor(shape: input.shape, elements: output)
    }

    /// Adds `mlp.fc1.bias` to each hidden row and applies GELU, rows split across threads (each row
    /// is finished while it is in cache).
    private func activate(_ hidden: UnsafeMutablePointer<Float>, pixels: Int) {
        ParallelLoop.forEachChunk(of: hiddenWidth, minimumChunk: max(1, 16_384 / pixels)) { rows in
            for row in rows {
                let values = hidden + row * pixels
                let bias = expandBias[row]
                for index in 0..<pixels { values[index] += bias }
                GELU.apply(values, count: pixels)
            }
        }
    }
}
