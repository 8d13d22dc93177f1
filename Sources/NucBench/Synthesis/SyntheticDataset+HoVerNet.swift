import NucCore
import NucIO

extension SyntheticDataset {
    /// Writes Kumar twice from the same tiles: HoVer-Net's `kumar-hovernet/{train,test_same,
    /// test_diff}/{Images/<name>.tif, Labels/<name>.mat}` and MoNuSeg's
    /// `kumar-monuseg/MoNuSeg 2018 Training Data/{Tissue Images/<name>.tif,
    /// Annotations/<name>.xml}` (train) and `kumar-monuseg/MoNuSegTestData/<name>.{tif,xml}`
    /// (test_same and test_diff).
    ///
    /// - Parameters:
    ///   - plan: What to generate.
    ///   - directory: The output folder.
    /// - Returns: One summary per image and layout.
    /// - Throws: `InputError` naming a file that cannot be written.
    static func writeKumar(_ plan: SyntheticPlan, to directory: String) throws -> [SyntheticSample] {
        let hoverNet = directory + "/kumar-hovernet"
        let monuSeg = directory + "/kumar-monuseg"
        var samples: [SyntheticSample] = []
        for (number, split) in ["train", "test_same", "test_diff"].enumerated() {
            let isTrain = split == "train"
            let xmlFolder = isTrain ? monuSeg + "/MoNuSeg 2018 Training Data" : monuSeg + "/MoNuSegTestData"
            let (tiffFolder, annotationFolder) =
                isTrain ? (xmlFolder + "/Tissue Images", xmlFolder + "/Annotations") : (xmlFolder, xmlFolder)
            for folder in [hoverNet + "/\(split)/Images", hoverNet + "/\(split)/Labels", tiffFolder, annotationFolder] {
                try ByteFileWriter.createDirectories(folder)
            }
            for index in 0..<plan.imagesPerSplit {
                let tile = try plan.tile(split: number + 1, index: index)
                let name = "synthetic-kumar-\(split)-\(index)"
                try TIFFWriter.writeRGB(tile.image, to: "\(hoverNet)/\(split)/Images/\(name).tif")
                try writeLabels(tile, to: "\(hoverNet)/\(split)/Labels/\(name).mat")
                try TIFFWriter.writeRGB(tile.image, to: "\(tiffFolder)/\(name).tif")
                try MoNuSegAnnotationWriter.write(
                    regions: tile.nuclei.map(\.polygon), to: "\(annotationFolder)/\(name).xml")
                samples.append(plan.sample(tile, root: hoverNet, name: name, split: split))
                samples.append(
                    plan.sample(tile, root: monuSeg, name: name, split: isTrain ? "monuseg-train" : "monuseg-test"))
            }
        }
        return samples
    }

    /// Writes CPM-17 as HoVer-Net ships it: `{train,test}/Images/image_<k>.png` with
    /// `{train,test}/Labels/image_<k>.mat`.
    ///
    /// - Parameters:
    ///   - plan: What to generate.
    ///   - directory: The dataset folder.
    /// - Returns: One summary per image.
    /// - Throws: `InputError` naming a file that cannot be written.
    static func writeCPM17(_ plan: SyntheticPlan, to directory: String) throws -> [SyntheticSample] {
        var samples: [SyntheticSample] = []
        for (number, split) in ["train", "test"].enumerated() {
            try ByteFileWriter.createDirectories("\(directory)/\(split)/Images")
            try ByteFileWriter.createDirectories("\(directory)/\(split)/Labels")
            for index in 0..<plan.imagesPerSplit {
                let tile = try plan.tile(split: number + 1, index: index)
                let name = index < 10 ? "image_0\(index)" : "image_\(index)"
                try PNGFile.writeRGB(tile.image, to: "\(directory)/\(split)/Images/\(name).png")
                try writeLabels(tile, to: "\(directory)/\(split)/Labels/\(name).mat")
                samples.append(plan.sample(tile, root: directory, name: name, split: split))
            }
        }
        return samples
    }

    /// Writes HoVer-Net's label file: `inst_map` int32 (H, W) numbered 1…n, `inst_type`
    /// double (n, 1) with the PanNuke class 1…5, `inst_centroid` double (n, 2) as (x, y).
    private static func writeLabels(_ tile: SyntheticTile, to path: String) throws {
        let instances = tile.instances
        let centroids = tile.centroids
        try MatWriter.write(
            [
                MatWriter.Variable(
                    name: "inst_map", rows: instances.height, columns: instances.width,
                    values: .int32(instances.indices)),
                MatWriter.Variable(
                    name: "inst_type", rows: instances.count, columns: 1,
                    values: .double(tile.instanceKinds.map { Double($0.rawValue + 1) })),
                MatWriter.Variable(
                    name: "inst_centroid", rows: instances.count, columns: 2,
                    values: .double(centroids.flatMap { [$0.x, $0.y] })),
            ], to: path)
    }
}
