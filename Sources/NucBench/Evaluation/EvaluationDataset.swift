import NucCore

/// A data set `nucbench eval` scores, with the protocols that make sense for it.
public enum EvaluationDataset: String, CaseIterable, Sendable, Hashable {
    /// PanNuke (three folds of 256×256 images, five classes, 19 tissues).
    case pannuke
    /// Kumar (HoVer-Net naming of MoNuSeg 2018: 14 test images, no classes).
    case kumar
    /// CPM-17 (32 test images, no classes).
    case cpm17

    /// The protocol PromptNucSeg used for this data set.
    public var defaultProtocol: EvaluationProtocol {
        switch self {
        case .pannuke: return .pannuke
        case .kumar, .cpm17: return .promptnucseg
        }
    }

    /// The protocols that make sense for this data set.
    public var protocols: [EvaluationProtocol] {
        switch self {
        case .pannuke: return [.pannuke, .cellvit]
        case .kumar, .cpm17: return [.promptnucseg, .hovernet]
        }
    }

    /// Checks that `protocol` applies to this data set.
    ///
    /// - Parameter protocol: The requested protocol.
    /// - Throws: `InputError` naming the protocols the data set accepts and why the request does not fit.
    public func validate(_ protocol: EvaluationProtocol) throws {
        guard !protocols.contains(`protocol`) else { return }
        let accepted = protocols.map(\.rawValue).joined(separator: ", ")
        let reason: String
        switch (self, `protocol`) {
        case (.kumar, .pannuke), (.kumar, .cellvit), (.cpm17, .pannuke), (.cpm17, .cellvit):
            reason = "it averages over PanNuke's tissues and five classes, which \(rawValue) does not have"
        case (_, .conic):
            reason = "it pools per-class counts of the six CoNIC (Lizard) classes"
        case (.pannuke, .hovernet):
            reason = "HoVer-Net's compute_stats averages images without GT nuclei, which PanNuke has, and raises"
        default:
            reason = "PromptNucSeg scores PanNuke with PanNuke-metrics' run.py; use --protocol pannuke"
        }
        throw InputError(
            "protocol '\(`protocol`.rawValue)' does not apply to \(rawValue): \(reason); "
                + "\(rawValue) accepts \(accepted)")
    }
}
