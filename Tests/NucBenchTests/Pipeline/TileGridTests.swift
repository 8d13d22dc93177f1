import NucBench
import Testing

/// `TileGrid` against `crop_with_overlap` (fixture) and the spec's verified offsets.
@Suite struct TileGridTests {}

extension TileGridTests {
    @Test func offsetsMatchTheReferenceForManySizesAndOverlaps() throws {
        let fixture = try PipelineFixture.load()
        #expect(fixture.tileOffsets.count == 52)
        for row in fixture.tileOffsets {
            #expect(
                TileGrid.offsets(size: row.size, overlap: row.overlap) == row.offsets, "\(row.size) ε \(row.overlap)")
        }
    }

    @Test func specVerifiedOffsets() {
        let expected: [Int: [Int]] = [
            256: [0], 448: [0, 192], 500: [0, 192, 244], 512: [0, 192, 256], 600: [0, 192, 344],
            608: [0, 192, 352], 1000: [0, 192, 384, 576, 744], 1008: [0, 192, 384, 576, 752],
        ]
        for (size, offsets) in expected { #expect(TileGrid.offsets(size: size, overlap: 64) == offsets) }
    }

    @Test func tilesRunRowsOuterColumnsInner() throws {
        let grid = try TileGrid(width: 500, height: 448)
        #expect(
            grid.tiles.map { [$0.x0, $0.y0, $0.x1, $0.y1] } == [
                [0, 0, 256, 256], [192, 0, 448, 256], [244, 0, 500, 256],
                [0, 192, 256, 448], [192, 192, 448, 448], [244, 192, 500, 448],
            ])
        #expect(grid.tiles[0].contains(x: 0, y: 255.9))
        #expect(!grid.tiles[0].contains(x: 256, y: 0))
    }

    @Test func refusesSmallImagesAndBadOverlaps() {
        #expect(throws: InputError("image is 255×300; tiled segmentation needs at least 256×256")) {
            try TileGrid(width: 255, height: 300)
        }
        #expect(throws: InputError("tile overlap 256 must be in 0…255")) {
            try TileGrid(width: 300, height: 300, overlap: 256)
        }
    }
}
