/// Image embeddings of one image's tiles, kept so that re-running the decoder with other prompts
/// (a negatives sweep K = 0, 1, 2, or the ± negatives variants) never re-runs the encoder.
///
/// Decision: in memory, per image, owned by the caller across the runs it wants to share. A SAM
/// embedding is 256×16×16 floats (256 KB), so a 1000×1000 Kumar image's 25 tiles take 6.4 MB — six
/// times that with test-time augmentation. No on-disk cache: the encoder runs once per tile and
/// view per image, so a disk cache would only pay off across processes.
public struct EmbeddingCache<Embedding: Sendable>: Sendable {
    /// Where a tile sits and how it was viewed.
    public struct Key: Hashable, Sendable {
        /// The tile's left column in the (padded) image.
        public var x: Int
        /// The tile's top row in the (padded) image.
        public var y: Int
        /// The test-time-augmentation view.
        public var view: AugmentationView

        /// Creates a key.
        ///
        /// - Parameters:
        ///   - x: The tile's left column.
        ///   - y: The tile's top row.
        ///   - view: The view.
        public init(x: Int, y: Int, view: AugmentationView) {
            self.x = x
            self.y = y
            self.view = view
        }
    }

    private var embeddings: [Key: Embedding] = [:]
    /// How many embeddings were computed (cache misses).
    public private(set) var computed = 0

    /// Creates an empty cache.
    public init() {}

    /// The embedding for a key, computed on the first request.
    ///
    /// - Parameters:
    ///   - key: The tile and view.
    ///   - compute: Encodes the tile.
    /// - Returns: The embedding.
    /// - Throws: What `compute` throws.
    public mutating func embedding(for key: Key, compute: () throws -> Embedding) rethrows -> Embedding {
        if let cached = embeddings[key] { return cached }
        let embedding = try compute()
        embeddings[key] = embedding
        computed += 1
        return embedding
    }
}
