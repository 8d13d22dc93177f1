/// PanNuke as PromptNucSeg's `extract_data.py` writes it: `Images/{fold}_{k}.png` and
/// `Masks/{fold}_{k}.npy`.
///
/// Samples are ordered by fold, then by k as a number (row k of the fold's `types.npy`).
/// Tissues come from `Fold {fold}/images/fold{fold}/types.npy` when the published folds
/// still sit beside the converted files, as in PromptNucSeg's `datasets/pannuke` folder.
enum PromptNucSegPanNuke {
    /// Lists the samples of a converted PanNuke folder.
    ///
    /// - Parameters:
    ///   - path: The folder holding `Images` and `Masks`.
    ///   - card: The PanNuke card, for the pixel size, or nil.
    /// - Returns: The dataset.
    /// - Throws: `InputError` when a folder or a `types.npy` beside it cannot be read.
    static func open(path: String, card: DatasetCard?) throws -> Dataset {
        let paired = try PairedFiles(
            imageDirectory: path + "/Images", labelDirectory: path + "/Masks", labelExtension: ".npy")
        var anomalies = paired.anomalies
        var entries: [(fold: Int, index: Int, pair: PairedFiles.Pair)] = []
        for pair in paired.pairs {
            let parts = pair.name.split(separator: "_")
            guard parts.count == 2, let fold = Int(parts[0]), let index = Int(parts[1]) else {
                anomalies.append(
                    DatasetAnomaly(
                        .unexpectedFile, sample: pair.name, file: pair.imagePath,
                        detail: "name is not {fold}_{k}; ignored with its mask \(pair.labelPath)"))
                continue
            }
            entries.append((fold, index, pair))
        }
        entries.sort { ($0.fold, $0.index) < ($1.fold, $1.index) }
        var tissues: [Int: [String]] = [:]
        for fold in Set(entries.map(\.fold)) {
            let typesPath = "\(path)/Fold \(fold)/images/fold\(fold)/types.npy"
            if DirectoryListing.isFile(typesPath) { tissues[fold] = try NpyFile(path: typesPath).strings() }
        }
        let source = PairedFileSource(format: .promptNucSegMask)
        let samples = entries.map { entry in
            let foldTissues = tissues[entry.fold] ?? []
            let metadata = SampleMetadata(
                name: entry.pair.name, split: "fold\(entry.fold)", fold: entry.fold,
                tissue: foldTissues.indices.contains(entry.index) ? foldTissues[entry.index] : nil,
                micronsPerPixel: card?.pixelSize.nominal, imagePath: entry.pair.imagePath,
                labelPath: entry.pair.labelPath, index: nil)
            return DatasetSample(metadata: metadata, source: source)
        }
        return Dataset(layout: .panNukePromptNucSeg, root: path, samples: samples, anomalies: anomalies)
    }
}
