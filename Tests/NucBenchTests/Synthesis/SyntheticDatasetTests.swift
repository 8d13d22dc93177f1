import Foundation
import Testing

@testable import NucBench

@Suite struct SyntheticDatasetTests {}

// MARK: - Layouts read back

extension SyntheticDatasetTests {
    @Test func panNukeReadsBackWithGeneratedInstancesAndClasses() throws {
        try DatasetTestSupport.withDirectory { directory in
            let written = try SyntheticDataset.write(
                layout: .pannuke, seed: 7, imagesPerSplit: 2, side: 64, to: directory)
            #expect(try DatasetLayout.detect(path: directory) == .panNukePublished)
            let dataset = try Dataset.open(path: directory)
            #expect(dataset.layout == .panNukePublished)
            #expect(dataset.samples.map(\.metadata.name) == written.map(\.name))
            for (sample, expected) in zip(dataset.samples, written) {
                let labels = try sample.labels()
                #expect(labels.storedType == "<f8")
                #expect(labels.instances.count == expected.instanceCount)
                let channels = try #require(labels.classChannels)
                let perClass = channels.map { Set($0.filter { $0 != 0 }).count }
                #expect(perClass == expected.classCounts)
                #expect(SyntheticDataset.panNukeTissues.contains(sample.metadata.tissue ?? ""))
                let image = try sample.image()
                #expect(image.height == 64 && image.width == 64)
            }
            for fold in 1...3 {
                let masks = try NpyFile(path: "\(directory)/Fold \(fold)/masks/fold\(fold)/masks.npy")
                let images = try NpyFile(path: "\(directory)/Fold \(fold)/images/fold\(fold)/images.npy")
                #expect(masks.shape == [2, 64, 64, 6] && masks.dtype.description == "<f8")
                #expect(images.shape == [2, 64, 64, 3] && images.dtype.description == "<f8")
            }
        }
    }

    @Test func kumarWritesBothLayoutsWithTheSameGroundTruth() throws {
        try DatasetTestSupport.withDirectory { directory in
            let written = try SyntheticDataset.write(
                layout: .kumar, seed: 3, imagesPerSplit: 1, side: 96, to: directory)
            let hoverNet = directory + "/kumar-hovernet"
            let monuSeg = directory + "/kumar-monuseg"
            #expect(try DatasetLayout.detect(path: hoverNet) == .kumarHoVerNet)
            #expect(try DatasetLayout.detect(path: monuSeg) == .kumarMoNuSeg)
            let fromMat = try Dataset.open(path: hoverNet)
            let fromXML = try Dataset.open(path: monuSeg)
            #expect(fromMat.count == 3 && fromXML.count == 3)
            let counts = Dictionary(
                written.filter { $0.root == hoverNet }.map { ($0.name, $0.instanceCount) }, uniquingKeysWith: +)
            for sample in fromMat.samples {
                let labels = try sample.labels()
                #expect(labels.instances.count == counts[sample.metadata.name])
                let twin = try #require(fromXML.samples.first { $0.metadata.name == sample.metadata.name })
                #expect(try twin.labels().instances.indices == labels.instances.indices)
                #expect(try twin.image() == sample.image())
                let mat = try MatFile(path: sample.metadata.labelPath)
                #expect(try mat.instanceTypes().count == labels.instances.count)
                #expect(try mat.centroids().count == labels.instances.count)
            }
        }
    }

    @Test func cpm17UsesPublishedSizesAndReadsBack() throws {
        try DatasetTestSupport.withDirectory { directory in
            let written = try SyntheticDataset.write(
                layout: .cpm17, seed: 5, imagesPerSplit: 2, side: nil, to: directory)
            #expect(written.map(\.width) == [500, 600, 500, 600])
            #expect(try DatasetLayout.detect(path: directory) == .cpm17HoVerNet)
            let dataset = try Dataset.open(path: directory)
            #expect(dataset.count == 4)
            for sample in dataset.samples {
                let expected = try #require(
                    written.first { $0.name == sample.metadata.name && $0.split == sample.metadata.split })
                #expect(try sample.labels().instances.count == expected.instanceCount)
                #expect(try sample.image().width == expected.width)
            }
        }
    }
}

