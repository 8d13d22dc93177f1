import Testing

@testable import NucIO

@Suite struct ZipArchiveTests {}

// MARK: - Reading

extension ZipArchiveTests {
    /// Entries of random sizes and contents, some deflated.
    private func sampleEntries(seed: UInt64) -> [ZipBytes.Entry] {
        var generator = SplitMix64(seed: seed)
        return (0..<5).map { index in
            let count = Int(generator.next() % 3000)
            let data = Deflate.sample(count: count, seed: generator.next())
            return ZipBytes.Entry(name: "best/data/\(index)", data: data, deflated: generator.next() % 2 == 0)
        }
    }

    @Test(arguments: [(UInt64(1), false), (2, false), (3, true), (4, true)])
    func readsStoredAndDeflatedEntries(seed: UInt64, zip64: Bool) throws {
        let entries = sampleEntries(seed: seed)
        let written = try ZipBytes(entries, zip64: zip64)
        try TemporaryFiles.withFile(written.bytes, name: "archive.zip") { path in
            let archive = try ZipArchive(path: path)
            #expect(archive.entries.map(\.name) == entries.map(\.name))
            for (entry, written) in zip(archive.entries, entries) {
                #expect(entry.compression == (written.deflated ? .deflated : .stored))
                #expect(try archive.contents(of: entry, limit: 1 << 20) == written.data)
            }
            #expect(archive.entry(named: "best/data/3")?.uncompressedSize == entries[3].data.count)
            #expect(archive.entry(named: "best/data/9") == nil)
        }
    }

    @Test func acceptsACommentAndAnEmptyArchive() throws {
        let commented = try ZipBytes([.init(name: "a/b", data: [1, 2, 3])], comment: Array("PK\u{5}\u{6} note".utf8))
        try TemporaryFiles.withFile(commented.bytes, name: "c.zip") { path in
            let archive = try ZipArchive(path: path)
            #expect(archive.entries.count == 1)
        }
        try TemporaryFiles.withFile(try ZipBytes([]).bytes, name: "empty.zip") { path in
            let archive = try ZipArchive(path: path)
            #expect(archive.entries.isEmpty)
        }
    }

    @Test func contentsLimitIsEnforced() throws {
        let written = try ZipBytes([.init(name: "a/b", data: [UInt8](repeating: 7, count: 100))])
        try TemporaryFiles.withFile(written.bytes, name: "limit.zip") { path in
            let archive = try ZipArchive(path: path)
            let entry = try #require(archive.entries.first)
            expectInputError(file: path, containing: "'a/b' of 100 bytes is larger than the 64-byte limit") {
                _ = try archive.contents(of: entry, limit: 64)
            }
        }
    }
}

// MARK: - Defects

