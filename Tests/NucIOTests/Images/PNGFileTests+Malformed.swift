import Testing

@testable import NucIO

// MARK: - Corrupt and hostile files

extension PNGFileTests {
    @Test(arguments: ["png_rgb8_interlaced.png", "png_grey16.png", "png_palette4_trns.png", "png_grey1.png"])
    func everyTruncationIsRejected(file: String) throws {
        let variants = MalformedImages.truncations(of: try ImageFixtures.bytes(file))
        let errors = try MalformedImages.errors(of: variants, name: file) { try PNGFile.read(path: $0) }
        let decoded = errors.indices.filter { errors[$0] == nil }.map { variants[$0].count }
        #expect(decoded.isEmpty, "prefixes of \(decoded) bytes were decoded")
    }

    @Test func badCRCsAreRejected() throws {
        let bytes = try ImageFixtures.bytes("png_rgb8.png")
        var header = bytes
        header[19] ^= 0x01
        let idatOffset = try #require(PNGBytes.offset(ofChunk: "IDAT", in: bytes))
        var data = bytes
        data[idatOffset + 10] ^= 0x40
        let errors = try MalformedImages.errors(of: [header, data], name: "crc.png") { try PNGFile.read(path: $0) }
        #expect(errors[0]?.message == "cannot decode PNG: IHDR: CRC error")
        #expect(errors[1]?.message == "cannot decode PNG: IDAT: CRC error")
    }

    @Test func absurdAndEmptyDimensionsAreRejectedByTheHeader() throws {
        let cases: [(UInt32, UInt32, String)] = [
            (0x7FFF_FFFF, 0x7FFF_FFFF, "Invalid IHDR data (Image width exceeds user limit in IHDR"),
            (0x8000_0000, 1, "PNG unsigned integer out of range"),
            (65536, 65536, "image too large: 65536 × 65536 pixels is more than the limit of 268435456"),
            (0, 10, "Invalid IHDR data (Image width is zero in IHDR)"),
            (10, 0, "Invalid IHDR data (Image height is zero in IHDR)"),
        ]
        let variants = cases.map { PNGBytes.file(width: $0.0, height: $0.1) }
        let errors = try MalformedImages.errors(of: variants, name: "header.png") { try PNGFile.read(path: $0) }
        for (error, (_, _, message)) in zip(errors, cases) {
            #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        }
    }

    @Test func decompressionBombIsRejectedByThePixelLimit() throws {
        let bytes = try ImageFixtures.bytes("bomb_1bit_30000.png")
        let errors = try MalformedImages.errors(of: [bytes], name: "bomb.png") { try PNGFile.read(path: $0) }
        #expect(errors[0]?.message.contains("image too large: 30000 × 30000 pixels") == true)
    }

    @Test func missingImageDataIsRejected() throws {
        let variants = [
            PNGBytes.signature + PNGBytes.header(width: 4, height: 4) + PNGBytes.chunk("IEND", []),
            PNGBytes.file(width: 4, height: 4),
            PNGBytes.file(width: 4, height: 4, idat: [0x78, 0x9C, 0xFF, 0xFF, 0xFF]),
        ]
        let errors = try MalformedImages.errors(of: variants, name: "data.png") { try PNGFile.read(path: $0) }
        #expect(errors.allSatisfy { $0 != nil })
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomByteChangesNeverCrash(seed: UInt64) throws {
        for file in ["png_rgb8_interlaced.png", "png_palette8.png", "png_grey4.png"] {
            let bytes = try ImageFixtures.bytes(file)
            let variants = MalformedImages.mutations(of: bytes, count: 100, seed: seed, protectedPrefix: 8)
            _ = try MalformedImages.errors(of: variants, name: file) { try PNGFile.read(path: $0) }
        }
    }
}
