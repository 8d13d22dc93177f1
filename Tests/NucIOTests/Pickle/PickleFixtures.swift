import Foundation
import NucIO
import Testing

/// The pickle fixtures written by `Tools/fixtures/make_pickle_fixtures.py` and what Python
/// reads from them (`Fixtures/pickle/expected.json`).
enum PickleFixtures {
    /// The folder holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pickle")

    /// Every fixture's expectation by file name: an object with "value" or "error".
    static let all: [String: JSON] = {
        let path = directory.appendingPathComponent("expected.json").path
        return (try? JSON.read(path: path))?["fixtures"]?.members ?? [:]
    }()

    /// Names of the fixtures Python reads to a value, sorted.
    static func valueNames(suffix: String) -> [String] {
        all.filter { $0.key.hasSuffix(suffix) && $0.value["value"] != nil }.keys.sorted()
    }

    /// Names of the fixtures the reader must reject, sorted.
    static var errorNames: [String] { all.filter { $0.value["error"] != nil }.keys.sorted() }

    /// The path of a fixture.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// The bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The allow-list a torch checkpoint reader would use: tensors rebuild to
    /// `('tensor', *arguments)`, storages are names, `argparse.Namespace` is skipped.
    static let torchLike = PickleAllowList.standard.adding([
        PickleGlobal("torch._utils._rebuild_tensor_v2", call: { .tuple([.string("tensor")] + $0) }),
        .name("torch.FloatStorage"),
        .skipped("argparse.Namespace"),
    ])
}

// MARK: - Comparison with the tagged descriptions

/// Where `value` differs from Python's tagged description, or nil when they agree.
///
/// Floats compare bit for bit after parsing Python's `repr` (NaN equals NaN).
func pickleMismatch(_ value: PickleValue, _ expected: JSON, path: String = "$") -> String? {
    guard let tagged = expected.elements, let tag = tagged.first?.text else {
        return "\(path): bad expectation \(expected)"
    }
    let operand = tagged.count > 1 ? tagged[1] : JSON.null
    switch (tag, value) {
    case ("none", .none): return nil
    case ("bool", .bool(let flag)): return operand.bool == flag ? nil : "\(path): \(flag) ≠ \(operand)"
    case ("int", .int(let number)): return operand.text == String(number) ? nil : "\(path): \(number) ≠ \(operand)"
    case ("float", .float(let number)):
        return sameDouble(number, operand.text) ? nil : "\(path): \(number) ≠ \(operand)"
    case ("str", .string(let text)): return operand.text == text ? nil : "\(path): \(text) ≠ \(operand)"
    case ("bytes", .bytes(let data)): return operand.text == hex(data) ? nil : "\(path): bytes differ"
    case ("global", .global(let name)): return operand.text == name ? nil : "\(path): \(name) ≠ \(operand)"
    case ("skipped", .skipped(let name)): return operand.text == name ? nil : "\(path): \(name) ≠ \(operand)"
    case ("persid", .persistentID(let identifier)): return pickleMismatch(identifier, operand, path: path + ".pid")
    case ("list", .list(let items)), ("tuple", .tuple(let items)), ("set", .set(let items)):
        return sequenceMismatch(items, operand.elements ?? [], path: path)
    case ("dict", .dict(let entries)):
        let pairs = operand.elements ?? []
        guard pairs.count == entries.count else { return "\(path): \(entries.count) entries ≠ \(pairs.count)" }
        for (index, (entry, pair)) in zip(entries, pairs).enumerated() {
            let both = pair.elements ?? []
            guard both.count == 2 else { return "\(path): bad pair" }
            if let problem = pickleMismatch(entry.key, both[0], path: "\(path).key\(index)")
                ?? pickleMismatch(entry.value, both[1], path: "\(path)[\(index)]")
            {
                return problem
            }
        }
        return nil
    case ("objarray", .objectArray(let shape, let elements)):
        guard operand.ints == shape else { return "\(path): shape \(shape) ≠ \(operand)" }
        return sequenceMismatch(elements, tagged.count > 2 ? tagged[2].elements ?? [] : [], path: path)
    case ("ndarray", .array(let array)), ("scalar", .scalar(let array)):
        return arrayMismatch(array, tagged, path: path)
    default:
        return "\(path): \(value.typeName) where Python has \(tag)"
    }
}

private func sequenceMismatch(_ items: [PickleValue], _ expected: [JSON], path: String) -> String? {
    guard items.count == expected.count else { return "\(path): \(items.count) items ≠ \(expected.count)" }
    for (index, (item, description)) in zip(items, expected).enumerated() {
        if let problem = pickleMismatch(item, description, path: "\(path)[\(index)]") { return problem }
    }
    return nil
}

private func arrayMismatch(_ array: PickledArray, _ tagged: [JSON], path: String) -> String? {
    let isScalar = tagged[0].text == "scalar"
    guard tagged[1].text == array.dtype.description else { return "\(path): dtype \(array.dtype) ≠ \(tagged[1])" }
    let expectedShape = isScalar ? [] : tagged[2].ints ?? [-1]
    guard array.shape == expectedShape else { return "\(path): shape \(array.shape) ≠ \(expectedShape)" }
    let expected = isScalar ? [tagged[2]] : tagged[3].elements ?? []
    let actual: [JSON]
    switch array.dtype.kind {
    case .boolean: actual = ((try? array.int64Values()) ?? []).map { .bool($0 != 0) }
    case .signedInteger, .unsignedInteger: actual = ((try? array.int64Values()) ?? []).map { .string(String($0)) }
    case .unicode: actual = ((try? array.strings()) ?? []).map { .string($0) }
    case .floatingPoint:
        let values = (try? array.doubleValues()) ?? []
        guard values.count == expected.count,
            zip(values, expected).allSatisfy({ sameDouble($0, $1.text) })
        else { return "\(path): float elements differ" }
        return nil
    }
    return actual == expected ? nil : "\(path): elements \(actual.prefix(8)) ≠ \(expected.prefix(8))"
}

private func sameDouble(_ value: Double, _ text: String?) -> Bool {
    guard let text, let expected = Double(text) else { return false }
    return value.bitPattern == expected.bitPattern || (value.isNaN && expected.isNaN)
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// Expects `body` to throw an `InputError` naming `file`, containing `fragment`, with an
/// offset, and to do so within a second.
@discardableResult
func expectPickleError(
    file: String?, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> InputError? {
    var error: InputError?
    let elapsed = ContinuousClock().measure {
        error = expectInputError(file: file, containing: fragment, sourceLocation: sourceLocation, body)
    }
    #expect(elapsed < .seconds(1), "took \(elapsed)", sourceLocation: sourceLocation)
    #expect(error?.offset != nil, "error has no offset", sourceLocation: sourceLocation)
    return error
}
