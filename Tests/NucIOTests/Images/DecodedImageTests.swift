import Testing

@testable import NucIO

@Suite struct DecodedImageTests {}

extension DecodedImageTests {
    @Test func colourImagesAreNotLabelMaps() {
        let image = DecodedImage.rgb(RGBImage(height: 1, width: 1, samples: [1, 2, 3]))
        expectInputError(file: nil, containing: "is not a label map") { _ = try image.instanceMap() }
    }

    @Test func sizeAndRGBComeFromEitherCase() throws {
        let rgb = RGBImage(height: 1, width: 2, samples: [1, 2, 3, 4, 5, 6])
        #expect(DecodedImage.rgb(rgb).height == 1 && DecodedImage.rgb(rgb).width == 2)
        #expect(try DecodedImage.rgb(rgb).rgbImage() == rgb)
        let grey = DecodedImage.grey(GreyImage(height: 2, width: 1, samples: .uint8([9, 200])))
        #expect(grey.height == 2 && grey.width == 1)
        #expect(try grey.rgbImage().samples == [9, 9, 9, 200, 200, 200])
        #expect(try grey.instanceMap().ids == [9, 200])
    }
}
