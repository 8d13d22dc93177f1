import NucBench
import Testing

/// `HolmAdjustment`: Holm (1979) step-down adjusted p-values.
@Suite struct HolmAdjustmentTests {}

extension HolmAdjustmentTests {
    /// By hand: sorted 0.005, 0.01, 0.03, 0.04 → 4·0.005, 3·0.01, 2·0.03, max(0.06, 1·0.04).
    @Test func adjustsInSortedOrderAndKeepsTheRunningMaximum() {
        #expect(HolmAdjustment.adjusted([0.01, 0.04, 0.03, 0.005]) == [0.03, 0.06, 0.06, 0.02])
    }

    @Test func clipsAtOneAndHandlesTiesAndEmptyFamilies() {
        #expect(HolmAdjustment.adjusted([0.5, 0.5, 0.2]) == [1, 1, 0.6000000000000001])
        #expect(HolmAdjustment.adjusted([]) == [])
        #expect(HolmAdjustment.adjusted([0.04]) == [0.04])
    }
}
