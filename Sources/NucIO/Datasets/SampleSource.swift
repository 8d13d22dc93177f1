/// Where a layout's samples come from: decodes one sample's pixels on request.
protocol SampleSource: Sendable {
    /// Decodes the image of `sample`.
    ///
    /// - Parameter sample: One of the samples this source listed.
    /// - Returns: The image as 8-bit RGB.
    /// - Throws: `InputError` naming the file when it cannot be read or is malformed.
    func image(of sample: SampleMetadata) throws -> RGBImage

    /// Decodes the ground truth of `sample`.
    ///
    /// - Parameter sample: One of the samples this source listed.
    /// - Returns: The labels.
    /// - Throws: `InputError` naming the file when it cannot be read or is malformed.
    func labels(of sample: SampleMetadata) throws -> SampleLabels
}
