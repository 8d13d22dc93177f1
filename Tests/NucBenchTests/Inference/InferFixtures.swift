import Foundation
import NucBench
import NucIO

/// Tiny datasets and manifests for the `InferRun` tests, written to a fresh temporary folder.
enum InferFixtures {
    /// `Tests/NucEngineTests/Fixtures/<name>/<file>` (PyTorch 2.13 fixtures, see their manifest.json).
    static func engineFixture(_ name: String, _ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("NucEngineTests/Fixtures/\(name)/\(file)").path
    }

    /// A fresh, unique scratch folder.
    static func scratch(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("nucbench-infer-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `manifest.json` in `folder` with the tiny segmentor (2 decoder heads) and prompter,
    /// copied beside it so the paths are relative.
    static func manifest(in folder: String, extra: String = "") throws -> String {
        let manager = FileManager.default
        try manager.copyItem(atPath: engineFixture("sam-tiny", "segmentor.pth"), toPath: folder + "/seg.pth")
        try manager.copyItem(
            atPath: engineFixture("prompter-pannuke", "prompter.pth"), toPath: folder + "/prompter.pth")
        let text = """
            {"name": "tiny", "segmentor": "seg.pth", "prompter": "prompter.pth", "decoder_heads": 2\(extra)}
            """
        let path = folder + "/manifest.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The nuclei of image `k`: centre, radius and PanNuke class channel (0…4).
    static func nuclei(image k: Int) -> [(x: Int, y: Int, radius: Int, channel: Int)] {
        (0..<(3 + k)).map { n in
            (x: 30 + 47 * n + 5 * k, y: 40 + 37 * ((n + k) % 5), radius: 7 + (n + k) % 4, channel: (n + k) % 5)
        }
    }

    /// Writes PanNuke fold `fold` as published (`Fold N/images/foldN/{images,types}.npy`,
    /// `Fold N/masks/foldN/masks.npy`) with `count` 256×256 images of a few dark discs.
    static func panNuke(in root: String, fold: Int = 1, count: Int = 3) throws {
        let side = 256
        let images = "\(root)/Fold \(fold)/images/fold\(fold)"
        let masks = "\(root)/Fold \(fold)/masks/fold\(fold)"
        for folder in [images, masks] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var pixels = [Double](repeating: 0, count: count * side * side * 3)
        var channels = [Double](repeating: 0, count: count * side * side * 6)
        for k in 0..<count {
            for y in 0..<side {
                for x in 0..<side {
                    let pixel = (k * side + y) * side + x
                    var inside: (id: Int, channel: Int)?
                    for (id, nucleus) in nuclei(image: k).enumerated() {
                        let dx = x - nucleus.x
                        let dy = y - nucleus.y
                        if dx * dx + dy * dy <= nucleus.radius * nucleus.radius { inside = (id + 1, nucleus.channel) }
                    }
                    let colour: [Double] =
                        inside == nil ? [228, 190 + Double(x % 7), 210] : [88, 52 + Double(y % 5), 130]
                    for c in 0..<3 { pixels[pixel * 3 + c] = colour[c] }
                    if let inside {
                        channels[pixel * 6 + inside.channel] = Double(inside.id)
                    } else {
                        channels[pixel * 6 + 5] = 1
                    }
                }
            }
        }
        try NpyWriter.write(pixels, shape: [count, side, side, 3], to: images + "/images.npy")
        try NpyWriter.write(channels, shape: [count, side, side, 6], to: masks + "/masks.npy")
        try NpyStringWriter.write(Array(repeating: "Breast", count: count), to: images + "/types.npy")
    }

    /// Writes a Kumar dataset in PromptNucSeg's layout (`images/test1/<name>.png`,
    /// `labels/test1_ins/<name>.npy`): two 300×256 images of dark discs.
    static func kumar(in root: String) throws {
        let (width, height) = (300, 256)
        for folder in ["images/test1", "labels/test1_ins"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for (k, name) in ["a", "b"].enumerated() {
            let discs = (0..<(6 + k)).map { n in (x: 25 + 45 * n, y: 30 + 41 * ((n * 3 + k) % 6), radius: 8 + n % 3) }
            let (image, labels) = DiscImage.render(width: width, height: height, discs: discs)
            try PNGFile.writeRGB(image, to: "\(root)/images/test1/\(name).png")
            try NpyWriter.write(labels, shape: [height, width], to: "\(root)/labels/test1_ins/\(name).npy")
        }
    }

    /// The bytes of every regular file under `folder`, by relative path.
    static func contents(of folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder).sorted() {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }
}
