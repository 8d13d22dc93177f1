/// The nucleus polygons of a MoNuSeg / Kumar annotation file (Aperio ImageScope XML).
///
/// The schema is `Annotations/Annotation/Regions/Region/Vertices/Vertex`, each `Vertex`
/// with float `X` (column) and `Y` (row) attributes and an optional `Z`, which is ignored
/// (datasets spec §2). Other elements (`Attributes`, `RegionAttributeHeaders`, `Plots`) are
/// skipped. Regions are numbered 1, 2, … over every `Region` element in document order, as
/// HoVer-Net's `misc/proc_kumar_ann.py` enumerates `xml.findall('.//Region')`; regions with
/// fewer than three vertices enclose no area and are set aside in `skippedRegions`.
public struct MoNuSegAnnotation: Sendable, Equatable {
    /// A region set aside because it has fewer than three vertices.
    public struct SkippedRegion: Sendable, Equatable {
        /// Its 1-based number among all regions of the file.
        public let number: Int
        /// How many vertices it has.
        public let vertexCount: Int
        /// Byte offset of its `<Region` tag.
        public let offset: Int
    }

    /// Largest accepted file: 64 MiB (MoNuSeg files are a few MB).
    public static let maximumFileSize = 64 << 20
    /// Largest accepted coordinate magnitude, in pixels.
    public static let maximumCoordinate = 1_000_000.0

    /// The polygons with at least three vertices, in file order; `x` is the column, `y` the row.
    public let regions: [[Point]]
    /// The 1-based number of each entry of `regions` among all regions of the file.
    public let regionNumbers: [Int]
    /// Regions with fewer than three vertices, in file order.
    public let skippedRegions: [SkippedRegion]

    /// Reads an annotation file.
    ///
    /// - Parameter path: The `.xml` file.
    /// - Returns: Its regions.
    /// - Throws: `InputError` naming the file and byte offset when it is missing, larger than
    ///   `maximumFileSize`, not well-formed XML, declares a DTD or entities, has a root other
    ///   than `Annotations`, or has a vertex without a finite decimal `X` or `Y` within
    ///   ±`maximumCoordinate`.
    public static func read(path: String) throws -> MoNuSegAnnotation {
        let mapping = try MemoryMappedFile(path: path)
        guard mapping.count <= maximumFileSize else {
            throw InputError(
                "annotation file of \(mapping.count) bytes exceeds the \(maximumFileSize)-byte limit", file: path)
        }
        return try parse(mapping.withBytes { Array($0) }, file: path)
    }

    /// Parses an annotation document held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The XML document.
    ///   - file: Where it came from, for errors.
    /// - Returns: Its regions.
    /// - Throws: `InputError` as `read(path:)` does.
    public static func parse(_ bytes: [UInt8], file: String? = nil) throws -> MoNuSegAnnotation {
        var scanner = try XMLScanner(bytes: bytes, file: file)
        var path: [String] = []
        var regions: [[Point]] = []
        var numbers: [Int] = []
        var skipped: [SkippedRegion] = []
        var current: (number: Int, offset: Int, vertices: [Point])?
        var regionCount = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let offset):
                if path.isEmpty, name != "Annotations" {
                    throw InputError(
                        "root element is <\(name)>, not <Annotations>: not an Aperio annotation file", file: file,
                        offset: offset)
                }
                path.append(name)
                if path == ["Annotations", "Annotation", "Regions", "Region"] {
                    regionCount += 1
                    current = (regionCount, offset, [])
                } else if path == ["Annotations", "Annotation", "Regions", "Region", "Vertices", "Vertex"] {
                    let x = try coordinate("X", of: attributes, file: file, offset: offset)
                    let y = try coordinate("Y", of: attributes, file: file, offset: offset)
                    current?.vertices.append(Point(x: x, y: y))
                }
            case .end:
                if path.count == 4, let region = current {
                    if region.vertices.count < 3 {
                        skipped.append(
                            SkippedRegion(
                                number: region.number, vertexCount: region.vertices.count, offset: region.offset))
                    } else {
                        regions.append(region.vertices)
                        numbers.append(region.number)
                    }
                    current = nil
                }
                path.removeLast()
            }
        }
        return MoNuSegAnnotation(regions: regions, regionNumbers: numbers, skippedRegions: skipped)
    }

    // MARK: - Coordinates

    /// Parses a coordinate attribute as Python's `float()` parses a decimal number.
    ///
    /// Surrounding XML whitespace is ignored; the text must be an optionally signed decimal
    /// with an optional fraction and exponent (`12`, `-0.5`, `1.5e2`). `inf`, `nan`, hex and
    /// digit separators are refused, as are magnitudes beyond `maximumCoordinate`.
    private static func coordinate(
        _ key: String, of attributes: [String: String], file: String?, offset: Int
    ) throws -> Double {
        guard let text = attributes[key] else {
            throw InputError("<Vertex> has no \(key) attribute", file: file, offset: offset)
        }
        let trimmed = text.utf8.drop { XMLScanner.isWhitespace($0) }.reversed().drop { XMLScanner.isWhitespace($0) }
        let bytes = Array(trimmed.reversed())
        guard isDecimal(bytes), let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
            throw InputError("<Vertex> \(key)=\"\(text)\" is not a decimal number", file: file, offset: offset)
        }
        guard abs(value) <= maximumCoordinate else {
            throw InputError(
                "<Vertex> \(key)=\"\(text)\" is outside ±\(Int(maximumCoordinate)) pixels", file: file, offset: offset)
        }
        return value
    }

    /// Whether `bytes` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    private static func isDecimal(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var mantissa = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }
}
