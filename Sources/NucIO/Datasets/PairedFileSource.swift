/// Samples stored one image file and one label file each, in split folders.
struct PairedFileSource: SampleSource {
    /// How the labels are stored.
    let format: LabelFileFormat

    func image(of sample: SampleMetadata) throws -> RGBImage {
        try ImageFile.readRGB(path: sample.imagePath)
    }

    func labels(of sample: SampleMetadata) throws -> SampleLabels {
        try format.labels(of: sample)
    }
}
