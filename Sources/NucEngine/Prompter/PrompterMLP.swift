/// DPA-P2PNet's two-layer MLP: Linear → ReLU → Dropout (identity at inference) → Linear.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py, `MLP` with `num_layers=2`
/// (keys `layers.0` and `layers.3`; spec promptnucseg.md §3.5). Used for `deform_layer`, `reg_head`
/// and `cls_head`.
struct PrompterMLP: Sendable {
    /// `layers.0`: F → F.
    let hidden: Linear
    /// `layers.3`: F → outputs.
    let output: Linear

    /// Binds `prefix.layers.0` and `prefix.layers.3`.
    ///
    /// - Parameters:
    ///   - weights: The checkpoint's tensors.
    ///   - prefix: The module key, e.g. `cls_head`.
    ///   - width: The input and hidden width F.
    ///   - outputs: The output width.
    init(_ weights: WeightStore, prefix: String, width: Int, outputs: Int) {
        hidden = Linear(weights, prefix: prefix + PrompterKeys.mlpLayers.first, inputs: width, outputs: width)
        output = Linear(weights, prefix: prefix + PrompterKeys.mlpLayers.last, inputs: width, outputs: outputs)
    }

    /// Applies the MLP to every row.
    ///
    /// - Parameter input: `[M, F]`.
    /// - Returns: `[M, outputs]`.
    func callAsFunction(_ input: Tensor) -> Tensor {
        var activation = hidden(input)
        ReLU.apply(&activation)
        return output(activation)
    }
}
