/// The 128-byte header of a MATLAB Level-5 MAT-file, and the rejection of other versions.
///
/// Layout (MATLAB "MAT-File Format", R2024a, p. 1-6): 116 bytes of descriptive text,
/// 8 bytes of subsystem-data offset, the version 0x0100 and the endian indicator "IM"
/// (little-endian) or "MI" (big-endian). Version 7.3 files are HDF5 files with a
/// 512-byte user block holding a header with version 0x0200; version 4 files have no
/// header and start with a matrix's type word, which has a zero byte.
struct MatFileHeader {
    /// Length of the header.
    static let size = 128
    /// What users should do with a file this reader cannot read.
    static let resaveAdvice = "re-save with -v7 or scipy.io.savemat"

    /// Whether numbers in the file are big-endian.
    let isBigEndian: Bool

    /// Parses and checks the header.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - file: The path, named in errors.
    /// - Throws: `InputError` for a v7.3 (HDF5) or v4 file, a file too short for a header,
    ///   an unknown endian indicator or an unsupported version.
    init(bytes: UnsafeRawBufferPointer, file: String) throws {
        if Self.isVersion73(bytes) {
            throw InputError("MATLAB v7.3 (HDF5) .mat files are not supported; \(Self.resaveAdvice)", file: file)
        }
        if Self.isVersion4(bytes) {
            throw InputError(
                "MATLAB v4 .mat files are not supported (no MATLAB 5.0 header); \(Self.resaveAdvice)", file: file)
        }
        guard bytes.count >= Self.size else {
            throw InputError(
                "truncated: a MAT-file header needs \(Self.size) bytes, the file has \(bytes.count)", file: file,
                offset: 0)
        }
        switch (bytes[126], bytes[127]) {
        case (UInt8(ascii: "I"), UInt8(ascii: "M")): isBigEndian = false
        case (UInt8(ascii: "M"), UInt8(ascii: "I")): isBigEndian = true
        case let (first, second):
            throw InputError(
                "not a MATLAB Level-5 .mat file: endian indicator is \(first), \(second), not \"IM\" or \"MI\"",
                file: file, offset: 126)
        }
        let raw = bytes.loadUnaligned(fromByteOffset: 124, as: UInt16.self)
        let version = isBigEndian ? UInt16(bigEndian: raw) : UInt16(littleEndian: raw)
        guard version == 0x0100 else {
            throw InputError(
                "unsupported MAT-file version 0x\(String(version, radix: 16)); only Level 5 (0x0100) is read",
                file: file, offset: 124)
        }
    }

    /// Whether the file is a v7.3 MAT-file: the header says so, its version is 0x0200, or
    /// the HDF5 signature follows the 512-byte user block.
    private static func isVersion73(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        if bytes.count >= 520, bytes[512..<520].elementsEqual(signature) { return true }
        if bytes.starts(with: "MATLAB 7.3 MAT-file".utf8) { return true }
        guard bytes.count >= size else { return false }
        return (bytes[124], bytes[125], bytes[126], bytes[127]) == (0x00, 0x02, UInt8(ascii: "I"), UInt8(ascii: "M"))
            || (bytes[124], bytes[125], bytes[126], bytes[127]) == (0x02, 0x00, UInt8(ascii: "M"), UInt8(ascii: "I"))
    }

    /// Whether the file starts like a v4 MAT-file: its first 4-byte word, in either byte
    /// order, is a valid type code MOPT (M machine 0–4, O 0, P precision 0–5, T type 0–2),
    /// which always has a zero byte (scipy's test is a zero among the first 4 bytes).
    private static func isVersion4(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 4, bytes[0..<4].contains(0) else { return false }
        let raw = bytes.loadUnaligned(as: UInt32.self)
        return [UInt32(littleEndian: raw), UInt32(bigEndian: raw)].contains { code in
            let (machine, zero, precision, type) = (code / 1000, code / 100 % 10, code / 10 % 10, code % 10)
            return machine <= 4 && zero == 0 && precision <= 5 && type <= 2
        }
    }
}
