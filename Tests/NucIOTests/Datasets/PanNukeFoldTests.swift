import Foundation
import Testing

@testable import NucIO

@Suite struct PanNukeFoldTests {
    static let fold1 = DatasetFixtures.path("pannuke/Fold 1")
}

extension PanNukeFoldTests {
    @Test func channelsAreTheStoredValuesOfChannelsZeroToFour() throws {
        let fold = try PanNukeFold(directory: Self.fold1, number: 1)
        let expected = DatasetFixtures.samples("pannuke")
        for index in 0..<3 {
            #expect(try fold.classChannels(image: index) == expected[index].channels)
        }
        #expect(fold.tissues == ["Breast", "Colon", "Adrenal_gland"])
    }

    @Test func imagesTruncateLikeAstypeUInt8() throws {
        let fold = try PanNukeFold(directory: Self.fold1, number: 1)
        let stored = try fold.images.doubleValues(slice: 0)
        let image = try fold.rgbImage(index: 0)
        #expect(stored[0] != stored[0].rounded(.down), "the fixture's first sample is fractional")
        #expect(image.samples.map(Double.init) == stored.map { $0.rounded(.towardZero) })
    }

    @Test func outOfRangeImageValuesAreRejected() throws {
        try TemporaryFiles.withDirectory { directory in
            let folder = directory + "/images/fold1"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                atPath: directory + "/masks/fold1", withIntermediateDirectories: true)
            var values = [Double](repeating: 0, count: 12)
            values[5] = 256
            try NpyWriter.write(values, shape: [1, 2, 2, 3], to: folder + "/images.npy")
            try NpyWriter.write(
                [Double](repeating: 0, count: 24), shape: [1, 2, 2, 6], to: directory + "/masks/fold1/masks.npy")
            try FileManager.default.copyItem(
                atPath: Self.fold1 + "/images/fold1/types.npy", toPath: folder + "/types.npy")
            expectInputError(file: folder + "/types.npy", containing: "3 tissue names for 1 images") {
                _ = try PanNukeFold(directory: directory, number: 1)
            }
            try NpyWriter.write(values, shape: [3, 1, 2, 2], to: folder + "/images.npy")
            expectInputError(file: folder + "/images.npy", containing: "expected images of shape (N, H, W, 3)") {
                _ = try PanNukeFold(directory: directory, number: 1)
            }
            try NpyWriter.write(values + values + values, shape: [3, 2, 2, 3], to: folder + "/images.npy")
            try NpyWriter.write(
                [Double](repeating: 0, count: 72), shape: [3, 2, 2, 6], to: directory + "/masks/fold1/masks.npy")
            let fold = try PanNukeFold(directory: directory, number: 1)
            expectInputError(file: folder + "/images.npy", containing: "image 2 sample 5 is 256.0") {
                _ = try fold.rgbImage(index: 2)
            }
        }
    }

    @Test func masksOfAnotherSizeAreRejected() throws {
        try TemporaryFiles.withDirectory { directory in
            let folder = directory + "/images/fold3"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                atPath: directory + "/masks/fold3", withIntermediateDirectories: true)
            try NpyWriter.write([Double](repeating: 0, count: 36), shape: [3, 2, 2, 3], to: folder + "/images.npy")
            try NpyWriter.write(
                [Double](repeating: 0, count: 54), shape: [3, 3, 1, 6], to: directory + "/masks/fold3/masks.npy")
            try FileManager.default.copyItem(
                atPath: Self.fold1 + "/images/fold1/types.npy", toPath: folder + "/types.npy")
            expectInputError(file: directory + "/masks/fold3/masks.npy", containing: "masks have shape [3, 3, 1, 6]") {
                _ = try PanNukeFold(directory: directory, number: 3)
            }
        }
    }
}
