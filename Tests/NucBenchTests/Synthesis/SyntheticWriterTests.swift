import Foundation
import NucBench
import Testing

/// The writers `SyntheticDataset` uses, read back by nucbench's readers.
@Suite struct SyntheticWriterTests {}

extension SyntheticWriterTests {
    @Test func tiffRoundTripsThroughTheReader() throws {
        try DatasetTestSupport.withDirectory { directory in
            let samples = (0..<(5 * 3 * 3)).map { UInt8(($0 * 37) % 256) }
            let image = RGBImage(height: 3, width: 5, samples: samples)
            try TIFFWriter.writeRGB(image, to: directory + "/a.tif")
            #expect(try TIFFFile.read(path: directory + "/a.tif").rgbImage() == image)
            #expect(throws: InputError.self) {
                try TIFFWriter.writeRGB(RGBImage(height: 0, width: 0, samples: []), to: directory + "/b.tif")
            }
        }
    }

    @Test func matRoundTripsIntegerAndDoubleMatrices() throws {
        try DatasetTestSupport.withDirectory { directory in
            let path = directory + "/labels.mat"
            try MatWriter.write(
                [
                    MatWriter.Variable(name: "inst_map", rows: 2, columns: 3, values: .int32([0, 1, 1, 2, 2, 0])),
                    MatWriter.Variable(name: "inst_type", rows: 2, columns: 1, values: .double([3, 5])),
                    MatWriter.Variable(name: "inst_centroid", rows: 2, columns: 2, values: .double([1.5, 0, 0.5, 1])),
                ], to: path)
            let mat = try MatFile(path: path)
            let map = try mat.integerMatrix("inst_map")
            #expect(map.rows == 2 && map.columns == 3 && map.values == [0, 1, 1, 2, 2, 0])
            #expect(try mat.instanceMap().count == 2)
            #expect(try mat.instanceTypes() == [3, 5])
            #expect(try mat.centroids() == [Point(x: 1.5, y: 0), Point(x: 0.5, y: 1)])
            #expect(throws: InputError.self) {
                try MatWriter.write(
                    [MatWriter.Variable(name: "x", rows: 2, columns: 2, values: .int32([1]))], to: path)
            }
        }
    }

    @Test func unicodeNpyRoundTripsThroughTheReader() throws {
        try DatasetTestSupport.withDirectory { directory in
            let names = ["Adrenal_gland", "Bile-duct", "Lung"]
            try NpyStringWriter.write(names, to: directory + "/types.npy")
            let file = try NpyFile(path: directory + "/types.npy")
            #expect(file.dtype.description == "<U13" && file.shape == [3])
            #expect(try file.strings() == names)
        }
    }

    @Test func monuSegAnnotationRoundTripsThroughTheParser() throws {
        let regions = [
            [Point(x: 1.25, y: 2), Point(x: 8.5, y: 2), Point(x: 8.5, y: 9.75)],
            [Point(x: 20, y: 20), Point(x: 30, y: 21), Point(x: 25, y: 30), Point(x: 19.5, y: 26)],
        ]
        let annotation = try MoNuSegAnnotation.parse(MoNuSegAnnotationWriter.document(regions: regions))
        #expect(annotation.regions == regions)
        #expect(annotation.regionNumbers == [1, 2])
    }
}
