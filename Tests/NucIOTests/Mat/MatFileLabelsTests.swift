import Testing

@testable import NucIO

@Suite struct MatFileLabelsTests {}

// MARK: - HoVer-Net label files

extension MatFileLabelsTests {
    @Test(arguments: ["scipy_hovernet_plain.mat", "scipy_hovernet_compressed.mat", "crafted_matlab_style_hovernet.mat"])
    func readsTheLabelsScipyReads(name: String) throws {
        let expected = try #require(MatFixtures.files[name]?["variables"])
        let file = try MatFile(path: MatFixtures.path(name))
        let labels = try #require(expected["inst_map"]?["values"]?.doubles).map { Int64($0) }
        let map = try file.instanceMap()
        #expect(map == (try InstanceMap(height: 60, width: 50, labels: labels)))
        #expect(map.ids.count == 5 && map.hasBackground)
        let types = try file.integerMatrix("type_map")
        #expect(types.rows == 60 && types.columns == 50)
        #expect(types.values == (try #require(expected["type_map"]?["values"]?.doubles)).map { Int64($0) })
        #expect(try file.instanceTypes() == [1, 2, 1, 3, 2])
        let centroids = try #require(expected["inst_centroid"]?["values"]?.doubles)
        #expect(try file.centroids() == (0..<5).map { Point(x: centroids[2 * $0], y: centroids[2 * $0 + 1]) })
    }

    @Test func idsKeepTheirOriginalValues() throws {
        let map = try MatFile(path: MatFixtures.path("scipy_hovernet_compressed.mat")).instanceMap()
        #expect(map.ids == [3, 7, 12, 1000, 65541])
    }
}

// MARK: - Rejected label variables

extension MatFileLabelsTests {
    @Test func fractionalNegativeAndNonMatrixLabelsAreRejected() throws {
        let writer = MatBytes()
        let bytes = writer.file([
            writer.doubles("fraction", dimensions: [2, 2], [0, 1, 1.5, 2]),
            writer.doubles("negative", dimensions: [1, 2], [0, -1]),
            writer.matrix(
                "negative16", classCode: 10, dimensions: [1, 2],
                parts: [
                    writer.element(3, writer.word(Int16(0)) + writer.word(Int16(-1)))
                ]),
            writer.doubles("cube", dimensions: [1, 1, 2], [0, 1]),
            writer.matrix("text", classCode: 4, dimensions: [1, 2], parts: [writer.element(16, Array("ab".utf8))]),
            writer.doubles("types", dimensions: [2, 2], [1, 2, 3, 4]),
            writer.doubles("points", dimensions: [2, 3], [1, 2, 3, 4, 5, 6]),
            writer.doubles("none", dimensions: [0, 0], []),
        ])
        try TemporaryFiles.withFile(bytes, name: "labels.mat") { path in
            let file = try MatFile(path: path)
            let fraction = expectInputError(file: path, containing: "variable 'fraction': label 1.5 at pixel 1") {
                _ = try file.instanceMap("fraction")
            }
            #expect(fraction?.offset == 128)
            expectInputError(file: path, containing: "variable 'negative': label -1.0 at pixel 1") {
                _ = try file.instanceMap("negative")
            }
            expectInputError(file: path, containing: "variable 'negative16': instance ids must be non-negative") {
                _ = try file.instanceMap("negative16")
            }
            expectInputError(file: path, containing: "has shape [1, 1, 2]; expected a 2-D matrix") {
                _ = try file.integerMatrix("cube")
            }
            expectInputError(file: path, containing: "variable 'text' is a char array, not a numeric array") {
                _ = try file.instanceMap("text")
            }
            expectInputError(file: path, containing: "has shape [2, 2]; expected N×1 instance types") {
                _ = try file.instanceTypes("types")
            }
            expectInputError(file: path, containing: "has shape [2, 3]; expected N×2 centroids") {
                _ = try file.centroids("points")
            }
            #expect(try file.instanceTypes("none").isEmpty)
            #expect(try file.centroids("none").isEmpty)
        }
    }
}
