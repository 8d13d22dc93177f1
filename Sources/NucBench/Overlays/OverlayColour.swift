/// An 8-bit RGB colour of an overlay, and the palette overlays use.
///
/// Outcomes are coloured as in PQ matching (IoU > 0.5): green for matched pairs (TP, both
/// contours), red for unmatched predictions (FP), yellow for unmatched ground truth (FN);
/// yellow rather than blue stays visible on haematoxylin-stained nuclei.
public struct OverlayColour: Sendable, Equatable {
    /// Red.
    public let red: UInt8
    /// Green.
    public let green: UInt8
    /// Blue.
    public let blue: UInt8

    /// Creates a colour.
    ///
    /// - Parameters:
    ///   - red: Red.
    ///   - green: Green.
    ///   - blue: Blue.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Matched pairs: the contours of both instances and both centroid markers.
    public static let truePositive = OverlayColour(red: 0, green: 230, blue: 0)
    /// Unmatched predictions.
    public static let falsePositive = OverlayColour(red: 255, green: 0, blue: 0)
    /// Unmatched ground truth.
    public static let falseNegative = OverlayColour(red: 255, green: 230, blue: 0)
    /// Legend background.
    public static let legendBackground = OverlayColour(red: 0, green: 0, blue: 0)
    /// Legend text.
    public static let legendText = OverlayColour(red: 255, green: 255, blue: 255)
}
