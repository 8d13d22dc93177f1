extension Dataset {
    /// Opens a dataset folder.
    ///
    /// Only directory listings and file headers are read. Files that cannot be paired
    /// are reported in `anomalies`, never dropped silently.
    ///
    /// - Parameters:
    ///   - path: The dataset folder.
    ///   - layout: The layout, or nil to detect it (`DatasetLayout.detect(path:)`).
    ///   - card: The dataset's card, for pixel sizes, tissues and Kumar's split names; nil
    ///     leaves those unknown (PanNuke tissues still come from `types.npy`).
    /// - Returns: The dataset.
    /// - Throws: `InputError` naming the file or folder when the layout is not recognised,
    ///   the card is for another dataset, or a required file is missing or malformed.
    public static func open(path: String, layout: DatasetLayout? = nil, card: DatasetCard? = nil) throws -> Dataset {
        let layout = try layout ?? DatasetLayout.detect(path: path)
        if let card, card.name != layout.cardName {
            throw InputError("layout \(layout.rawValue) is described by card \(layout.cardName), not \(card.name)")
        }
        switch layout {
        case .panNukePublished:
            let folds = try PanNukeFolders.open(path: path)
            let samples = folds.flatMap { fold in
                fold.metadata(micronsPerPixel: card?.pixelSize.nominal).map {
                    DatasetSample(metadata: $0, source: fold)
                }
            }
            let arrays = folds.flatMap { [DatasetArray($0.images), DatasetArray($0.masks)] }
            return Dataset(layout: layout, root: path, samples: samples, anomalies: [], arrays: arrays)
        case .panNukePromptNucSeg:
            return try PromptNucSegPanNuke.open(path: path, card: card)
        case .kumarHoVerNet:
            let folders = [
                SplitFolder(split: "train", images: "train/Images", labels: "train/Labels"),
                SplitFolder(split: "test1", images: "test_same/Images", labels: "test_same/Labels"),
                SplitFolder(split: "test2", images: "test_diff/Images", labels: "test_diff/Labels"),
            ]
            return try openSplitFolders(path: path, layout: layout, folders: folders, format: .mat, card: card)
        case .kumarMoNuSeg:
            return try MoNuSegFolders.open(path: path, card: card)
        case .kumarPromptNucSeg:
            let trainLabels =
                DirectoryListing.isDirectory(path + "/labels/train_ins_ori16")
                    && !DirectoryListing.isDirectory(path + "/labels/train_ori16_ins")
                ? "labels/train_ins_ori16" : "labels/train_ori16_ins"
            let folders = [
                SplitFolder(split: "train", images: "images/train_ori16", labels: trainLabels),
                SplitFolder(split: "test1", images: "images/test1", labels: "labels/test1_ins"),
                SplitFolder(split: "test2", images: "images/test2", labels: "labels/test2_ins"),
            ]
            return try openSplitFolders(path: path, layout: layout, folders: folders, format: .npy, card: card)
        case .cpm17HoVerNet:
            let folders = ["train", "test"].map {
                SplitFolder(split: $0, images: $0 + "/Images", labels: $0 + "/Labels")
            }
            return try openSplitFolders(path: path, layout: layout, folders: folders, format: .mat, card: card)
        }
    }

    /// One split's image and label folders, relative to the dataset root.
    struct SplitFolder {
        /// The split name.
        let split: String
        /// Image folder.
        let images: String
        /// Label folder.
        let labels: String
    }

    /// Opens a layout of paired files in split folders; a split whose two folders are
    /// both missing is absent, not an error.
    static func openSplitFolders(
        path: String, layout: DatasetLayout, folders: [SplitFolder], format: LabelFileFormat, card: DatasetCard?
    ) throws -> Dataset {
        let source = PairedFileSource(format: format)
        var samples: [DatasetSample] = []
        var anomalies: [DatasetAnomaly] = []
        for folder in folders {
            let imageDirectory = path + "/" + folder.images
            let labelDirectory = path + "/" + folder.labels
            let paired = try PairedFiles(
                imageDirectory: imageDirectory, labelDirectory: labelDirectory, labelExtension: format.fileExtension)
            anomalies += paired.anomalies
            for pair in paired.pairs {
                let metadata = SampleMetadata(
                    name: pair.name, split: folder.split, tissue: card?.tissue(ofImage: pair.name),
                    micronsPerPixel: card?.micronsPerPixel(ofImage: pair.name), imagePath: pair.imagePath,
                    labelPath: pair.labelPath)
                samples.append(DatasetSample(metadata: metadata, source: source))
            }
        }
        guard !samples.isEmpty || !anomalies.isEmpty else {
            let expected = folders.map { "\($0.images) + \($0.labels)" }.joined(separator: ", ")
            throw InputError("no samples: expected \(expected) (\(layout.rawValue) layout)", file: path)
        }
        return Dataset(layout: layout, root: path, samples: samples, anomalies: anomalies)
    }
}
