import Testing

@testable import NucIO

@Suite struct SHA256Tests {
    static func digest(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(Array(text.utf8))
        return hasher.hexDigest()
    }
}

extension SHA256Tests {
    /// FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf").
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(Self.digest(message) == digest)
    }

    @Test func oneMillionAsInPiecesOfAnySize() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for piece in [1, 63, 64, 65, 1000, 1_000_000] {
            var hasher = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(start + piece, bytes.count)
                bytes[start..<end].withUnsafeBytes { hasher.update($0) }
                start = end
            }
            #expect(hasher.hexDigest() == expected, "pieces of \(piece)")
        }
    }

    /// Messages of n × "x" around the padding boundaries, from Python 3.11 `hashlib.sha256`.
    @Test(arguments: [
        (55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
        (56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"),
        (63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"),
        (64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"),
        (65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"),
        (119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"),
        (120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        #expect(Self.digest(String(repeating: "x", count: length)) == digest)
    }

    @Test func fileDigestMatchesTheStreamingDigest() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try TemporaryFiles.withFile(bytes, name: "blob.bin") { path in
            var hasher = SHA256()
            hasher.update(bytes)
            let digest = try SHA256.hexDigest(ofFile: path)
            #expect(digest == hasher.hexDigest())
        }
        try TemporaryFiles.withFile([], name: "empty.bin") { path in
            let digest = try SHA256.hexDigest(ofFile: path)
            #expect(digest == Self.digest(""))
        }
    }

    @Test func hexDigestShape() {
        #expect(SHA256.isHexDigest(Self.digest("abc")))
        #expect(!SHA256.isHexDigest(Self.digest("abc").uppercased()))
        #expect(!SHA256.isHexDigest("abc"))
    }
}
