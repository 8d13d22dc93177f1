import Foundation

/// The configuration of `nucbench ablate`, read from a TOML file.
///
/// It names the dataset and the checkpoints each ablation setting means, in `TOMLDocument`'s TOML
/// subset. Relative paths are relative to the file's folder.
///
/// ```toml
/// dataset = "cpm17"                 # the paper's Tables 6 and 7 are CPM-17
/// data = "../Datasets/cpm17"        # the dataset folder (any layout Dataset.open detects)
/// cards = "../Datasets/cards"       # optional: dataset cards (default: nucbench's usual search)
/// predictions = "../Predictions/ablation"  # optional: where predictions go (default: that, beside the file)
/// name = "cpm17-ablate"             # optional: run-name prefix (default: "<dataset>-ablate")
///
/// [segmentor]
/// variant = "h"                     # b, l or h: the Kumar/CPM-17 tiling preset
/// decoder_heads = 8                 # optional: the mask decoder's attention heads
/// vanilla = "sam_vit_h.pth"         # FT off: the official SAM weights
///
/// [segmentor.fine_tuned]            # FT on, by # NP at training (Table 7's rows)
/// 0 = "cpm17_h_np0.pth"
/// 1 = "cpm17_h.pth"
///
/// [prompter]
/// aux = "cpm17_prompter.pth"        # trained with the auxiliary mask head (AUX on)
/// no_aux = "cpm17_prompter_noaux.pth"  # trained without it (AUX off)
/// spacing = 8                       # optional: λ, for prompters trained at another anchor spacing
/// ```
///
/// Every key is optional except `dataset`, `data` and `segmentor.variant`; the plan names a missing
/// checkpoint when a setting it runs needs one.
public struct AblationConfig: Sendable, Equatable {
    /// The configuration file.
    public let path: String
    /// The dataset: CPM-17.
    public let dataset: EvaluationDataset
    /// The dataset folder, resolved.
    public let dataDirectory: String
    /// The dataset cards folder, resolved, or nil for the default search.
    public let cardsDirectory: String?
    /// The folder of the predictions and inference manifests, resolved.
    public let predictionsDirectory: String
    /// The prefix of every run name.
    public let namePrefix: String
    /// The segmentor size (`b`, `l` or `h`), written into the inference manifests; it picks the
    /// tiling preset (`TiledSegmentationSettings`).
    public let variant: String
    /// The mask decoder's attention heads, or nil for SAM's 8.
    public let decoderHeads: Int?
    /// The official SAM weights (FT off), resolved.
    public let vanillaSegmentor: String?
    /// Fine-tuned segmentors (FT on) by the number of negative prompts they were trained with.
    public let fineTunedSegmentors: [Int: String]
    /// The prompter trained with the auxiliary head (AUX on), resolved.
    public let auxiliaryPrompter: String?
    /// The prompter trained without it (AUX off), resolved.
    public let plainPrompter: String?
    /// The prompters' anchor spacing λ, or nil for the dataset preset's.
    public let prompterSpacing: Int?

    /// The keys each table may hold.
    static let allowedKeys: [String: [String]] = [
        "": ["dataset", "data", "cards", "predictions", "name"],
        "segmentor": ["variant", "decoder_heads", "vanilla"],
        "segmentor.fine_tuned": [],
        "prompter": ["aux", "no_aux", "spacing"],
    ]

    /// Reads and checks a configuration file.
    ///
    /// - Parameter path: The TOML file.
    /// - Throws: `InputError` naming the file, with the line, for invalid TOML, an unknown table or
    ///   key, a missing required key, or a value of the wrong type or out of range.
    public init(path: String) throws {
        try self.init(document: try TOMLDocument.read(path: path))
    }

    /// Checks a parsed configuration.
    ///
    /// - Parameter document: The TOML document.
    /// - Throws: `InputError` as `init(path:)`.
    public init(document: TOMLDocument) throws {
        let fields = AblationConfigFields(document: document)
        try fields.checkKeys(Self.allowedKeys)
        let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent().path
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path
        }
        path = document.path
        let name = try fields.required("", "dataset", fields.string)
        guard let dataset = EvaluationDataset(rawValue: name), dataset == .cpm17 else {
            throw fields.error(
                at: "", "dataset", "dataset is \"\(name)\"; expected cpm17 (the paper's Tables 6 and 7 are CPM-17)")
        }
        self.dataset = dataset
        dataDirectory = resolve(try fields.required("", "data", fields.string))
        cardsDirectory = try fields.optional("", "cards", fields.string).map(resolve)
        predictionsDirectory = resolve(try fields.optional("", "predictions", fields.string) ?? "Predictions/ablation")
        namePrefix = try fields.optional("", "name", fields.runName) ?? "\(dataset.rawValue)-ablate"
        variant = try fields.required("segmentor", "variant", fields.string)
        guard ["b", "l", "h"].contains(variant) else {
            throw fields.error(at: "segmentor", "variant", "variant is \"\(variant)\"; expected b, l or h")
        }
        decoderHeads = try fields.optional("segmentor", "decoder_heads") { try fields.integer($0, $1, minimum: 1) }
        vanillaSegmentor = try fields.optional("segmentor", "vanilla", fields.string).map(resolve)
        var fineTuned: [Int: String] = [:]
        for key in fields.keys(of: "segmentor.fine_tuned") {
            guard let count = Int(key), count >= 0, String(count) == key else {
                throw fields.error(
                    at: "segmentor.fine_tuned", key,
                    "key \"\(key)\" in [segmentor.fine_tuned] must be a number of negative prompts (0, 1, 2, …)")
            }
            fineTuned[count] = resolve(try fields.required("segmentor.fine_tuned", key, fields.string))
        }
        fineTunedSegmentors = fineTuned
        auxiliaryPrompter = try fields.optional("prompter", "aux", fields.string).map(resolve)
        plainPrompter = try fields.optional("prompter", "no_aux", fields.string).map(resolve)
        prompterSpacing = try fields.optional("prompter", "spacing") { try fields.integer($0, $1, minimum: 1) }
    }
}
