extension PanNukeFold {
    /// Image `index` of the fold as 8-bit RGB.
    ///
    /// PanNuke stores images as float64 in [0, 255]; PromptNucSeg's `astype(np.uint8)`
    /// truncates them toward zero, and so does this. Integer dtypes convert exactly.
    ///
    /// - Parameter index: The image.
    /// - Returns: The image.
    /// - Throws: `InputError` naming `images.npy` for a value that is NaN or outside
    ///   [0, 256), where numpy's cast has no defined result.
    func rgbImage(index: Int) throws -> RGBImage {
        let values = try images.doubleValues(slice: index)
        var samples = [UInt8](repeating: 0, count: values.count)
        for (position, value) in values.enumerated() {
            guard value >= 0, value < 256 else {
                throw InputError(
                    "image \(index) sample \(position) is \(value); expected a value in [0, 255]", file: images.path)
            }
            samples[position] = UInt8(value)
        }
        return RGBImage(height: images.shape[1], width: images.shape[2], samples: samples)
    }
}
