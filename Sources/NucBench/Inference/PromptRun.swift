import Foundation
import NucEngine
import NucIO

/// One image through the PromptNucSeg prompter, its prompts and raw outputs written as `.npy` files
/// (`nucbench prompt`).
///
/// Writes, like `prompter/predict_prompts.py` (windygoo/PromptNucSeg@4afbf26; spec promptnucseg.md §3.7):
/// - `points.npy` (N, 3) **float64** [x, y, class] after post-processing, the official prompt-file
///   layout (`np.concatenate` of float32 points and int64 classes gives float64);
/// - `proposals.npy` (M, 2) float32 `pred_coords` (x, y) before clipping, anchors row-major;
/// - `logits.npy` (M, C+1) float32 `pred_logits`, background last;
/// - `aux_logits.npy` (H_pad, W_pad) float32 auxiliary mask logits at the padded input size.
public struct PromptRun: Sendable {
    /// The file names written into the output folder.
    public static let outputFiles = ["points.npy", "proposals.npy", "logits.npy", "aux_logits.npy"]
    /// The names `--dataset` accepts: `pannuke`, `kumar`, `cpm17`.
    public static let datasetNames = PromptDataset.allCases.map(\.rawValue)

    /// The prompter configuration read from the checkpoint.
    public let config: PrompterConfig
    /// The dataset whose preset was used (named, or implied by the FPN level count).
    public let dataset: PromptDataset
    /// The settings after overrides.
    public let settings: PromptSettings
    /// The number of proposals M.
    public let proposalCount: Int
    /// The number of foreground proposals before MAPF and NMS.
    public let candidateCount: Int
    /// The number of prompts written.
    public let pointCount: Int
    /// Milliseconds spent in the network (pre-processing included, post-processing excluded).
    public let networkMilliseconds: Double

    /// Loads the checkpoint, runs the prompter on the image, post-processes and writes the outputs.
    ///
    /// The image is read before the (slow) checkpoint, so its errors come first.
    ///
    /// - Parameters:
    ///   - checkpoint: A prompter checkpoint (`{'model': state_dict, …}` `.pth`, or safetensors).
    ///   - image: An RGB PNG or TIFF of any size of at least λ/2 + 1 pixels per side.
    ///   - out: The output folder, created when missing.
    ///   - dataset: `pannuke`, `kumar` or `cpm17` for that preset; nil to follow the checkpoint
    ///     (3 FPN levels → PanNuke, 4 → CPM-17).
    ///   - maskFiltering: Overrides the preset's MAPF.
    ///   - nmsRadius: Overrides the preset's point-NMS radius (≤ 0 disables NMS).
    ///   - spacing: Overrides the preset's anchor spacing λ.
    ///   - threads: OpenBLAS and worker threads (results are identical at any count).
    /// - Throws: `InputError` naming the file at fault: an unreadable image or checkpoint, a
    ///   checkpoint with missing, unexpected or mis-shaped keys, an unknown dataset name, a level count
    ///   that implies no preset, an image too small to pad, or an output that cannot be written.
    public init(
        checkpoint: String, image: String, out: String, dataset: String? = nil, maskFiltering: Bool? = nil,
        nmsRadius: Double? = nil, spacing: Int? = nil, threads: Int
    ) throws {
        let picture = try ImageFile.readRGB(path: image)
        GEMM.threadCount = threads
        let prompter = try Prompter.load(checkpoint: checkpoint)
        let chosen: PromptDataset
        if let dataset {
            guard let named = PromptDataset(rawValue: dataset) else {
                throw InputError(
                    "unknown dataset '\(dataset)'; expected one of \(Self.datasetNames.joined(separator: ", "))")
            }
            chosen = named
        } else {
            guard let implied = PromptDataset.implied(byLevels: prompter.config.levels) else {
                throw InputError(
                    "a prompter with \(prompter.config.levels) FPN levels implies no dataset preset; name one",
                    file: checkpoint)
            }
            chosen = implied
        }
        var settings = PromptSettings.preset(chosen)
        if let maskFiltering { settings.maskFiltering = maskFiltering }
        if let nmsRadius { settings.nmsRadius = nmsRadius }
        if let spacing { settings.spacing = spacing }

        let clock = ContinuousClock()
        let start = clock.now
        let output: PrompterOutput
        do {
            output = try prompter(picture, spacing: settings.spacing)
        } catch let error as InputError {
            throw error.inFile(image)
        }
        let elapsed = clock.now - start
        let candidates = PromptPostProcessing.candidates(output)
        let points = PromptPostProcessing.prompts(output, settings: settings)
        try Self.write(output: output, points: points, to: out)
        config = prompter.config
        self.dataset = chosen
        self.settings = settings
        proposalCount = output.proposalCount
        candidateCount = candidates.count
        pointCount = points.count
        networkMilliseconds =
            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) * 1e-15
    }

    /// Writes the four `.npy` files.
    private static func write(output: PrompterOutput, points: [DetectedPrompt], to out: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the output folder: \(error.localizedDescription)", file: out)
        }
        let folder = URL(fileURLWithPath: out)
        let rows = points.flatMap { [Double($0.x), Double($0.y), Double($0.classIndex)] }
        try NpyWriter.write(rows, shape: [points.count, 3], to: folder.appendingPathComponent("points.npy").path)
        for (file, tensor) in [
            ("proposals.npy", output.proposals), ("logits.npy", output.logits),
            ("aux_logits.npy", output.auxiliaryLogits),
        ] {
            try NpyWriter.write(tensor.elements, shape: tensor.shape, to: folder.appendingPathComponent(file).path)
        }
    }
}
