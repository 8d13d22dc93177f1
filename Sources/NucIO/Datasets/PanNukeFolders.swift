/// Where the published PanNuke folds are: `Fold N` folders of a root, or a `Fold N` folder
/// itself.
enum PanNukeFolders {
    /// The fold numbers of the `Fold N` subfolders, ascending.
    ///
    /// - Parameter listing: The root's entries.
    /// - Returns: Each N with a `Fold N` folder.
    static func foldNumbers(in listing: DirectoryListing) -> [Int] {
        listing.directoryNames.compactMap { name -> Int? in
            guard name.hasPrefix("Fold "), let number = Int(name.dropFirst(5)), number > 0 else { return nil }
            return number
        }.sorted()
    }

    /// The fold number when `listing` is one fold: it has `images/foldN` and `masks`.
    ///
    /// - Parameter listing: A folder's entries.
    /// - Returns: N, or nil.
    static func singleFold(_ listing: DirectoryListing) -> Int? {
        guard listing.hasDirectory("images"), listing.hasDirectory("masks"),
            let images = try? DirectoryListing(path: listing.path + "/images")
        else { return nil }
        return images.directoryNames.lazy.compactMap { name -> Int? in
            guard name.hasPrefix("fold"), let number = Int(name.dropFirst(4)), number > 0 else { return nil }
            return number
        }.first
    }

    /// Opens every fold under `path`.
    ///
    /// - Parameter path: A root with `Fold N` folders, or one `Fold N` folder.
    /// - Returns: The folds, ascending.
    /// - Throws: `InputError` when no fold is found or a fold is incomplete or malformed.
    static func open(path: String) throws -> [PanNukeFold] {
        let listing = try DirectoryListing(path: path)
        let numbers = foldNumbers(in: listing)
        if !numbers.isEmpty {
            return try numbers.map { try PanNukeFold(directory: "\(path)/Fold \($0)", number: $0) }
        }
        guard let number = singleFold(listing) else {
            throw InputError(
                "expected \(DatasetLayout.panNukePublished.expectedStructure); found no Fold N folder", file: path)
        }
        return [try PanNukeFold(directory: path, number: number)]
    }
}
