import Testing

@testable import NucIO

@Suite struct NpyFileTests {}

// MARK: - Fixtures written by numpy

extension NpyFileTests {
    @Test(arguments: NpyFixtures.readableNames)
    func readsTheHeaderNumpyWrote(name: String) throws {
        let expected = try #require(NpyFixtures.all[name])
        let file = try NpyFixtures.open(name)
        #expect(file.path == NpyFixtures.path(name))
        #expect(file.dtype.description == expected.descr)
        #expect(file.shape == expected.shape)
        #expect(file.isFortranOrder == expected.fortranOrder)
        #expect(file.count == expected.shape.reduce(1, *))
        #expect(file.majorVersion == expected.version)
    }

    @Test func fixturesCoverEveryVersionAndOrder() {
        let fixtures = NpyFixtures.all.values
        #expect(fixtures.count > 40)
        #expect(Set(fixtures.map(\.version)) == [1, 2, 3])
        #expect(fixtures.contains { $0.fortranOrder } && fixtures.contains { !$0.fortranOrder })
    }

    @Test func objectArrayIsRejectedNamingTheFile() throws {
        let expected = try #require(NpyFixtures.all["object_array"]?.error)
        let path = NpyFixtures.path("object_array")
        expectInputError(file: path, containing: expected) { _ = try NpyFile(path: path) }
    }
}

// MARK: - Files that are not arrays

extension NpyFileTests {
    @Test func missingFileNamesThePath() {
        let path = NpyFixtures.path("no_such_fixture")
        expectInputError(file: path, containing: "cannot open") { _ = try NpyFile(path: path) }
    }

    @Test func directoryNamesThePath() {
        let path = NpyFixtures.directory.path
        expectInputError(file: path, containing: "is a directory") { _ = try NpyFile(path: path) }
    }

    @Test func emptyFileNamesThePath() throws {
        try TemporaryFiles.withFile([]) { path in
            expectInputError(file: path, containing: "empty file") { _ = try NpyFile(path: path) }
        }
    }

    @Test func truncatedFileNamesThePathAndSizes() throws {
        let bytes = NpyBytes.make(
            header: NpyBytes.dict(descr: "<f8", shape: "(3, 2)"), data: NpyBytes.littleEndian([1, 2, 3]))
        try TemporaryFiles.withFile(bytes, name: "cut.npy") { path in
            let error = expectInputError(file: path, containing: "truncated: expected 48 bytes of data, file has 24") {
                _ = try NpyFile(path: path)
            }
            #expect(error?.description.hasPrefix(path + ": at byte 128: ") == true)
        }
    }

    @Test func badMagicNamesThePath() throws {
        try TemporaryFiles.withFile(Array("not an array at all".utf8), name: "text.npy") { path in
            expectInputError(file: path, containing: "bad magic") { _ = try NpyFile(path: path) }
        }
    }
}
