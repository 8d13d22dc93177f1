extension DatasetLayout {
    /// Recognises the layout of a dataset folder from its directory names.
    ///
    /// Layouts are tried in declaration order and the first that matches wins, so a
    /// PromptNucSeg PanNuke folder that still holds the published `Fold N` folders is read
    /// as published (pass the layout to read the converted files instead).
    ///
    /// - Parameter path: The dataset folder.
    /// - Returns: The layout.
    /// - Throws: `InputError` naming the folder, listing every layout's expected structure
    ///   and what the folder holds, when nothing matches.
    public static func detect(path: String) throws -> DatasetLayout {
        let listing = try DirectoryListing(path: path)
        if let layout = allCases.first(where: { $0.matches(listing) }) { return layout }
        let expected = allCases.map { "\($0.rawValue) (\($0.expectedStructure))" }.joined(separator: "; or ")
        throw InputError("no known dataset layout: expected \(expected); found: \(summary(of: listing))", file: path)
    }

    /// Whether a folder's entries look like this layout.
    ///
    /// - Parameter listing: The folder's entries.
    /// - Returns: True when the layout's characteristic folders are present.
    func matches(_ listing: DirectoryListing) -> Bool {
        switch self {
        case .panNukePublished:
            return !PanNukeFolders.foldNumbers(in: listing).isEmpty || PanNukeFolders.singleFold(listing) != nil
        case .panNukePromptNucSeg:
            return listing.hasDirectory("Images") && listing.hasDirectory("Masks")
        case .kumarHoVerNet:
            let hasTests = ["test_same", "test_diff"].contains { Self.hasImagesAndLabels(listing, $0) }
            return hasTests || (Self.hasImagesAndLabels(listing, "train") && Self.trainImagesAre(".tif", listing))
        case .kumarMoNuSeg:
            return MoNuSegFolders.matches(listing)
        case .kumarPromptNucSeg:
            guard listing.hasDirectory("images"), listing.hasDirectory("labels"),
                let images = try? DirectoryListing(path: listing.path + "/images")
            else { return false }
            return ["train_ori16", "test1", "test2"].contains(where: images.hasDirectory)
        case .cpm17HoVerNet:
            return Self.hasImagesAndLabels(listing, "test")
                || (Self.hasImagesAndLabels(listing, "train") && Self.trainImagesAre(".png", listing))
        }
    }

    /// Whether `split` is a folder with `Images` and `Labels` folders (HoVer-Net's layout).
    private static func hasImagesAndLabels(_ listing: DirectoryListing, _ split: String) -> Bool {
        guard listing.hasDirectory(split), let inner = try? DirectoryListing(path: listing.path + "/" + split) else {
            return false
        }
        return inner.hasDirectory("Images") && inner.hasDirectory("Labels")
    }

    /// Whether the first image of `train/Images` has the extension `suffix`.
    private static func trainImagesAre(_ suffix: String, _ listing: DirectoryListing) -> Bool {
        let images = try? DirectoryListing(path: listing.path + "/train/Images")
        return images?.fileNames.first?.lowercased().hasSuffix(suffix) == true
    }

    /// The folder's entries in words, at most 20, directories marked with a slash.
    private static func summary(of listing: DirectoryListing) -> String {
        let names = listing.entries.map { $0.isDirectory ? $0.name + "/" : $0.name }
        guard !names.isEmpty else { return "an empty folder" }
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + ", … (\(names.count) entries)" : shown
    }
}
