import Testing

@testable import NucIO

@Suite struct GreyImageTests {}

// MARK: - RGB conversion

extension GreyImageTests {
    @Test(arguments: [(1, 255), (2, 85), (4, 17), (8, 1)])
    func lowDepthsAreScaledToTheFullRange(bitDepth: Int, scale: Int) throws {
        let top = UInt8((1 << bitDepth) - 1)
        let image = GreyImage(height: 1, width: 2, bitDepth: bitDepth, samples: .uint8([0, top]))
        #expect(try image.rgbImage().samples == [0, 0, 0, 255, 255, 255])
        #expect(Int(top) * scale == 255)
    }

    @Test func sixteenBitSamplesKeepTheirHighByte() throws {
        let image = GreyImage(height: 1, width: 3, samples: .uint16([0x00FF, 0x1234, 0xFFFF]))
        #expect(
            try image.rgbImage() == RGBImage(height: 1, width: 3, samples: [0, 0, 0, 0x12, 0x12, 0x12, 255, 255, 255]))
    }

    @Test func thirtyTwoBitSamplesAreNotPictures() {
        for samples in [GreyImage.Samples.uint32([1]), .int32([1]), .float32([1])] {
            let image = GreyImage(height: 1, width: 1, samples: samples)
            expectInputError(file: nil, containing: "label map and cannot be read as RGB") { _ = try image.rgbImage() }
        }
    }
}

// MARK: - Label maps

extension GreyImageTests {
    @Test func everySampleTypeGivesTheSameMap() throws {
        let labels: [Int64] = [0, 7, 7, 70_000 % 65_536, 0, 3]
        let expected = try InstanceMap(height: 2, width: 3, labels: labels)
        let cases: [GreyImage.Samples] = [
            .uint16(labels.map { UInt16($0) }), .uint32(labels.map { UInt32($0) }), .int32(labels.map { Int32($0) }),
            .float32(labels.map { Float($0) }),
        ]
        for samples in cases {
            #expect(try GreyImage(height: 2, width: 3, samples: samples).instanceMap() == expected)
        }
    }

    @Test func negativeAndFractionalLabelsAreRejected() {
        let negative = GreyImage(height: 1, width: 2, samples: .int32([0, -4]))
        expectInputError(file: nil, containing: "must be non-negative") { _ = try negative.instanceMap() }
        let fractional = GreyImage(height: 1, width: 2, samples: .float32([0, 1.5]))
        expectInputError(file: nil, containing: "not a non-negative integer") { _ = try fractional.instanceMap() }
    }

}
