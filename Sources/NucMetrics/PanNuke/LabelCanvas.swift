/// A dense label image used as scratch: painted, read, and erased back to all zeros.
///
/// The PanNuke and CoNIC protocols keep their maps as labelled pixels only
/// (`SparseLabels`); painting one map onto this canvas lets another be looked up
/// pixel by pixel, in time proportional to the labelled pixels. One canvas serves all
/// comparisons of an image; every operation leaves it all zeros again.
struct LabelCanvas: ~Copyable {
    /// One label per pixel; 0 wherever nothing is painted.
    private let labels: UnsafeMutableBufferPointer<Int32>

    /// Allocates an all-zero canvas.
    ///
    /// - Parameter pixelCount: Pixels of the images it will hold.
    init(pixelCount: Int) {
        labels = .allocate(capacity: pixelCount)
        labels.initialize(repeating: 0)
    }

    deinit {
        labels.deallocate()
    }

    /// Paints `offset + label` on each pixel, over whatever is there.
    ///
    /// - Parameters:
    ///   - pixels: Pixel positions.
    ///   - values: Label of each pixel (added to `offset`).
    ///   - offset: Added to every label.
    /// - Returns: Whether some pixel was already painted.
    @discardableResult
    func paint(_ pixels: [Int32], _ values: [Int32], offset: Int32 = 0) -> Bool {
        var overwrote = false
        pixels.withUnsafeBufferPointer { pixels in
            values.withUnsafeBufferPointer { values in
                for index in 0..<pixels.count {
                    let pixel = Int(pixels[index])
                    overwrote = overwrote || labels[pixel] != 0
                    labels[pixel] = offset &+ values[index]
                }
            }
        }
        return overwrote
    }

    /// The painted labels at `pixels`.
    ///
    /// - Parameter pixels: Pixel positions.
    /// - Returns: The label at each, 0 where nothing is painted.
    func labels(at pixels: [Int32]) -> [Int32] {
        pixels.withUnsafeBufferPointer { pixels in
            [Int32](unsafeUninitializedCapacity: pixels.count) { result, count in
                for index in 0..<pixels.count { result[index] = labels[Int(pixels[index])] }
                count = pixels.count
            }
        }
    }

    /// Sets `pixels` back to 0.
    ///
    /// - Parameter pixels: Pixel positions.
    func erase(_ pixels: [Int32]) {
        for pixel in pixels { labels[Int(pixel)] = 0 }
    }
}
