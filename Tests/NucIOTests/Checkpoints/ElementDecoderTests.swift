import Testing

@testable import NucIO

@Suite struct ElementDecoderTests {}

extension ElementDecoderTests {
    #if arch(x86_64) && os(Linux) || arch(arm64)
        @Test func halfConversionIsExactForEveryPattern() {
            for bits in UInt16.min...UInt16.max {
                let expected = Float(Float16(bitPattern: bits))
                let actual = ElementDecoder.halfToFloat(bits)
                #expect(
                    actual.bitPattern == expected.bitPattern || (actual.isNaN && expected.isNaN),
                    "0x\(String(bits, radix: 16)): \(actual) ≠ \(expected)")
            }
        }
    #endif

    private func decode(_ bytes: [UInt8], _ dtype: CheckpointDType, shape: [Int], bigEndian: Bool = false) -> [Float] {
        let layout = TensorLayout.contiguous(shape)
        return bytes.withUnsafeBytes {
            ElementDecoder.elements(
                of: $0, dtype: dtype, layout: layout, count: TensorLayout.count(of: shape) ?? 0, bigEndian: bigEndian)
        }
    }

    @Test func bigAndLittleEndianAgree() {
        let values: [Float] = [1.5, -2, 0x1p-130, .infinity]
        let little = values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } }
        let big = values.flatMap { withUnsafeBytes(of: $0.bitPattern.bigEndian) { Array($0) } }
        #expect(decode(little, .float32, shape: [2, 2]) == values)
        #expect(decode(big, .float32, shape: [2, 2], bigEndian: true) == values)
        let longs: [Int64] = [-3, 1 << 40]
        let bigLongs = longs.flatMap { withUnsafeBytes(of: $0.bigEndian) { Array($0) } }
        #expect(decode(bigLongs, .int64, shape: [2], bigEndian: true) == [-3, 0x1p40])
    }

    @Test func integerAndBooleanTypesConvertToFloat() {
        #expect(decode([0x80, 0x7F, 0xFF], .int8, shape: [3]) == [-128, 127, -1])
        #expect(decode([0x80, 0x7F, 0xFF], .uint8, shape: [3]) == [128, 127, 255])
        #expect(decode([0, 1, 2], .bool, shape: [3]) == [0, 1, 1])
        #expect(decode([0x01, 0x00, 0x00, 0x01], .int32, shape: []) == [16_777_216], "2^24 + 1 rounds to even")
        #expect(decode([0x80, 0x3F], .bfloat16, shape: [1]) == [1])
        #expect(decode([], .float64, shape: [0, 3]) == [])
    }
}
