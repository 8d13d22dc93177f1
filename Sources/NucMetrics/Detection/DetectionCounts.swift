/// Sufficient statistics of centroid detection and classification: typed pairs and typed misses.
///
/// HoVer-Net's `run_nuclei_type_stat` (compute_stats.py, hover_net 67e2ce5) and
/// CellViT's PanNuke inference concatenate, image after image, the matched pairs and
/// the unmatched points with their types, and compute every score from those arrays
/// (metrics spec §8.3). Every score only counts elements, so the multiset of
/// (ground-truth type, predicted type) pairs and of unmatched types carries all the
/// information: an image's value, summed with `+` in any order, equals the
/// reference's concatenation bit for bit.
public struct DetectionCounts: Hashable, Sendable {
    /// The types of one matched pair.
    public struct TypePair: Hashable, Sendable {
        /// Ground-truth type.
        public let groundTruth: Int
        /// Predicted type.
        public let prediction: Int

        /// Creates a type pair.
        ///
        /// - Parameters:
        ///   - groundTruth: Ground-truth type.
        ///   - prediction: Predicted type.
        public init(groundTruth: Int, prediction: Int) {
            self.groundTruth = groundTruth
            self.prediction = prediction
        }
    }

    /// Number of matched pairs per (ground-truth type, predicted type); no zero entries.
    public private(set) var pairedTypes: [TypePair: Int]
    /// Number of unmatched ground-truth points per type; no zero entries.
    public private(set) var unpairedGroundTruthTypes: [Int: Int]
    /// Number of unmatched predicted points per type; no zero entries.
    public private(set) var unpairedPredictionTypes: [Int: Int]

    /// No image: the identity of `+`.
    public static let zero = DetectionCounts(
        pairedTypes: [:], unpairedGroundTruthTypes: [:], unpairedPredictionTypes: [:])

    /// Creates counts from tallies; zero entries are dropped.
    ///
    /// - Parameters:
    ///   - pairedTypes: Pairs per (ground-truth type, predicted type).
    ///   - unpairedGroundTruthTypes: Unmatched ground-truth points per type.
    ///   - unpairedPredictionTypes: Unmatched predicted points per type.
    public init(pairedTypes: [TypePair: Int], unpairedGroundTruthTypes: [Int: Int], unpairedPredictionTypes: [Int: Int])
    {
        precondition(
            pairedTypes.values.allSatisfy { $0 >= 0 } && unpairedGroundTruthTypes.values.allSatisfy { $0 >= 0 }
                && unpairedPredictionTypes.values.allSatisfy { $0 >= 0 },
            "counts must be non-negative"
        )
        self.pairedTypes = pairedTypes.filter { $0.value > 0 }
        self.unpairedGroundTruthTypes = unpairedGroundTruthTypes.filter { $0.value > 0 }
        self.unpairedPredictionTypes = unpairedPredictionTypes.filter { $0.value > 0 }
    }

    /// Tallies one image's pairing.
    ///
    /// - Parameters:
    ///   - pairing: Pairs and misses, indexing the two type lists.
    ///   - groundTruthTypes: Type of each ground-truth point.
    ///   - predictionTypes: Type of each predicted point.
    public init(pairing: CoordinatePairing, groundTruthTypes: [Int], predictionTypes: [Int]) {
        var pairs: [TypePair: Int] = [:]
        for pair in pairing.pairs {
            pairs[
                TypePair(groundTruth: groundTruthTypes[pair.row], prediction: predictionTypes[pair.column]), default: 0] +=
                1
        }
        var missedTruth: [Int: Int] = [:]
        for index in pairing.unpairedGroundTruth { missedTruth[groundTruthTypes[index], default: 0] += 1 }
        var missedPredictions: [Int: Int] = [:]
        for index in pairing.unpairedPredictions { missedPredictions[predictionTypes[index], default: 0] += 1 }
        self.init(pairedTypes: pairs, unpairedGroundTruthTypes: missedTruth, unpairedPredictionTypes: missedPredictions)
    }

    /// Pools two sets of images (the reference's concatenation); associative and commutative.
    ///
    /// - Parameters:
    ///   - lhs: Counts of some images.
    ///   - rhs: Counts of other images.
    /// - Returns: The counts of both.
    public static func + (lhs: DetectionCounts, rhs: DetectionCounts) -> DetectionCounts {
        var sum = lhs
        sum.pairedTypes.merge(rhs.pairedTypes, uniquingKeysWith: +)
        sum.unpairedGroundTruthTypes.merge(rhs.unpairedGroundTruthTypes, uniquingKeysWith: +)
        sum.unpairedPredictionTypes.merge(rhs.unpairedPredictionTypes, uniquingKeysWith: +)
        return sum
    }

    // MARK: - Detection counts

    /// Matched pairs, TP_d.
    public var truePositives: Int { pairedTypes.values.reduce(0, +) }
    /// Unmatched predictions, FP_d.
    public var falsePositives: Int { unpairedPredictionTypes.values.reduce(0, +) }
    /// Unmatched ground-truth points, FN_d.
    public var falseNegatives: Int { unpairedGroundTruthTypes.values.reduce(0, +) }

    /// The distinct ground-truth types, ascending: HoVer-Net's default type list
    /// `np.unique(true_inst_type_all)`, which includes the dummy type 0 when an image had no ground truth.
    public var groundTruthTypes: [Int] {
        Set(pairedTypes.keys.map(\.groundTruth)).union(unpairedGroundTruthTypes.keys).sorted()
    }
}
