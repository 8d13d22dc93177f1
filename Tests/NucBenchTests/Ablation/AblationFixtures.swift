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
            var samples = [UInt8](repeating: 0, count: side * side * 3)
            var labels = [Int32](repeating: 0, count: side * side)
            let centres = (0..<(5 + k)).map { n in (x: 25 + 42 * n, y: 30 + 40 * ((n * 3 + k) % 6), radius: 8 + n % 3) }
            for y in 0..<side {
                for x in 0..<side {
                    var id = 0
                    for (index, centre) in centres.enumerated() {
                        let dx = x - centre.x
                        let dy = y - centre.y
                        if dx * dx + dy * dy <= centre.radius * centre.radius { id = index + 1 }
                    }
                    labels[y * side + x] = Int32(id)
                    let colour: [UInt8] = id == 0 ? [226, UInt8(188 + x % 9), 214] : [84, UInt8(50 + y % 6), 128]
                    for c in 0..<3 { samples[(y * side + x) * 3 + c] = colour[c] }
                }
            }
            try PNGFile.writeRGB(
                RGBImage(height: side, width: side, samples: samples), to: "\(root)/test/Images/\(name).png")
            try matFile(instanceMap: labels, rows: side, columns: side)
                .write(to: URL(fileURLWithPath: "\(root)/test/Labels/\(name).mat"))
        }
    }

    /// An uncompressed MATLAB Level-5 file holding one int32 matrix `inst_map`.
    ///
    /// Layout from MATLAB "MAT-File Format", chapter 1; `values` are row-major.
    static func matFile(instanceMap values: [Int32], rows: Int, columns: Int) -> Data {
        var data = Data("MATLAB 5.0 MAT-file, written by nucbench tests".utf8)
        data.append(Data(repeating: 0x20, count: 116 - data.count))
        data.append(Data(repeating: 0, count: 8))
        data.append(contentsOf: [0x00, 0x01, UInt8(ascii: "I"), UInt8(ascii: "M")])
        func words(_ values: [UInt32]) -> Data {
            values.reduce(into: Data()) { data, value in
                withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        let name = Data("inst_map".utf8)
        var columnMajor: [UInt32] = []
        for column in 0..<columns {
            for row in 0..<rows { columnMajor.append(UInt32(bitPattern: values[row * columns + column])) }
        }
        var body = words([6, 8, 12, 0])  // miUINT32 array flags: class mxINT32
        body += words([5, 8, UInt32(rows), UInt32(columns)])  // miINT32 dimensions
        body += words([1, UInt32(name.count)]) + name  // miINT8 name, 8 bytes: no padding
        body += words([5, UInt32(columnMajor.count * 4)]) + words(columnMajor)
        if body.count % 8 != 0 { body.append(Data(repeating: 0, count: 8 - body.count % 8)) }
        data += words([14, UInt32(body.count)]) + body  // miMATRIX
        return data
    }
}
