/// The inputs of PromptNucSeg's prompter evaluation: ground-truth points as its
/// `extract_data.py` writes them, and predicted points with scores per image.
///
/// * Ground truth (`--gt-points FILE`): PromptNucSeg's prompter JSON (`prompter/datasets/<name>/test.json`),
///   an object mapping each image path to one list per class of `[cx, cy]` points; the list's
///   position is the class (0-based), the image is found by its file name without extension.
/// * Predictions: `<stem>.points.npy` in the prediction folder, a float (N, 4) array of
///   `x, y, score, class` rows (class 0-based, as the prompter numbers them).
public struct PromptNucSegPointFiles: Sendable {
    /// The ground-truth JSON.
    public let path: String
    /// The number of classes (lists per image).
    public let classCount: Int
    private let points: [String: [TypedPoint]]

    /// Reads a prompter JSON.
    ///
    /// - Parameter path: The JSON file.
    /// - Throws: `InputError` naming the file when it is not an object of per-class point lists.
    public init(path: String) throws {
        let document = try JSON.read(path: path)
        guard let members = document.members else {
            throw InputError("expected an object mapping image paths to per-class point lists", file: path)
        }
        var points: [String: [TypedPoint]] = [:]
        var classCount = 0
        for (key, value) in members {
            guard let lists = value.elements else {
                throw InputError("image '\(key)': expected a list of per-class point lists", file: path)
            }
            classCount = max(classCount, lists.count)
            var typed: [TypedPoint] = []
            for (type, list) in lists.enumerated() {
                for point in list.elements ?? [] {
                    guard let coordinates = point.doubles, coordinates.count == 2 else {
                        throw InputError("image '\(key)', class \(type): a point is not [cx, cy]", file: path)
                    }
                    typed.append(TypedPoint(Point(x: coordinates[0], y: coordinates[1]), type: type))
                }
            }
            let name = String(key.split(separator: "/").last ?? "")
            let stem = name.contains(".") ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
            points[stem] = typed
        }
        self.path = path
        self.classCount = classCount
        self.points = points
    }

    /// The ground-truth points of image `stem`.
    ///
    /// - Parameter stem: The image name without extension.
    /// - Returns: The points with their classes.
    /// - Throws: `InputError` naming the JSON when the image is not in it.
    public func groundTruth(of stem: String) throws -> [TypedPoint] {
        guard let found = points[stem] else {
            throw InputError("no ground-truth points for image '\(stem)'", file: path)
        }
        return found
    }

    /// Reads the predicted points of image `stem` from `<stem>.points.npy`.
    ///
    /// - Parameters:
    ///   - stem: The image name without extension.
    ///   - directory: The prediction folder.
    /// - Returns: The points with classes and scores.
    /// - Throws: `InputError` naming the file when it is missing or not (N, 4).
    public static func predictions(of stem: String, in directory: String) throws -> [TypedPoint] {
        let file = try NpyFile(path: "\(directory)/\(stem).points.npy")
        guard file.shape.count == 2, file.shape[1] == 4 else {
            throw InputError("expected (N, 4) points (x, y, score, class), found \(file.shape)", file: file.path)
        }
        let values = try file.doubleValues()
        return try (0..<file.shape[0]).map { row in
            let type = values[4 * row + 3]
            guard let whole = Int(exactly: type), whole >= 0 else {
                throw InputError("row \(row): class \(type) is not a class number", file: file.path)
            }
            return TypedPoint(
                Point(x: values[4 * row], y: values[4 * row + 1]), type: whole, score: values[4 * row + 2])
        }
    }
}
