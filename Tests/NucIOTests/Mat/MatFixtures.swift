import Foundation
import NucIO
import Testing

/// The `.mat` fixtures written by `Tools/fixtures/make_mat_fixtures.py` and what scipy
/// reads from them (`Fixtures/mat/expected.json`).
enum MatFixtures {
    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mat")

    /// Each fixture's expectation, by file name.
    static let files: [String: JSON] = {
        let path = directory.appendingPathComponent("expected.json").path
        return (try? JSON.read(path: path))?["files"]?.members ?? [:]
    }()

    /// Names of the files a reader must open, sorted.
    static var readableNames: [String] { files.filter { $0.value["variables"] != nil }.keys.sorted() }

    /// Names of the files a reader must reject, sorted.
    static var rejectedNames: [String] { files.filter { $0.value["error"] != nil }.keys.sorted() }

    /// The path of a fixture.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// The bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

/// Checks values read from a fixture against scipy's, exactly.
enum MatExpectation {
    /// Expects `value` to be what `expected` describes; `path` names it in failures.
    static func check(_ value: MatValue, _ expected: JSON, at path: String) {
        #expect(value.shape == expected["shape"]?.ints, "\(path): shape")
        switch (value, expected["kind"]?.text) {
        case (.numeric(let array), "numeric"):
            #expect(array.numbers.className == expected["class"]?.text, "\(path): class")
            checkNumbers(array.numbers, expected["values"]?.elements ?? [], at: path)
        case (.char(_, let rows), "char"):
            #expect(rows == expected["rows"]?.elements?.compactMap(\.text), "\(path): rows")
        case (.cell(_, let elements), "cell"):
            let expectedElements = expected["elements"]?.elements ?? []
            #expect(elements.count == expectedElements.count, "\(path): cell count")
            for (index, pair) in zip(elements, expectedElements).enumerated() {
                check(pair.0, pair.1, at: "\(path){\(index)}")
            }
        case (.structure(_, let names, let fields), "struct"):
            #expect(names == expected["fields"]?.elements?.compactMap(\.text), "\(path): field names")
            for name in names {
                let values = fields[name] ?? []
                let expectedValues = expected["values"]?[name]?.elements ?? []
                #expect(values.count == expectedValues.count, "\(path).\(name): count")
                for (index, pair) in zip(values, expectedValues).enumerated() {
                    check(pair.0, pair.1, at: "\(path)(\(index)).\(name)")
                }
            }
        default:
            Issue.record("\(path): read a \(value.kindDescription), expected \(expected["kind"]?.text ?? "?")")
        }
    }

    /// The message of the first value the reader must reject inside `expected`, if any.
    static func rejection(in expected: JSON) -> String? {
        if expected["kind"]?.text == "error" { return expected["message"]?.text }
        let children =
            (expected["elements"]?.elements ?? [])
            + (expected["values"]?.members ?? [:]).values.flatMap {
                $0.elements ?? []
            }
        return children.lazy.compactMap { rejection(in: $0) }.first
    }

    /// Compares values bit for bit (NaN equals NaN, −0 differs from +0).
    private static func checkNumbers(_ numbers: MatNumbers, _ expected: [JSON], at path: String) {
        let texts = expected.compactMap { json -> String? in
            if case .number(let text) = json { return text }
            return json.text
        }
        let actual: [String]
        switch numbers {
        case .double(let values): actual = values.map { canonical($0) }
        case .single(let values): actual = values.map { canonical(Double($0)) }
        case .int8(let values): actual = values.map(String.init)
        case .uint8(let values): actual = values.map(String.init)
        case .int16(let values): actual = values.map(String.init)
        case .uint16(let values): actual = values.map(String.init)
        case .int32(let values): actual = values.map(String.init)
        case .uint32(let values): actual = values.map(String.init)
        case .int64(let values): actual = values.map(String.init)
        case .uint64(let values): actual = values.map(String.init)
        case .logical(let values): actual = values.map { $0 ? "1" : "0" }
        }
        let wanted = numbers.isFloatingPoint ? texts.map { Double($0).map(canonical) ?? $0 } : texts
        #expect(actual.count == wanted.count, "\(path): value count")
        let mismatches = zip(actual, wanted).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(
            mismatches.isEmpty,
            "\(path): first mismatches \(mismatches.prefix(3).map { "\($0.offset): \($0.element)" })")
    }

    /// A text form of a value that is equal exactly when the values are equal bit for bit
    /// (unlike `==`, NaN equals NaN) and does not depend on dictionary order.
    static func canonical(_ value: MatValue) -> String {
        switch value {
        case .numeric(let array):
            return "\(array.numbers.className)\(array.shape):\(array.doubleValues.map(canonical))"
                + (array.numbers.className.contains("64") ? "\(array.numbers)" : "")
        case .char(let shape, let rows):
            return "char\(shape):\(rows)"
        case .cell(let shape, let elements):
            return "cell\(shape):[\(elements.map(canonical).joined(separator: ","))]"
        case .structure(let shape, let names, let fields):
            let values = names.map { "\($0)=[\((fields[$0] ?? []).map(canonical).joined(separator: ","))]" }
            return "struct\(shape):{\(values.joined(separator: ";"))}"
        }
    }

    /// A double's bits as text, so that equality is exact.
    private static func canonical(_ value: Double) -> String {
        value.isNaN ? "nan" : String(value.bitPattern, radix: 16)
    }
}
