/// Image files matched with label files of the same name (without extension).
///
/// Files that find no partner are not dropped: each becomes an `unpaired-image` or
/// `unpaired-label` anomaly, and files with other extensions in those folders become
/// `unexpected-file` anomalies.
struct PairedFiles {
    /// One matched image and label.
    struct Pair: Equatable {
        /// The shared name, without extension.
        let name: String
        /// The image file.
        let imagePath: String
        /// The label file.
        let labelPath: String
    }

    /// The matched files, sorted by name.
    let pairs: [Pair]
    /// Unpaired and unexpected files.
    let anomalies: [DatasetAnomaly]

    /// Image extensions read (lower case, with the dot).
    static let imageExtensions = [".png", ".tif", ".tiff"]

    /// Pairs the files of two folders (which may be the same folder).
    ///
    /// A missing folder counts as empty, so the files of its partner are all reported as
    /// unpaired.
    ///
    /// - Parameters:
    ///   - imageDirectory: Folder of images.
    ///   - labelDirectory: Folder of labels.
    ///   - labelExtension: The label extension with the dot, such as `.npy`.
    /// - Throws: `InputError` when a folder exists but cannot be listed.
    init(imageDirectory: String, labelDirectory: String, labelExtension: String) throws {
        let imageFiles = try Self.files(in: imageDirectory)
        let labelFiles = imageDirectory == labelDirectory ? imageFiles : try Self.files(in: labelDirectory)
        var images: [String: String] = [:]
        var labels: [String: String] = [:]
        var anomalies: [DatasetAnomaly] = []
        for file in imageFiles {
            if let name = Self.stem(file, extensions: Self.imageExtensions) {
                images[name] = imageDirectory + "/" + file
            } else if imageDirectory != labelDirectory || Self.stem(file, extensions: [labelExtension]) == nil {
                anomalies.append(Self.unexpected(imageDirectory + "/" + file, expected: "an image"))
            }
        }
        for file in labelFiles {
            if let name = Self.stem(file, extensions: [labelExtension]) {
                labels[name] = labelDirectory + "/" + file
            } else if imageDirectory != labelDirectory {
                anomalies.append(Self.unexpected(labelDirectory + "/" + file, expected: "a \(labelExtension) label"))
            }
        }
        for name in images.keys.sorted() where labels[name] == nil {
            anomalies.append(
                DatasetAnomaly(
                    .unpairedImage, sample: name, file: images[name],
                    detail: "no label \(labelDirectory)/\(name)\(labelExtension)"))
        }
        for name in labels.keys.sorted() where images[name] == nil {
            anomalies.append(
                DatasetAnomaly(
                    .unpairedLabel, sample: name, file: labels[name],
                    detail: "no image \(imageDirectory)/\(name).{png,tif,tiff}"))
        }
        pairs = images.keys.sorted().compactMap { name in
            guard let image = images[name], let label = labels[name] else { return nil }
            return Pair(name: name, imagePath: image, labelPath: label)
        }
        self.anomalies = anomalies
    }

    private static func files(in directory: String) throws -> [String] {
        DirectoryListing.exists(directory) ? try DirectoryListing(path: directory).fileNames : []
    }

    private static func stem(_ file: String, extensions: [String]) -> String? {
        let lowered = file.lowercased()
        guard let match = extensions.first(where: { lowered.hasSuffix($0) && lowered.count > $0.count }) else {
            return nil
        }
        return String(file.dropLast(match.count))
    }

    private static func unexpected(_ path: String, expected: String) -> DatasetAnomaly {
        DatasetAnomaly(.unexpectedFile, file: path, detail: "not \(expected); ignored")
    }
}
