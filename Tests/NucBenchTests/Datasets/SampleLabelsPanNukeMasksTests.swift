import NucBench
import Testing

@Suite struct SampleLabelsPanNukeMasksTests {}

extension SampleLabelsPanNukeMasksTests {
    @Test func panNukeMasksComeFromTheStoredChannels() throws {
        let dataset = try Dataset.open(path: DatasetTestSupport.fixture("pannuke"))
        let labels = try dataset[0].labels()
        let masks = try #require(try labels.panNukeMasks())
        let channels = try #require(labels.classChannels)
        #expect(masks == (try PanNukeMasks(height: 32, width: 32, channels: channels)))
        let converted = try Dataset.open(path: DatasetTestSupport.fixture("pannuke-promptnucseg"))
        #expect(try converted[0].labels().panNukeMasks() == nil)
    }
}
