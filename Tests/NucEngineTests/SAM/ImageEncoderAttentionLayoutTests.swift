import Testing

@testable import NucEngine

@Suite struct ImageEncoderAttentionLayoutTests {}

extension ImageEncoderAttentionLayoutTests {
    @Test func samWindowsCoverTheGridOnceWithPaddingAtTheBottomRight() {
        let layout = ImageEncoder.AttentionLayout.windowed(grid: 16, window: 14)
        #expect(layout.side == 14 && layout.slots == 196 && layout.isPadded && !layout.isIdentity)
        #expect(layout.windows.map(\.count) == [196, 28, 28, 4])
        #expect(layout.windows.map(\.start) == [0, 196, 224, 252])
        #expect(layout.windows.map(\.rows) == [14, 14, 2, 2])
        #expect(layout.windows.map(\.columns) == [14, 2, 14, 2])
        #expect(layout.order.sorted() == Array(0..<256))
        #expect(Array(layout.order[0..<3]) == [0, 1, 2])
        #expect(Array(layout.order[13..<15]) == [13, 16])
        #expect(Array(layout.order[196..<200]) == [14, 15, 30, 31])
        #expect(Array(layout.order[252..<256]) == [238, 239, 254, 255])
    }

    @Test func globalAttentionIsOneUnpaddedWindowInGridOrder() {
        let layout = ImageEncoder.AttentionLayout.global(grid: 16)
        #expect(layout.side == 16 && !layout.isPadded && layout.isIdentity)
        #expect(layout.windows == [.init(start: 0, rows: 16, columns: 16)])
    }

    @Test func aWindowThatDividesTheGridNeedsNoPadding() {
        let layout = ImageEncoder.AttentionLayout.windowed(grid: 16, window: 8)
        #expect(!layout.isPadded)
        #expect(layout.windows.map(\.count) == [64, 64, 64, 64])
    }
}
