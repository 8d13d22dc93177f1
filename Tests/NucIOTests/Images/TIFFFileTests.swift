import Foundation
import Testing

@testable import NucIO

@Suite struct TIFFFileTests {}

// MARK: - Reading

extension TIFFFileTests {
    @Test(arguments: ImageFixtures.tiffNames)
    func readsFixturesAsImageFileDoes(name: String) throws {
        let path = ImageFixtures.path(try #require(ImageFixtures.all[name]).file)
        #expect(try TIFFFile.read(path: path) == (try ImageFile.read(path: path)))
    }

    @Test func onlyTheFirstPageIsRead() throws {
        let fixture = try #require(ImageFixtures.all["tiff_two_pages"])
        let image = try TIFFFile.read(path: ImageFixtures.path(fixture.file))
        #expect(image.height == fixture.height && image.width == fixture.width)
        guard case .grey(let grey) = image else {
            Issue.record("expected a grey image")
            return
        }
        #expect(grey.samples.doubles == (try ImageFixtures.expectedValues(fixture)))
    }

    @Test func handBuiltStripReads() throws {
        let bytes = TIFFBytes.file(width: 3, height: 2, pixels: [0, 1, 2, 250, 251, 255])
        let image = try TemporaryFiles.withFile(bytes, name: "tiny.tif") { try TIFFFile.read(path: $0) }
        #expect(image == .grey(GreyImage(height: 2, width: 3, samples: .uint8([0, 1, 2, 250, 251, 255]))))
    }

    @Test func pngIsNotATIFF() {
        let path = ImageFixtures.path("png_rgb8.png")
        expectInputError(file: path, containing: "cannot decode TIFF: libtiff: Not a TIFF") {
            _ = try TIFFFile.read(path: path)
        }
    }
}

// MARK: - Threads

extension TIFFFileTests {
    @Test func concurrentReadsKeepTheirOwnMessages() async throws {
        let good = ImageFixtures.path("tiff_rgb_lzw.tif")
        let expected = try TIFFFile.read(path: good)
        let notTIFF = ImageFixtures.path("png_rgb8.png")
        let bytes = try ImageFixtures.bytes("tiff_grey16_big_endian.tif")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "nucio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let truncated = directory.appendingPathComponent("truncated.tif").path
        try Data(bytes.prefix(bytes.count - 100)).write(to: URL(fileURLWithPath: truncated))
        let paths = (0..<48).map { [good, truncated, notTIFF][$0 % 3] }
        let outcomes = await withTaskGroup(of: (Int, String).self) { group in
            for (index, path) in paths.enumerated() {
                group.addTask {
                    do {
                        return (index, try TIFFFile.read(path: path) == expected ? "decoded" : "different image")
                    } catch {
                        return (index, "\(error)")
                    }
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for (index, path) in paths.enumerated() {
            let outcome = outcomes[index] ?? "missing"
            switch path {
            case good: #expect(outcome == "decoded")
            case truncated:
                #expect(outcome.hasPrefix(path + ": cannot decode TIFF: TIFFFillStrip: Read error on strip"))
            default: #expect(outcome.hasPrefix(path + ": cannot decode TIFF: libtiff: Not a TIFF"))
            }
        }
    }
}
