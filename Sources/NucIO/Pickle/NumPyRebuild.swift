/// Rebuild rules for numpy arrays, dtypes and scalars as numpy 1.x and 2.x pickle them.
///
/// Reference: numpy 2.4.6, `numpy/_core/src/multiarray/methods.c` (`array_reduce_ex`,
/// `array_setstate`), `descriptor.c` (`arraydescr_reduce`, `arraydescr_setstate`) and
/// `numpy/_core/numeric.py` (`_frombuffer`):
/// - protocols 2–4: `_reconstruct(ndarray, (0,), b'b')`, then `BUILD` with
///   `(1, shape, dtype, is_fortran, data)`; `data` is the raw bytes in the array's order, or
///   a list of elements in row-major order for object arrays;
/// - protocol 5: `_frombuffer(buffer, dtype, shape, order[, axis_order])`;
/// - dtypes: `dtype(code, False, True)`, then `BUILD` with
///   `(3, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata])`;
/// - scalars: `scalar(dtype, data)`, `data` being the element's bytes.
enum NumPyRebuild {
    /// The entries this type provides, under numpy 1.x and 2.x module names.
    static let globals: [PickleGlobal] =
        ["numpy.core", "numpy._core"].flatMap { package in
            [
                PickleGlobal("\(package).multiarray._reconstruct", call: reconstruct, build: .apply(setArrayState)),
                PickleGlobal("\(package).multiarray.scalar", call: scalar),
                PickleGlobal("\(package).numeric._frombuffer", call: fromBuffer),
            ]
        } + [
            PickleGlobal("numpy.ndarray"),
            PickleGlobal("numpy.dtype", call: dtype, build: .apply(setDTypeState)),
        ]

    /// `dtype.str` of object arrays.
    static let objectDescr = "|O"

    // MARK: - Arrays

    /// `_reconstruct(ndarray, shape, code)`: an empty array that `BUILD` fills, as numpy's is.
    private static func reconstruct(_ arguments: [PickleValue]) throws -> PickleValue {
        guard arguments.count == 3 else {
            throw InputError("_reconstruct expects 3 arguments, got \(arguments.count)")
        }
        guard arguments[0] == .global("numpy.ndarray") else {
            throw InputError("_reconstruct of \(arguments[0].typeName) is not supported; only numpy.ndarray is")
        }
        return .array(try PickledArray(dtype: NpyDType(descr: "|u1"), shape: [0], bytes: []))
    }

    /// `ndarray.__setstate__((version, shape, dtype, is_fortran, data))`.
    private static func setArrayState(_ object: PickleValue, _ state: PickleValue) throws -> PickleValue {
        guard case .array = object, var fields = state.elements, (4...5).contains(fields.count) else {
            throw InputError("numpy array state must be a 4- or 5-tuple, got \(state.typeName)")
        }
        if fields.count == 5 {
            guard let version = fields.removeFirst().int64, (0...1).contains(version) else {
                throw InputError("numpy array state has an unsupported version")
            }
        }
        let shape = try Self.shape(fields[0])
        guard case .dtype(let descr) = fields[1], case .bool(let isFortran) = fields[2] else {
            throw InputError("numpy array state needs a dtype and a fortran flag")
        }
        if descr == objectDescr {
            let count = try PickledArray.elementCount(of: shape, itemSize: 1)
            guard case .list(let elements) = fields[3], elements.count == count else {
                throw InputError("object array of shape \(shape) needs a list of \(count) elements")
            }
            return .objectArray(shape: shape, elements: elements)
        }
        guard case .bytes(let data) = fields[3] else {
            throw InputError("numpy array data must be bytes, got \(fields[3].typeName)")
        }
        let type = try NpyDType(descr: descr)
        guard isFortran, shape.count > 1 else {
            return .array(try PickledArray(dtype: type, shape: shape, bytes: data))
        }
        return .array(try PickledArray(fortranOrdered: data, dtype: type, shape: shape))
    }

