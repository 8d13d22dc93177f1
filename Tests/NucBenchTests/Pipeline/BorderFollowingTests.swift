import Foundation
import Testing

@testable import NucBench

@Suite struct BorderFollowingTests {}

extension BorderFollowingTests {
    @Test func contoursEqualOpenCVVertexForVertex() throws {
        let fixture = try OraclePromptsFixture.load()
        var compared = 0
        for entry in fixture.maps {
            guard let expected = entry.contours else { continue }
            let instances = try OraclePromptsFixture.instanceMap(entry)
            for (index, id) in instances.ids.enumerated() {
                let mask = instances.indices.map { $0 == Int32(index + 1) ? UInt8(255) : 0 }
                let contours = BorderFollowing.contours(mask: mask, height: instances.height, width: instances.width)
                let got = contours.map { $0.vertices.flatMap { [$0.x, $0.y] } }
                #expect(got == expected[String(id)], "\(entry.name) id \(id)")
                compared += contours.count
            }
        }
        #expect(compared == 10660)
    }

    @Test func theFirstBorderFoundIsListedLast() {
        // Two outer borders and a hole: OpenCV lists them last-discovered first.
        let mask: [UInt8] = [
            1, 1, 1, 0, 0,
            1, 0, 1, 0, 0,
            1, 1, 1, 0, 1,
        ]
        let contours = BorderFollowing.contours(mask: mask, height: 3, width: 5)
        #expect(contours.map(\.isHole) == [false, true, false])
        #expect(contours[0].vertices == [.init(x: 4, y: 2)])
        #expect(contours[2].vertices == [.init(x: 0, y: 0), .init(x: 0, y: 2), .init(x: 2, y: 2), .init(x: 2, y: 0)])
    }

    @Test func polygonMomentsMatchOpenCVsFormula() {
        // The 3 × 3 block traced as OpenCV traces it: area 4, centroid (1, 1); reversed, the same.
        let square: [Contour.Vertex] = [.init(x: 0, y: 0), .init(x: 0, y: 2), .init(x: 2, y: 2), .init(x: 2, y: 0)]
        for vertices in [square, square.reversed()] {
            let moments = ContourMoments(vertices: vertices)
            #expect(moments.m00 == 4 && moments.m10 / moments.m00 == 1 && moments.m01 / moments.m00 == 1)
            #expect(ContourMoments.area(of: vertices) == 4)
        }
        #expect(ContourMoments(vertices: [.init(x: 3, y: 1), .init(x: 5, y: 1)]).m00 == 0)
    }

    @Test func distancesEqualOpenCVsL1Transform() throws {
        let folder = OraclePromptsFixture.folder
        let maskFile = try NpyFile(path: "\(folder)/distance-mask.npy")
        let mask = try maskFile.int64Values().map { $0 != 0 }
        let expected = try NpyFile(path: "\(folder)/distance-l1.npy").doubleValues()
        let got = DistanceTransformL1.distances(mask: mask, height: maskFile.shape[0], width: maskFile.shape[1])
        #expect(got.map(Double.init) == expected)
        #expect(expected.contains { $0 >= 2 }, "the fixture has pixels deeper than the border")
    }
}
