import Testing

@testable import NucIO

@Suite struct NpyWritableTests {}

extension NpyWritableTests {
    @Test func descriptorsAreThoseNumpyWrites() {
        #expect(Int32.npyDescriptor == "<i4")
        #expect(Int64.npyDescriptor == "<i8")
        #expect(UInt8.npyDescriptor == "|u1")
        #expect(Float.npyDescriptor == "<f4")
        #expect(Double.npyDescriptor == "<f8")
    }

    @Test func storageBytesAreLittleEndian() {
        #expect(withUnsafeBytes(of: Int32(0x0102_0304).littleEndianStorage) { Array($0) } == [4, 3, 2, 1])
        #expect(
            withUnsafeBytes(of: Int64(-2).littleEndianStorage) { Array($0) } == [0xFE]
                + Array(repeating: 0xFF, count: 7))
        #expect(withUnsafeBytes(of: Float(1).littleEndianStorage) { Array($0) } == [0, 0, 0x80, 0x3F])
        #expect(withUnsafeBytes(of: Double(1).littleEndianStorage) { Array($0) } == [0, 0, 0, 0, 0, 0, 0xF0, 0x3F])
        #expect(UInt8(200).littleEndianStorage == 200)
    }
}
