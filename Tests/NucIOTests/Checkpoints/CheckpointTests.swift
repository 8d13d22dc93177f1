import NucIO
import Testing

@Suite struct CheckpointTests {}

// MARK: - Files torch wrote or reads

extension CheckpointTests {
    @Test(arguments: CheckpointFixtures.validNames)
    func readsWhatTorchReads(name: String) throws {
        let expected = try #require(CheckpointFixtures.all[name])
        let contents = try Checkpoint.read(path: CheckpointFixtures.path(name))
        let tensors = try #require(expected["tensors"]?.members)
        #expect(contents.tensors.keys.sorted() == tensors.keys.sorted())
        for (key, description) in tensors {
            let problem = tensorMismatch(contents.tensors[key], description)
            #expect(problem == nil, "\(key): \(problem ?? "")")
        }
        #expect(contents.weightsKey == expected["weights_key"]?.text)
        #expect(contents.metadata.keys.sorted() == expected["metadata"]?.elements?.compactMap(\.text))
        #expect(contents.skippedEntries == expected["skipped"]?.elements?.compactMap(\.text))
        #expect(contents.strippedPrefix == expected["stripped"]?.text)
        if let folder = expected["folder"]?.text {
            #expect(contents.format == .torchZip(folder: folder, version: 3))
        } else {
            #expect(contents.format == .safetensors)
        }
    }

    @Test func keepsFileOrderAndTrainingMetadata() throws {
        let contents = try Checkpoint.read(path: CheckpointFixtures.path("best.pth"))
        #expect(contents.tensorNames.prefix(3) == ["encoder.weight", "encoder.bias", "transposed"])
        #expect(contents.metadata["epoch"] == .int(7))
        #expect(contents.metadata["args"] == .skipped(className: "argparse.Namespace"))
        guard case .scalar(let f1)? = contents.metadata["f1"] else {
            Issue.record("f1 should be a numpy scalar, got \(String(describing: contents.metadata["f1"]))")
            return
        }
        #expect(try f1.doubleValues() == [0.8125])
        #expect(contents.metadata["metrics"]?["note"] == .string("best"))
        #expect(contents.tensors["num_batches_tracked"]?.dtype == .int64)
        #expect(contents.tensors["num_batches_tracked"]?.elements == [1_234_567])
    }

    @Test func explicitWeightsKeyAndItsErrors() throws {
        let path = CheckpointFixtures.path("best.pth")
        expectInputError(file: path, containing: "checkpoint has no 'model_ema' entry; top-level keys: model,") {
            _ = try Checkpoint.read(path: path, weightsKey: "model_ema")
        }
        expectInputError(file: path, containing: "checkpoint entry 'epoch' is a int, not a dict") {
            _ = try Checkpoint.read(path: path, weightsKey: "epoch")
        }
        expectInputError(file: path, containing: "state dict entry 'state' is a dict, not a tensor") {
            _ = try Checkpoint.read(path: path, weightsKey: "optimizer")
        }
    }
}

// MARK: - Files it must reject

extension CheckpointTests {
    @Test(arguments: CheckpointFixtures.errorNames)
    func rejectsDefectiveFiles(name: String) throws {
        let fragment = try #require(CheckpointFixtures.all[name]?["error"]?.text)
        let path = CheckpointFixtures.path(name)
        expectInputError(file: path, containing: fragment) { _ = try Checkpoint.read(path: path) }
    }

    @Test func disallowedGlobalNamesItsOffsetInTheFile() throws {
        let path = CheckpointFixtures.path("posix_system.pth")
        let error = expectInputError(file: path, containing: "pickle global posix.system is not allowed") {
            _ = try Checkpoint.read(path: path)
        }
        #expect((error?.offset ?? 0) > 30, "offset \(String(describing: error?.offset)) should point into data.pkl")
    }

    @Test func rejectsOtherFiles() throws {
        try TemporaryFiles.withFile(Array("hello, world".utf8), name: "notes.pth") { path in
            expectInputError(file: path, containing: "neither a torch.save zip checkpoint nor a safetensors file") {
                _ = try Checkpoint.read(path: path)
            }
        }
    }
}

// MARK: - Archives written here

extension CheckpointTests {
    /// Reads a zip of `x/data.pkl` = `pickle` and `x/data/0` = `storage`.
    private func readArchive(pickle: [UInt8], storage: [UInt8]) throws -> (
        path: String, result: Result<CheckpointContents, InputError>
    ) {
        let archive = try ZipBytes([.init(name: "x/data.pkl", data: pickle), .init(name: "x/data/0", data: storage)])
        return try TemporaryFiles.withFile(archive.bytes, name: "x.pth") { path in
            (path, Result { try Checkpoint.read(path: path) }.mapError { $0 as? InputError ?? InputError("\($0)") })
        }
    }

    @Test func readsAHandMadeArchive() throws {
        let floats: [Float] = [1, 2, 3, 4]
        let data = floats.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } }
        let pickle = TorchPickleBytes.stateDict("w", storage: TorchPickleBytes.storage(), offset: 2)
        let contents = try readArchive(pickle: pickle, storage: data).result.get()
        #expect(contents.tensors["w"] == (try CheckpointTensor(shape: [2], elements: [3, 4], dtype: .float32)))
        #expect(contents.format == .torchZip(folder: "x", version: nil) && contents.weightsKey == nil)
    }

    @Test func rejectsTensorsTheirStorageCannotBack() throws {
        let data = [UInt8](repeating: 0, count: 16)
        let beyond = TorchPickleBytes.stateDict("w", storage: TorchPickleBytes.storage(), offset: 3)
        let (path, result) = try readArchive(pickle: beyond, storage: data)
        expectInputError(
            file: path,
            containing: "tensor 'w' in storage 'x/data/0': tensor of shape [2], strides [1]"
                + " and storage offset 3 reaches element 4 of a storage that holds only 4"
        ) { _ = try result.get() }
        let short = TorchPickleBytes.stateDict("w", storage: TorchPickleBytes.storage(count: 5))
        let (shortPath, shortResult) = try readArchive(pickle: short, storage: data)
        expectInputError(
            file: shortPath,
            containing: "tensor 'w': storage record 'x/data/0' holds 16 bytes, fewer than"
                + " the 5 float32 elements it declares"
        ) { _ = try shortResult.get() }
    }
}
