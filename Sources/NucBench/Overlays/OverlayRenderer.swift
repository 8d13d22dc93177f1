/// Draws ground truth and prediction over an image: contours, centroids and a legend.
///
/// Instances are matched as PQ matches them (HoVer-Net `get_fast_pq`: a pair whose IoU is
/// strictly above 0.5; metrics spec §3). Drawn in this order, later on top:
/// 1. the image, top-left;
/// 2. ground-truth contours (4-neighbourhood boundary pixels, see `InstanceOutlines`):
///    `OverlayColour.truePositive` when matched, `.falseNegative` otherwise;
/// 3. predicted contours: `.truePositive` when matched, `.falsePositive` otherwise;
/// 4. centroid markers, coloured likewise: `+` for ground truth, `×` for predictions;
/// 5. below the image, a black legend strip of `legendHeight` rows: colour swatches with
///    `TP`, `FP`, `FN`, the markers with `GT` and `PRED`, and on a second line the caption.
///
/// The output is as wide as the image, or as the legend when that is wider (the extra
/// columns are black), and `legendHeight` rows taller. Rendering is deterministic.
public enum OverlayRenderer {
    /// Rows added below the image for the legend.
    public static let legendHeight = 21

    /// Renders one overlay.
    ///
    /// - Parameters:
    ///   - image: The RGB image.
    ///   - gt: Ground-truth instances.
    ///   - pred: Predicted instances.
    ///   - caption: The legend's second line (digits, space, `.`, `+`, `-` and the capitals
    ///     D E F G N P Q R T X have glyphs; other characters show as boxes).
    /// - Returns: The overlay.
    /// - Throws: `InputError` when the image and the maps differ in size.
    /// - Complexity: O(pixels + overlapping pairs).
    public static func render(image: RGBImage, gt: InstanceMap, pred: InstanceMap, caption: String = "") throws
        -> RGBImage
    {
        guard gt.height == image.height, gt.width == image.width, pred.height == image.height,
            pred.width == image.width
        else {
            throw InputError(
                "overlay: the image is \(image.height)×\(image.width) but the ground truth is "
                    + "\(gt.height)×\(gt.width) and the prediction \(pred.height)×\(pred.width)")
        }
        let matching = PanopticMatching(try OverlapTable(gt: gt, pred: pred))
        var gtMatched = [Bool](repeating: false, count: gt.count)
        var predMatched = [Bool](repeating: false, count: pred.count)
        for match in matching.matches {
            gtMatched[match.gt] = true
            predMatched[match.pred] = true
        }
        let width = max(image.width, legendWidth, BitmapFont.width(of: caption) + 2 * margin)
        var canvas = OverlayCanvas(
            width: width, height: image.height + legendHeight, colour: OverlayColour.legendBackground)
        canvas.paste(image)
        let gtOutlines = InstanceOutlines(gt)
        let predOutlines = InstanceOutlines(pred)
        for (outlines, matched, unmatched) in [
            (gtOutlines, gtMatched, OverlayColour.falseNegative), (predOutlines, predMatched, .falsePositive),
        ] {
            for pixel in outlines.contour {
                let colour = matched[pixel.instance] ? OverlayColour.truePositive : unmatched
                canvas.set(x: pixel.position % image.width, y: pixel.position / image.width, colour: colour)
            }
        }
        for (outlines, matched, unmatched, marker) in [
            (gtOutlines, gtMatched, OverlayColour.falseNegative, OverlayCanvas.Marker.plus),
            (predOutlines, predMatched, .falsePositive, .cross),
        ] {
            for (instance, centroid) in outlines.centroids.enumerated() {
                guard let centroid else { continue }
                let colour = matched[instance] ? OverlayColour.truePositive : unmatched
                canvas.draw(marker, x: centroid.x, y: centroid.y, colour: colour)
            }
        }
        drawLegend(on: &canvas, top: image.height, caption: caption)
        return canvas.image
    }

    // MARK: - Legend

    private static let margin = 2
    private static let gap = 8

    /// The legend's first line, in order: swatches with their words, then markers with theirs.
    private static let swatches: [(OverlayColour, String)] = [
        (.truePositive, "TP"), (.falsePositive, "FP"), (.falseNegative, "FN"),
    ]
    private static let markers: [(OverlayCanvas.Marker, String)] = [(.plus, "GT"), (.cross, "PRED")]

    /// Columns the first legend line needs.
    private static var legendWidth: Int {
        let swatchWidths = swatches.map { 7 + BitmapFont.width(of: $0.1) + gap }
        let markerWidths = markers.map { 9 + BitmapFont.width(of: $0.1) + gap }
        return margin + (swatchWidths + markerWidths).reduce(0, +) - gap + margin
    }

    private static func drawLegend(on canvas: inout OverlayCanvas, top: Int, caption: String) {
        let line = top + margin
        var x = margin
        for (colour, word) in swatches {
            canvas.fill(x: x, y: line, width: BitmapFont.glyphWidth, height: BitmapFont.glyphHeight, colour: colour)
            canvas.draw(word, x: x + 7, y: line, colour: .legendText)
            x += 7 + BitmapFont.width(of: word) + gap
        }
        for (marker, word) in markers {
            canvas.draw(marker, x: x + 3, y: line + 3, colour: .legendText)
            canvas.draw(word, x: x + 9, y: line, colour: .legendText)
            x += 9 + BitmapFont.width(of: word) + gap
        }
        canvas.draw(caption, x: margin, y: line + BitmapFont.glyphHeight + 3, colour: .legendText)
    }
}