// MARK: - Determinism and content

extension SyntheticDatasetTests {
    @Test(arguments: SyntheticLayout.allCases)
    func sameSeedWritesSameBytesAndOtherSeedsDiffer(layout: SyntheticLayout) throws {
        try DatasetTestSupport.withDirectory { directory in
            var digests: [[String: String]] = []
            for (run, seed) in [(0, UInt64(11)), (1, 11), (2, 12)] {
                let folder = directory + "/run\(run)"
                _ = try SyntheticDataset.write(layout: layout, seed: seed, imagesPerSplit: 1, side: 40, to: folder)
                digests.append(try Self.fileDigests(under: folder))
            }
            #expect(!digests[0].isEmpty)
            #expect(digests[0] == digests[1])
            let changed = digests[0].keys.filter { digests[0][$0] != digests[2][$0] }
            #expect(Set(digests[0].keys) == Set(digests[2].keys))
            #expect(changed.count == digests[0].count || layout == .pannuke)
            #expect(!changed.isEmpty)
        }
    }

    @Test func tilesHaveTouchingNucleiOfEveryClass() throws {
        var touching = 0
        var kinds = Set<NucleusKind>()
        for index in 0..<4 {
            let tile = try SyntheticPlan(layout: .pannuke, seed: 1, imagesPerSplit: 4, side: 128)
                .tile(split: 1, index: index)
            kinds.formUnion(tile.instanceKinds)
            let map = tile.instances
            for row in 0..<map.height {
                for column in 1..<map.width {
                    let (left, right) = (
                        map.indices[row * map.width + column - 1], map.indices[row * map.width + column]
                    )
                    if left != 0, right != 0, left != right { touching += 1 }
                }
            }
        }
        #expect(touching > 0)
        #expect(kinds.count == NucleusKind.allCases.count)
    }

    @Test func nucleiAreDarkerAndBluerThanStroma() throws {
        let tile = try SyntheticPlan(layout: .pannuke, seed: 2, imagesPerSplit: 1, side: 128).tile(split: 1, index: 0)
        var sums = [[Double]](repeating: [0, 0, 0, 0], count: 2)
        for (pixel, rank) in tile.instances.indices.enumerated() {
            let group = rank == 0 ? 0 : 1
            for channel in 0..<3 { sums[group][channel] += Double(tile.image.samples[pixel * 3 + channel]) }
            sums[group][3] += 1
        }
        let (stroma, nuclei) = (sums[0].map { $0 / sums[0][3] }, sums[1].map { $0 / sums[1][3] })
        #expect(nuclei[0] + nuclei[1] + nuclei[2] < stroma[0] + stroma[1] + stroma[2] - 100)
        #expect(nuclei[2] > nuclei[1])
        #expect(stroma[0] > stroma[1])
    }

    /// SHA-256 of every file under `root`, keyed by relative path.
    static func fileDigests(under root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            result[relative] = try SHA256.hexDigest(ofFile: root + "/" + relative)
        }
        return result
    }
}

// MARK: - Bad requests

extension SyntheticDatasetTests {
    @Test func badCountsAndSizesAreInputErrors() throws {
        try DatasetTestSupport.withDirectory { directory in
            let count = #expect(throws: InputError.self) {
                try SyntheticDataset.write(layout: .cpm17, seed: 1, imagesPerSplit: 0, side: 32, to: directory)
            }
            #expect(count?.message == "the number of images must be at least 1, not 0")
            let size = #expect(throws: InputError.self) {
                try SyntheticDataset.write(layout: .kumar, seed: 1, imagesPerSplit: 1, side: 8, to: directory)
            }
            #expect(size?.message == "the image size must be 16…1024 pixels, not 8")
        }
    }
}
