import Testing

@testable import NucIO

@Suite struct PanNukeConversionTests {
    /// Five 1 × 6 channels from per-channel rows.
    static func channels(_ rows: [[Double]]) -> [[Double]] {
        rows + [[Double]](repeating: [Double](repeating: 0, count: rows[0].count), count: 5 - rows.count)
    }
}

extension PanNukeConversionTests {
    @Test func idsAreRemappedPerChannelOffsetAndRemappedAgain() throws {
        let conversion = try PanNukeConversion(
            channels: Self.channels([[0, 9, 9, 0, 4, 0], [0, 0, 0, 7, 0, 0], [2, 0, 0, 0, 0, 0]]), height: 1,
            width: 6)
        // Channel 0: 4 → 1, 9 → 2; channel 1: 7 → 3; channel 2: 2 → 4.
        #expect(conversion.instances.ids == [1, 2, 3, 4])
        #expect(conversion.instances.indices == [4, 2, 2, 3, 1, 0])
        #expect(conversion.classes == [3, 1, 1, 2, 1, 0])
        #expect(conversion.overlapPixels == 0)
        #expect(conversion.overwrittenCount == 0)
    }

    @Test func laterChannelsWinAndOverlapsAreCounted() throws {
        let conversion = try PanNukeConversion(
            channels: Self.channels([
                [3, 3, 3, 0, 0, 0], [0, 0, 5, 5, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0],
                [0, 0, 0, 0, 6, 6],
            ]),
            height: 2, width: 3)
        // Composed ids: 3 → 1, 5 → 2, channel 3's 1 → 3 (painted over), channel 4's 6 → 4.
        #expect(conversion.instances.ids == [1, 2, 4])
        #expect(conversion.instances.indices == [1, 1, 2, 2, 3, 3])
        #expect(conversion.classes == [1, 1, 2, 2, 5, 5])
        #expect(conversion.overlapPixels == 2)
        #expect(conversion.sharedNuclei.count == 2)
        #expect(conversion.overwrittenCount == 1)
        let kinds = conversion.anomalies(sample: "s", file: "f").map(\.kind)
        #expect(kinds == [.channelOverlap, .channelOverlap, .overwrittenInstance])
    }

    @Test func classMapClipsAndTruncatesLikeNumpy() throws {
        let conversion = try PanNukeConversion(
            channels: Self.channels([[0, 0, 0], [0, 0, 0], [0.5, -2, 0.2]]), height: 1, width: 3)
        // (k + 1) · clip(v, 0, 1) truncated: 3 · 0.5 = 1.5 → 1, 3 · 0 = 0, 3 · 0.2 = 0.6 → 0.
        #expect(conversion.classes == [1, 0, 0])
        // Negative and fractional values are instances, ascending: -2 → 1, 0.2 → 2, 0.5 → 3.
        #expect(conversion.instances.indices == [3, 1, 2])
    }

    @Test func nonFiniteValuesAreRejected() {
        expectInputError(file: nil, containing: "channel 1 pixel 2 holds inf") {
            _ = try PanNukeConversion(
                channels: Self.channels([[0, 0, 0], [0, 1, .infinity]]), height: 1, width: 3)
        }
    }
}
