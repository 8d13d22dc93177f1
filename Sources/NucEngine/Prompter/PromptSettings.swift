/// A dataset whose official prompter configuration supplies the inference settings.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/config/{pannuke123,pannuke213,pannuke321,kumar,cpm17}.py
/// (spec promptnucseg.md §7): `prompter.space`, `test.nms_thr`, `test.filtering`.
public enum PromptDataset: String, Sendable, CaseIterable {
    /// PanNuke (any split): λ 8, NMS 12, no MAPF, 3 FPN levels, 5 classes.
    case pannuke
    /// Kumar (MoNuSeg): λ 16, NMS 11, MAPF, 4 FPN levels, 1 class.
    case kumar
    /// CPM-17: λ 16, NMS 12, MAPF, 4 FPN levels, 1 class.
    case cpm17

    /// The dataset a checkpoint's FPN level count implies: 3 → PanNuke, 4 → CPM-17 (Kumar also has 4;
    /// its NMS radius of 11 must be asked for by name).
    ///
    /// - Parameter levels: `PrompterConfig.levels`.
    /// - Returns: The dataset, or nil for other counts.
    public static func implied(byLevels levels: Int) -> PromptDataset? {
        switch levels {
        case 3: .pannuke
        case 4: .cpm17
        default: nil
        }
    }
}

/// The prompter's inference knobs: anchor spacing, point-NMS radius and mask-aided prompt filtering.
public struct PromptSettings: Sendable, Equatable {
    /// λ, the anchor spacing in pixels (`prompter.space`); the input is padded to a multiple of it.
    public var spacing: Int
    /// The point-NMS radius r in pixels (`test.nms_thr`).
    ///
    /// A kept point suppresses every other point within distance ≤ r; zero or less disables NMS.
    public var nmsRadius: Double
    /// Whether MAPF keeps only points on auxiliary-mask pixels with logit > 0 (`test.filtering`).
    public var maskFiltering: Bool

    /// Creates settings.
    ///
    /// - Parameters:
    ///   - spacing: λ (≥ 1).
    ///   - nmsRadius: r.
    ///   - maskFiltering: MAPF on or off.
    public init(spacing: Int, nmsRadius: Double, maskFiltering: Bool) {
        self.spacing = spacing
        self.nmsRadius = nmsRadius
        self.maskFiltering = maskFiltering
    }

    /// The official configuration of a dataset.
    ///
    /// - Parameter dataset: The dataset.
    /// - Returns: PanNuke (8, 12, off), Kumar (16, 11, on) or CPM-17 (16, 12, on).
    public static func preset(_ dataset: PromptDataset) -> PromptSettings {
        switch dataset {
        case .pannuke: PromptSettings(spacing: 8, nmsRadius: 12, maskFiltering: false)
        case .kumar: PromptSettings(spacing: 16, nmsRadius: 11, maskFiltering: true)
        case .cpm17: PromptSettings(spacing: 16, nmsRadius: 12, maskFiltering: true)
        }
    }
}
