extension GreyImage {
    /// Reads the image as an instance label map.
    ///
    /// Integer samples are ids as they are; float samples must be whole numbers, as in
    /// `InstanceMap(height:width:values:)`.
    ///
    /// - Returns: The compacted map.
    /// - Throws: `InputError` without a file if a signed label is negative or a float label
    ///   is negative, fractional or not finite.
    public func instanceMap() throws -> InstanceMap {
        switch samples {
        case .uint8(let values):
            try InstanceMap(height: height, width: width, labels: values.map { Int64($0) })
        case .uint16(let values):
            try InstanceMap(height: height, width: width, labels: values.map { Int64($0) })
        case .uint32(let values):
            try InstanceMap(height: height, width: width, labels: values.map { Int64($0) })
        case .int32(let values):
            try InstanceMap(height: height, width: width, labels: values.map { Int64($0) })
        case .float32(let values):
            try InstanceMap(height: height, width: width, values: values.map { Double($0) })
        }
    }

    /// Converts the image to RGB by replicating each grey value into three channels.
    ///
    /// Values are first brought to 8 bits the way the PNG reader brings colour images there:
    /// 1-, 2- and 4-bit values are scaled to 0…255 (× 255, 85 or 17, as libpng's
    /// `png_set_expand_gray_1_2_4_to_8` and Pillow do), 8-bit values are kept and 16-bit
    /// values keep their high byte (`value >> 8`, as `png_set_strip_16` does).
    ///
    /// - Returns: The RGB image.
    /// - Throws: `InputError` without a file for 32-bit samples, which are label maps, not
    ///   pictures.
    public func rgbImage() throws -> RGBImage {
        let grey: [UInt8]
        switch samples {
        case .uint8(let values):
            let scale = UInt8(255 / ((1 << bitDepth) - 1))
            grey = scale == 1 ? values : values.map { $0 &* scale }
        case .uint16(let values):
            grey = values.map { UInt8(truncatingIfNeeded: $0 >> 8) }
        case .uint32, .int32, .float32:
            throw InputError("a 32-bit grey image is a label map and cannot be read as RGB")
        }
        var rgb = [UInt8](repeating: 0, count: grey.count * 3)
        for (pixel, value) in grey.enumerated() {
            rgb[3 * pixel] = value
            rgb[3 * pixel + 1] = value
            rgb[3 * pixel + 2] = value
        }
        return RGBImage(height: height, width: width, samples: rgb)
    }
}
