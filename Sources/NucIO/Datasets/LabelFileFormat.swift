/// How a layout stores one image's labels in its own file.
enum LabelFileFormat: Sendable {
    /// A 2-D integer `.npy` instance map (PromptNucSeg's Kumar `labels/*_ins/*.npy`).
    case npy
    /// A MATLAB file with an `inst_map` variable (HoVer-Net's Kumar and CPM-17 `Labels/*.mat`).
    case mat
    /// A pickled dict of `inst_map` and `type_map` saved with `np.save` (PromptNucSeg's
    /// PanNuke `Masks/*.npy`).
    case promptNucSegMask
    /// Aperio ImageScope XML polygons (MoNuSeg), rasterised at the image's size with
    /// `MoNuSegAnnotation.rasterize`'s defaults, which reproduce HoVer-Net's Kumar maps.
    case monuSegXML

    /// The file extension, with the dot.
    var fileExtension: String {
        switch self {
        case .npy, .promptNucSegMask: ".npy"
        case .mat: ".mat"
        case .monuSegXML: ".xml"
        }
    }

    /// Decodes the labels of `sample`.
    ///
    /// - Parameter sample: The sample; its `labelPath` is read.
    /// - Returns: The instance map, the class map for PromptNucSeg masks, and the anomalies
    ///   of its ids.
    /// - Throws: `InputError` naming the file when it cannot be read or is malformed.
    func labels(of sample: SampleMetadata) throws -> SampleLabels {
        let instances: InstanceMap
        var classes: [Int32]?
        let storedType: String
        var anomalies: [DatasetAnomaly] = []
        switch self {
        case .npy:
            let file = try NpyFile(path: sample.labelPath)
            instances = try file.instanceMap()
            storedType = file.dtype.description
        case .mat:
            let file = try MatFile(path: sample.labelPath)
            instances = try file.instanceMap("inst_map")
            storedType = "MATLAB " + (try file.variable("inst_map").array?.numbers.className ?? "array")
        case .promptNucSegMask:
            (instances, classes) = try PromptNucSegMask.read(path: sample.labelPath)
            storedType = "pickled dict"
        case .monuSegXML:
            let image = try ImageFile.read(path: sample.imagePath)
            let report: RasterizationReport
            (instances, report) = try MoNuSegAnnotation.read(path: sample.labelPath).rasterize(
                height: image.height, width: image.width)
            storedType = "MoNuSeg XML"
            anomalies = PolygonAnomalies.anomalies(of: report, sample: sample.name, file: sample.labelPath)
        }
        return SampleLabels(
            instances: instances, classes: classes, storedType: storedType,
            anomalies: anomalies
                + LabelMapChecks.anomalies(
                    of: instances, sample: sample.name, file: sample.labelPath, checkIds: self != .monuSegXML))
    }
}
