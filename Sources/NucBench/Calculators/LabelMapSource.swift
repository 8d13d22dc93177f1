/// Instance maps read for `metrics pairs`: one (H, W) map or an (N, H, W) stack.
///
/// The reader is chosen by content: `.npy` files (magic `\x93NUMPY`) may hold a single map
/// or a stack of any integer or float dtype, or PromptNucSeg's pickled `{inst_map, type_map}`
/// dict (`Masks/*.npy`); PNG and TIFF grey label images and MATLAB `.mat` files (variable
/// `inst_map`, as HoVer-Net writes them) hold one map each.
struct LabelMapSource: Sendable {
    /// Where the maps come from.
    private enum Backing: Sendable {
        case npy(NpyFile)
        case single(InstanceMap)
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
        switch try FileSignature.sniff(path: path) {
        case .png, .tiff:
            self.init(path: path, single: try ImageFile.readLabels(path: path))
        case .mat:
            self.init(path: path, single: try MatFile(path: path).instanceMap())
        case .npy where try PickledNpy.isObjectArray(path: path):
            self.init(path: path, single: try PromptNucSegMask.read(path: path).instances)
        case .npy, .unknown:
            try self.init(npy: try NpyFile(path: path))
        }
    }

    private init(npy file: NpyFile) throws {
        guard file.shape.count == 2 || file.shape.count == 3 else {
            throw InputError("expected an (H, W) map or an (N, H, W) stack, found shape \(file.shape)", file: file.path)
        }
        path = file.path
        backing = .npy(file)
        isStack = file.shape.count == 3
        count = isStack ? file.shape[0] : 1
        mapShape = Array(file.shape.suffix(2))
    }

    private init(path: String, single map: InstanceMap) {
        self.path = path
        backing = .single(map)
        isStack = false
        count = 1
        mapShape = [map.height, map.width]
    }

    /// Map `index` (0 for a single map).
    ///
    /// - Parameter index: Position in the stack.
    /// - Returns: The compacted instance map.
    /// - Throws: `InputError` naming the file for invalid labels.
    func map(at index: Int) throws -> InstanceMap {
        switch backing {
        case .npy(let file): return try file.instanceMap(slice: isStack ? index : nil)
        case .single(let map): return map
        }
    }
}
