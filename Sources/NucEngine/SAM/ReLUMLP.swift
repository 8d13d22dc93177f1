/// A stack of linear layers with ReLU between them (none after the last): the mask decoder's MLPs.
///
/// It is SAM's `MLP` (keys `layers.{i}`, the hypernetworks and the IoU head; ref: segment-anything
/// 1.0 `modeling/mask_decoder.py` lines 154–176) and, with two layers, the transformer's
/// `MLPBlock` with `act=nn.ReLU` (keys `lin1`, `lin2`; `modeling/common.py` lines 13–25).
struct ReLUMLP: Sendable {
    /// The layers in order.
    let layers: [Linear]

    /// The input width.
    var inputs: Int { layers[0].inputs }
    /// The output width.
    var outputs: Int { layers[layers.count - 1].outputs }

    /// Binds SAM's `MLP(input, hidden, output, depth)` under `prefix.layers.{i}`.
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - prefix: The module key, e.g. `mask_decoder.iou_prediction_head`.
    ///   - widths: Input, hidden… and output widths (depth + 1 values).
    init(_ store: WeightStore, prefix: String, widths: [Int]) {
        layers = (0..<(widths.count - 1)).map { index in
            Linear(store, prefix: "\(prefix).layers.\(index)", inputs: widths[index], outputs: widths[index + 1])
        }
    }

    /// Binds a transformer `MLPBlock` (`prefix.lin1`, `prefix.lin2`).
    ///
    /// - Parameters:
    ///   - store: The checkpoint.
    ///   - prefix: The module key, e.g. `mask_decoder.transformer.layers.0.mlp`.
    ///   - dimension: Input and output width.
    ///   - hidden: Hidden width.
    init(block store: WeightStore, prefix: String, dimension: Int, hidden: Int) {
        layers = [
            Linear(store, prefix: prefix + ".lin1", inputs: dimension, outputs: hidden),
            Linear(store, prefix: prefix + ".lin2", inputs: hidden, outputs: dimension),
        ]
    }

    /// Applies the MLP to every row.
    ///
    /// - Parameter input: `[…, inputs]`.
    /// - Returns: `[…, outputs]`.
    func callAsFunction(_ input: Tensor) -> Tensor {
        var value = input
        for (index, layer) in layers.enumerated() {
            value = layer(value)
            if index < layers.count - 1 {
                value.elements.withUnsafeMutableBufferPointer { elements in
                    for element in elements.indices where elements[element] < 0 { elements[element] = 0 }
                }
            }
        }
        return value
    }
}
