import Testing

@testable import NucIO

@Suite struct NpyHeaderLiteralTests {}

extension NpyHeaderLiteralTests {
    @Test func describesLiteralsAsPythonRepr() {
        let literal = NpyHeaderLiteral.dictionary([
            "shape": .tuple([.integer(5)]),
            "descr": .list([.tuple([.string("a"), .string("<i4")])]),
            "fortran_order": .boolean(false),
            "other": .tuple([.none, .tuple([])]),
        ])
        #expect(
            literal.description
                == "{'descr': [('a', '<i4')], 'fortran_order': False, 'other': (None, ()), 'shape': (5,)}")
    }
}
