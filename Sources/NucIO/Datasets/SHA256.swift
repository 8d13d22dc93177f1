/// SHA-256 (FIPS 180-4), fed incrementally, for checking downloaded archives.
///
/// Foundation on Linux has no CryptoKit, and the archives are gigabytes, so this hashes
/// in a single pass over 64-byte blocks without copying the input.
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Creates a hasher with nothing hashed.
    public init() {}

    /// Hashes more bytes.
    ///
    /// - Parameter bytes: The next bytes of the message.
    /// - Complexity: O(`bytes.count`).
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        length &+= UInt64(remaining)
        if !pending.isEmpty {
            let taken = min(64 - pending.count, remaining)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
            base += taken
            remaining -= taken
            if pending.count == 64 {
                pending.withUnsafeBytes { compress(blocksAt: $0.baseAddress, count: 1) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        let blocks = remaining / 64
        if blocks > 0 { compress(blocksAt: UnsafeRawPointer(base), count: blocks) }
        let rest = remaining - blocks * 64
        if rest > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + blocks * 64, count: rest)) }
    }

    /// Hashes more bytes.
    ///
    /// - Parameter bytes: The next bytes of the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Finishes the hash.
    ///
    /// - Returns: The digest as 64 lower-case hex digits.
    public func hexDigest() -> String {
        var copy = self
        let bitLength = length &* 8
        var tail: [UInt8] = [0x80] + [UInt8](repeating: 0, count: (119 - Int(length % 64)) % 64)
        tail += (0..<8).map { UInt8(truncatingIfNeeded: bitLength >> (56 - 8 * $0)) }
        let total = copy.length
        copy.update(tail)
        copy.length = total
        let words = [
            copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4, copy.state.5, copy.state.6,
            copy.state.7,
        ]
        return words.map { word in
            let text = String(word, radix: 16)
            return String(repeating: "0", count: 8 - text.count) + text
        }.joined()
    }

    /// Whether `text` looks like a digest: 64 lower-case hex digits.
    ///
    /// - Parameter text: Candidate text.
    /// - Returns: True for a well-formed digest.
    public static func isHexDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Hashes a whole file, mapping it and releasing pages as it goes.
    ///
    /// - Parameter path: A regular file (an empty file hashes to the empty digest).
    /// - Returns: Its digest in hex.
    /// - Throws: `InputError` when the file cannot be opened or is not a regular file.
    public static func hexDigest(ofFile path: String) throws -> String {
        var hasher = SHA256()
        guard DirectoryListing.isFile(path) else {
            throw InputError(DirectoryListing.exists(path) ? "is not a regular file" : "no such file", file: path)
        }
        guard DirectoryListing.fileSize(path) > 0 else { return hasher.hexDigest() }
        let mapping = try MemoryMappedFile(path: path)
        let chunk = 1 << 24
        var offset = 0
        while offset < mapping.count {
            let end = min(offset + chunk, mapping.count)
            mapping.withBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[offset..<end])) }
            mapping.release(offset..<end)
            offset = end
        }
        return hasher.hexDigest()
    }

    // MARK: - Compression function

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private mutating func compress(blocksAt pointer: UnsafeRawPointer?, count: Int) {
        guard let pointer else { return }
        var schedule = [UInt32](repeating: 0, count: 64)
        Self.roundConstants.withUnsafeBufferPointer { constants in
            schedule.withUnsafeMutableBufferPointer { words in
                for block in 0..<count {
                    let base = pointer + block * 64
                    for index in 0..<16 {
                        words[index] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
                    }
                    for index in 16..<64 {
                        let early = words[index - 15]
                        let late = words[index - 2]
                        let sigma0 = early.rotatedRight(7) ^ early.rotatedRight(18) ^ (early >> 3)
                        let sigma1 = late.rotatedRight(17) ^ late.rotatedRight(19) ^ (late >> 10)
                        words[index] = words[index - 16] &+ sigma0 &+ words[index - 7] &+ sigma1
                    }
                    var (a, b, c, d, e, f, g, h) = state
                    for index in 0..<64 {
                        let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                        let choice = (e & f) ^ (~e & g)
                        let temporary1 = h &+ sum1 &+ choice &+ constants[index] &+ words[index]
                        let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        let temporary2 = sum0 &+ majority
                        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temporary1, c, b, a, temporary1 &+ temporary2)
                    }
                    state = (
                        state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f,
                        state.6 &+ g, state.7 &+ h
                    )
                }
            }
        }
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
