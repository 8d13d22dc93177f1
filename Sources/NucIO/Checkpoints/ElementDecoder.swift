#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a tensor's elements out of raw storage bytes into a `[Float]`, converting as
/// `CheckpointDType` describes, in one pass: the only copy a checkpoint read makes.
enum ElementDecoder {
    /// Materialises a tensor whose layout has been checked against `storage`.
    ///
    /// - Parameters:
    ///   - storage: The storage's bytes; `layout.check(storageCount:)` passed for their element count.
    ///   - dtype: The stored type.
    ///   - layout: Where the elements lie.
    ///   - count: The tensor's element count, as `check` returned it.
    ///   - bigEndian: Whether the storage is big-endian.
    /// - Returns: The elements in row-major order.
    /// - Complexity: O(count); a contiguous little-endian float32 tensor is one `memcpy`.
    static func elements(
        of storage: UnsafeRawBufferPointer, dtype: CheckpointDType, layout: TensorLayout, count: Int, bigEndian: Bool
    ) -> [Float] {
        guard count > 0, let source = storage.baseAddress else { return [] }
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let output = buffer.baseAddress else { return }
            var written = 0
            layout.forEachRun { start, runCount, step in
                decode(
                    source, dtype: dtype, bigEndian: bigEndian, start: start, count: runCount, step: step,
                    into: output + written)
                written += runCount
            }
            initialized = written
        }
    }

    // MARK: - Runs

    /// Converts `count` elements at storage indices `start`, `start + step`, … into `output`.
    private static func decode(
        _ source: UnsafeRawPointer, dtype: CheckpointDType, bigEndian: Bool, start: Int, count: Int, step: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        let run = Run(source: source, start: start, count: count, step: step, bigEndian: bigEndian, output: output)
        switch dtype {
        case .float32:
            if !bigEndian, step == 1 {
                memcpy(output, source + start * 4, count * 4)
            } else {
                run.convert(UInt32.self) { Float(bitPattern: $0) }
            }
        case .float64: run.convert(UInt64.self) { Float(Double(bitPattern: $0)) }
        case .float16: run.convert(UInt16.self, halfToFloat)
        case .bfloat16: run.convert(UInt16.self) { Float(bitPattern: UInt32($0) << 16) }
        case .int64: run.convert(UInt64.self) { Float(Int64(bitPattern: $0)) }
        case .int32: run.convert(UInt32.self) { Float(Int32(bitPattern: $0)) }
        case .int16: run.convert(UInt16.self) { Float(Int16(bitPattern: $0)) }
        case .int8: run.convert(UInt8.self) { Float(Int8(bitPattern: $0)) }
        case .uint8: run.convert(UInt8.self) { Float($0) }
        case .bool: run.convert(UInt8.self) { $0 == 0 ? 0 : 1 }
        }
    }

    /// One run of equally spaced elements to convert.
    private struct Run {
        let source: UnsafeRawPointer
        let start: Int
        let count: Int
        let step: Int
        let bigEndian: Bool
        let output: UnsafeMutablePointer<Float>

        /// Loads each element as `Bits` in the storage's byte order and converts it.
        @inline(__always)
        func convert<Bits: FixedWidthInteger>(_: Bits.Type, _ transform: (Bits) -> Float) {
            let size = MemoryLayout<Bits>.size
            var byteOffset = start * size
            let byteStep = step * size
            for index in 0..<count {
                let raw = source.loadUnaligned(fromByteOffset: byteOffset, as: Bits.self)
                output[index] = transform(bigEndian ? Bits(bigEndian: raw) : Bits(littleEndian: raw))
                byteOffset += byteStep
            }
        }
    }

    // MARK: - Half precision

    /// The value of an IEEE 754 binary16 bit pattern, exactly.
    ///
    /// - Parameter bits: The pattern.
    /// - Returns: The same number as binary32 (infinities and NaNs kept, NaN payload widened).
    static func halfToFloat(_ bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10 & 0x1F)
        let mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13)
        case 0:
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        default:
            return Float(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
        }
    }
}
