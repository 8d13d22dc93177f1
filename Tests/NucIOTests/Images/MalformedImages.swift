import Foundation
import NucIO
import Testing

/// Runs readers over corrupt files and checks that each fails cleanly and quickly.
enum MalformedImages {
    /// The longest a reader may take to reject one file.
    static let timeLimit = Duration.seconds(1)

    /// Writes each of `variants` to one scratch file in turn and reads it with `read`.
    ///
    /// Records an issue for an `InputError` that does not name the file and for a read that
    /// takes longer than `timeLimit`; any other error is rethrown and fails the test.
    ///
    /// - Returns: For each variant in order, the `InputError` it was rejected with, or nil
    ///   when it was decoded.
    static func errors(
        of variants: [[UInt8]], name: String, sourceLocation: SourceLocation = #_sourceLocation,
        read: (String) throws -> DecodedImage
    ) throws -> [InputError?] {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/" + name
            let clock = ContinuousClock()
            return try variants.enumerated().map { index, bytes in
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let start = clock.now
                var rejection: InputError?
                do {
                    _ = try read(path)
                } catch let error as InputError {
                    #expect(error.file == path, "variant \(index): \(error)", sourceLocation: sourceLocation)
                    rejection = error
                }
                let elapsed = clock.now - start
                #expect(elapsed < timeLimit, "variant \(index) took \(elapsed)", sourceLocation: sourceLocation)
                return rejection
            }
        }
    }

    /// `bytes` cut to many lengths below its count: every length within 160 bytes of either
    /// end, where headers, directories and trailers lie, and every 11th length between.
    static func truncations(of bytes: [UInt8]) -> [[UInt8]] {
        let edge = 160
        let lengths = (1..<bytes.count).filter { $0 <= edge || $0 >= bytes.count - edge || $0 % 11 == 0 }
        return lengths.map { Array(bytes.prefix($0)) }
    }

    /// `count` copies of `bytes`, each with one to four bytes after `protectedPrefix` set to
    /// random values drawn from a generator seeded with `seed`.
    static func mutations(of bytes: [UInt8], count: Int, seed: UInt64, protectedPrefix: Int = 0) -> [[UInt8]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: protectedPrefix..<bytes.count, using: &generator)
                mutated[position] = UInt8.random(in: 0...255, using: &generator)
            }
            return mutated
        }
    }
}