    /// `_frombuffer(buffer, dtype, shape, order, axis_order=None)` (protocol 5).
    private static func fromBuffer(_ arguments: [PickleValue]) throws -> PickleValue {
        guard (4...5).contains(arguments.count), case .bytes(let data) = arguments[0],
            case .dtype(let descr) = arguments[1], case .string(let order) = arguments[3]
        else {
            throw InputError("_frombuffer expects (buffer, dtype, shape, order), got \(arguments.map(\.typeName))")
        }
        let shape = try Self.shape(arguments[2])
        let type = try NpyDType(descr: descr)
        let axes = arguments.count == 5 && arguments[4] != .none ? try Self.shape(arguments[4]) : nil
        switch (order, axes) {
        case ("C", nil):
            return .array(try PickledArray(dtype: type, shape: shape, bytes: data))
        case ("F", nil):
            return .array(try PickledArray(fortranOrdered: data, dtype: type, shape: shape))
        case ("K", .some(let axes)):
            return .array(try PickledArray(rowMajor: data, dtype: type, shape: shape, transposedBy: axes))
        default:
            throw InputError(
                "_frombuffer order '\(order)' with axis order \(axes.map(\.description) ?? "None") is not supported")
        }
    }

    // MARK: - Dtypes and scalars

    /// `dtype(code, align, copy)`: the type in the machine's byte order until `BUILD` sets it.
    private static func dtype(_ arguments: [PickleValue]) throws -> PickleValue {
        guard (1...3).contains(arguments.count), case .string(let code) = arguments[0] else {
            throw InputError("numpy.dtype expects a type code string, got \(arguments.map(\.typeName))")
        }
        if code.first == "O", code.dropFirst().allSatisfy(\.isNumber) {
            return .dtype(objectDescr)
        }
        return .dtype(try NpyDType(descr: code).description)
    }

    /// `dtype.__setstate__`: applies the byte order of the state.
    private static func setDTypeState(_ object: PickleValue, _ state: PickleValue) throws -> PickleValue {
        guard case .dtype(let descr) = object, let fields = state.elements, (8...9).contains(fields.count),
            let version = fields[0].int64, (3...4).contains(version), case .string(let order) = fields[1]
        else {
            throw InputError("unsupported numpy dtype state \(state.typeName); expected numpy's version 3 or 4 tuple")
        }
        guard fields[2] == .none, fields[3] == .none, fields[4] == .none else {
            throw InputError("structured and subarray numpy dtypes are not supported")
        }
        guard ["<", ">", "|", "="].contains(order) else {
            throw InputError("numpy dtype byte order '\(order)' is not one of <, >, |, =")
        }
        if descr == objectDescr { return object }
        return .dtype(try NpyDType(descr: order + descr.dropFirst()).description)
    }

    /// `scalar(dtype, data)`: a 0-d array, or for object dtypes the object itself.
    private static func scalar(_ arguments: [PickleValue]) throws -> PickleValue {
        guard (1...2).contains(arguments.count), case .dtype(let descr) = arguments[0] else {
            throw InputError("numpy scalar expects (dtype, data), got \(arguments.map(\.typeName))")
        }
        if descr == objectDescr { return arguments.count == 2 ? arguments[1] : .none }
        guard arguments.count == 2, case .bytes(let data) = arguments[1] else {
            throw InputError("numpy scalar data must be bytes")
        }
        return .scalar(try PickledArray(dtype: NpyDType(descr: descr), shape: [], bytes: data))
    }

    // MARK: - Helpers

    /// A shape or axis tuple: non-negative integers.
    private static func shape(_ value: PickleValue) throws -> [Int] {
        guard case .tuple(let items) = value else {
            throw InputError("numpy shape must be a tuple, got \(value.typeName)")
        }
        return try items.map { item in
            guard let dimension = item.int64, dimension >= 0, dimension <= Int64(Int.max) else {
                throw InputError("numpy shape \(items) holds a value that is not a non-negative integer")
            }
            return Int(dimension)
        }
    }
}
