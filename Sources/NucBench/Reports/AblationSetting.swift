/// The ablation settings of a run, read from its `RunRecord.options`, and its place in the paper's
/// Tables 6 and 7.
///
/// The convention (written by `nucbench ablate`, read by `nucbench report`):
///
/// | key | values | meaning |
/// |---|---|---|
/// | `ablation.ft` | `on` / `off` | SAM fine-tuned for nuclei (FT) |
/// | `ablation.aux` | `on` / `off` | prompter trained with the auxiliary nuclear-region task (AUX) |
/// | `ablation.mapf` | `on` / `off` | mask-aided prompt filtering at test time (MAPF) |
/// | `ablation.np` | `on` / `off` | negative prompts (NP); `on` means K ≥ 1 at training or test time |
/// | `negatives.train` | integer ≥ 0 | negative prompts per nucleus when the segmentor was trained |
/// | `negatives.test` | integer ≥ 0 | negative prompts per nucleus at inference |
/// | `prompts` | `predicted` / `oracle` | prompter points, or ground-truth centroids (Table 7's GT column) |
///
/// Table 6 (Shui et al., arXiv:2311.15939v4 §4.3) enables the modules cumulatively: `none`, `FT`,
/// `FT+AUX`, `FT+AUX+MAPF`, `FT+AUX+MAPF+NP`, all with predicted prompts; a run is placed there when
/// it has the four `ablation.*` keys, its enabled modules are such a prefix, its prompts are
/// predicted (or `prompts` is absent) and, for NP, its negatives are 1 and 1 (the paper's K = 1)
/// or absent. Table 7 needs `negatives.train`, `negatives.test` and `prompts`, and FT, AUX and
/// MAPF on when their keys are present; its row is the one whose `# NP` Train/Test records equal
/// the counts, its column `GT` for oracle prompts and `Pred` for predicted ones. Both tables are
/// CPM-17 (`dataset` `cpm17`).
public struct AblationSetting: Sendable, Equatable {
    /// The option key of FT.
    public static let fineTuningKey = "ablation.ft"
    /// The option key of AUX.
    public static let auxiliaryKey = "ablation.aux"
    /// The option key of MAPF.
    public static let promptFilteringKey = "ablation.mapf"
    /// The option key of NP.
    public static let negativePromptsKey = "ablation.np"
    /// The option key of the training-time number of negative prompts.
    public static let trainingNegativesKey = "negatives.train"
    /// The option key of the test-time number of negative prompts.
    public static let testNegativesKey = "negatives.test"
    /// The option key of the prompt source.
    public static let promptsKey = "prompts"
    /// The module keys in Table 6's order, with the labels the paper prints.
    public static let modules = [
        (key: fineTuningKey, label: "FT"), (key: auxiliaryKey, label: "AUX"), (key: promptFilteringKey, label: "MAPF"),
        (key: negativePromptsKey, label: "NP"),
    ]

    /// Where the segmentor's prompts come from.
    public enum Prompts: String, Sendable, Equatable {
        /// The prompter's points (Table 7's `Pred` column).
        case predicted
        /// Ground-truth centroids (Table 7's `GT` column, the "oracle").
        case oracle
    }

    /// Whether each module is on, by option key; a module whose key is absent has no entry.
    public let modules: [String: Bool]
    /// Negative prompts per nucleus at training time, when recorded.
    public let trainingNegatives: Int?
    /// Negative prompts per nucleus at test time, when recorded.
    public let testNegatives: Int?
    /// The prompt source, when recorded.
    public let prompts: Prompts?

    /// Reads the settings from a run's options.
    ///
    /// - Parameters:
    ///   - options: The run's `RunRecord.options`.
    ///   - run: The run's name, for errors.
    /// - Throws: `InputError` naming the run, the key and the value when a value is not one of
    ///   those the convention allows.
    public init(options: [String: String], run: String) throws {
        var modules: [String: Bool] = [:]
        for module in Self.modules {
            guard let text = options[module.key] else { continue }
            guard let value = ["on": true, "off": false][text] else {
                throw InputError("run \"\(run)\": option \(module.key) is \"\(text)\"; expected on or off")
            }
            modules[module.key] = value
        }
        func count(_ key: String) throws -> Int? {
            guard let text = options[key] else { return nil }
            guard let value = Int(text), value >= 0 else {
                throw InputError("run \"\(run)\": option \(key) is \"\(text)\"; expected an integer ≥ 0")
            }
            return value
        }
        self.modules = modules
        trainingNegatives = try count(Self.trainingNegativesKey)
        testNegatives = try count(Self.testNegativesKey)
        if let text = options[Self.promptsKey] {
            guard let prompts = Prompts(rawValue: text) else {
                throw InputError("run \"\(run)\": option prompts is \"\(text)\"; expected predicted or oracle")
            }
            self.prompts = prompts
        } else {
            prompts = nil
        }
    }

