/// Where one top-level variable of a MAT-file lies, found when the file is opened.
struct MatVariableEntry: Sendable {
    /// The variable's name; scipy's `__function_workspace__` for MATLAB's unnamed
    /// subsystem data.
    let name: String
    /// File offset of the variable's `miMATRIX` or `miCOMPRESSED` tag.
    let offset: Int
    /// How the variable is stored.
    let storage: Storage

    /// How a variable is stored.
    enum Storage: Sendable {
        /// An `miMATRIX` element; its data is `count` bytes after the tag.
        case plain(count: Int)
        /// An `miCOMPRESSED` element of `compressedCount` bytes, which inflate to an
        /// `miMATRIX` element of `matrixSize` bytes including its tag.
        case compressed(compressedCount: Int, matrixSize: Int)
    }

    /// File offset of the element's data (compressed or not).
    var dataOffset: Int { offset + 8 }
}
