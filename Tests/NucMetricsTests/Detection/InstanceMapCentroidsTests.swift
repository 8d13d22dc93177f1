import Foundation
import NucIO
import NucMetrics
import Testing

extension Detection {
    @Suite("Instance centroids")
    struct InstanceMapCentroidsTests {
        /// Builds a map from a row-major picture of labels.
        static func map(_ rows: [[Int64]]) throws -> InstanceMap {
            try InstanceMap(height: rows.count, width: rows.first?.count ?? 0, labels: rows.flatMap { $0 })
        }
    }
}

extension Detection.InstanceMapCentroidsTests {
    @Test("full-image moments are Σx / n and Σy / n, ascending original id")
    func fullImage() throws {
        let map = try Self.map([
            [0, 7, 7, 0],
            [0, 7, 0, 3],
            [0, 0, 3, 3],
        ])
        let centroids = map.centroids(convention: .fullImage)
        #expect(centroids == [Point(x: 8.0 / 3.0, y: 5.0 / 3.0), Point(x: 4.0 / 3.0, y: 1.0 / 3.0)])
    }

    @Test("bounding-box moments are Σ(x − xmin) / n + xmin")
    func boundingBox() throws {
        let map = try Self.map([
            [0, 7, 7, 0],
            [0, 7, 0, 3],
            [0, 0, 3, 3],
        ])
        let centroids = map.centroids(convention: .boundingBox)
        #expect(centroids == [Point(x: 2.0 / 3.0 + 2, y: 2.0 / 3.0 + 1), Point(x: 1.0 / 3.0 + 1, y: 1.0 / 3.0)])
    }

    @Test("the two conventions can differ in the last bit")
    func conventionsDiffer() throws {
        // Pixels on rows 1, 1 and 3: 5 / 3 = 1.6666666666666667, but 2 / 3 + 1 = 1.6666666666666665.
        let map = try Self.map([
            [0, 0],
            [1, 1],
            [0, 0],
            [1, 0],
        ])
        let full = map.centroids(convention: .fullImage)[0]
        let box = map.centroids(convention: .boundingBox)[0]
        #expect(full.y == 5.0 / 3.0)
        #expect(box.y == 2.0 / 3.0 + 1.0)
        #expect(full.y != box.y)
        #expect(full.x == box.x)
    }

    @Test("a map without instances has no centroids")
    func empty() throws {
        let map = try Self.map([[0, 0], [0, 0]])
        #expect(map.centroids(convention: .fullImage).isEmpty)
        #expect(map.centroids(convention: .boundingBox).isEmpty)
    }

    @Test("realistic.gt.npy: every gt_centroids value of realistic.jsonl bit for bit")
    func realisticFixtures() throws {
        let directory = metricsFixturesDirectory().appendingPathComponent("pairs")
        let stack = try NpyFile(path: directory.appendingPathComponent("realistic.gt.npy").path)
        let lines = try JSON.readLines(path: directory.appendingPathComponent("realistic.jsonl").path)
        #expect(lines.count == 60)
        var compared = 0
        for line in lines {
            let index = try #require(line["index"]?.int)
            let expected = try #require(line["gt_centroids"]?.elements).map { entry in try #require(entry.doubles) }
            let centroids = try stack.instanceMap(slice: index).centroids(convention: .fullImage)
            try #require(centroids.count == expected.count, "image \(index)")
            for (centroid, wanted) in zip(centroids, expected) {
                #expect(centroid.x.bitPattern == wanted[0].bitPattern, "image \(index)")
                #expect(centroid.y.bitPattern == wanted[1].bitPattern, "image \(index)")
                compared += 2
            }
        }
        #expect(compared > 0)
    }
}
