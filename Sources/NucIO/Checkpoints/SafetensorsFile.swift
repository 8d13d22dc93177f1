/// A safetensors file: an 8-byte little-endian header length, a JSON header mapping each
/// tensor name to `{"dtype", "shape", "data_offsets": [begin, end]}` (offsets relative to
/// the data after the header) and an optional `__metadata__` map of strings, then the data.
///
/// Every entry is checked before it is read: a known dtype, a non-negative shape, offsets
/// inside the data, and exactly the bytes the shape needs.
///
/// Reference: huggingface/safetensors 0.4 README ("Format") and `safetensors/src/tensor.rs`
/// (`Metadata::validate`).
struct SafetensorsFile {
    /// Largest header accepted: 100 MB, the reference implementation's limit.
    static let maximumHeaderSize = 100_000_000

    /// One tensor entry of the header.
    struct Entry {
        /// The tensor's name.
        let name: String
        /// The stored type.
        let dtype: CheckpointDType
        /// The extents.
        let shape: [Int]
        /// Its bytes as file offsets.
        let range: Range<Int>
    }

    /// The tensor entries in header order.
    let entries: [Entry]
    /// The `__metadata__` strings.
    let metadata: [String: String]

    /// Parses the header of a mapped file.
    ///
    /// - Parameters:
    ///   - file: The whole file.
    ///   - path: The file, for errors.
    /// - Throws: `InputError` naming the file when the header is truncated, not JSON, or
    ///   describes a tensor that does not fit the data.
    init(_ file: UnsafeRawBufferPointer, path: String) throws {
        guard file.count >= 8 else {
            throw InputError("safetensors file is shorter than its 8-byte header length", file: path)
        }
        let declared = UInt64(littleEndian: file.loadUnaligned(as: UInt64.self))
        guard declared <= UInt64(Self.maximumHeaderSize), Int(declared) <= file.count - 8 else {
            throw InputError(
                "safetensors header length \(declared) exceeds the file (\(file.count) bytes) or the"
                    + " \(Self.maximumHeaderSize)-byte limit", file: path, offset: 0)
        }
        let dataStart = 8 + Int(declared)
        let header = try JSONParser.parse(Array(file[8..<dataStart]), file: path)
        guard case .object(let members) = header else {
            throw InputError("safetensors header is not a JSON object", file: path, offset: 8)
        }
        var entries: [Entry] = []
        var metadata: [String: String] = [:]
        for member in members {
            if member.key == "__metadata__" {
                metadata = try Self.metadata(member.value, path: path)
                continue
            }
            do {
                entries.append(try Self.entry(member, dataStart: dataStart, dataCount: file.count - dataStart))
            } catch let error as InputError {
                throw InputError("safetensors tensor '\(member.key)': \(error.message)", file: path, offset: 8)
            }
        }
        self.entries = entries
        self.metadata = metadata
    }

    // MARK: - Entries

    /// A tensor entry, checked against the data section.
    private static func entry(_ member: JSON.Member, dataStart: Int, dataCount: Int) throws -> Entry {
        guard let dtypeName = member.value["dtype"]?.text else { throw InputError("has no dtype string") }
        guard let dtype = CheckpointDType(safetensors: dtypeName) else {
            throw InputError("dtype \(dtypeName) is not supported")
        }
        guard let shape = member.value["shape"]?.ints, let count = TensorLayout.count(of: shape) else {
            throw InputError("shape must be a list of non-negative integers")
        }
        guard let offsets = member.value["data_offsets"]?.ints, offsets.count == 2,
            offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= dataCount
        else {
            throw InputError("data_offsets must be [begin, end] inside the \(dataCount) bytes of data")
        }
        let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard !overflow, offsets[1] - offsets[0] == needed else {
            throw InputError(
                "data_offsets \(offsets) span \(offsets[1] - offsets[0]) bytes but shape \(shape) of \(dtypeName)"
                    + " needs \(overflow ? "more" : String(needed))")
        }
        return Entry(
            name: member.key, dtype: dtype, shape: shape, range: (dataStart + offsets[0])..<(dataStart + offsets[1]))
    }

    /// The `__metadata__` map: strings only.
    private static func metadata(_ value: JSON, path: String) throws -> [String: String] {
        guard case .object(let members) = value else {
            throw InputError("safetensors __metadata__ is not an object of strings", file: path, offset: 8)
        }
        var result: [String: String] = [:]
        for member in members {
            guard let text = member.value.text else {
                throw InputError("safetensors __metadata__ '\(member.key)' is not a string", file: path, offset: 8)
            }
            result[member.key] = text
        }
        return result
    }
}
