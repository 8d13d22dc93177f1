import Testing

@testable import NucBench

@Suite struct ContentRangeTests {}

extension ContentRangeTests {
    @Test func partsOfTheHeader() {
        let whole = ContentRange("bytes 100-299/300")
        #expect(whole.start == 100 && whole.total == 300)
        let unsatisfied = ContentRange("bytes */300")
        #expect(unsatisfied.start == nil && unsatisfied.total == 300)
        let unknownTotal = ContentRange("bytes 5-9/*")
        #expect(unknownTotal.start == 5 && unknownTotal.total == nil)
        #expect(ContentRange(nil) == ContentRange("items 1-2/3"))
    }
}
