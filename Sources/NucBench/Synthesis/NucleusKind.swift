/// The five PanNuke nucleus classes in PanNuke's mask channel order, each with the shape
/// and stain the synthetic generator gives it (at 40×, ≈ 0.25 µm/px: 4 px per µm).
enum NucleusKind: Int, CaseIterable, Sendable {
    /// Channel 0: large, irregular and dark.
    case neoplastic = 0
    /// Channel 1: small, round and very dark (lymphocytes).
    case inflammatory = 1
    /// Channel 2: long and thin (fibroblasts), medium darkness.
    case connective = 2
    /// Channel 3: small, ragged, pyknotic and darkest, in eosinophilic cytoplasm.
    case dead = 3
    /// Channel 4: medium and oval with pale, vesicular chromatin.
    case epithelial = 4

    /// The range of the major semi-axis, in pixels: tumour nuclei 7.5–11 µm long, lymphocytes
    /// 3.75–5 µm across, fibroblasts 7.5–12 µm long, pyknotic nuclei 2.5–4.25 µm, epithelial 6–7.5 µm.
    var majorRadius: ClosedRange<Double> {
        switch self {
        case .neoplastic: 15...22
        case .inflammatory: 7.5...10
        case .connective: 15...24
        case .dead: 5...8.5
        case .epithelial: 12...15
        }
    }

    /// The range of minor ÷ major semi-axis.
    var aspectRatio: ClosedRange<Double> {
        switch self {
        case .neoplastic: 0.7...0.95
        case .inflammatory: 0.85...1
        case .connective: 0.22...0.4
        case .dead: 0.5...0.9
        case .epithelial: 0.65...0.9
        }
    }

    /// How far the outline strays from the ellipse, as a fraction of the radius.
    var irregularity: Double {
        switch self {
        case .neoplastic: 0.14
        case .inflammatory: 0.04
        case .connective: 0.05
        case .dead: 0.32
        case .epithelial: 0.07
        }
    }

    /// Haematoxylin concentration multiplier: larger is darker.
    var darkness: Double {
        switch self {
        case .neoplastic: 1.25
        case .inflammatory: 1.45
        case .connective: 1.0
        case .dead: 1.6
        case .epithelial: 0.8
        }
    }

    /// How coarse the chromatin texture is: 0 smooth, 1 clumped.
    var chromatinContrast: Double {
        switch self {
        case .neoplastic: 0.55
        case .inflammatory: 0.2
        case .connective: 0.25
        case .dead: 0.15
        case .epithelial: 0.6
        }
    }
}
