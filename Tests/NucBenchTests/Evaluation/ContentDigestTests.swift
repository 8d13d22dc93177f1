import Foundation
import NucBench
import Testing

/// `ContentDigest`: whole-file and sampled SHA-256 digests of the files a run reads.
@Suite struct ContentDigestTests {}

extension ContentDigestTests {
    @Test func smallFilesAreHashedWholeAndLargeOnesSampled() throws {
        try InstanceEvaluationSupport.withDirectory { root in
            let path = root + "/data.bin"
            var bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let whole = try ContentDigest.digest(of: [("data.bin", path)])
            var expected = SHA256()
            expected.update(Array("data.bin\t10000\t\(try SHA256.hexDigest(ofFile: path))\n".utf8))
            #expect(whole == "sha256:" + expected.hexDigest())

            let sampled = try ContentDigest.digest(of: [("data.bin", path)], fullLimit: 1000, sampleLength: 100)
            #expect(sampled.hasPrefix("sha256-sampled:"))
            // A byte inside a sampled block changes the digest; one between blocks does not.
            let span = 10_000 - 100
            bytes[span * 5 / 63 + 10] ^= 1
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let changed = try ContentDigest.digest(of: [("data.bin", path)], fullLimit: 1000, sampleLength: 100)
            #expect(changed != sampled)
            bytes[span * 5 / 63 + 10] ^= 1
            bytes[span * 5 / 63 + 120] ^= 1
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try ContentDigest.digest(of: [("data.bin", path)], fullLimit: 1000, sampleLength: 100) == sampled)
            #expect(try ContentDigest.digest(of: [("data.bin", path)]) != whole)
        }
    }

    @Test func aMissingFileIsAnInputError() {
        let error = #expect(throws: InputError.self) { try ContentDigest.digest(of: [("x", "/nonexistent/x.npy")]) }
        #expect(error?.file == "/nonexistent/x.npy")
    }
}
