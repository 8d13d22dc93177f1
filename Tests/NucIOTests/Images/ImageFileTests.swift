import Testing

@testable import NucIO

@Suite struct ImageFileTests {}

// MARK: - Fixtures

extension ImageFileTests {
    @Test(arguments: ImageFixtures.names)
    func fixtureDecodesToTheExpectedValues(name: String) throws {
        let fixture = try #require(ImageFixtures.all[name])
        let image = try ImageFile.read(path: ImageFixtures.path(fixture.file))
        #expect(image.height == fixture.height)
        #expect(image.width == fixture.width)
        let actual: [Double]
        switch image {
        case .rgb(let rgb):
            #expect(fixture.kind == "rgb")
            actual = rgb.samples.map(Double.init)
        case .grey(let grey):
            #expect(fixture.kind == "grey")
            #expect(grey.bitDepth == fixture.bitDepth)
            #expect(grey.samples.dtypeName == fixture.samples)
            actual = grey.samples.doubles
        }
        let expected = try ImageFixtures.expectedValues(fixture)
        try #require(actual.count == expected.count)
        if fixture.exact {
            let mismatches = zip(actual, expected).filter { $0 != $1 }.count
            #expect(mismatches == 0, "\(mismatches) of \(actual.count) samples differ")
        } else {
            let limit = try #require(fixture.maxMeanAbsDiff)
            let difference = zip(actual, expected).map { abs($0 - $1) }.reduce(0, +) / Double(actual.count)
            #expect(difference < limit, "mean absolute difference \(difference)")
        }
    }

    @Test func fixturesCoverEveryLayoutOfTheBrief() {
        let fixtures = ImageFixtures.all
        #expect(ImageFixtures.pngNames.count >= 18)
        #expect(ImageFixtures.tiffNames.count >= 30)
        #expect(
            Set(fixtures.values.filter { $0.kind == "grey" }.map(\.samples)) == [
                "uint8", "uint16", "uint32", "int32", "float32",
            ])
        #expect(Set(fixtures.values.filter { $0.kind == "grey" }.map(\.bitDepth)) == [1, 2, 4, 8, 16, 32])
        #expect(
            fixtures.values.filter { !$0.exact }.map(\.file).sorted() == ["tiff_rgb_jpeg.tif", "tiff_ycbcr_jpeg.tif"])
    }

    @Test(arguments: ImageFixtures.names)
    func readRGBConvertsGreyAndRejectsThirtyTwoBitSamples(name: String) throws {
        let fixture = try #require(ImageFixtures.all[name])
        let path = ImageFixtures.path(fixture.file)
        switch try ImageFile.read(path: path) {
        case .rgb(let rgb):
            #expect(try ImageFile.readRGB(path: path) == rgb)
        case .grey(let grey) where grey.bitDepth == 32:
            expectInputError(file: path, containing: "cannot be read as RGB") { _ = try ImageFile.readRGB(path: path) }
        case .grey(let grey):
            let rgb = try ImageFile.readRGB(path: path)
            #expect(rgb == (try grey.rgbImage()))
        }
    }

    @Test(arguments: ImageFixtures.names)
    func readLabelsAcceptsGreyImagesOnly(name: String) throws {
        let fixture = try #require(ImageFixtures.all[name])
        let path = ImageFixtures.path(fixture.file)
        let values = try ImageFixtures.expectedValues(fixture)
        if fixture.kind == "rgb" {
            expectInputError(file: path, containing: "is not a label map") { _ = try ImageFile.readLabels(path: path) }
        } else if values.contains(where: { $0 < 0 }) {
            expectInputError(file: path, containing: "must be non-negative") {
                _ = try ImageFile.readLabels(path: path)
            }
        } else {
            let expected = try InstanceMap(height: fixture.height, width: fixture.width, values: values)
            #expect(try ImageFile.readLabels(path: path) == expected)
        }
    }
}

// MARK: - Format detection

extension ImageFileTests {
    @Test func unknownSignatureIsRejectedAtOffsetZero() throws {
        try TemporaryFiles.withFile(Array("P6\n2 2\n255\n".utf8), name: "image.png") { path in
            let error = expectInputError(file: path, containing: "not a PNG or TIFF file: it starts with bytes 50 36") {
                _ = try ImageFile.read(path: path)
            }
            #expect(error?.offset == 0)
        }
    }

    @Test func formatComesFromTheSignatureNotTheName() throws {
        let bytes = try ImageFixtures.bytes("tiff_grey8.tif")
        let expected = try TIFFFile.read(path: ImageFixtures.path("tiff_grey8.tif"))
        let image = try TemporaryFiles.withFile(bytes, name: "misnamed.png") { try ImageFile.read(path: $0) }
        #expect(image == expected)
    }

    @Test func detectsEverySignature() {
        let cases: [([UInt8], ImageFormat?)] = [
            (ImageFormat.pngSignature, .png), ([0x49, 0x49, 0x2A, 0x00], .tiff), ([0x4D, 0x4D, 0x00, 0x2A], .tiff),
            ([0x49, 0x49, 0x2B, 0x00], .tiff), ([0x4D, 0x4D, 0x00, 0x2B], .tiff), ([0x49, 0x49, 0x2A], nil),
            ([0x89, 0x50, 0x4E, 0x47], nil), ([], nil),
        ]
        for (bytes, format) in cases {
            #expect(bytes.withUnsafeBytes { ImageFormat.detect($0) } == format, "\(bytes)")
        }
    }

    @Test func emptyAndMissingFilesNameThePath() throws {
        try TemporaryFiles.withFile([], name: "empty.png") { path in
            expectInputError(file: path, containing: "empty file") { _ = try ImageFile.read(path: path) }
        }
        let missing = ImageFixtures.path("no_such_image.png")
        expectInputError(file: missing, containing: "cannot open") { _ = try ImageFile.readRGB(path: missing) }
    }
}
