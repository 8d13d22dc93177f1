/// The centroid-matching radius of one image, in pixels, and how it was obtained.
///
/// nucbench states the radius in µm (the card's `matching.radius_um`, 3 µm, or
/// `--match-radius-um`) and converts it with the image's µm/px from the card;
/// `--match-radius-px` overrides the conversion. When the card knows no pixel size for the
/// image (CPM-17 mixes 20× and 40×), the reference's pixel radius (`reference_radius_px`,
/// 12 px) is used, and the description says so.
public struct MatchRadius: Sendable, Hashable, CustomStringConvertible {
    /// The radius in µm, when the pixel size is known.
    public let microns: Double?
    /// The radius in pixels.
    public let pixels: Double
    /// How the pixel value was obtained.
    public let source: String

    /// Resolves the radius of one image.
    ///
    /// - Parameters:
    ///   - card: The data set's card.
    ///   - image: The image name (for per-image pixel sizes).
    ///   - microns: `--match-radius-um`, if given.
    ///   - pixels: `--match-radius-px`, if given (wins over `microns`).
    /// - Throws: `InputError` when `microns` is given but the image's pixel size is unknown.
    public init(card: DatasetCard, image: String, microns: Double?, pixels: Double?) throws {
        let micronsPerPixel = card.micronsPerPixel(ofImage: image)
        if let pixels {
            self.pixels = pixels
            self.microns = micronsPerPixel.map { pixels * $0 }
            source = "--match-radius-px"
            return
        }
        let wanted = microns ?? card.matching.radiusMicrons
        if let micronsPerPixel {
            self.microns = wanted
            self.pixels = wanted / micronsPerPixel
            source = "\(Self.number(micronsPerPixel)) µm/px from card \(card.name)"
            return
        }
        guard microns == nil else {
            throw InputError(
                "--match-radius-um cannot be converted for image '\(image)': card \(card.name) knows no µm/px "
                    + "for it; give --match-radius-px")
        }
        self.microns = nil
        self.pixels = Double(card.matching.referenceRadiusPixels)
        source =
            "reference radius of card \(card.name); µm/px unknown, so \(Self.number(wanted)) µm cannot be converted"
    }

    /// A pixel radius read back from a stored run's `match-radius-px` option, whose µm value the
    /// store does not keep.
    ///
    /// - Parameter pixels: The radius in pixels.
    public init(recordedPixels pixels: Double) {
        self.pixels = pixels
        microns = nil
        source = "recorded with the run"
    }

    /// `12 px = 3 µm (0.25 µm/px from card kumar)` or `12 px, µm unknown (source)`.
    public var description: String {
        let pixelText = Self.number(pixels) + " px"
        guard let microns else { return pixelText + ", µm unknown (\(source))" }
        return pixelText + " = " + Self.number(microns) + " µm (\(source))"
    }

    /// A number without trailing zeros (`12`, `11.9`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
