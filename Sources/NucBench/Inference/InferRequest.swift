import NucEngine

/// What `nucbench infer` runs: a model manifest over a dataset's test images, writing per-image
/// predictions `PredictionDirectory` reads.
///
/// Output folders: with one negatives count K the predictions go to `outDirectory` itself; with
/// several (a sweep, `--negatives 0,1,2`) each K gets `outDirectory/k{K}`
/// (`outputDirectory(negatives:)`), and every image is encoded once for all of them.
public struct InferRequest: Sendable, Equatable {
    /// Where the point prompts come from.
    public enum PromptSource: String, Sendable, CaseIterable {
        /// The prompter named by the manifest, with the dataset's preset (spec promptnucseg.md §3.7).
        case predicted
        /// The ground-truth points (`OraclePrompts`, spec §5.4 and §7).
        case oracle
    }

    /// The inference manifest (`InferenceManifest`).
    public var manifestPath: String
    /// The dataset: `pannuke` (one 256×256 pass) or `kumar` / `cpm17` (tiled).
    public var dataset: PromptDataset
    /// The dataset folder (`Dataset.open`; PanNuke as published, with `Fold N` folders).
    public var dataDirectory: String
    /// PanNuke: the folds to segment (every image of each); ignored for Kumar and CPM-17.
    public var folds: [Int]
    /// Kumar and CPM-17: the split whose images are segmented, or nil for every split named `test…`;
    /// ignored for PanNuke.
    public var split: String?
    /// The prediction folder.
    public var outDirectory: String
    /// Predicted or ground-truth prompts.
    public var prompts: PromptSource
    /// The negatives counts K to run; nil for the variant's preset (CPM-17-H 1, otherwise 0).
    public var negatives: [Int]?
    /// Reproduces the reference's lone-prompt padding labels for K > 1 (`NegativePrompts.Compatibility`).
    public var compatibleNegatives: Bool
    /// Overrides the prompter preset's and the manifest's MAPF.
    public var maskFiltering: Bool?
    /// Test-time augmentation over the six views on the tiled path (Kumar, CPM-17), with this
    /// prompt mapping; nil for none (the official `--tta`, off in its test script).
    public var augmentation: AugmentationView.PointMapping?
    /// Engine threads (results are identical at any count).
    public var threads: Int
    /// How progress is shown.
    public var progress: ProgressMode

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - manifestPath: The inference manifest.
    ///   - dataset: The dataset.
    ///   - dataDirectory: The dataset folder.
    ///   - folds: PanNuke folds.
    ///   - split: Kumar and CPM-17 split.
    ///   - outDirectory: The prediction folder.
    ///   - prompts: Predicted or oracle prompts.
    ///   - negatives: The K values, or nil for the preset.
    ///   - compatibleNegatives: The reference's K > 1 lone-prompt behaviour.
    ///   - maskFiltering: A MAPF override.
    ///   - augmentation: Test-time augmentation's prompt mapping, or nil for none.
    ///   - threads: Engine threads.
    ///   - progress: Progress display.
    public init(
        manifestPath: String, dataset: PromptDataset, dataDirectory: String, folds: [Int] = [3],
        split: String? = nil, outDirectory: String, prompts: PromptSource = .predicted, negatives: [Int]? = nil,
        compatibleNegatives: Bool = false, maskFiltering: Bool? = nil,
        augmentation: AugmentationView.PointMapping? = nil, threads: Int = 1, progress: ProgressMode = .none
    ) {
        self.manifestPath = manifestPath
        self.dataset = dataset
        self.dataDirectory = dataDirectory
        self.folds = folds
        self.split = split
        self.outDirectory = outDirectory
        self.prompts = prompts
        self.negatives = negatives
        self.compatibleNegatives = compatibleNegatives
        self.maskFiltering = maskFiltering
        self.augmentation = augmentation
        self.threads = threads
        self.progress = progress
    }

    /// The folder the predictions for negatives count `k` go to.
    ///
    /// - Parameters:
    ///   - k: K.
    ///   - sweep: Whether several K values run (then each has its own `k{K}` subfolder).
    /// - Returns: `outDirectory` for a single K, `outDirectory/k{K}` in a sweep.
    public func outputDirectory(negatives k: Int, sweep: Bool) -> String {
        sweep ? "\(outDirectory)/k\(k)" : outDirectory
    }
}

extension InferRequest {
    /// The prompter preset of an evaluation dataset (the CLI's `--dataset`).
    ///
    /// - Parameter dataset: The dataset.
    /// - Returns: The same dataset's `PromptDataset`.
    public static func promptDataset(of dataset: EvaluationDataset) -> PromptDataset {
        switch dataset {
        case .pannuke: .pannuke
        case .kumar: .kumar
        case .cpm17: .cpm17
        }
    }
}
