/// The prompter's anchor points: one every λ pixels, offset to the centre of each λ×λ cell.
///
/// ref: windygoo/PromptNucSeg@4afbf26 prompter/models/dpa_p2pnet.py, `AnchorPoints.forward` (spec
/// promptnucseg.md §3.3): ⌈W/λ⌉ × ⌈H/λ⌉ anchors at (j·λ + o_x, i·λ + o_y) with o = ((W mod λ) or λ)/2,
/// which is λ/2 on the padded input. Anchors are flattened row-major, index = row·columns + column,
/// the order of the proposals.
struct AnchorGrid: Sendable, Equatable {
    /// Anchor rows, ⌈H/λ⌉.
    let rows: Int
    /// Anchor columns, ⌈W/λ⌉.
    let columns: Int
    /// The anchors (x, y) in input pixels, row-major.
    let points: [SIMD2<Float>]

    /// Lays the anchors over an input.
    ///
    /// - Parameters:
    ///   - height: The (padded) input height H.
    ///   - width: The (padded) input width W.
    ///   - spacing: λ (≥ 1).
    init(height: Int, width: Int, spacing: Int) {
        precondition(spacing >= 1 && height >= 1 && width >= 1, "anchors for \(height)×\(width) every \(spacing)")
        rows = (height + spacing - 1) / spacing
        columns = (width + spacing - 1) / spacing
        let origin = SIMD2(
            Double(width % spacing == 0 ? spacing : width % spacing) / 2,
            Double(height % spacing == 0 ? spacing : height % spacing) / 2)
        var points: [SIMD2<Float>] = []
        points.reserveCapacity(rows * columns)
        for row in 0..<rows {
            for column in 0..<columns {
                let anchor = SIMD2(Double(column * spacing), Double(row * spacing)) + origin
                points.append(SIMD2<Float>(Float(anchor.x), Float(anchor.y)))
            }
        }
        self.points = points
    }
}
