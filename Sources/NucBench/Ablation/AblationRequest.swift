/// What `nucbench ablate` runs and where it keeps the results.
public struct AblationRequest: Sendable {
    /// The configuration.
    public var config: AblationConfig
    /// The grid.
    public var plan: AblationPlan
    /// The SQLite results store.
    public var storePath: String
    /// The folder of the paper's tables (`table6.csv`, `table7.csv`).
    public var baselinesDirectory: String
    /// The report folder.
    public var out: String
    /// The bootstrap settings of the report's intervals.
    public var bootstrap: ImageBootstrap
    /// Engine and scoring threads (results are identical at any count).
    public var threads: Int
    /// How inference and scoring progress is shown on standard error.
    public var progress: ProgressMode

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - config: The configuration.
    ///   - plan: The grid.
    ///   - storePath: The results store.
    ///   - baselinesDirectory: The paper's tables.
    ///   - out: The report folder.
    ///   - bootstrap: The bootstrap settings.
    ///   - threads: Worker threads.
    ///   - progress: Progress display.
    public init(
        config: AblationConfig, plan: AblationPlan, storePath: String = ResultsStore.defaultPath,
        baselinesDirectory: String = "Baselines/paper", out: String = "Reports/ablation",
        bootstrap: ImageBootstrap = ImageBootstrap(), threads: Int = 1, progress: ProgressMode = .none
    ) {
        self.config = config
        self.plan = plan
        self.storePath = storePath
        self.baselinesDirectory = baselinesDirectory
        self.out = out
        self.bootstrap = bootstrap
        self.threads = threads
        self.progress = progress
    }
}
