import Testing

@testable import NucIO

@Suite struct NpyScalarTests {}

extension NpyScalarTests {
    @Test func loadsUnalignedAndSwapped() {
        let bytes: [UInt8] = [0xFF, 0x01, 0x02, 0x03, 0x04]
        bytes.withUnsafeBytes { buffer in
            #expect(UInt32.load(from: buffer, at: 1, swapped: false) == UInt32(littleEndian: 0x0403_0201))
            #expect(UInt32.load(from: buffer, at: 1, swapped: true) == UInt32(littleEndian: 0x0403_0201).byteSwapped)
            #expect(Bool.load(from: buffer, at: 0, swapped: true))
        }
    }

    @Test func convertsToDoubleAsNumpyDoes() {
        #expect(UInt64.max.doubleValue == 18_446_744_073_709_551_616.0)
        #expect(Int64(1 << 53 + 1).doubleValue == 9_007_199_254_740_992.0)
        #expect(Float(0.1).doubleValue == 0.10000000149011612)
        #expect(true.doubleValue == 1)
    }

    @Test func exactInt64RejectsWhatHasNone() {
        #expect(UInt64.max.exactInt64 == nil)
        #expect(Double(2.5).exactInt64 == nil)
        #expect(Double.nan.exactInt64 == nil)
        #expect(Float.infinity.exactInt64 == nil)
        #expect(Double(9.223372036854775808e18).exactInt64 == nil)
        #expect(Double(-9.223372036854775808e18).exactInt64 == Int64.min)
        #expect(Float(-0.0).exactInt64 == 0)
        #expect(Int8.min.exactInt64 == -128)
    }

    @Test func dispatchesEveryNumericTypeAndNotStrings() throws {
        struct TypeName: NpyScalarVisitor {
            func visit<Scalar: NpyScalar>(_ type: Scalar.Type) -> String { "\(type)" }
        }
        let names = try ["|b1", "|u1", "<u2", "<u4", "<u8", "|i1", "<i2", "<i4", "<i8", "<f4", "<f8"].map {
            try NpyDType(descr: $0).visitScalarType(TypeName())
        }
        #expect(
            names == [
                "Bool", "UInt8", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32", "Int64", "Float", "Double",
            ])
        #expect(try NpyDType(descr: "<U3").visitScalarType(TypeName()) == nil)
    }
}
