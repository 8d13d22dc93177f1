import NucEngine

/// Where an `InferRun` gets each image's point prompts: the prompter with the dataset's settings, or
/// the ground-truth points (`OraclePrompts`).
struct PromptSource: Sendable {
    /// The prompter and its settings, or nil for oracle prompts.
    private let prompter: (model: Prompter, settings: PromptSettings)?
    /// Whether ground-truth classes come from the type map (PanNuke) or are all 0.
    private let typed: Bool

    /// Loads the prompter when the request predicts prompts.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - manifest: The manifest naming the prompter checkpoint.
    ///   - settings: The prompter's settings.
    /// - Throws: `InputError` when predicted prompts are asked for and the manifest names no prompter,
    ///   or the checkpoint does not load.
    init(request: InferRequest, manifest: InferenceManifest, settings: PromptSettings) throws {
        typed = request.dataset == .pannuke
        guard request.prompts == .predicted else {
            prompter = nil
            return
        }
        guard let checkpoint = manifest.prompter else {
            throw InputError(
                "manifest field 'prompter' is missing; predicted prompts need a prompter checkpoint "
                    + "(or use --prompts oracle)", file: manifest.path)
        }
        prompter = (try Prompter.load(checkpoint: checkpoint), settings)
    }

    /// The prompts of one image, 0-based class in `type` and the prompter's score (1 for oracle
    /// prompts).
    ///
    /// - Parameters:
    ///   - sample: The dataset sample (its labels give oracle prompts).
    ///   - image: The sample's image.
    /// - Returns: The prompts in image pixel coordinates, in the prompter's or instance order.
    /// - Throws: `InputError` naming the image when the prompter or the labels fail.
    func prompts(for sample: DatasetSample, image: RGBImage) throws -> [TypedPoint] {
        if let prompter {
            let output: PrompterOutput
            do {
                output = try prompter.model(image, spacing: prompter.settings.spacing)
            } catch let error as InputError {
                throw error.inFile(sample.metadata.imagePath)
            }
            return PromptPostProcessing.prompts(output, settings: prompter.settings).map {
                TypedPoint(Point(x: Double($0.x), y: Double($0.y)), type: $0.classIndex, score: Double($0.score))
            }
        }
        let labels = try sample.labels()
        return try OraclePrompts.prompts(for: labels.instances, classes: typed ? labels.classes : nil).map {
            TypedPoint(Point(x: Double($0.x), y: Double($0.y)), type: $0.classIndex, score: 1)
        }
    }
}
