import NucIO
import Testing

@Suite struct PickledNpyTests {}

// MARK: - Files numpy wrote

extension PickledNpyTests {
    @Test(arguments: ["mask_dict.npy", "mask_dict_numpy1.npy"])
    func readsWhatNumpyLoads(name: String) throws {
        let expected = try #require(PickleFixtures.all[name]?["value"])
        let value = try PickledNpy.read(path: PickleFixtures.path(name))
        let problem = pickleMismatch(value, expected)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func npyFileStillRejectsObjectArrays() {
        let path = PickleFixtures.path("mask_dict.npy")
        expectInputError(file: path, containing: "object arrays (pickled data) are not supported") {
            _ = try NpyFile(path: path)
        }
    }

    @Test func numericArraysAreLeftToNpyFile() {
        let path = NpyFixtures.path("dtype_i4_le")
        let error = expectInputError(file: path, containing: "dtype '<i4' is not object") {
            _ = try PickledNpy.read(path: path)
        }
        #expect(error?.offset == 10)
    }
}

// MARK: - Malformed files

extension PickledNpyTests {
    /// An object-dtype `.npy` file of `shape` holding `payload`.
    private func objectNpy(shape: String = "()", payload: [UInt8]) -> [UInt8] {
        NpyBytes.make(header: NpyBytes.dict(descr: "|O", shape: shape), data: payload)
    }

    @Test func payloadThatIsNotAnObjectArrayIsRejected() throws {
        let payload: [UInt8] = [0x80, 0x04, 0x4B, 0x07, 0x2E]
        let bytes = objectNpy(payload: payload)
        try TemporaryFiles.withFile(bytes) { path in
            let error = expectInputError(file: path, containing: "pickled payload is a int, not an object array") {
                _ = try PickledNpy.read(path: path)
            }
            #expect(error?.offset == bytes.count - payload.count)
        }
    }

    @Test func shapeMustMatchTheHeader() throws {
        let payload = Array(try PickleFixtures.bytes("mask_dict.npy").dropFirst(128))
        try TemporaryFiles.withFile(objectNpy(shape: "(2,)", payload: payload)) { path in
            expectInputError(file: path, containing: "of the header's shape [2]") {
                _ = try PickledNpy.read(path: path)
            }
        }
    }

    @Test func maliciousPayloadNamesTheGlobalAndFileOffset() throws {
        let payload = try PickleFixtures.bytes("evil_os_system_global.pkl")
        let bytes = objectNpy(payload: payload)
        try TemporaryFiles.withFile(bytes) { path in
            let error = expectPickleError(file: path, containing: "pickle global os.system is not allowed") {
                _ = try PickledNpy.read(path: path)
            }
            #expect(error?.offset == bytes.count - payload.count + 2)
        }
    }

    @Test func truncatedPayloadAndBadHeadersAreRejected() throws {
        let whole = try PickleFixtures.bytes("mask_dict.npy")
        try TemporaryFiles.withFile(Array(whole.prefix(whole.count - 10))) { path in
            expectPickleError(file: path, containing: "runs past the end") { _ = try PickledNpy.read(path: path) }
        }
        try TemporaryFiles.withFile(Array("not numpy".utf8)) { path in
            expectInputError(file: path, containing: "not an .npy file") { _ = try PickledNpy.read(path: path) }
        }
        try TemporaryFiles.withFile(NpyBytes.make(header: "{'descr': '|O'}", data: [0x2E])) { path in
            expectInputError(file: path, containing: "bad .npy header") { _ = try PickledNpy.read(path: path) }
        }
        try TemporaryFiles.withFile(Array(whole.prefix(9))) { path in
            expectInputError(file: path, containing: "truncated .npy header") { _ = try PickledNpy.read(path: path) }
        }
    }
}
