import Testing

@testable import NucIO

@Suite struct PickleValueTests {}

// MARK: - Access

extension PickleValueTests {
    @Test func accessorsMatchTheirCases() {
        let value = PickleValue.dict([
            .init(.string("a"), .list([.int(1), .string("x")])), .init(.int(2), .bytes([9])),
        ])
        #expect(value["a"]?.elements == [.int(1), .string("x")])
        #expect(value["b"] == nil && PickleValue.int(1)["a"] == nil)
        #expect(value.entries?.count == 2)
        #expect(value["a"]?.elements?[0].int64 == 1 && value["a"]?.elements?[1].string == "x")
        #expect(value.entries?[1].value.bytes == [9])
        #expect(PickleValue.none.int64 == nil && PickleValue.none.array == nil)
    }

    @Test func typeNamesArePythonNames() {
        #expect(PickleValue.none.typeName == "None")
        #expect(PickleValue.tuple([]).typeName == "tuple")
        #expect(PickleValue.global("numpy.ndarray").typeName == "numpy.ndarray")
        #expect(PickleValue.skipped(className: "argparse.Namespace").typeName == "argparse.Namespace")
    }

    @Test func hashabilityFollowsPython() {
        #expect(PickleValue.tuple([.int(1), .string("a")]).isHashable)
        #expect(!PickleValue.tuple([.list([])]).isHashable)
        #expect(!PickleValue.dict([]).isHashable)
        #expect(PickleValue.set([.int(1)]).isHashable)
    }
}
