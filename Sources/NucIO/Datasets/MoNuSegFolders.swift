/// Kumar / MoNuSeg as the MoNuSeg 2018 challenge ships it: `.tif` tiles with Aperio
/// `.xml` polygons.
///
/// The training archive unpacks to `MoNuSeg 2018 Training Data/{Tissue Images,Annotations}`
/// and the test archive to `MoNuSegTestData/*.{tif,xml}`, each sometimes nested once more
/// in a folder of the same name. The dataset folder may hold either or both, or be one of
/// them. Kumar's 30 images take their split (`train`, `test1`, `test2`) from the Kumar
/// card; other images are `monuseg-train` or `monuseg-test`.
enum MoNuSegFolders {
    /// The archive folders' names.
    static let trainingName = "MoNuSeg 2018 Training Data"
    static let testName = "MoNuSegTestData"

    /// Whether a folder looks like MoNuSeg: it holds an archive folder, or is one.
    ///
    /// - Parameter listing: The folder's entries.
    /// - Returns: True when training or test data are found.
    static func matches(_ listing: DirectoryListing) -> Bool {
        !folders(of: listing).isEmpty
    }

    /// Lists the samples.
    ///
    /// - Parameters:
    ///   - path: The dataset folder.
    ///   - card: The Kumar card, for splits, tissues and pixel size, or nil.
    /// - Returns: The dataset.
    /// - Throws: `InputError` when no MoNuSeg folder is found or one cannot be listed.
    static func open(path: String, card: DatasetCard?) throws -> Dataset {
        let listing = try DirectoryListing(path: path)
        let found = folders(of: listing)
        guard !found.isEmpty else {
            throw InputError(
                "expected \(DatasetLayout.kumarMoNuSeg.expectedStructure); found no such folder", file: path)
        }
        let source = PairedFileSource(format: .monuSegXML)
        var samples: [DatasetSample] = []
        var anomalies: [DatasetAnomaly] = []
        for folder in found {
            let paired = try PairedFiles(
                imageDirectory: folder.images, labelDirectory: folder.labels, labelExtension: ".xml")
            anomalies += paired.anomalies
            for pair in paired.pairs {
                let metadata = SampleMetadata(
                    name: pair.name, split: card?.split(ofImage: pair.name) ?? folder.split,
                    tissue: card?.tissue(ofImage: pair.name),
                    micronsPerPixel: card?.micronsPerPixel(ofImage: pair.name),
                    imagePath: pair.imagePath, labelPath: pair.labelPath)
                samples.append(DatasetSample(metadata: metadata, source: source))
            }
        }
        return Dataset(layout: .kumarMoNuSeg, root: path, samples: samples, anomalies: anomalies)
    }

    // MARK: - Finding the folders

    /// One folder of images and annotations.
    private struct Folder {
        let split: String
        let images: String
        let labels: String
    }

    private static func folders(of listing: DirectoryListing) -> [Folder] {
        if let training = training(listing.path) { return [training] }
        if let test = test(listing.path) { return [test] }
        var found: [Folder] = []
        if listing.hasDirectory(trainingName), let training = nested(listing.path + "/" + trainingName, training) {
            found.append(training)
        }
        if listing.hasDirectory(testName), let test = nested(listing.path + "/" + testName, test) {
            found.append(test)
        }
        return found
    }

    /// `body` applied to `path`, or to `path/<its own name>` when the archive nests itself.
    private static func nested(_ path: String, _ body: (String) -> Folder?) -> Folder? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        return body(path) ?? body(path + "/" + name)
    }

    private static func training(_ path: String) -> Folder? {
        guard DirectoryListing.isDirectory(path + "/Tissue Images"), DirectoryListing.isDirectory(path + "/Annotations")
        else { return nil }
        return Folder(split: "monuseg-train", images: path + "/Tissue Images", labels: path + "/Annotations")
    }

    private static func test(_ path: String) -> Folder? {
        guard let files = try? DirectoryListing(path: path).fileNames,
            files.contains(where: { $0.lowercased().hasSuffix(".xml") }),
            files.contains(where: { $0.lowercased().hasSuffix(".tif") })
        else { return nil }
        return Folder(split: "monuseg-test", images: path, labels: path)
    }
}
