import ArgumentParser
import NucBench

/// `nucbench segment`: the PromptNucSeg segmentor on one tile and its prompts.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Run the PromptNucSeg segmentor (SAM) on one 256×256 tile and its point prompts.",
        discussion: """
            Writes embedding.npy (C, 16, 16), logits.npy (N, 256, 256) and iou.npy (N,), float32, into --out; \
            a pixel is in mask n when logits[n] > 0.

            --prompts is JSON {"prompts": [[[x, y, label], ...], ...]} in pixel coordinates, labels 1 \
            (positive), 0 (negative) and -1 (padding); the model appends its own padding point.

            --checkpoint takes PromptNucSeg's {'model': state_dict} .pth, an official sam_vit_*.pth or \
            safetensors; the variant (B, L, H or smaller) is read from tensor shapes. The decoder head count \
            is not stored in checkpoints: SAM's 8 unless --decoder-heads says otherwise.
            """
    )

    @Option(help: "Segmentor checkpoint (.pth or .safetensors).")
    var checkpoint: String

    @Option(help: "256×256 RGB tile (PNG or TIFF).")
    var image: String

    @Option(help: "Prompts JSON.")
    var prompts: String

    @Option(help: "Output folder (created when missing).")
    var out: String

    @Option(help: "Mask-decoder attention heads, which checkpoints do not store (SAM uses 8).")
    var decoderHeads: Int?

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        if let decoderHeads, decoderHeads < 1 { throw ValidationError("--decoder-heads must be at least 1") }
    }

    func run() throws {
        try reportingInputErrors {
            let run = try SegmentRun(
                checkpoint: checkpoint, image: image, prompts: prompts, out: out, threads: threads.count,
                decoderHeads: decoderHeads)
            let variant = run.config.variant.map { "ViT-\($0)" } ?? "C=\(run.config.encoder.embedDim)"
            print(
                "segmented \(run.promptCount) prompts with \(variant): encoder \(Int(run.encoderMilliseconds.rounded())) ms, "
                    + "decoder \(Int(run.decoderMilliseconds.rounded())) ms; wrote "
                    + SegmentRun.outputFiles.joined(separator: ", ") + " to \(out)")
        }
    }
}
