import Foundation

/// Scratch files for tests that build malformed input in Swift.
enum TemporaryFiles {
    /// Runs `body` with the path of a new file holding `bytes`, then deletes it.
    @discardableResult
    static func withFile<Result>(
        _ bytes: [UInt8], name: String = "input.npy", _ body: (String) throws -> Result
    ) throws -> Result {
        try withDirectory { directory in
            let path = directory + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return try body(path)
        }
    }

    /// Runs `body` with the path of a new empty directory, then deletes it.
    @discardableResult
    static func withDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nucio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.path)
    }
}

/// Builds `.npy` bytes with an arbitrary header, for malformed-input tests.
enum NpyBytes {
    /// Magic, version, little-endian header length, the header padded with spaces and a
    /// newline to 64 bytes as numpy does, then `data`.
    static func make(header: String, major: UInt8 = 1, data: [UInt8] = []) -> [UInt8] {
        let lengthSize = major == 1 ? 2 : 4
        var text = Array(header.utf8)
        let unpadded = 8 + lengthSize + text.count + 1
        text += [UInt8](repeating: UInt8(ascii: " "), count: (64 - unpadded % 64) % 64) + [UInt8(ascii: "\n")]
        return make(rawHeader: text, major: major, data: data)
    }

    /// Magic, version, the length of `rawHeader`, `rawHeader` unpadded, then `data`.
    static func make(rawHeader: [UInt8], major: UInt8 = 1, data: [UInt8] = []) -> [UInt8] {
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [major, 0]
        let length = rawHeader.count
        bytes +=
            major == 1
            ? [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF)]
            : [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24 & 0xFF)]
        return bytes + rawHeader + data
    }

    /// A C-order little-endian header dict for `descr` and `shape` written as Python would.
    static func dict(descr: String, shape: String, fortran: Bool = false) -> String {
        "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shape), }"
    }

    /// The little-endian bytes of `values`.
    static func littleEndian(_ values: [Double]) -> [UInt8] {
        values.flatMap { value in
            withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) }
        }
    }
}
