/// Bilinear sampling of a feature map at scattered points, as PyTorch's `F.grid_sample` with
/// `mode="bilinear"`, `padding_mode="zeros"`, `align_corners=True`.
///
/// Ports the CPU kernel of PyTorch 2.13 (aten/src/ATen/native/cpu/GridSamplerKernel.cpp:
/// `ComputeLocationBase<scalar_t, true>::unnormalize` and `ApplyGridSample<…, Bilinear, Zeros, …>`):
/// x = (gx + 1) · (W − 1)/2, weights from the floor and fraction, and the four corners summed as the
/// x86-64 wheel's compiled code sums them, fma(se, w_se, fma(sw, w_sw, fma(ne, w_ne, nw · w_nw))),
/// with out-of-map corners reading 0: bit-identical on the parity fixtures. The prompter
/// (PromptNucSeg `dpa_p2pnet.py`) samples each FPN level at its anchor or deformed points this way.
public enum GridSample {
    /// Samples every channel of `features` at `points` (normalised coordinates, −1 and 1 are the centres
    /// of the first and last pixels).
    ///
    /// - Parameters:
    ///   - features: The feature map `[C, H, W]`.
    ///   - points: M points `(x, y)` in grid coordinates; values beyond ±1 sample the zero padding.
    /// - Returns: The samples `[C, M]`, channel-major like PyTorch's output `[1, C, M, 1]`, so maps of
    ///   an anchor grid reshape to `[C, rows, columns]` and levels concatenate along the first axis.
    public static func bilinear(_ features: Tensor, points: [(x: Float, y: Float)]) -> Tensor {
        precondition(features.rank == 3, "grid sampling needs features [C, H, W], got shape \(features.shape)")
        let (channels, height, width) = (features.shape[0], features.shape[1], features.shape[2])
        let corners = points.map { Corners(x: $0.x, y: $0.y, height: height, width: width) }
        var output = [Float](repeating: 0, count: channels * points.count)
        features.elements.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { result in
                for channel in 0..<channels {
                    let plane = input.baseAddress.map { $0 + channel * height * width }
                    guard let plane else { return }
                    for (index, corner) in corners.enumerated() {
                        result[channel * points.count + index] = corner.interpolate(plane)
                    }
                }
            }
        }
        return Tensor(shape: [channels, points.count], elements: output)
    }

    /// The grid coordinate PromptNucSeg gives an image point on a level: `2·p/stride/size − 1` in float,
    /// evaluated left to right as `dpa_p2pnet.py` does.
    ///
    /// - Parameters:
    ///   - pixel: The point's coordinate in input-image pixels (x or y).
    ///   - stride: The level's stride (4, 8, 16 or 32).
    ///   - size: The level's extent along that axis (W or H).
    /// - Returns: The normalised coordinate for `bilinear(_:points:)`.
    public static func normalized(_ pixel: Float, stride: Int, size: Int) -> Float {
        2 * pixel / Float(stride) / Float(size) - 1
    }
}

/// The four neighbours of one sampling point, their weights, and which lie on the map.
private struct Corners {
    /// Offset of the north-west neighbour in the plane (may be outside it).
    let offset: Int
    /// The row stride.
    let width: Int
    /// Weights of the north-west, north-east, south-west and south-east neighbours.
    let weights: (Float, Float, Float, Float)
    /// Whether each neighbour lies on the map, in the same order.
    let inside: (Bool, Bool, Bool, Bool)

    /// Computes the neighbours of grid point (`gx`, `gy`) on a `height`×`width` map.
    init(x gx: Float, y gy: Float, height: Int, width: Int) {
        let x = (gx + 1) * (Float(width - 1) / 2)
        let y = (gy + 1) * (Float(height - 1) / 2)
        let west = x.rounded(.down)
        let north = y.rounded(.down)
        let toWest = x - west
        let toEast = 1 - toWest
        let toNorth = y - north
        let toSouth = 1 - toNorth
        weights = (toSouth * toEast, toSouth * toWest, toNorth * toEast, toNorth * toWest)
        let column = Corners.clampedIndex(west)
        let row = Corners.clampedIndex(north)
        let westInside = column >= 0 && column < width
        let eastInside = column + 1 >= 0 && column + 1 < width
        let northInside = row >= 0 && row < height
        let southInside = row + 1 >= 0 && row + 1 < height
        inside = (
            northInside && westInside, northInside && eastInside, southInside && westInside, southInside && eastInside
        )
        offset = row * width + column
        self.width = width
    }

    /// An integral float as an index, far-away and non-finite values pinned well outside any map.
    private static func clampedIndex(_ value: Float) -> Int {
        value.isFinite ? Int(min(max(value, -0x1p30), 0x1p30)) : -2
    }

    /// The interpolated value on one channel's plane.
    @inline(__always)
    func interpolate(_ plane: UnsafePointer<Float>) -> Float {
        let northWest = inside.0 ? plane[offset] : 0
        let northEast = inside.1 ? plane[offset + 1] : 0
        let southWest = inside.2 ? plane[offset + width] : 0
        let southEast = inside.3 ? plane[offset + width + 1] : 0
        return (northWest * weights.0).addingProduct(northEast, weights.1)
            .addingProduct(southWest, weights.2).addingProduct(southEast, weights.3)
    }
}
