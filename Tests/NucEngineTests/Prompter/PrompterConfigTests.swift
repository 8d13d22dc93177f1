import NucIO
import Testing

@testable import NucEngine

/// Configuration inference and strict binding: malformed checkpoints fail with every offender named.
@Suite struct PrompterConfigTests {
    /// The PanNuke-like fixture's tensors, edited by `change`.
    private func store(_ change: (inout [String: Tensor]) -> Void) throws -> WeightStore {
        let fixture = try PrompterFixture("pannuke")
        let path = fixture.path("prompter.pth")
        let contents = try Checkpoint.read(path: path)
        var tensors = contents.tensors.mapValues { Tensor(shape: $0.shape, elements: $0.elements) }
        change(&tensors)
        return WeightStore(tensors: tensors, source: "edited.pth")
    }

    /// The message of the error `Prompter(_:)` throws.
    private func failure(_ change: (inout [String: Tensor]) -> Void) throws -> String {
        let weights = try store(change)
        do {
            _ = try Prompter(weights)
        } catch let error as InputError {
            #expect(error.file == "edited.pth")
            return error.message
        }
        Issue.record("the edited checkpoint loaded")
        return ""
    }
}

extension PrompterConfigTests {
    @Test func sizesComeFromTensorShapes() throws {
        let config = try PrompterConfig.inferred(from: store { _ in })
        #expect(
            config
                == PrompterConfig(
                    depths: [1, 1, 2, 1], widths: [16, 24, 32, 40], pyramidWidth: 24, levels: 3, classes: 5))
        #expect((0..<3).map(config.stride(ofLevel:)) == [4, 8, 16])
    }

    @Test func missingMisShapedAndUnexpectedKeysAreAllListed() throws {
        let message = try failure { tensors in
            tensors["cls_head.layers.0.bias"] = nil
            tensors["conv.weight"] = Tensor(zeros: [24, 72, 1, 1])
            tensors["extra.weight"] = Tensor(zeros: [1])
        }
        #expect(
            message
                == "missing keys: cls_head.layers.0.bias [24]; mis-shaped keys: conv.weight: found [24, 72, 1, 1], "
                + "expected [24, 72, 3, 3]; unexpected keys: extra.weight")
    }

    @Test func anotherModelIsNotAPrompter() throws {
        let message = try failure { tensors in tensors["backbone.backbone.stem.0.weight"] = nil }
        #expect(message == "not a PromptNucSeg prompter checkpoint: no tensor backbone.backbone.stem.0.weight")
    }

    @Test func classificationHeadNeedsABackgroundLogit() throws {
        let message = try failure { tensors in tensors["cls_head.layers.3.weight"] = Tensor(zeros: [1, 24]) }
        #expect(message == "the classification head has 1 outputs; expected C + 1 ≥ 2")
    }

    @Test func theBatchNormCounterIsTheOnlyUnusedTensor() throws {
        let weights = try store { _ in }
        #expect(weights.shape(of: "mask_head.1.num_batches_tracked") == [])
        _ = try Prompter(weights)
    }

    @Test func unreadableFilesNameThemselves() {
        #expect(throws: InputError.self) { try Prompter.load(checkpoint: "/nonexistent/prompter.pth") }
    }
}

extension PrompterConfigTests {
    @Test func stateDictTableMatchesTheFixtureCheckpoints() throws {
        for name in PrompterFixture.cases {
            let fixture = try PrompterFixture(name)
            let contents = try Checkpoint.read(path: fixture.path("prompter.pth"))
            #expect(fixture.config.stateDictShapes() == contents.tensors.mapValues(\.shape), "\(name)")
        }
    }

    @Test func convNeXtSmallHasTheOfficialTensorAndParameterCounts() {
        // Spec §3.6: PanNuke 387 tensors / 55,113,835 values; Kumar and CPM-17 389 / 56,292,711 (the
        // 0-d `num_batches_tracked` counter is a tensor but not counted among the values).
        var kumar = PrompterConfig.convNeXtSmallPanNuke
        (kumar.levels, kumar.classes) = (4, 1)
        for (config, tensors, parameters) in [
            (PrompterConfig.convNeXtSmallPanNuke, 387, 55_113_835), (kumar, 389, 56_292_711),
        ] {
            let shapes = config.stateDictShapes()
            #expect(shapes.count == tensors)
            #expect(shapes.values.filter { !$0.isEmpty }.map { Tensor.count(of: $0) }.reduce(0, +) == parameters)
        }
    }

    @Test func seededWeightsBindStrictly() throws {
        var config = PrompterConfig.convNeXtSmallPanNuke
        (config.depths, config.widths, config.pyramidWidth) = ([1, 1, 1, 1], [8, 8, 8, 8], 8)
        let weights = WeightStore(tensors: Prompter.randomWeights(config: config, seed: 1), source: "random")
        #expect(try Prompter(weights).config == config)
    }
}
