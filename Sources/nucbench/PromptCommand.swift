import ArgumentParser
import NucBench

/// `nucbench prompt`: the PromptNucSeg prompter on one image, writing its point prompts.
struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "Run the PromptNucSeg prompter (DPA-P2PNet) on one image and write its point prompts.",
        discussion: """
            Writes points.npy (N, 3) float64 [x, y, class] after post-processing (the official prompt-file
            layout), and the raw proposals.npy (M, 2), logits.npy (M, C+1, background last) and
            aux_logits.npy (padded H, W), float32, into --out. The anchor spacing, NMS radius and MAPF come
            from the --dataset preset (pannuke: 8, 12, off; kumar: 16, 11, on; cpm17: 16, 12, on); without
            it the checkpoint's FPN level count chooses (3: pannuke, 4: cpm17). Each can be overridden.
            """
    )

    /// An on/off switch value.
    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case on, off
    }

    @Option(help: "Prompter checkpoint (.pth or .safetensors).")
    var checkpoint: String

    @Option(help: "RGB image (PNG or TIFF), any size.")
    var image: String

    @Option(help: "Output folder (created when missing).")
    var out: String

    @Option(help: "Preset: \(PromptRun.datasetNames.joined(separator: ", ")) (default: from the FPN level count).")
    var dataset: String?

    @Option(help: "Mask-aided prompt filtering: on or off (default: the preset's).")
    var mapf: Switch?

    @Option(help: "Point-NMS radius in pixels; 0 disables NMS (default: the preset's).")
    var nmsRadius: Double?

    @Option(help: "Anchor spacing λ in pixels (default: the preset's).")
    var spacing: Int?

    @OptionGroup var threads: ThreadOptions

    func validate() throws {
        if let dataset, !PromptRun.datasetNames.contains(dataset) {
            throw ValidationError("--dataset must be one of \(PromptRun.datasetNames.joined(separator: ", "))")
        }
        if let nmsRadius, !nmsRadius.isFinite { throw ValidationError("--nms-radius must be a finite number") }
        if let spacing, spacing < 1 { throw ValidationError("--spacing must be at least 1") }
    }

    func run() throws {
        try reportingInputErrors {
            let run = try PromptRun(
                checkpoint: checkpoint, image: image, out: out, dataset: dataset, maskFiltering: mapf.map { $0 == .on },
                nmsRadius: nmsRadius, spacing: spacing, threads: threads.count)
            let settings = run.settings
            print(
                "prompted \(run.pointCount) points (\(run.candidateCount) foreground of \(run.proposalCount) proposals) "
                    + "with the \(run.dataset.rawValue) preset (λ \(settings.spacing), NMS \(settings.nmsRadius), "
                    + "MAPF \(settings.maskFiltering ? "on" : "off")): network \(Int(run.networkMilliseconds.rounded())) ms; "
                    + "wrote " + PromptRun.outputFiles.joined(separator: ", ") + " to \(out)")
        }
    }
}
