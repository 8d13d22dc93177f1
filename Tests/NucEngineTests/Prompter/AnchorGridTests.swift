import Testing

@testable import NucEngine

/// Anchor layout (`AnchorPoints.forward`): λ/2 offsets on padded inputs, row-major order.
@Suite struct AnchorGridTests {}

extension AnchorGridTests {
    @Test func panNukeTileHas1024Anchors() {
        let grid = AnchorGrid(height: 256, width: 256, spacing: 8)
        #expect(grid.rows == 32 && grid.columns == 32 && grid.points.count == 1024)
        #expect(grid.points[0] == SIMD2(4, 4) && grid.points[1] == SIMD2(12, 4) && grid.points[32] == SIMD2(4, 12))
        #expect(grid.points[1023] == SIMD2(252, 252))
    }

    @Test func paddedKumarImageHas63By63Anchors() {
        let grid = AnchorGrid(height: 1008, width: 1008, spacing: 16)
        #expect(grid.rows == 63 && grid.columns == 63 && grid.points.last == SIMD2(1000, 1000))
    }

    @Test func unpaddedSizesUseTheRemainderAsOrigin() {
        // AnchorPoints on a 20×36 input with λ 16: origin ((36 mod 16)/2, (20 mod 16)/2) = (2, 2).
        let grid = AnchorGrid(height: 20, width: 36, spacing: 16)
        #expect(grid.rows == 2 && grid.columns == 3)
        #expect(grid.points == [SIMD2(2, 2), SIMD2(18, 2), SIMD2(34, 2), SIMD2(2, 18), SIMD2(18, 18), SIMD2(34, 18)])
    }
}
