/// Reader for the `Masks/*.npy` files PromptNucSeg's data scripts write.
///
/// `segmentor/datasets/pannuke/extract_data.py` (windygoo/PromptNucSeg) saves each image's
/// ground truth with `np.save(path, {'inst_map': inst, 'type_map': types})`: a pickled dict
/// of two int32 (H, W) maps (promptnucseg spec §5.1). Only integer maps are accepted: the
/// script's `remap_label` returns its float64 input unchanged when an image has no nucleus,
/// so such images get a float64 `inst_map`, which is reported as an error naming the file.
public enum PromptNucSegMask {
    /// Reads one mask file.
    ///
    /// - Parameters:
    ///   - path: The `.npy` file.
    ///   - unpickler: The unpickler; the standard allow-list by default.
    /// - Returns: The instance map (ids compacted as `InstanceMap` does) and the type map,
    ///   row-major, with the same height and width.
    /// - Throws: `InputError` naming the file when it is not a pickled dict with exactly the
    ///   keys `inst_map` and `type_map`, either is not a 2-D integer array, their shapes
    ///   differ, an instance id is negative, or a type does not fit in `Int32`.
    public static func read(path: String, unpickler: Unpickler = Unpickler()) throws -> (
        instances: InstanceMap, types: [Int32]
    ) {
        let value = try PickledNpy.read(path: path, unpickler: unpickler)
        do {
            guard case .objectArray([], let elements) = value, let entries = elements.first?.entries else {
                throw InputError("expected a pickled dict, found \(value.typeName)")
            }
            let keys = entries.map { $0.key.string ?? $0.key.typeName }
            guard keys.sorted() == ["inst_map", "type_map"] else {
                throw InputError("expected the keys inst_map and type_map, found \(keys)")
            }
            let (instanceShape, instanceLabels) = try map(named: "inst_map", in: elements[0])
            let (typeShape, typeLabels) = try map(named: "type_map", in: elements[0])
            guard instanceShape == typeShape else {
                throw InputError("inst_map has shape \(instanceShape) but type_map has shape \(typeShape)")
            }
            let instances = try InstanceMap(height: instanceShape[0], width: instanceShape[1], labels: instanceLabels)
            let types = try typeLabels.map { label -> Int32 in
                guard let type = Int32(exactly: label) else { throw InputError("type \(label) does not fit in Int32") }
                return type
            }
            return (instances, types)
        } catch let error as InputError {
            throw error.inFile(path)
        }
    }

    /// The shape and values of the 2-D label array stored under `key`.
    ///
    /// Integer arrays are read exactly; float arrays must hold whole numbers (PromptNucSeg's
    /// `extract_data.py` saves the `inst_map` of an image without nuclei as float64 zeros).
    private static func map(named key: String, in dict: PickleValue) throws -> (shape: [Int], labels: [Int64]) {
        guard case .array(let array)? = dict[key] else {
            throw InputError("\(key) is a \(dict[key]?.typeName ?? "missing value"), not a numpy array")
        }
        guard array.shape.count == 2 else { throw InputError("\(key) has shape \(array.shape), not (H, W)") }
        do {
            switch array.dtype.kind {
            case .signedInteger, .unsignedInteger:
                return (array.shape, try array.int64Values())
            case .floatingPoint:
                return (
                    array.shape,
                    try array.doubleValues().map { value in
                        guard value == value.rounded(.towardZero), abs(value) < 9.0e15 else {
                            throw InputError("\(key) holds \(value), not a whole number")
                        }
                        return Int64(value)
                    }
                )
            default:
                throw InputError("\(key) has dtype \(array.dtype), not a numeric type")
            }
        } catch let error as InputError {
            throw error.message.hasPrefix(key) ? error : InputError("\(key): " + error.message)
        }
    }
}
