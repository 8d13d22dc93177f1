import Testing

@testable import NucIO

@Suite struct PolygonRasterizerTests {
    /// The polygon's pixels drawn as rows of `#` and `.`.
    func picture(_ vertices: [(Int, Int)], height: Int, width: Int) -> [String] {
        let rasterizer = PolygonRasterizer(height: height, width: width)
        let pixels = Set(rasterizer.pixels(of: vertices.map { PolygonRasterizer.Vertex(x: $0.0, y: $0.1) }))
        return (0..<height).map { row in
            String((0..<width).map { pixels.contains(row * width + $0) ? "#" : "." })
        }
    }
}

// MARK: - Shapes

extension PolygonRasterizerTests {
    @Test func rectangleIncludesItsBoundary() {
        #expect(
            picture([(1, 1), (4, 1), (4, 3), (1, 3)], height: 5, width: 6) == [
                "......", ".####.", ".####.", ".####.", "......",
            ])
    }

    @Test func triangleIncludesItsDiagonal() {
        #expect(
            picture([(0, 0), (4, 0), (0, 4)], height: 6, width: 6) == [
                "#####.", "####..", "###...", "##....", "#.....", "......",
            ])
        #expect(
            picture([(1, 1), (6, 2), (3, 5)], height: 6, width: 8) == [
                "........", ".###....", ".######.", "..####..", "..###...", "...#....",
            ])
    }

    @Test func degeneratePolygonsAreTheirOutline() {
        #expect(picture([(2, 1)], height: 3, width: 4) == ["....", "..#.", "...."])
        #expect(picture([(0, 0), (3, 2)], height: 3, width: 4) == ["#...", ".##.", "...#"])
    }

    @Test func clippingKeepsOnlyPixelsInside() {
        #expect(picture([(-5, -5), (10, -5), (10, 10), (-5, 10)], height: 2, width: 3) == ["###", "###"])
        #expect(picture([(20, 20), (30, 20), (25, 30)], height: 4, width: 4).allSatisfy { $0 == "...." })
        #expect(PolygonRasterizer(height: 0, width: 5).pixels(of: [.init(x: 0, y: 0)]).isEmpty)
    }

    @Test func pixelsAreSortedAndUnique() {
        let rasterizer = PolygonRasterizer(height: 20, width: 20)
        let pixels = rasterizer.pixels(of: [
            .init(x: 2, y: 2), .init(x: 15, y: 4), .init(x: 8, y: 17), .init(x: 2, y: 2),
        ])
        #expect(pixels == Array(Set(pixels)).sorted())
    }
}
