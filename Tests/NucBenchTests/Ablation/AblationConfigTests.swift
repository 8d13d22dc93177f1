import Foundation
import NucBench
import Testing

/// `AblationConfig`: the keys of an ablation configuration, resolved paths and exact errors.
@Suite struct AblationConfigTests {
    /// A full configuration (every checkpoint; fine-tuned segmentors trained with 0 and 1 negatives).
    static let full = """
        dataset = "cpm17"
        data = "data/cpm17"
        predictions = "/abs/pred"
        [segmentor]
        variant = "h"
        decoder_heads = 2
        vanilla = "w/sam.pth"
        [segmentor.fine_tuned]
        1 = "w/np1.pth"
        0 = "w/np0.pth"
        [prompter]
        aux = "w/aux.pth"
        no_aux = "w/plain.pth"
        spacing = 8
        """

    /// A temporary folder of one test (tests run in parallel).
    static func folder(_ test: String) -> String {
        "/tmp/nucbench-ablation-" + test
    }

    /// Writes `text` as `ablation.toml` in `folder` and reads it.
    static func config(_ text: String, in folder: String) throws -> AblationConfig {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/ablation.toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try AblationConfig(path: path)
    }

    static func expectError(_ text: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = folder("config-errors")
        #expect(throws: InputError(message, file: folder + "/ablation.toml"), sourceLocation: sourceLocation) {
            try config(text, in: folder)
        }
    }
}

extension AblationConfigTests {
    @Test func keysAreReadAndPathsResolvedBesideTheFile() throws {
        let folder = Self.folder("config-full")
        let config = try Self.config(Self.full, in: folder)
        #expect(config.dataset == .cpm17)
        #expect(config.dataDirectory == folder + "/data/cpm17")
        #expect(config.predictionsDirectory == "/abs/pred")
        #expect(config.cardsDirectory == nil)
        #expect(config.namePrefix == "cpm17-ablate")
        #expect(config.variant == "h")
        #expect(config.decoderHeads == 2)
        #expect(config.vanillaSegmentor == folder + "/w/sam.pth")
        #expect(config.fineTunedSegmentors == [0: folder + "/w/np0.pth", 1: folder + "/w/np1.pth"])
        #expect(config.auxiliaryPrompter == folder + "/w/aux.pth")
        #expect(config.plainPrompter == folder + "/w/plain.pth")
        #expect(config.prompterSpacing == 8)
    }

    @Test func optionalKeysHaveDefaults() throws {
        let folder = Self.folder("config-defaults")
        let config = try Self.config(
            "dataset = \"cpm17\"\ndata = \"d\"\nname = \"k-abl.1\"\n[segmentor]\nvariant = \"b\"", in: folder)
        #expect(config.predictionsDirectory == folder + "/Predictions/ablation")
        #expect(config.namePrefix == "k-abl.1")
        #expect(config.fineTunedSegmentors.isEmpty)
        #expect(config.vanillaSegmentor == nil && config.auxiliaryPrompter == nil && config.decoderHeads == nil)
        #expect(config.prompterSpacing == nil)
    }

    @Test func invalidConfigurationsNameTheLineAndKey() {
        let base = "dataset = \"cpm17\"\ndata = \"d\"\n[segmentor]\nvariant = \"h\"\n"
        Self.expectError("data = \"d\"", "missing key \"dataset\"")
        Self.expectError("dataset = \"cpm17\"\ndata = \"d\"", "missing key \"variant\" in [segmentor]")
        Self.expectError(
            "dataset = \"kumar\"",
            "line 1: dataset is \"kumar\"; expected cpm17 (the paper's Tables 6 and 7 are CPM-17)")
        Self.expectError("dataset = 17", "line 1: dataset is an integer; expected a string")
        Self.expectError("dataset = \"\"", "line 1: dataset is empty")
        Self.expectError(
            base + "threads = 2",
            "line 5: unknown key \"threads\" in [segmentor]; expected variant, decoder_heads, vanilla")
        Self.expectError(
            "seed = 1\n" + base, "line 1: unknown key \"seed\"; expected dataset, data, cards, predictions, name")
        Self.expectError(
            base + "[models]",
            "line 5: unknown table [models]; expected [prompter], [segmentor], [segmentor.fine_tuned]")
        Self.expectError(
            base.replacingOccurrences(of: "\"h\"", with: "\"x\""), "line 4: variant is \"x\"; expected b, l or h")
        Self.expectError(base + "decoder_heads = 0", "line 5: decoder_heads is 0; expected at least 1")
        Self.expectError(base + "decoder_heads = 2.0", "line 5: decoder_heads is a float; expected an integer")
        Self.expectError(
            base + "[segmentor.fine_tuned]\nnp1 = \"a\"",
            "line 6: key \"np1\" in [segmentor.fine_tuned] must be a number of negative prompts (0, 1, 2, …)")
        Self.expectError(
            base + "[segmentor.fine_tuned]\n01 = \"a\"",
            "line 6: key \"01\" in [segmentor.fine_tuned] must be a number of negative prompts (0, 1, 2, …)")
        Self.expectError(base + "[prompter]\naux = [\"a\"]", "line 6: aux is an array; expected a string")
        Self.expectError(
            "name = \"a b\"\n" + base, "line 1: name \"a b\" may hold only letters, digits, '.', '_' and '-'")
        Self.expectError(base + "vanilla = 'x", "line 5: unterminated string")
    }
}
