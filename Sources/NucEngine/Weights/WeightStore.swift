/// A checkpoint's named tensors while a model binds them: strict, and reporting every offender at once.
///
/// A model asks for each weight by its PyTorch key and expected shape. Lookups never throw, so
/// one pass over the model finds every missing or mis-shaped key (each gets a zero tensor of the
/// requested shape to keep building); `finish()` then throws one error listing them together
/// with every key the model never asked for (mlx-swift `VerifyUpdate.all`).
public final class WeightStore {
    /// The file the tensors came from, named in errors.
    public let source: String
    private let tensors: [String: Tensor]
    private var used: Set<String> = []
    private var missing: [String] = []
    private var misshaped: [String] = []
    private var ignoredPrefixes: [String] = []

    /// Creates a store over a checkpoint's tensors.
    ///
    /// - Parameters:
    ///   - tensors: The tensors by key.
    ///   - source: The checkpoint file, for error messages.
    public init(tensors: [String: Tensor], source: String) {
        self.tensors = tensors
        self.source = source
    }

    /// All keys, sorted.
    public var keys: [String] { tensors.keys.sorted() }

    /// The shape stored under a key, without marking it used (for inferring a model's configuration).
    ///
    /// - Parameter key: The PyTorch key.
    /// - Returns: The shape, or nil when the key is absent.
    public func shape(of key: String) -> [Int]? { tensors[key]?.shape }

    /// Takes the tensor stored under a key, checking its shape.
    ///
    /// - Parameters:
    ///   - key: The PyTorch key.
    ///   - shape: The shape the model expects.
    /// - Returns: The tensor, or zeros of `shape` when it is missing or mis-shaped (recorded for `finish()`).
    public func tensor(_ key: String, shape: [Int]) -> Tensor {
        guard let found = tensors[key] else {
            missing.append("\(key) \(shape)")
            return Tensor(zeros: shape)
        }
        used.insert(key)
        guard found.shape == shape else {
            misshaped.append("\(key): found \(found.shape), expected \(shape)")
            return Tensor(zeros: shape)
        }
        return found
    }

    /// Declares keys the model knowingly does not use, such as SAM's `mask_downscaling` at inference.
    ///
    /// - Parameter prefix: Every key starting with this prefix counts as used.
    public func ignore(prefix: String) {
        ignoredPrefixes.append(prefix)
    }

    /// Checks that every key was used and every request was satisfied.
    ///
    /// - Throws: `InputError` naming the file and listing every missing, mis-shaped and unexpected key.
    public func finish() throws {
        let unexpected = tensors.keys.filter { key in
            !used.contains(key) && !ignoredPrefixes.contains { key.hasPrefix($0) }
        }.sorted()
        var problems: [String] = []
        if !missing.isEmpty { problems.append("missing keys: " + missing.joined(separator: ", ")) }
        if !misshaped.isEmpty { problems.append("mis-shaped keys: " + misshaped.joined(separator: "; ")) }
        if !unexpected.isEmpty { problems.append("unexpected keys: " + unexpected.joined(separator: ", ")) }
        guard problems.isEmpty else { throw InputError(problems.joined(separator: "; "), file: source) }
    }
}
