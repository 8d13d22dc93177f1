import Testing

@testable import NucIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct MemoryMappedFileTests {}

extension MemoryMappedFileTests {
    @Test func mapsTheWholeFile() throws {
        let bytes = (0..<5000).map { UInt8($0 % 251) }
        try TemporaryFiles.withFile(bytes) { path in
            let mapping = try MemoryMappedFile(path: path)
            #expect(mapping.count == 5000)
            #expect(mapping.withBytes { Array($0) } == bytes)
        }
    }

    @Test func releasedPagesReadBackUnchanged() throws {
        let bytes = (0..<20_000).map { UInt8($0 % 253) }
        try TemporaryFiles.withFile(bytes) { path in
            let mapping = try MemoryMappedFile(path: path)
            _ = mapping.withBytes { $0.reduce(0) { $0 &+ $1 } }
            mapping.release(100..<15_000)
            mapping.release(-5..<1_000_000)
            #expect(mapping.withBytes { Array($0) } == bytes)
        }
    }

    @Test func missingFileIsAnInputError() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/missing.npy"
            expectInputError(file: path, containing: "cannot open: No such file or directory") {
                _ = try MemoryMappedFile(path: path)
            }
        }
    }

    @Test func directoryIsAnInputError() throws {
        try TemporaryFiles.withDirectory { directory in
            expectInputError(file: directory, containing: "is a directory, not a file") {
                _ = try MemoryMappedFile(path: directory)
            }
        }
    }

    @Test func emptyFileIsAnInputError() throws {
        try TemporaryFiles.withFile([]) { path in
            expectInputError(file: path, containing: "empty file") {
                _ = try MemoryMappedFile(path: path)
            }
        }
    }

    @Test func fifoIsRejectedWithoutWaitingForAWriter() throws {
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/pipe.npy"
            #expect(mkfifo(path, 0o600) == 0)
            expectInputError(file: path, containing: "is not a regular file") {
                _ = try MemoryMappedFile(path: path)
            }
        }
    }

    @Test func nonRegularFileIsAnInputError() {
        expectInputError(file: "/dev/null", containing: "is not a regular file") {
            _ = try MemoryMappedFile(path: "/dev/null")
        }
    }
}
