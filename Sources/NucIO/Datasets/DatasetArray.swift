/// A stacked array file of a dataset, described by its header.
public struct DatasetArray: Sendable, Equatable {
    /// The file.
    public let path: String
    /// The numpy type descriptor, such as `<f8`.
    public let dtype: String
    /// The shape.
    public let shape: [Int]

    /// Describes an opened `.npy` file.
    ///
    /// - Parameter file: The file.
    init(_ file: NpyFile) {
        path = file.path
        dtype = file.dtype.description
        shape = file.shape
    }
}
