import CImageBridge

/// Decodes PNG and TIFF bytes through the C bridge into `DecodedImage`s.
enum ImageDecoder {
    /// Largest image decoded: 2^28 pixels (16384 × 16384).
    ///
    /// That is at most 768 MiB of RGB or 1 GiB of 32-bit samples. Larger headers are rejected before any pixel memory is allocated, which also stops
    /// decompression bombs.
    static let maximumPixelCount = 1 << 28

    /// Maps `path` and decodes it as `format`.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - format: How to decode it.
    /// - Returns: The image.
    /// - Throws: `InputError` naming the file when it cannot be mapped or decoded.
    static func decode(path: String, as format: ImageFormat) throws -> DecodedImage {
        let mapping = try MemoryMappedFile(path: path)
        return try mapping.withBytes { try decode($0, as: format, path: path) }
    }

    /// Decodes bytes that hold a whole file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - format: How to decode them.
    ///   - path: The file, for messages.
    /// - Returns: The image.
    /// - Throws: `InputError` naming `path` with the library's message when the bytes are not
    ///   a readable image of a supported layout or have more than `maximumPixelCount` pixels.
    static func decode(_ bytes: UnsafeRawBufferPointer, as format: ImageFormat, path: String) throws -> DecodedImage {
        guard let base = bytes.baseAddress else { throw InputError("empty file", file: path) }
        var layout = NBImageLayout()
        var message = BridgeMessage()
        let limit = UInt64(maximumPixelCount)
        let capacity = BridgeMessage.capacity
        let opened =
            switch format {
            case .png: nb_png_reader_open(base, bytes.count, limit, &layout, &message.buffer, capacity)
            case .tiff: nb_tiff_reader_open(base, bytes.count, limit, &layout, &message.buffer, capacity)
            }
        guard let reader = opened else { throw failure(format, message, path: path) }
        defer { nb_image_reader_close(reader) }
        let height = Int(layout.height)
        let width = Int(layout.width)
        let count = height * width * Int(layout.channels)

        func samples<Sample>(_: Sample.Type) throws -> [Sample] {
            try [Sample](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                guard let pixels = buffer.baseAddress else { return }
                let byteCount = count * MemoryLayout<Sample>.stride
                guard nb_image_reader_read(reader, pixels, byteCount, &message.buffer, capacity) == 1 else {
                    throw failure(format, message, path: path)
                }
                initializedCount = count
            }
        }

        switch (layout.channels, layout.bytesPerSample, layout.format) {
        case (3, 1, NBSampleFormatUnsigned):
            return .rgb(RGBImage(height: height, width: width, samples: try samples(UInt8.self)))
        case (1, 1, NBSampleFormatUnsigned):
            return grey(height, width, layout, .uint8(try samples(UInt8.self)))
        case (1, 2, NBSampleFormatUnsigned):
            return grey(height, width, layout, .uint16(try samples(UInt16.self)))
        case (1, 4, NBSampleFormatUnsigned):
            return grey(height, width, layout, .uint32(try samples(UInt32.self)))
        case (1, 4, NBSampleFormatSigned):
            return grey(height, width, layout, .int32(try samples(Int32.self)))
        case (1, 4, NBSampleFormatFloat):
            return grey(height, width, layout, .float32(try samples(Float.self)))
        default:
            throw InputError(
                "\(format.name) decoding produced an unexpected layout: \(layout.channels) channels of "
                    + "\(layout.bytesPerSample) bytes", file: path)
        }
    }

    private static func grey(_ height: Int, _ width: Int, _ layout: NBImageLayout, _ samples: GreyImage.Samples)
        -> DecodedImage
    {
        .grey(GreyImage(height: height, width: width, bitDepth: Int(layout.bitDepth), samples: samples))
    }

    private static func failure(_ format: ImageFormat, _ message: BridgeMessage, path: String) -> InputError {
        InputError("cannot decode \(format.name): \(message.text)", file: path)
    }
}
