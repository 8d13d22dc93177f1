import Foundation

/// Writes the overlays of ranked images and their Markdown index to a folder.
public enum OverlayWriter {
    /// The name of the index file written beside the overlays.
    public static let indexName = "index.md"

    /// What one overlay shows: the RGB image, ground truth and prediction.
    public struct Scene {
        /// The RGB image.
        public let image: RGBImage
        /// Ground-truth instances.
        public let gt: InstanceMap
        /// Predicted instances.
        public let pred: InstanceMap

        /// Creates a scene.
        ///
        /// - Parameters:
        ///   - image: The RGB image.
        ///   - gt: Ground-truth instances.
        ///   - pred: Predicted instances.
        public init(image: RGBImage, gt: InstanceMap, pred: InstanceMap) {
            self.image = image
            self.gt = gt
            self.pred = pred
        }
    }

    /// Renders each ranked image to `<rank>-<name>.png` (`OverlayIndex.fileName`) with its PQ and
    /// counts as caption, then writes `index.md`.
    ///
    /// - Parameters:
    ///   - ranked: The images, worst first (`WorstImages.select`).
    ///   - scoreName: What ranks them, for the index heading.
    ///   - directory: Where to write; created if missing.
    ///   - scene: Loads what an image's overlay shows.
    /// - Throws: `InputError` naming the file when the folder or a file cannot be written, and
    ///   whatever `scene` throws.
    public static func write(
        _ ranked: [RankedImage], scoreName: String, directory: String, scene: (RankedImage) throws -> Scene
    ) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the overlay folder: \(error.localizedDescription)", file: directory)
        }
        for image in ranked {
            let shown = try scene(image)
            let overlay = try OverlayRenderer.render(
                image: shown.image, gt: shown.gt, pred: shown.pred, caption: OverlayIndex.caption(of: image))
            try PNGFile.writeRGB(overlay, to: directory + "/" + OverlayIndex.fileName(of: image, total: ranked.count))
        }
        let indexPath = directory + "/" + indexName
        do {
            try Data(OverlayIndex.markdown(of: ranked, scoreName: scoreName).utf8)
                .write(to: URL(fileURLWithPath: indexPath))
        } catch {
            throw InputError("cannot write the overlay index: \(error.localizedDescription)", file: indexPath)
        }
    }
}
