/// One image's prediction as `PredictionDirectory` reads it.
public struct PredictedImage: Sendable {
    /// The instance map.
    public let instances: InstanceMap
    /// The class of every pixel (row-major, 0 background), when a class map was given.
    public let classMap: [Int32]?
    /// Per-instance classes stored with the map (HoVer-Net `inst_type`), in instance order.
    public let storedTypes: [Int]?
    /// Per-instance centroids stored with the map (HoVer-Net `inst_centroid`), in instance order.
    public let storedCentroids: [Point]?
    /// The files read, instance map first.
    public let files: [String]

    /// Whether the prediction carries classes (a class map or stored types).
    public var hasClasses: Bool { classMap != nil || storedTypes != nil }

    /// The class of each instance: stored types, else the majority vote of the class map
    /// (HoVer-Net's rule), else nil.
    public var instanceTypes: [Int]? {
        storedTypes ?? classMap.map { instances.typeVotes(classMap: $0) }
    }

    /// The centroid of each instance: stored centroids, else bounding-box moments (HoVer-Net's
    /// post-processing convention for predictions).
    public var centroids: [Point] {
        storedCentroids ?? instances.centroids(convention: .boundingBox)
    }
}
