import NucCore
import Testing

@testable import NucBench

/// Reflect-101 padding against `numpy.pad(mode='reflect')` (fixture), and tile windows.
@Suite struct RGBImageTilingTests {}

extension RGBImageTilingTests {
    @Test func reflectPaddingMatchesNumpy() throws {
        let fixture = try PipelineFixture.load().padding
        let image = RGBImage(height: fixture.height, width: fixture.width, samples: fixture.samples)
        let padded = image.reflectPadded(toMultipleOf: fixture.multiple)
        #expect(padded.width == fixture.paddedWidth && padded.height == fixture.paddedHeight)
        #expect(padded.samples == fixture.paddedSamples)
        #expect(padded.reflectPadded(toMultipleOf: 16) == padded)
    }

    @Test func windowsCopyTheirPixelsAndRefuseToLeaveTheImage() throws {
        let image = FakeSegmenter.image(width: 300, height: 260)
        let window = try image.window(x: 44, y: 4, side: 256)
        #expect(Array(window.samples[0..<3]) == [44, 4, 0])
        #expect(Array(window.samples[(255 * 256 + 255) * 3..<(255 * 256 + 256) * 3]) == [43, 3, 5])
        #expect(throws: InputError("a 256×256 tile at (45, 0) leaves the 300×260 image")) {
            try image.window(x: 45, y: 0, side: 256)
        }
    }
}
