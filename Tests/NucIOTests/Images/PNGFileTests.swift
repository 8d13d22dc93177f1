import Testing

@testable import NucIO

@Suite struct PNGFileTests {}

// MARK: - Reading

extension PNGFileTests {
    @Test(arguments: ImageFixtures.pngNames)
    func readsFixturesAsImageFileDoes(name: String) throws {
        let path = ImageFixtures.path(try #require(ImageFixtures.all[name]).file)
        #expect(try PNGFile.read(path: path) == (try ImageFile.read(path: path)))
    }

    @Test func tiffIsNotAPNG() {
        let path = ImageFixtures.path("tiff_rgb_strips.tif")
        expectInputError(file: path, containing: "cannot decode PNG: Not a PNG file") {
            _ = try PNGFile.read(path: path)
        }
    }
}

// MARK: - Writing

extension PNGFileTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func rgbRoundTrips(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let height = Int.random(in: 1...40, using: &generator)
        let width = Int.random(in: 1...40, using: &generator)
        let samples = (0..<height * width * 3).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let image = RGBImage(height: height, width: width, samples: samples)
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/rgb.png"
            try PNGFile.writeRGB(image, to: path)
            #expect(try PNGFile.read(path: path) == .rgb(image))
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func grey16RoundTrips(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let height = Int.random(in: 1...40, using: &generator)
        let width = Int.random(in: 2...40, using: &generator)
        var values = (0..<height * width).map { _ in UInt16.random(in: 0...UInt16.max, using: &generator) }
        values[0] = 0
        values[1] = UInt16.max
        let image = GreyImage(height: height, width: width, samples: .uint16(values))
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/labels.png"
            try PNGFile.writeGrey16(image, to: path)
            #expect(try PNGFile.read(path: path) == .grey(image))
        }
    }

    @Test func grey16AcceptsAnyTypeWithSixteenBitValues() throws {
        let expected = GreyImage(height: 1, width: 3, samples: .uint16([0, 300, 65535]))
        let cases: [GreyImage.Samples] = [
            .uint32([0, 300, 65535]), .int32([0, 300, 65535]), .float32([0, 300, 65535]),
        ]
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/labels.png"
            for samples in cases {
                try PNGFile.writeGrey16(GreyImage(height: 1, width: 3, samples: samples), to: path)
                #expect(try PNGFile.read(path: path) == .grey(expected))
            }
            try PNGFile.writeGrey16(GreyImage(height: 1, width: 2, samples: .uint8([0, 255])), to: path)
            #expect(try PNGFile.read(path: path) == .grey(GreyImage(height: 1, width: 2, samples: .uint16([0, 255]))))
        }
    }

    @Test func grey16RejectsValuesThatDoNotFit() throws {
        let cases: [(GreyImage.Samples, String)] = [
            (.uint32([1, 65536]), "value 65536 at pixel 1 does not fit"), (.int32([-1, 0]), "value -1 at pixel 0"),
            (.float32([0, 2.5]), "value 2.5 at pixel 1 is not a whole number"),
        ]
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/labels.png"
            for (samples, message) in cases {
                let image = GreyImage(height: 1, width: 2, samples: samples)
                expectInputError(file: path, containing: message) { try PNGFile.writeGrey16(image, to: path) }
            }
        }
    }

    @Test func emptyImagesAndMissingFoldersAreInputErrors() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/empty.png"
            let empty = RGBImage(height: 0, width: 5, samples: [])
            expectInputError(file: path, containing: "cannot write a 0 × 5 PNG") {
                try PNGFile.writeRGB(empty, to: path)
            }
            let missing = directory + "/no/such/folder/image.png"
            let image = RGBImage(height: 1, width: 1, samples: [1, 2, 3])
            expectInputError(file: missing, containing: "cannot create: No such file or directory") {
                try PNGFile.writeRGB(image, to: missing)
            }
        }
    }
}
