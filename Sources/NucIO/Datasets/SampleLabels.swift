/// The ground truth of one sample, as a loader decodes it.
public struct SampleLabels: Sendable {
    /// The global instance map (for PanNuke, PromptNucSeg's conversion of the five class
    /// channels; promptnucseg spec §5.1).
    public let instances: InstanceMap
    /// The class of every pixel, row-major, 0 background and 1…5 the PanNuke classes in
    /// channel order (later channels overwrite); nil for datasets without classes.
    public let classes: [Int32]?
    /// The five PanNuke class channels exactly as stored (channel 5, background, left out):
    /// the ground truth PanNuke-metrics scores (metrics spec §9.1–9.2); nil otherwise.
    public let classChannels: [[Double]]?
    /// How the labels are stored on disk, such as `<f8` for an `.npy` descriptor.
    public let storedType: String
    /// What was unusual about these labels.
    public let anomalies: [DatasetAnomaly]

    /// Creates labels.
    ///
    /// - Parameters:
    ///   - instances: The instance map.
    ///   - classes: The class map, if any.
    ///   - classChannels: The PanNuke class channels, if any.
    ///   - storedType: The on-disk type.
    ///   - anomalies: What was unusual.
    public init(
        instances: InstanceMap, classes: [Int32]? = nil, classChannels: [[Double]]? = nil, storedType: String,
        anomalies: [DatasetAnomaly] = []
    ) {
        self.instances = instances
        self.classes = classes
        self.classChannels = classChannels
        self.storedType = storedType
        self.anomalies = anomalies
    }
}
