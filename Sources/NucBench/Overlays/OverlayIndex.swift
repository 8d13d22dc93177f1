import Foundation

/// File names of overlays and the Markdown index that lists them.
public enum OverlayIndex {
    /// `<rank>-<image name>.png`, the rank zero-padded to the digits of `total` so that names sort
    /// in rank order, and characters other than letters, digits, `.`, `-` and `_` replaced by `_`.
    ///
    /// - Parameters:
    ///   - image: The ranked image.
    ///   - total: How many overlays are written.
    /// - Returns: The file name.
    public static func fileName(of image: RankedImage, total: Int) -> String {
        let digits = String(max(1, total)).count
        let rank = String(image.rank)
        let padded = String(repeating: "0", count: max(0, digits - rank.count)) + rank
        let name = String(
            image.statistics.name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        return "\(padded)-\(name).png"
    }

    /// The overlay's caption: `PQ 0.1234 TP 3 FP 4 FN 5`.
    ///
    /// - Parameter image: The ranked image.
    /// - Returns: The caption, drawable with the overlay font.
    public static func caption(of image: RankedImage) -> String {
        let counts = image.counts
        return String(format: "PQ %.4f", image.panopticQuality)
            + " TP \(counts.truePositives) FP \(counts.falsePositives) FN \(counts.falseNegatives)"
    }

    /// The Markdown index of the overlays.
    ///
    /// - Parameters:
    ///   - images: The ranked images, worst first.
    ///   - scoreName: What ranks them (`binary PQ (PanNuke-metrics)`).
    /// - Returns: A heading, the ranking rule, the colour legend and one table row per image.
    public static func markdown(of images: [RankedImage], scoreName: String) -> String {
        var lines = [
            "# Worst images by \(scoreName)",
            "",
            "Lowest PQ first, ties by image index; images whose PQ is undefined (no GT nucleus) are not ranked.",
            "Contours and centroids: green = matched (TP, IoU > 0.5), red = unmatched prediction (FP), "
                + "yellow = unmatched ground truth (FN); + marks GT centroids, x predicted ones.",
            "",
            "| rank | image | tissue | PQ | TP | FP | FN | overlay |",
            "|---:|---|---|---:|---:|---:|---:|---|",
        ]
        for image in images {
            let file = fileName(of: image, total: images.count)
            let counts = image.counts
            lines.append(
                "| \(image.rank) | \(image.statistics.name) | \(image.statistics.tissue ?? "") | "
                    + String(format: "%.4f", image.panopticQuality)
                    + " | \(counts.truePositives) | \(counts.falsePositives) | \(counts.falseNegatives) | "
                    + "[\(file)](\(file)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
