import ArgumentParser
import NucBench

extension SyntheticLayout: ExpressibleByArgument {}

/// `nucbench datasets synth`: a deterministic synthetic dataset in a published layout.
struct DatasetsSynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic synthetic H&E dataset in PanNuke, Kumar or CPM-17's on-disk layout.",
        discussion: """
            Nuclei of the five PanNuke classes (neoplastic, inflammatory, connective, dead, epithelial) differ in \
            size, shape and darkness and form touching and overlapping clusters. Ground truth is exact: the \
            polygons that draw each image are rasterised as MoNuSeg XML is read, overlaps painted in HoVer-Net's \
            Kumar order. pannuke writes Fold 1-3 (float64 images.npy, masks.npy, types.npy); kumar writes \
            kumar-hovernet/ (.tif + .mat) and kumar-monuseg/ (.tif + .xml) from the same images; cpm17 writes \
            train/ and test/ (.png + .mat with inst_map, inst_type, inst_centroid). The same seed writes the \
            same bytes. Prints one line per image.
            """
    )

    @Option(help: "The layout to write: \(SyntheticLayout.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: SyntheticLayout

    @Option(help: "The seed; the same seed writes the same bytes.")
    var seed: UInt64

    @Option(help: "The output folder (created if missing).")
    var out: String

    @Option(help: "Images per fold (PanNuke) or split (Kumar, CPM-17).")
    var images = 4

    @Option(help: "Square image side in pixels, 16-1024 (default: PanNuke 256, Kumar 1000, CPM-17 500/600).")
    var size: Int?

    func validate() throws {
        guard images >= 1 else { throw ValidationError("--images must be at least 1.") }
        if let size, !(16...1024).contains(size) { throw ValidationError("--size must be 16-1024.") }
    }

    func run() throws {
        try reportingInputErrors {
            let samples = try SyntheticDataset.write(
                layout: layout, seed: seed, imagesPerSplit: images, side: size, to: out)
            for sample in samples {
                let classes = sample.classCounts.map(String.init).joined(separator: ",")
                print(
                    "\(sample.root)\t\(sample.split)\t\(sample.name)\t\(sample.width)x\(sample.height)\t"
                        + "instances=\(sample.instanceCount)\tclasses=\(classes)")
            }
        }
    }
}
