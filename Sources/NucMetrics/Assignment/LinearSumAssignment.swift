/// Dense rectangular linear sum assignment, reproducing `scipy.optimize.linear_sum_assignment`.
///
/// scipy (C++ `rectangular_lsap.cpp` since 1.4; verified against 1.17.1) implements the
/// shortest augmenting path method of Crouse, "On implementing 2D rectangular assignment
/// algorithms", IEEE TAES 52(4), 2016. When several assignments have the same total
/// cost the answer depends on the scan order, so this port follows scipy's procedure
/// step by step (metrics spec §7): AJI+ and centroid pairing get scipy's indices, ties
/// included.
public enum LinearSumAssignment {
    /// Solves the assignment problem on a dense cost matrix.
    ///
    /// Every row (or, for a matrix with more rows than columns, every column) is
    /// assigned to a distinct partner so that the total cost is minimal (or maximal).
    /// A matrix with more rows than columns is solved on its transpose, as scipy does;
    /// maximisation negates the costs first.
    ///
    /// - Parameters:
    ///   - rows: Number of rows.
    ///   - columns: Number of columns.
    ///   - costs: Row-major `rows × columns` costs.
    ///   - maximize: Maximise instead of minimise the total.
    /// - Returns: `min(rows, columns)` pairs in ascending row order, or `nil` when a cost
    ///   is NaN or −∞ after the optional negation, or no finite assignment exists (scipy
    ///   raises `ValueError` in those cases). An empty dimension gives no pairs.
    /// - Complexity: O(min(r, c)² · max(r, c)) time, O(r · c) extra space only when
    ///   transposing or maximising.
    public static func solve(rows: Int, columns: Int, costs: [Double], maximize: Bool = false) -> [AssignedPair]? {
        precondition(
            rows >= 0 && columns >= 0 && costs.count == rows * columns, "costs must hold rows × columns values")
        guard rows > 0, columns > 0 else { return [] }
        let transpose = columns < rows
        let workRows = transpose ? columns : rows
        let workColumns = transpose ? rows : columns
        let assigned: [Int]?
        if transpose || maximize {
            let work = workingCosts(rows: rows, columns: columns, costs: costs, transpose: transpose, negate: maximize)
            assigned = work.withUnsafeBufferPointer { columnForRow(rows: workRows, columns: workColumns, costs: $0) }
        } else {
            assigned = costs.withUnsafeBufferPointer { columnForRow(rows: workRows, columns: workColumns, costs: $0) }
        }
        guard let assigned else { return nil }
        return transpose ? pairsOfTranspose(assigned, originalRows: rows) : pairsInRowOrder(assigned)
    }

    // MARK: - Preparation and output

    /// The matrix the solver works on: optionally transposed, optionally negated.
    private static func workingCosts(
        rows: Int, columns: Int, costs: [Double], transpose: Bool, negate: Bool
    ) -> [Double] {
        var work = [Double](repeating: 0, count: costs.count)
        work.withUnsafeMutableBufferPointer { target in
            costs.withUnsafeBufferPointer { source in
                if transpose {
                    for row in 0..<rows {
                        for column in 0..<columns {
                            target[column * rows + row] = source[row * columns + column]
                        }
                    }
                } else {
                    for position in 0..<source.count { target[position] = source[position] }
                }
                if negate {
                    for position in 0..<target.count { target[position] = -target[position] }
                }
            }
        }
        return work
    }

    /// Pairs `(row, column for row)` of an untransposed solution.
    private static func pairsInRowOrder(_ columnForRow: [Int]) -> [AssignedPair] {
        var pairs: [AssignedPair] = []
        pairs.reserveCapacity(columnForRow.count)
        for (row, column) in columnForRow.enumerated() {
            pairs.append(AssignedPair(row: row, column: column))
        }
        return pairs
    }

    /// Pairs of a solution found on the transpose, sorted by the original row (scipy's `argsort`).
    private static func pairsOfTranspose(_ assigned: [Int], originalRows: Int) -> [AssignedPair] {
        var columnOfRow = [Int](repeating: -1, count: originalRows)
        for (column, row) in assigned.enumerated() {
            columnOfRow[row] = column
        }
        var pairs: [AssignedPair] = []
        pairs.reserveCapacity(assigned.count)
        for (row, column) in columnOfRow.enumerated() where column >= 0 {
            pairs.append(AssignedPair(row: row, column: column))
        }
        return pairs
    }
}