extension ZipArchiveTests {
    /// Expects opening (or reading every entry of) `zip` to fail with `fragment`, at `offset` when given.
    private func expectDefect(
        _ archiveBytes: ZipBytes, _ fragment: String, offset: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try TemporaryFiles.withFile(archiveBytes.bytes, name: "defect.zip") { path in
            let error = expectInputError(file: path, containing: fragment, sourceLocation: sourceLocation) {
                let archive = try ZipArchive(path: path)
                for entry in archive.entries { _ = try archive.contents(of: entry, limit: 1 << 20) }
            }
            if let offset { #expect(error?.offset == offset, sourceLocation: sourceLocation) }
        }
    }

    private var two: [ZipBytes.Entry] {
        [.init(name: "x/data.pkl", data: Array("pickle".utf8)), .init(name: "x/data/0", data: [1, 2, 3, 4])]
    }

    @Test func rejectsTruncationAndMissingEndRecord() throws {
        var zip = try ZipBytes(two)
        zip.bytes.removeLast(5)
        try expectDefect(zip, "no zip end-of-central-directory record")
        try expectDefect(try ZipBytes([]).truncated(to: 10), "too short to be a zip archive")
    }

    @Test func rejectsDirectoryAndEntriesOutsideTheFile() throws {
        var outside = try ZipBytes(two)
        outside.patch(UInt32(1_000_000), at: outside.endOffset + 16)
        try expectDefect(outside, "lies outside the file", offset: outside.endOffset)
        var tooMany = try ZipBytes(two)
        tooMany.patch(UInt16(40), at: tooMany.endOffset + 8)
        tooMany.patch(UInt16(40), at: tooMany.endOffset + 10)
        try expectDefect(tooMany, "cannot hold the 40 entries it claims")
        var farHeader = try ZipBytes(two)
        farHeader.patch(UInt32(900_000), at: farHeader.centralOffsets[1] + 42)
        try expectDefect(farHeader, "local header of 'x/data/0' of 30 bytes at offset 900000 runs past the end")
        var overlap = try ZipBytes(two)
        overlap.patch(UInt32(5000), at: overlap.centralOffsets[1] + 20)
        overlap.patch(UInt32(5000), at: overlap.centralOffsets[1] + 24)
        try expectDefect(overlap, "'x/data/0' (5000 bytes at offset", offset: overlap.localOffsets[1])
    }

    @Test func rejectsInconsistentEntries() throws {
        var renamed = try ZipBytes(two)
        renamed.patch(UInt8(ascii: "y"), at: renamed.localOffsets[0] + 30)
        try expectDefect(renamed, "names another file than its directory entry 'x/data.pkl'")
        try expectDefect(try ZipBytes(two + [two[1]]), "holds two entries named 'x/data/0'")
        var stored = try ZipBytes(two)
        stored.patch(UInt32(3), at: stored.centralOffsets[1] + 20)
        try expectDefect(stored, "stored zip entry 'x/data/0' has compressed size 3 but size 4")
        var corrupt = try ZipBytes(two)
        corrupt.bytes[corrupt.localOffsets[1] + 30 + 8] ^= 0xFF
        try expectDefect(corrupt, "zip entry 'x/data/0' fails its CRC-32 check")
    }

    @Test func rejectsUnsupportedFeatures() throws {
        try expectDefect(
            try ZipBytes([.init(name: "a/b", data: [1], flags: 1)]), "zip entry 'a/b' is encrypted")
        var method = try ZipBytes(two)
        method.patch(UInt16(14), at: method.centralOffsets[0] + 10)
        try expectDefect(method, "'x/data.pkl' uses compression method 14; only stored (0) and deflate (8)")
        var disks = try ZipBytes(two)
        disks.patch(UInt16(1), at: disks.endOffset + 4)
        try expectDefect(disks, "multi-disk zip archives are not supported")
        var bomb = try ZipBytes([.init(name: "a/b", data: [UInt8](repeating: 0, count: 2000), deflated: true)])
        bomb.patch(UInt32(3_000_000_000), at: bomb.centralOffsets[0] + 24)
        try expectDefect(bomb, "claims 3000000000 bytes from")
    }

    @Test func rejectsBrokenZip64Records() throws {
        var noLocator = try ZipBytes(two)
        noLocator.patch(UInt32(0xFFFF_FFFF), at: noLocator.endOffset + 16)
        try expectDefect(noLocator, "needs ZIP64 values but has no ZIP64 locator")
        var noExtra = try ZipBytes(two)
        noExtra.patch(UInt32(0xFFFF_FFFF), at: noExtra.centralOffsets[0] + 42)
        try expectDefect(noExtra, "'x/data.pkl' needs ZIP64 sizes but has no ZIP64 extra field")
        var badRecord = try ZipBytes(two, zip64: true)
        badRecord.patch(UInt64(badRecord.endOffset), at: badRecord.endOffset - 12)
        try expectDefect(badRecord, "ZIP64 end record offset")
        var badSignature = try ZipBytes(two, zip64: true)
        badSignature.patch(UInt32(0), at: badSignature.endOffset - 20 - 56)
        try expectDefect(badSignature, "zip ZIP64 end record signature is missing")
    }
}