    /// Whether any ablation key is present, that is, whether the run belongs to an ablation grid.
    public var isAblation: Bool {
        !modules.isEmpty || trainingNegatives != nil || testNegatives != nil || prompts != nil
    }

    // MARK: - Table 6

    /// The run's Table 6 row label (`none`, `FT`, …, `FT+AUX+MAPF+NP`), or why it has none.
    public var table6Row: Result<String, Exclusion> {
        let missing = Self.modules.filter { modules[$0.key] == nil }.map(\.key)
        guard missing.isEmpty else {
            return .failure(Exclusion("no " + missing.joined(separator: ", ")))
        }
        let enabled = Self.modules.filter { modules[$0.key] == true }
        guard enabled.map(\.key) == Self.modules.prefix(enabled.count).map(\.key) else {
            return .failure(
                Exclusion(
                    "modules " + enabled.map(\.label).joined(separator: "+") + " are not a cumulative prefix of "
                        + "FT, AUX, MAPF, NP"))
        }
        guard prompts ?? .predicted == .predicted else {
            return .failure(Exclusion("Table 6 uses predicted prompts, the run uses oracle prompts"))
        }
        let usesNegatives = modules[Self.negativePromptsKey] == true
        let expected = usesNegatives ? 1 : 0
        for (key, value) in [(Self.trainingNegativesKey, trainingNegatives), (Self.testNegativesKey, testNegatives)] {
            if let value, value != expected {
                return .failure(
                    Exclusion("\(key) is \(value) but Table 6 with NP \(usesNegatives ? "on" : "off") has \(expected)"))
            }
        }
        return .success(enabled.isEmpty ? "none" : enabled.map(\.label).joined(separator: "+"))
    }

    // MARK: - Table 7

    /// The run's Table 7 cell: its numbers of negative prompts and its column, or why it has none.
    ///
    /// The row is found in the paper's `# NP` records by the caller.
    public var table7Cell: Result<Table7Cell, Exclusion> {
        guard let train = trainingNegatives, let test = testNegatives, let prompts else {
            return .failure(Exclusion("Table 7 needs negatives.train, negatives.test and prompts"))
        }
        let off = Self.modules.dropLast().filter { modules[$0.key] == false }.map(\.label)
        guard off.isEmpty else {
            return .failure(
                Exclusion("Table 7 has FT, AUX and MAPF on; the run has \(off.joined(separator: ", ")) off"))
        }
        if let negatives = modules[Self.negativePromptsKey], negatives != (train + test > 0) {
            return .failure(
                Exclusion("ablation.np is \(negatives ? "on" : "off") but negatives.train/test are \(train)/\(test)"))
        }
        return .success(Table7Cell(train: train, test: test, column: prompts == .oracle ? "GT" : "Pred"))
    }

    // MARK: - Placement

    /// Why a run has no cell in an ablation table.
    public struct Exclusion: Error, Sendable, Equatable {
        /// The reason, in words.
        public let reason: String

        /// Creates an exclusion.
        ///
        /// - Parameter reason: The reason.
        public init(_ reason: String) {
            self.reason = reason
        }
    }

    /// A run's place in Table 7: the numbers of negative prompts and the prompt column.
    public struct Table7Cell: Sendable, Equatable {
        /// Negative prompts at training time (`# NP` Train).
        public let train: Int
        /// Negative prompts at test time (`# NP` Test).
        public let test: Int
        /// `GT` (oracle prompts) or `Pred` (predicted prompts).
        public let column: String

        /// Creates a cell.
        ///
        /// - Parameters:
        ///   - train: Negative prompts at training time.
        ///   - test: Negative prompts at test time.
        ///   - column: `GT` or `Pred`.
        public init(train: Int, test: Int, column: String) {
            self.train = train
            self.test = test
            self.column = column
        }
    }
}
