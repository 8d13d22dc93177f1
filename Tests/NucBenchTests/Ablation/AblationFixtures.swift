import Foundation
import NucBench
import NucIO

/// A tiny CPM-17 dataset in HoVer-Net's layout for end-to-end ablation tests.
enum AblationFixtures {
    /// Writes `test/Images/<name>.png` (`side`×`side` RGB, dark discs on a pink background) and
    /// `test/Labels/<name>.mat` (`inst_map`, int32) for each name.
    ///
    /// - Parameters:
    ///   - root: The dataset folder.
    ///   - names: The image names.
    ///   - side: The image size, at least 256.
    /// - Throws: An error when a file cannot be written.
    static func cpm17(in root: String, names: [String] = ["a", "b"], side: Int = 300) throws {
        for folder in ["test/Images", "test/Labels"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for (k, name) in names.enumerated() {
            let discs = (0..<(5 + k)).map { n in (x: 25 + 42 * n, y: 30 + 40 * ((n * 3 + k) % 6), radius: 8 + n % 3) }
            let (image, labels) = DiscImage.render(width: side, height: side, discs: discs)
            try PNGFile.writeRGB(image, to: "\(root)/test/Images/\(name).png")
            try MatWriter.write(
                [MatWriter.Variable(name: "inst_map", rows: side, columns: side, values: .int32(labels))],
                to: "\(root)/test/Labels/\(name).mat")
        }
    }
}
