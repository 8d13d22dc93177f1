/// The sizes of a PromptNucSeg prompter (DPA-P2PNet with a ConvNeXt backbone) as its checkpoint
/// defines them.
///
/// Every field is read from tensor shapes (spec promptnucseg.md §3.6), so the released ConvNeXt-S
/// models (depths [3, 3, 27, 3], widths [96, 192, 384, 768], FPN 256, L = 3 for PanNuke and 4 for
/// Kumar/CPM-17, C = 5 or 1) and small test models load alike. The anchor spacing λ is not in the
/// checkpoint; it belongs to `PromptSettings`.
public struct PrompterConfig: Sendable, Equatable {
    /// Blocks per ConvNeXt stage (`stages.{i}.blocks.{j}` present).
    public var depths: [Int]
    /// Channels per ConvNeXt stage (`stem.0.weight` rows, then `stages.{i}.downsample.1.weight` rows).
    public var widths: [Int]
    /// The FPN output width, also the heads' hidden width (`neck.lateral_convs.0.conv.weight` rows).
    public var pyramidWidth: Int
    /// The detection FPN's output levels L (`neck.fpn_convs.{i}` present): P2…P(L+1).
    public var levels: Int
    /// The foreground classes C (`cls_head.layers.3.weight` rows − 1; the last logit is background).
    public var classes: Int

    /// The number of ConvNeXt stages, and of lateral convolutions in each FPN.
    public static let stageCount = 4

    /// The stride of detection level `level` (0-based): 2^(level + 2).
    ///
    /// - Parameter level: 0…L−1.
    /// - Returns: 4, 8, 16 or 32.
    public func stride(ofLevel level: Int) -> Int { 1 << (level + 2) }

    /// Creates a configuration from explicit sizes.
    ///
    /// - Parameters:
    ///   - depths: Blocks per stage (4 values).
    ///   - widths: Channels per stage (4 values).
    ///   - pyramidWidth: The FPN and head width.
    ///   - levels: Detection FPN levels (1…4).
    ///   - classes: Foreground classes (≥ 1).
    public init(depths: [Int], widths: [Int], pyramidWidth: Int, levels: Int, classes: Int) {
        self.depths = depths
        self.widths = widths
        self.pyramidWidth = pyramidWidth
        self.levels = levels
        self.classes = classes
    }

    /// Reads the configuration from a checkpoint's tensor shapes, without binding any tensor.
    ///
    /// - Parameter weights: The checkpoint's tensors.
    /// - Returns: The configuration.
    /// - Throws: `InputError` naming the checkpoint when a defining tensor is absent or has the wrong rank.
    public static func inferred(from weights: WeightStore) throws -> Self {
        func extent(_ key: String, rank: Int) throws -> Int {
            guard let shape = weights.shape(of: key) else {
                throw InputError("not a PromptNucSeg prompter checkpoint: no tensor \(key)", file: weights.source)
            }
            guard shape.count == rank, shape.allSatisfy({ $0 > 0 }) else {
                throw InputError("\(key) has shape \(shape), expected \(rank) positive extents", file: weights.source)
            }
            return shape[0]
        }
        var widths = [try extent(PrompterKeys.stemConvolution + ".weight", rank: 4)]
        for stage in 1..<stageCount {
            widths.append(try extent(PrompterKeys.downsampleConvolution(stage) + ".weight", rank: 4))
        }
        let depths = (0..<stageCount).map { stage in
            var depth = 0
            while weights.shape(of: PrompterKeys.block(stage, depth) + "gamma") != nil { depth += 1 }
            return depth
        }
        var levels = 0
        while levels < stageCount,
            weights.shape(of: PrompterKeys.output(PrompterKeys.detectionNeck, levels) + ".weight") != nil
        {
            levels += 1
        }
        guard levels > 0 else {
            throw InputError(
                "no detection FPN output convolution \(PrompterKeys.output(PrompterKeys.detectionNeck, 0)).weight",
                file: weights.source)
        }
        let logits = try extent(PrompterKeys.classificationHead + PrompterKeys.mlpLayers.last + ".weight", rank: 2)
        guard logits >= 2 else {
            throw InputError("the classification head has \(logits) outputs; expected C + 1 ≥ 2", file: weights.source)
        }
        return Self(
            depths: depths, widths: widths,
            pyramidWidth: try extent(PrompterKeys.lateral(PrompterKeys.detectionNeck, 0) + ".weight", rank: 4),
            levels: levels, classes: logits - 1)
    }
}
