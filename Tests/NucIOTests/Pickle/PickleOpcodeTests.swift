import Testing

@testable import NucIO

@Suite struct PickleOpcodeTests {}

// MARK: - Names

extension PickleOpcodeTests {
    @Test func namesArePickletoolsNames() {
        let expected: [PickleOpcode: String] = [
            .mark: "MARK", .tuple1: "TUPLE1", .long4: "LONG4", .shortBinUnicode: "SHORT_BINUNICODE",
            .stackGlobal: "STACK_GLOBAL", .binPersistentID: "BINPERSID", .newObjectExtended: "NEWOBJ_EX",
            .memoize: "MEMOIZE", .binInt1: "BININT1", .readOnlyBuffer: "READONLY_BUFFER",
        ]
        for (opcode, name) in expected {
            #expect(opcode.name == name)
        }
    }

    @Test func everyOpcodeOfProtocolFiveIsKnown() {
        #expect(PickleOpcode.allCases.count == 68)
        #expect(Set(PickleOpcode.allCases.map(\.name)).count == 68)
    }
}
