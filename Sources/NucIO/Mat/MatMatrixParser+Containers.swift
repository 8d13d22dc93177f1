extension MatMatrixParser {
    /// Reads a cell array: one `miMATRIX` element per cell, column-major.
    ///
    /// - Parameters:
    ///   - header: The array's header.
    ///   - depth: The array's own depth; its cells are one deeper.
    /// - Returns: The cells, row-major.
    /// - Throws: `InputError` if the element is too short for its cells or a cell is malformed.
    func cell(_ header: Header, depth: Int) throws -> MatValue {
        try checkRoom(for: header.count, after: header.contentOffset, in: header, what: "cells")
        var elements: [MatValue] = []
        elements.reserveCapacity(header.count)
        var position = header.contentOffset
        for _ in 0..<header.count {
            let (value, next) = try nestedValue(at: position, end: header.end, depth: depth + 1)
            elements.append(value)
            position = next
        }
        return .cell(shape: header.shape, elements: MatLayout.reordered(elements, shape: header.shape))
    }

    /// Reads a struct array: the field-name length (`miINT32`), the NUL-padded names
    /// (`miINT8`), then for each struct element column-major, one `miMATRIX` per field.
    ///
    /// - Parameters:
    ///   - header: The array's header.
    ///   - depth: The array's own depth; its field values are one deeper.
    /// - Returns: The struct array; each field's values are row-major.
    /// - Throws: `InputError` for malformed field names, an element too short for its
    ///   values, or a malformed value.
    func structure(_ header: Header, depth: Int) throws -> MatValue {
        let lengthTag = try buffer.tag(at: header.contentOffset, end: header.end)
        guard lengthTag.type == .int32 || lengthTag.type == .uint32, lengthTag.count == 4 else {
            throw buffer.error(
                "field name length must be a 4-byte miINT32 element, found \(lengthTag.description)",
                at: lengthTag.position)
        }
        let nameLength = Int(buffer.load(Int32.self, at: lengthTag.dataOffset))
        let namesTag = try buffer.tag(at: lengthTag.next, end: header.end)
        guard namesTag.type == .int8 || namesTag.type == .uint8,
            nameLength > 0 ? namesTag.count % nameLength == 0 : namesTag.count == 0
        else {
            throw buffer.error(
                "field names must be an miINT8 element of \(nameLength)-byte names, found \(namesTag.description)",
                at: namesTag.position)
        }
        let names = fieldNames(namesTag, length: nameLength)
        guard let valueCount = Self.product([header.count, names.count]) else {
            throw buffer.error("\(header.description) with \(names.count) fields overflows", at: header.position)
        }
        try checkRoom(for: valueCount, after: namesTag.next, in: header, what: "field values")
        var values = [[MatValue]](repeating: [], count: names.count)
        var position = namesTag.next
        for _ in 0..<(names.isEmpty ? 0 : header.count) {
            for field in names.indices {
                let (value, next) = try nestedValue(at: position, end: header.end, depth: depth + 1)
                values[field].append(value)
                position = next
            }
        }
        let fields = Dictionary(
            uniqueKeysWithValues: zip(names, values.map { MatLayout.reordered($0, shape: header.shape) }))
        return .structure(shape: header.shape, fieldNames: names, fields: fields)
    }

    /// Splits NUL-padded field names; a repeated name becomes `_1_name`, `_2_name` …
    /// (the counter runs over the struct), as scipy renames it.
    private func fieldNames(_ tag: MatTag, length: Int) -> [String] {
        guard length > 0 else { return [] }
        var names: [String] = []
        var seen: Set<String> = []
        var renamed = 0
        for start in stride(from: tag.dataOffset, to: tag.end, by: length) {
            let bytes = buffer.bytes[start..<start + length].prefix { $0 != 0 }
            let original = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            var name = original
            while seen.contains(name) {
                renamed += 1
                name = "_\(renamed)_\(original)"
            }
            seen.insert(name)
            names.append(name)
        }
        return names
    }

    /// Checks that `count` elements of at least one 8-byte tag each fit before the end.
    private func checkRoom(for count: Int, after position: Int, in header: Header, what: String) throws {
        let room = (header.end - position) / 8
        guard count <= room else {
            throw buffer.error(
                "\(header.description) needs \(count) \(what), but its remaining "
                    + "\(header.end - position) bytes hold at most \(room)", at: header.position)
        }
    }
}
