/// One MATLAB value read from a `.mat` file: a numeric, char, cell or struct array.
///
/// Every array keeps its MATLAB shape (at least two dimensions), and every list of
/// elements is in row-major (C) order of that shape, as `scipy.io.loadmat` returns it;
/// MATLAB itself stores them column-major.
public enum MatValue: Sendable, Equatable {
    /// A numeric or logical array.
    case numeric(MatArray)
    /// A char array: one string per row, joining characters along the last dimension.
    ///
    /// An M×N char array gives M strings of N characters each: MATLAB's UTF-16 code units
    /// for `miUINT16`/`miUTF16` data, Unicode scalars for `miUTF8`/`miUTF32` (scipy's
    /// `savemat`), bytes for `miINT8`/`miUINT8`. A 0×0 array gives no rows, 1×0 one empty row.
    case char(shape: [Int], rows: [String])
    /// A cell array.
    case cell(shape: [Int], elements: [MatValue])
    /// A struct array: for each field, one value per struct element.
    ///
    /// `fieldNames` keeps the file's order; a repeated name gets a `_1_`, `_2_` … prefix, as
    /// scipy renames it.
    case structure(shape: [Int], fieldNames: [String], fields: [String: [MatValue]])

    /// The MATLAB dimensions.
    public var shape: [Int] {
        switch self {
        case .numeric(let array): array.shape
        case .char(let shape, _), .cell(let shape, _), .structure(let shape, _, _): shape
        }
    }

    /// The numeric array, or nil for char, cell and struct arrays.
    public var array: MatArray? {
        if case .numeric(let array) = self { return array }
        return nil
    }

    /// The text of a char array with exactly one row, or nil otherwise.
    public var string: String? {
        if case .char(_, let rows) = self, rows.count == 1 { return rows[0] }
        return nil
    }

    /// What kind of array this is, for messages: "int32 array", "char array" and so on.
    public var kindDescription: String {
        switch self {
        case .numeric(let array): "\(array.numbers.className) array"
        case .char: "char array"
        case .cell: "cell array"
        case .structure: "struct array"
        }
    }
}
