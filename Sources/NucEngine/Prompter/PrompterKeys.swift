/// The prompter's state-dict keys: every PyTorch name the model binds, written once (spec
/// promptnucseg.md §3.6; windygoo/PromptNucSeg@4afbf26 `prompter/models/dpa_p2pnet.py`,
/// `models/fpn.py`, `timm/models/convnext.py`).
///
/// Keys map one to one onto the checkpoint: there are no renames. The one layout change made at load
/// is the folding of each block's `gamma` into its `mlp.fc2` (`ConvNeXtBlock`).
/// `mask_head.1.num_batches_tracked` is the only stored tensor the model does not use.
enum PrompterKeys {
    /// The ConvNeXt backbone (`Backbone.backbone`, a timm `ConvNeXt`).
    static let backbone = "backbone.backbone."
    /// Stem convolution 4×4 stride 4 (`[D0, 3, 4, 4]`).
    static let stemConvolution = backbone + "stem.0"
    /// Stem LayerNorm2d.
    static let stemNorm = backbone + "stem.1"

    /// Stage `stage` (0…3).
    static func stage(_ stage: Int) -> String { backbone + "stages.\(stage)." }
    /// The downsample LayerNorm2d of stage 1…3.
    static func downsampleNorm(_ stage: Int) -> String { self.stage(stage) + "downsample.0" }
    /// The downsample convolution 2×2 stride 2 of stage 1…3.
    static func downsampleConvolution(_ stage: Int) -> String { self.stage(stage) + "downsample.1" }
    /// Block `block` of stage `stage`: `conv_dw`, `norm`, `mlp.fc1`, `mlp.fc2`, `gamma` below it.
    static func block(_ stage: Int, _ block: Int) -> String { self.stage(stage) + "blocks.\(block)." }

    /// Lateral 1×1 convolution `index` of a neck (`backbone.neck` or `backbone.neck1`).
    static func lateral(_ neck: String, _ index: Int) -> String { "backbone.\(neck).lateral_convs.\(index).conv" }
    /// Output 3×3 convolution `index` of a neck.
    static func output(_ neck: String, _ index: Int) -> String { "backbone.\(neck).fpn_convs.\(index).conv" }
    /// The detection FPN (L outputs).
    static let detectionNeck = "neck"
    /// The auxiliary-mask FPN (one output).
    static let maskNeck = "neck1"

    /// The offset MLP (`layers.0`, `layers.3`).
    static let deformLayer = "deform_layer"
    /// The refinement MLP.
    static let regressionHead = "reg_head"
    /// The classification MLP (C+1 outputs, background last).
    static let classificationHead = "cls_head"
    /// The 3×3 convolution over the anchor grid (`[F, L·F, 3, 3]`).
    static let fusion = "conv"
    /// The first and last linear layers of a head MLP (ReLU and Dropout sit at 1 and 2).
    static let mlpLayers = (first: ".layers.0", last: ".layers.3")

    /// Mask head 3×3 convolution.
    static let maskConvolution = "mask_head.0"
    /// Mask head batch norm (`weight`, `bias`, `running_mean`, `running_var`).
    static let maskNorm = "mask_head.1"
    /// The batch norm's step counter, stored but unused at inference.
    static let maskNormCounter = maskNorm + ".num_batches_tracked"
    /// Mask head 1×1 convolution with padding 1 (`[1, F, 1, 1]`).
    static let maskLogits = "mask_head.3"
}
