import NucCore
import NucIO

/// Writes deterministic synthetic H&E datasets in the published on-disk layouts, with
/// ground truth exact by construction (`SyntheticTile`).
///
/// Every image has its own generator, seeded from the dataset seed, the split and the
/// image's position, so the same seed writes the same bytes and an image does not depend
/// on how many others are written.
public enum SyntheticDataset {
    /// Writes a dataset.
    ///
    /// - Parameters:
    ///   - layout: Which dataset's layout to write.
    ///   - seed: The seed; the same seed writes the same bytes.
    ///   - imagesPerSplit: Images per fold (PanNuke) or split (Kumar, CPM-17); at least 1.
    ///   - side: Square image side in pixels, 16…1024; nil for the published sizes.
    ///   - directory: The output folder; created if missing.
    /// - Returns: What was written, per image.
    /// - Throws: `InputError` naming the file or folder that cannot be written, or the bad
    ///   count or size.
    public static func write(
        layout: SyntheticLayout, seed: UInt64, imagesPerSplit: Int, side: Int?, to directory: String
    ) throws -> [SyntheticSample] {
        guard imagesPerSplit >= 1 else {
            throw InputError("the number of images must be at least 1, not \(imagesPerSplit)", file: directory)
        }
        if let side, !(16...1024).contains(side) {
            throw InputError("the image size must be 16…1024 pixels, not \(side)", file: directory)
        }
        try ByteFileWriter.createDirectories(directory)
        let plan = SyntheticPlan(layout: layout, seed: seed, imagesPerSplit: imagesPerSplit, side: side)
        switch layout {
        case .pannuke: return try writePanNuke(plan, to: directory)
        case .kumar: return try writeKumar(plan, to: directory)
        case .cpm17: return try writeCPM17(plan, to: directory)
        }
    }
}

/// What to generate: the seed, counts and sizes shared by the layout writers.
struct SyntheticPlan: Sendable {
    /// The layout.
    let layout: SyntheticLayout
    /// The dataset seed.
    let seed: UInt64
    /// Images per fold or split.
    let imagesPerSplit: Int
    /// The fixed side, or nil for the layout's default.
    let side: Int?

    /// The side of image `index`.
    ///
    /// - Parameter index: The image's position in its split.
    /// - Returns: Pixels.
    func side(index: Int) -> Int {
        side ?? layout.defaultSide(index: index)
    }

    /// The generator of image `index` of split number `split`.
    ///
    /// - Parameters:
    ///   - split: The split's number, 1-based.
    ///   - index: The image's position in the split.
    /// - Returns: A generator seeded from the dataset seed, the layout and both numbers.
    func random(split: Int, index: Int) -> SplitMix64 {
        let layoutNumber = UInt64(SyntheticLayout.allCases.firstIndex(of: layout) ?? 0)
        var mixer = SplitMix64(seed: seed)
        var image = SplitMix64(seed: mixer.next() ^ layoutNumber << 56 ^ UInt64(split) << 40 ^ UInt64(index))
        return SplitMix64(seed: image.next())
    }

    /// The tile of image `index` of split number `split`.
    ///
    /// - Parameters:
    ///   - split: The split's number, 1-based.
    ///   - index: The image's position.
    /// - Returns: The tile.
    /// - Throws: `InputError` if the tile's annotation does not read back (a defect).
    func tile(split: Int, index: Int) throws -> SyntheticTile {
        var random = random(split: split, index: index)
        let side = side(index: index)
        return try SyntheticTile(height: side, width: side, random: &random)
    }

    /// The summary of a written tile.
    ///
    /// - Parameters:
    ///   - tile: The tile.
    ///   - root: The dataset folder.
    ///   - name: The sample name.
    ///   - split: The split or fold.
    /// - Returns: The summary.
    func sample(_ tile: SyntheticTile, root: String, name: String, split: String) -> SyntheticSample {
        var counts = [Int](repeating: 0, count: NucleusKind.allCases.count)
        for kind in tile.instanceKinds { counts[kind.rawValue] += 1 }
        return SyntheticSample(
            root: root, name: name, split: split, height: tile.instances.height, width: tile.instances.width,
            instanceCount: tile.instances.count, classCounts: counts)
    }
}
