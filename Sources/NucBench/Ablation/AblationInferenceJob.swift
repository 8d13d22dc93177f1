import Foundation

/// One `nucbench infer` call of an ablation: a segmentor, a prompter (or oracle prompts) and MAPF,
/// over several test counts of negative prompts with one encoder pass per image.
///
/// Each K's predictions go to `directory/k{K}` whichever Ks run together, so a later call with other
/// Ks finds (and resumes) the same folders.
public struct AblationInferenceJob: Sendable, Equatable {
    /// The job's name, also its folder's.
    public let name: String
    /// The segmentor checkpoint.
    public let segmentor: String
    /// The prompter checkpoint, nil for oracle prompts.
    public let prompter: String?
    /// MAPF; nil for oracle prompts.
    public let filtering: Bool?
    /// The test counts of negative prompts, ascending.
    public internal(set) var negatives: [Int]
    /// The folder of the job's manifest and predictions.
    public let directory: String

    /// The folder of K's predictions.
    ///
    /// - Parameter k: The test count of negative prompts.
    /// - Returns: `directory/k{K}`.
    public func predictionDirectory(negatives k: Int) -> String {
        "\(directory)/k\(k)"
    }

    /// Writes the job's inference manifest, or checks the one a previous ablation wrote.
    ///
    /// Resumed predictions are only valid for the same models, so a folder whose manifest names other
    /// checkpoints or settings is refused rather than reused.
    ///
    /// - Parameter config: The configuration.
    /// - Returns: The manifest's path, `directory/manifest.json`.
    /// - Throws: `InputError` naming the manifest when it cannot be written, or exists with other
    ///   contents.
    func writeManifest(config: AblationConfig) throws -> String {
        let path = directory + "/manifest.json"
        var fields: [String: Any] = ["name": name, "segmentor": segmentor, "variant": config.variant]
        if let prompter { fields["prompter"] = prompter }
        if let filtering { fields["mapf"] = filtering }
        if prompter != nil, let spacing = config.prompterSpacing { fields["spacing"] = spacing }
        if let heads = config.decoderHeads { fields["decoder_heads"] = heads }
        let data: Data
        do {
            data = try JSONSerialization.data(
                withJSONObject: fields, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        } catch {
            throw InputError("cannot encode the inference manifest: \(error.localizedDescription)", file: path)
        }
        if let existing = FileManager.default.contents(atPath: path) {
            guard existing == data else {
                throw InputError(
                    "the predictions of job \(name) were made with other models or settings; remove \(directory) "
                        + "or set another `predictions` folder", file: path)
            }
            return path
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw InputError("cannot write the inference manifest: \(error.localizedDescription)", file: path)
        }
        return path
    }

    /// The inference request for some of the job's Ks.
    ///
    /// - Parameters:
    ///   - ks: The Ks to run (a non-empty subset of `negatives`).
    ///   - manifest: The manifest `writeManifest(config:)` wrote.
    ///   - config: The configuration.
    ///   - threads: Engine threads.
    ///   - progress: Progress display.
    /// - Returns: The request; each K's predictions go to `predictionDirectory(negatives:)`.
    func request(for ks: [Int], manifest: String, config: AblationConfig, threads: Int, progress: ProgressMode)
        -> InferRequest
    {
        InferRequest(
            manifestPath: manifest, dataset: .cpm17,
            dataDirectory: config.dataDirectory,
            outDirectory: ks.count == 1 ? predictionDirectory(negatives: ks[0]) : directory,
            prompts: prompter == nil ? .oracle : .predicted, negatives: ks, maskFiltering: filtering, threads: threads,
            progress: progress)
    }
}
