import Testing

@testable import NucEngine

/// Pre-processing: albumentations `Normalize` arithmetic and reflect-101 padding to a multiple of λ.
@Suite struct PrompterInputTests {}

extension PrompterInputTests {
    @Test func normalisesWithImageNetStatistics() throws {
        let image = RGBImage(height: 1, width: 2, samples: [0, 128, 255, 10, 20, 30])
        let input = try PrompterInput.tensor(from: image, spacing: 1)
        #expect(input.shape == [3, 1, 2])
        let mean = [0.485, 0.456, 0.406].map { $0 * 255 }
        let deviation = [0.229, 0.224, 0.225].map { $0 * 255 }
        for channel in 0..<3 {
            for pixel in 0..<2 {
                let expected = (Double(image.samples[3 * pixel + channel]) - mean[channel]) / deviation[channel]
                #expect(abs(Double(input.elements[channel * 2 + pixel]) - expected) < 1e-5)
            }
        }
    }

    @Test func padsBottomAndRightByReflect101() throws {
        // A 3×5 ramp padded to 4×8 (λ 4): column 5 reflects column 3, row 3 reflects row 1.
        var samples = [UInt8](repeating: 0, count: 45)
        for pixel in 0..<15 { samples[3 * pixel] = UInt8(pixel * 10) }
        let input = try PrompterInput.tensor(from: RGBImage(height: 3, width: 5, samples: samples), spacing: 4)
        #expect(input.shape == [3, 4, 8])
        func red(_ row: Int, _ column: Int) -> Float { input.elements[row * 8 + column] }
        #expect(red(0, 5) == red(0, 3))
        #expect(red(0, 6) == red(0, 2))
        #expect(red(0, 7) == red(0, 1))
        #expect(red(3, 0) == red(1, 0))
        #expect(red(3, 7) == red(1, 1))
    }

    @Test func tooSmallImagesAreRejected() {
        let image = RGBImage(height: 2, width: 2, samples: [UInt8](repeating: 0, count: 12))
        #expect(throws: InputError.self) { try PrompterInput.tensor(from: image, spacing: 8) }
    }
}
