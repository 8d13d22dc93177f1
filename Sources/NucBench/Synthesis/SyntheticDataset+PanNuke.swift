import NucCore
import NucIO

extension SyntheticDataset {
    /// PanNuke's 19 tissue names as `types.npy` spells them (datasets spec §1).
    static let panNukeTissues = [
        "Adrenal_gland", "Bile-duct", "Bladder", "Breast", "Cervix", "Colon", "Esophagus", "HeadNeck", "Kidney",
        "Liver", "Lung", "Ovarian", "Pancreatic", "Prostate", "Skin", "Stomach", "Testis", "Thyroid", "Uterus",
    ]

    /// Writes `Fold N/images/foldN/{images,types}.npy` and `Fold N/masks/foldN/masks.npy`
    /// for N = 1, 2, 3: images float64 (n, s, s, 3) in [0, 255]; masks float64 (n, s, s, 6),
    /// channel k < 5 holding the instance numbers of class k and channel 5 one on background.
    ///
    /// - Parameters:
    ///   - plan: What to generate.
    ///   - directory: The dataset folder.
    /// - Returns: One summary per image, named `{fold}_{k}` as the loader names them.
    /// - Throws: `InputError` naming a file that cannot be written.
    static func writePanNuke(_ plan: SyntheticPlan, to directory: String) throws -> [SyntheticSample] {
        var samples: [SyntheticSample] = []
        let side = plan.side(index: 0)
        let count = plan.imagesPerSplit
        for fold in 1...3 {
            let imageFolder = "\(directory)/Fold \(fold)/images/fold\(fold)"
            let maskFolder = "\(directory)/Fold \(fold)/masks/fold\(fold)"
            try ByteFileWriter.createDirectories(imageFolder)
            try ByteFileWriter.createDirectories(maskFolder)
            var images: [Double] = []
            images.reserveCapacity(count * side * side * 3)
            var masks = [Double](repeating: 0, count: count * side * side * 6)
            var tissues: [String] = []
            for index in 0..<count {
                var random = plan.random(split: fold, index: index)
                tissues.append(panNukeTissues[random.index(below: panNukeTissues.count)])
                let tile = try SyntheticTile(height: side, width: side, random: &random)
                images += tile.image.samples.map(Double.init)
                let kinds = tile.instanceKinds
                for (pixel, rank) in tile.instances.indices.enumerated() {
                    let base = (index * side * side + pixel) * 6
                    if rank == 0 {
                        masks[base + 5] = 1
                    } else {
                        masks[base + kinds[Int(rank) - 1].rawValue] = Double(rank)
                    }
                }
                samples.append(plan.sample(tile, root: directory, name: "\(fold)_\(index)", split: "fold\(fold)"))
            }
            try NpyWriter.write(images, shape: [count, side, side, 3], to: imageFolder + "/images.npy")
            try NpyStringWriter.write(tissues, to: imageFolder + "/types.npy")
            try NpyWriter.write(masks, shape: [count, side, side, 6], to: maskFolder + "/masks.npy")
        }
        return samples
    }
}
