import Testing

@testable import NucIO

// MARK: - Corrupt and hostile files

extension TIFFFileTests {
    @Test(arguments: [
        "tiff_rgb_lzw.tif", "tiff_rgb_tiled_deflate.tif", "tiff_rgb_separate.tif", "tiff_grey16_big_endian.tif",
        "tiff_palette8.tif", "tiff_ycbcr_jpeg.tif", "tiff_rgb_jpeg.tif",
    ])
    func everyTruncationIsRejected(file: String) throws {
        let variants = MalformedImages.truncations(of: try ImageFixtures.bytes(file))
        let errors = try MalformedImages.errors(of: variants, name: file) { try TIFFFile.read(path: $0) }
        let decoded = errors.indices.filter { errors[$0] == nil }.map { variants[$0].count }
        #expect(decoded.isEmpty, "prefixes of \(decoded) bytes were decoded")
    }

    @Test func unsupportedAndEmptyLayoutsAreRejected() throws {
        let pixels = [UInt8](repeating: 7, count: 6)
        let cases: [([TIFFBytes.Entry], String)] = [
            ([.init(tag: 256, type: .long, value: 0)], "Computed scanline size is zero"),
            ([.init(tag: 257, type: .long, value: 0)], "Cannot handle zero number of strips"),
            ([.init(tag: 262, type: .short, value: 0)], "unsupported photometric interpretation 0"),
            ([.init(tag: 262, type: .short, value: 5)], "unsupported photometric interpretation 5"),
            ([.init(tag: 277, type: .short, value: 3)], "unsupported photometric interpretation 1 with 3 samples"),
            ([.init(tag: 258, type: .short, value: 12)], "unsupported grey samples: 12-bit"),
            ([.init(tag: 339, type: .short, value: 2)], "unsupported grey samples: 8-bit, sample format 2"),
            ([.init(tag: 259, type: .short, value: 7)], "JPEGLib: Not a JPEG file"),
            ([.init(tag: 273, type: .long, value: 1_000_000)], "Read error on strip 0"),
            ([.init(tag: 278, type: .long, value: 0)], "RowsPerStrip"),
        ]
        let variants = cases.map { TIFFBytes.file(width: 3, height: 2, pixels: pixels, replacing: $0.0) }
        let errors = try MalformedImages.errors(of: variants, name: "layout.tif") { try TIFFFile.read(path: $0) }
        for (error, (_, message)) in zip(errors, cases) {
            #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        }
    }

    @Test func absurdDimensionsAreRejectedBeforeAllocating() throws {
        let cases: [(UInt32, UInt32)] = [(0x7FFF_FFFF, 0x7FFF_FFFF), (0xFFFF_FFFF, 1), (65536, 65536)]
        let variants = cases.map { TIFFBytes.file(width: $0.0, height: $0.1, pixels: [1, 2, 3, 4]) }
        let errors = try MalformedImages.errors(of: variants, name: "huge.tif") { try TIFFFile.read(path: $0) }
        #expect(errors.allSatisfy { $0 != nil })
        #expect(errors[2]?.message.contains("image too large: 65536 × 65536") == true)
    }

    @Test func badMagicIsRejected() throws {
        var bytes = try ImageFixtures.bytes("tiff_grey8.tif")
        bytes[2] = 0x2C
        let errors = try MalformedImages.errors(of: [bytes], name: "magic.tif") { try TIFFFile.read(path: $0) }
        #expect(errors[0]?.message.contains("Not a TIFF") == true)
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func randomByteChangesNeverCrash(seed: UInt64) throws {
        for file in ["tiff_rgb_lzw.tif", "tiff_rgb_tiled_deflate.tif", "tiff_palette8.tif", "tiff_rgb_jpeg.tif"] {
            let bytes = try ImageFixtures.bytes(file)
            let variants = MalformedImages.mutations(of: bytes, count: 100, seed: seed, protectedPrefix: 4)
            _ = try MalformedImages.errors(of: variants, name: file) { try TIFFFile.read(path: $0) }
        }
    }
}
