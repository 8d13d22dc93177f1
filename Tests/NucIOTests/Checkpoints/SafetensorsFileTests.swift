import Testing

@testable import NucIO

@Suite struct SafetensorsFileTests {}

extension SafetensorsFileTests {
    /// A safetensors file with `header` as its JSON text, then `data`.
    private func file(_ header: String, data: [UInt8] = []) -> [UInt8] {
        ZipBytes.le(UInt64(header.utf8.count)) + Array(header.utf8) + data
    }

    private func expectRejected(_ bytes: [UInt8], _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try TemporaryFiles.withFile(bytes, name: "w.safetensors") { path in
            expectInputError(file: path, containing: fragment, sourceLocation: sourceLocation) {
                _ = try Checkpoint.read(path: path)
            }
        }
    }

    @Test func readsAHandMadeFile() throws {
        let bytes = file(
            #"{"b":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"__metadata__":{"k":"v"},"#
                + #""module.a":{"dtype":"U8","shape":[],"data_offsets":[4,5]}}"#, data: [0x00, 0x3C, 0x00, 0xC0, 9])
        try TemporaryFiles.withFile(bytes, name: "w.safetensors") { path in
            let contents = try Checkpoint.read(path: path)
            #expect(contents.tensorNames == ["b", "module.a"] && contents.strippedPrefix == nil)
            #expect(contents.tensors["b"]?.elements == [1, -2] && contents.tensors["module.a"]?.elements == [9])
            #expect(contents.metadata == ["k": .string("v")] && contents.format == .safetensors)
        }
    }

    @Test func rejectsMalformedHeaders() throws {
        try expectRejected(ZipBytes.le(UInt64(1 << 40)) + Array("{}".utf8), "safetensors header length 1099511627776")
        try expectRejected(file("{\"a\":1"), "invalid JSON")
        try expectRejected(
            file(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#, data: [0, 0, 0, 0]),
            "safetensors tensor 'a': data_offsets must be [begin, end] inside the 4 bytes of data")
        try expectRejected(
            file(#"{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,0]}}"#),
            "safetensors tensor 'a': shape must be a list of non-negative integers")
        try expectRejected(file(#"{"a":{"shape":[2],"data_offsets":[0,0]}}"#), "safetensors tensor 'a': has no dtype")
        try expectRejected(file(#"{"__metadata__":{"k":1}}"#), "safetensors __metadata__ 'k' is not a string")
    }
}
