import Testing

@testable import NucIO

@Suite struct MatValueTests {}

extension MatValueTests {
    @Test func accessorsDescribeEachKind() throws {
        let file = try MatFile(path: MatFixtures.path("scipy_containers_plain.mat"))
        let text = try MatFile(path: MatFixtures.path("scipy_text_compressed.mat"))
        let numeric = MatValue.numeric(MatArray(shape: [1, 2], numbers: .int32([4, 5])))
        #expect(numeric.array?.numbers == .int32([4, 5]))
        #expect(numeric.kindDescription == "int32 array")
        #expect(numeric.string == nil)
        #expect(try text.variable("word").string == "hello")
        #expect(try text.variable("rows").string == nil)
        #expect(try text.variable("rows").shape == [2, 3])
        #expect(try text.variable("word").kindDescription == "char array")
        #expect(try file.variable("cells").kindDescription == "cell array")
        #expect(try file.variable("cells").array == nil)
        #expect(try file.variable("records").kindDescription == "struct array")
        #expect(try file.variable("records").shape == [1, 2])
    }
}
