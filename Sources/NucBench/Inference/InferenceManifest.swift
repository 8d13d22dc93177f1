import Foundation
import NucEngine

/// A model for `nucbench infer`: a JSON object naming the checkpoints and overriding the dataset
/// presets, with paths relative to the manifest's folder.
///
/// Fields (any other key is an error):
/// - `name` (string, required): the model's name, recorded with the predictions;
/// - `segmentor` (string, required): the segmentor checkpoint;
/// - `prompter` (string): the prompter checkpoint, required for predicted prompts;
/// - `decoder_heads` (integer ≥ 1): the mask decoder's attention heads (not stored in checkpoints;
///   SAM's 8 when absent);
/// - `variant` (`"b"`, `"l"` or `"h"`): the segmentor size, which picks the Kumar and CPM-17 presets
///   (`TiledSegmentationSettings`); required for those datasets;
/// - `spacing` (integer ≥ 1), `nms_radius` (number), `mapf` (boolean): prompter preset overrides
///   (λ, point-NMS radius, mask-aided prompt filtering; spec promptnucseg.md §3.7, §7);
/// - `mask_nms_threshold` (number in 0…1), `overlap` (integer in 0…255), `pad_multiple` (integer ≥ 1,
///   or null for no padding): segmentation preset overrides (spec §4.2–4.3).
public struct InferenceManifest: Sendable, Equatable {
    /// The segmentor sizes, which decide the Kumar and CPM-17 presets.
    public enum Variant: String, Sendable, CaseIterable {
        /// ViT-B.
        case b
        /// ViT-L.
        case l
        /// ViT-H.
        case h
    }

    /// The keys a manifest may hold.
    public static let fields = [
        "name", "segmentor", "prompter", "decoder_heads", "variant", "spacing", "nms_radius", "mapf",
        "mask_nms_threshold", "overlap", "pad_multiple",
    ]

    /// The manifest file.
    public let path: String
    /// The model's name.
    public let name: String
    /// The segmentor checkpoint, resolved.
    public let segmentor: String
    /// The prompter checkpoint, resolved, or nil.
    public let prompter: String?
    /// The decoder's attention heads, or nil for SAM's 8.
    public let decoderHeads: Int?
    /// The segmentor size, or nil.
    public let variant: Variant?
    /// λ override.
    public let spacing: Int?
    /// Point-NMS radius override.
    public let nmsRadius: Double?
    /// MAPF override.
    public let maskFiltering: Bool?
    /// Mask box-NMS threshold override.
    public let maskNMSThreshold: Double?
    /// Tile overlap override.
    public let overlap: Int?
    /// Reflect-padding override: nil keeps the preset, `.some(nil)` switches padding off.
    public let padMultiple: Int??

    /// Reads and checks a manifest.
    ///
    /// - Parameter path: The JSON file.
    /// - Throws: `InputError` naming the file: unreadable or malformed JSON, not an object, an unknown
    ///   key, a missing required field, or a field of the wrong type or out of range.
    public init(path: String) throws {
        let document = try JSON.read(path: path)
        guard case .object(let members) = document else {
            throw InputError("an inference manifest must be a JSON object", file: path)
        }
        for member in members where !Self.fields.contains(member.key) {
            throw InputError(
                "unknown manifest field '\(member.key)'; expected one of \(Self.fields.joined(separator: ", "))",
                file: path)
        }
        let fields = ManifestFields(document: document, path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        self.path = path
        name = try fields.required("name", fields.text)
        segmentor = Self.resolve(try fields.required("segmentor", fields.text), in: folder)
        prompter = try fields.optional("prompter", fields.text).map { Self.resolve($0, in: folder) }
        decoderHeads = try fields.optional("decoder_heads") { try fields.integer($0, in: 1...Int(Int32.max)) }
        variant = try fields.optional("variant") { try fields.variant($0) }
        spacing = try fields.optional("spacing") { try fields.integer($0, in: 1...4096) }
        nmsRadius = try fields.optional("nms_radius") { try fields.number($0, in: nil) }
        maskFiltering = try fields.optional("mapf", fields.boolean)
        maskNMSThreshold = try fields.optional("mask_nms_threshold") { try fields.number($0, in: 0...1) }
        overlap = try fields.optional("overlap") { try fields.integer($0, in: 0...255) }
        if let value = document["pad_multiple"] {
            padMultiple = value.isNull ? .some(nil) : .some(try fields.integer("pad_multiple", in: 1...4096))
        } else {
            padMultiple = nil
        }
    }

    /// A path relative to the manifest's folder, or an absolute one unchanged.
    private static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : folder + "/" + path
    }
}
