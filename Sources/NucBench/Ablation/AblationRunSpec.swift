/// One run of an `AblationPlan`: its setting, its deterministic name, the options that place it in
/// Tables 6 and 7 (`AblationSetting`), and the checkpoints and predictions folder it uses.
public struct AblationRunSpec: Sendable, Equatable {
    /// What a run switches on, and its negative prompts and prompt source.
    public struct Setting: Sendable, Equatable {
        /// FT: the fine-tuned segmentor rather than the official SAM weights.
        public let fineTuned: Bool
        /// AUX: the prompter trained with the auxiliary head; nil for oracle prompts (no prompter).
        public let auxiliary: Bool?
        /// MAPF at inference; nil for oracle prompts.
        public let filtering: Bool?
        /// Negative prompts per nucleus the segmentor was trained with.
        public let train: Int
        /// Negative prompts per nucleus at inference.
        public let test: Int
        /// The prompt source.
        public let prompts: AblationSetting.Prompts

        /// NP: negative prompts at training or test time.
        public var negativePrompts: Bool { train + test > 0 }
    }

    /// The setting.
    public let setting: Setting
    /// The run name: `<prefix>-<modules>-train<N>-test<K>-<prompts>`, modules `none` or the enabled
    /// ones among `ft`, `aux`, `mapf`, `np` joined by `-`.
    public let name: String
    /// The `RunRecord.options` keys of `AblationSetting`.
    public let options: [String: String]
    /// The tables the run fills (6, 7 or both).
    public let tables: [Int]
    /// The Table 6 row label, or Table 7's `train/test Pred|GT`.
    public let label: String
    /// The segmentor checkpoint.
    public let segmentor: String
    /// The prompter checkpoint, nil for oracle prompts.
    public let prompter: String?
    /// The inference job (and predictions folder) name, shared by runs that differ only in test K.
    public let jobName: String
    /// The predictions folder of this run's K.
    public let predictionDirectory: String

    /// Resolves a setting against the configuration.
    ///
    /// - Parameters:
    ///   - setting: The setting.
    ///   - config: The configuration.
    /// - Throws: `InputError` naming the configuration file and key of a checkpoint that is needed
    ///   but not configured.
    init(setting: Setting, config: AblationConfig) throws {
        self.setting = setting
        options = setting.options
        let placed = try AblationSetting(options: options, run: "plan")
        var tables: [Int] = []
        var labels: [String] = []
        if case .success(let row) = placed.table6Row {
            tables.append(6)
            labels.append(row)
        }
        if case .success(let cell) = placed.table7Cell {
            tables.append(7)
            labels.append("# NP \(cell.train)/\(cell.test) \(cell.column)")
        }
        self.tables = tables
        let label = labels.joined(separator: "; ")
        self.label = label
        func missing(_ key: String, _ what: String) -> InputError {
            InputError("run \(label) needs \(what); set \(key) in the configuration", file: config.path)
        }
        if setting.fineTuned {
            guard let path = config.fineTunedSegmentors[setting.train] else {
                throw missing(
                    "[segmentor.fine_tuned] \(setting.train)", "a segmentor fine-tuned with \(setting.train) negatives")
            }
            segmentor = path
        } else {
            guard let path = config.vanillaSegmentor else {
                throw missing("[segmentor] vanilla", "the official SAM weights")
            }
            segmentor = path
        }
        switch setting.auxiliary {
        case true?:
            guard let path = config.auxiliaryPrompter else {
                throw missing("[prompter] aux", "a prompter trained with AUX")
            }
            prompter = path
        case false?:
            guard let path = config.plainPrompter else {
                throw missing("[prompter] no_aux", "a prompter trained without AUX")
            }
            prompter = path
        case nil:
            prompter = nil
        }
        var modules: [String] = []
        if setting.fineTuned { modules.append("ft") }
        if setting.auxiliary == true { modules.append("aux") }
        if setting.filtering == true { modules.append("mapf") }
        if setting.negativePrompts { modules.append("np") }
        let segmentorTag = setting.fineTuned ? "ft-train\(setting.train)" : "vanilla"
        let prompterTag =
            setting.prompts == .oracle
            ? "oracle" : (setting.auxiliary == true ? "aux" : "noaux") + (setting.filtering == true ? "-mapf" : "")
        name =
            "\(config.namePrefix)-\(modules.isEmpty ? "none" : modules.joined(separator: "-"))-train\(setting.train)"
            + "-test\(setting.test)-\(setting.prompts.rawValue)"
        jobName = segmentorTag + "-" + prompterTag
        predictionDirectory = "\(config.predictionsDirectory)/\(jobName)/k\(setting.test)"
    }
}

// MARK: - Options

extension AblationRunSpec.Setting {
    /// The options of the setting in `AblationSetting`'s convention.
    var options: [String: String] {
        var options = [
            AblationSetting.fineTuningKey: fineTuned ? "on" : "off",
            AblationSetting.negativePromptsKey: negativePrompts ? "on" : "off",
            AblationSetting.trainingNegativesKey: String(train), AblationSetting.testNegativesKey: String(test),
            AblationSetting.promptsKey: prompts.rawValue,
        ]
        if let auxiliary { options[AblationSetting.auxiliaryKey] = auxiliary ? "on" : "off" }
        if let filtering { options[AblationSetting.promptFilteringKey] = filtering ? "on" : "off" }
        return options
    }
}
