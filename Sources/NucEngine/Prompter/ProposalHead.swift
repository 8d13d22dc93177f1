/// DPA-P2PNet's point heads: deformable proposals (DPP), multi-scale sampling (MSD), the fusion
/// convolution over the anchor grid, and the regression and classification MLPs.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py, `DPAP2PNet.forward` (spec
/// promptnucseg.md §3.4, §3.5): sample P2 at the anchors (`grid_sample`, bilinear,
/// `align_corners=True`, zeros, grid 2·p/stride/size − 1), offset each anchor by `deform_layer`,
/// sample every level i (stride 2^(i+2)) at the deformed points, concatenate levels along channels,
/// apply the 3×3 `conv` over the ⌈H/λ⌉×⌈W/λ⌉ grid, then pred = deformed + `reg_head`, logits = `cls_head`.
struct ProposalHead: Sendable {
    /// `deform_layer`: F → 2 offsets.
    let deform: PrompterMLP
    /// `conv`: 3×3, padding 1, L·F → F.
    let fusion: Convolution
    /// `reg_head`: F → 2 refinements.
    let regression: PrompterMLP
    /// `cls_head`: F → C+1 logits.
    let classification: PrompterMLP

    /// What the heads produce for one image.
    struct Output: Sendable {
        /// `deform_layer` offsets `[M, 2]`.
        var offsets: Tensor
        /// Anchors plus offsets `[M, 2]`.
        var deformed: Tensor
        /// `pred_coords` `[M, 2]` (x, y).
        var proposals: Tensor
        /// `pred_logits` `[M, C+1]`.
        var logits: Tensor
    }

    /// Binds `deform_layer`, `conv`, `reg_head` and `cls_head`.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - config: The sizes read from the checkpoint.
    init(_ weights: WeightStore, config: PrompterConfig) {
        let width = config.pyramidWidth
        deform = PrompterMLP(weights, prefix: PrompterKeys.deformLayer, width: width, outputs: 2)
        fusion = PrompterBinding.convolution(
            weights, PrompterKeys.fusion, outputs: width, inputs: config.levels * width, kernel: 3, padding: 1)
        regression = PrompterMLP(weights, prefix: PrompterKeys.regressionHead, width: width, outputs: 2)
        classification = PrompterMLP(
            weights, prefix: PrompterKeys.classificationHead, width: width, outputs: config.classes + 1)
    }

    /// Runs the heads on the detection pyramid.
    ///
    /// - Parameters:
    ///   - levels: The detection FPN outputs `[F, H_i, W_i]`, finest (stride 4) first.
    ///   - anchors: The anchor grid of the padded input.
    ///   - scratch: Convolution working memory.
    /// - Returns: Offsets, deformed points, proposals and logits, row-major over the anchor grid.
    func callAsFunction(levels: [Tensor], anchors: AnchorGrid, scratch: inout ConvolutionScratch) -> Output {
        let count = anchors.points.count
        let offsets = deform(rows(of: sample(levels[0], level: 0, at: anchors.points)))
        let deformed = (0..<count).map { index in
            anchors.points[index] + SIMD2(offsets.elements[2 * index], offsets.elements[2 * index + 1])
        }
        var stacked: [Float] = []
        for (level, features) in levels.enumerated() {
            stacked += sample(features, level: level, at: deformed).elements
        }
        let grid = Tensor(shape: [stacked.count / count, anchors.rows, anchors.columns], elements: stacked)
        let fused = rows(of: fusion(grid, scratch: &scratch).reshaped([fusion.weight.shape[0], count]))
        let refinements = regression(fused)
        var proposals = [Float](repeating: 0, count: 2 * count)
        var points = [Float](repeating: 0, count: 2 * count)
        for index in 0..<count {
            points[2 * index] = deformed[index].x
            points[2 * index + 1] = deformed[index].y
            proposals[2 * index] = deformed[index].x + refinements.elements[2 * index]
            proposals[2 * index + 1] = deformed[index].y + refinements.elements[2 * index + 1]
        }
        return Output(
            offsets: offsets, deformed: Tensor(shape: [count, 2], elements: points),
            proposals: Tensor(shape: [count, 2], elements: proposals), logits: classification(fused))
    }

    /// Samples level `level` at image points: `[F, M]`.
    private func sample(_ features: Tensor, level: Int, at points: [SIMD2<Float>]) -> Tensor {
        let stride = 1 << (level + 2)
        let (height, width) = (features.shape[1], features.shape[2])
        let grid = points.map { point in
            (
                x: GridSample.normalized(point.x, stride: stride, size: width),
                y: GridSample.normalized(point.y, stride: stride, size: height)
            )
        }
        return GridSample.bilinear(features, points: grid)
    }

    /// `[F, M]` transposed to `[M, F]`.
    private func rows(of columns: Tensor) -> Tensor {
        let (width, count) = (columns.shape[0], columns.shape[1])
        var transposed = [Float](repeating: 0, count: columns.count)
        for channel in 0..<width {
            for index in 0..<count { transposed[index * width + channel] = columns.elements[channel * count + index] }
        }
        return Tensor(shape: [count, width], elements: transposed)
    }
}
