/// Instance maps read for `metrics pairs`: one (H, W) map or an (N, H, W) stack.
///
/// `.npy` files may hold a single map or a stack of any integer or float dtype; other
/// formats hold one map each.
struct LabelMapSource: Sendable {
    /// Where the maps come from.
    private enum Backing: Sendable {
        case npy(NpyFile)
    }

    private let backing: Backing
    /// The file read.
    let path: String
    /// Number of maps.
    let count: Int
    /// Whether the file is a stack (pairs are indexed by position in it).
    let isStack: Bool
    /// Shape of one map: rows, columns.
    let mapShape: [Int]

    /// Opens a label-map file, choosing the reader by its content.
    ///
    /// - Parameter path: The file.
    /// - Throws: `InputError` naming the file when it cannot be read or holds no label map.
    init(path: String) throws {
        self.path = path
        let file = try NpyFile(path: path)
        guard file.shape.count == 2 || file.shape.count == 3 else {
            throw InputError("expected an (H, W) map or an (N, H, W) stack, found shape \(file.shape)", file: path)
        }
        backing = .npy(file)
        isStack = file.shape.count == 3
        count = isStack ? file.shape[0] : 1
        mapShape = Array(file.shape.suffix(2))
    }

    /// Map `index` (0 for a single map).
    ///
    /// - Parameter index: Position in the stack.
    /// - Returns: The compacted instance map.
    /// - Throws: `InputError` naming the file for invalid labels.
    func map(at index: Int) throws -> InstanceMap {
        switch backing {
        case .npy(let file): return try file.instanceMap(slice: isStack ? index : nil)
        }
    }
}
