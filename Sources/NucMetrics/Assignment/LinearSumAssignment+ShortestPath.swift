// MARK: - Crouse's shortest augmenting path, scipy's scan order

extension LinearSumAssignment {
    /// Solves a matrix with `rows ≤ columns`; returns the column assigned to each row.
    ///
    /// Port of scipy's `solve` and `augmenting_path` (`rectangular_lsap.cpp`, scipy 1.17.1).
    ///
    /// - Parameters:
    ///   - rows: Rows of the working matrix (at most `columns`).
    ///   - columns: Columns of the working matrix.
    ///   - costs: Row-major working costs (already transposed and negated as needed).
    /// - Returns: `col4row`, or `nil` for a NaN or −∞ cost or an infeasible matrix.
    static func columnForRow(rows: Int, columns: Int, costs: UnsafeBufferPointer<Double>) -> [Int]? {
        for cost in costs where cost.isNaN || cost == -.infinity {
            return nil
        }
        var columnForRow = [Int](repeating: -1, count: rows)
        var reals = [Double](repeating: 0, count: rows + 2 * columns)
        var integers = [Int](repeating: -1, count: 3 * columns)
        var visited = [Bool](repeating: false, count: rows + columns)
        let feasible = columnForRow.withUnsafeMutableBufferPointer { columnForRow in
            reals.withUnsafeMutableBufferPointer { reals in
                integers.withUnsafeMutableBufferPointer { integers in
                    visited.withUnsafeMutableBufferPointer { visited in
                        AugmentingPathHandle(
                            rows: rows, columns: columns, costs: costs, columnForRow: columnForRow,
                            reals: reals, integers: integers, visited: visited
                        ).solve()
                    }
                }
            }
        }
        return feasible ? columnForRow : nil
    }
}

/// Pointers into the solver's scratch arrays; all loops of the solver run on these.
///
/// Names follow scipy: `u`/`v` are the row/column duals, `shortest` is
/// `shortestPathCosts`, `rowVisited`/`columnVisited` are `SR`/`SC`.
private struct AugmentingPathHandle {
    let rows: Int
    let columns: Int
    let costs: UnsafeBufferPointer<Double>
    let u: UnsafeMutableBufferPointer<Double>
    let v: UnsafeMutableBufferPointer<Double>
    let shortest: UnsafeMutableBufferPointer<Double>
    let columnForRow: UnsafeMutableBufferPointer<Int>
    let rowForColumn: UnsafeMutableBufferPointer<Int>
    let path: UnsafeMutableBufferPointer<Int>
    let remaining: UnsafeMutableBufferPointer<Int>
    let rowVisited: UnsafeMutableBufferPointer<Bool>
    let columnVisited: UnsafeMutableBufferPointer<Bool>

    /// Splits the scratch buffers: `reals` holds `rows + 2·columns` elements, `integers`
    /// `3·columns` (filled with −1) and `visited` `rows + columns`.
    init(
        rows: Int, columns: Int, costs: UnsafeBufferPointer<Double>, columnForRow: UnsafeMutableBufferPointer<Int>,
        reals: UnsafeMutableBufferPointer<Double>, integers: UnsafeMutableBufferPointer<Int>,
        visited: UnsafeMutableBufferPointer<Bool>
    ) {
        self.rows = rows
        self.columns = columns
        self.costs = costs
        self.columnForRow = columnForRow
        u = UnsafeMutableBufferPointer(rebasing: reals[0..<rows])
        v = UnsafeMutableBufferPointer(rebasing: reals[rows..<(rows + columns)])
        shortest = UnsafeMutableBufferPointer(rebasing: reals[(rows + columns)...])
        rowForColumn = UnsafeMutableBufferPointer(rebasing: integers[0..<columns])
        path = UnsafeMutableBufferPointer(rebasing: integers[columns..<(2 * columns)])
        remaining = UnsafeMutableBufferPointer(rebasing: integers[(2 * columns)...])
        rowVisited = UnsafeMutableBufferPointer(rebasing: visited[0..<rows])
        columnVisited = UnsafeMutableBufferPointer(rebasing: visited[rows...])
    }

    /// Builds the assignment row by row; `false` when the matrix is infeasible.
    func solve() -> Bool {
        for current in 0..<rows {
            guard let (sink, minimum) = shortestAugmentingPath(from: current) else { return false }
            updateDuals(current: current, minimum: minimum)
            augment(from: sink, to: current)
        }
        return true
    }

    /// Dijkstra-like search from row `current` to the nearest unassigned column.
    ///
    /// - Returns: The sink column and the path length `minVal`, or `nil` when every
    ///   remaining reduced cost is +∞.
    private func shortestAugmentingPath(from current: Int) -> (sink: Int, minimum: Double)? {
        var remainingCount = columns
        for position in 0..<columns {
            remaining[position] = columns - position - 1
        }
        rowVisited.update(repeating: false)
        columnVisited.update(repeating: false)
        shortest.update(repeating: .infinity)
        var minimum = 0.0
        var row = current
        while true {
            var best = -1
            var lowest = Double.infinity
            rowVisited[row] = true
            let rowStart = row * columns
            let rowDual = u[row]
            for position in 0..<remainingCount {
                let column = remaining[position]
                let reduced = minimum + costs[rowStart + column] - rowDual - v[column]
                if reduced < shortest[column] {
                    path[column] = row
                    shortest[column] = reduced
                }
                let length = shortest[column]
                if length < lowest || (length == lowest && rowForColumn[column] == -1) {
                    lowest = length
                    best = position
                }
            }
            minimum = lowest
            if minimum == .infinity { return nil }
            let column = remaining[best]
            columnVisited[column] = true
            remainingCount -= 1
            remaining[best] = remaining[remainingCount]
            if rowForColumn[column] == -1 { return (column, minimum) }
            row = rowForColumn[column]
        }
    }

    /// Updates the duals with the assignment as it was before augmenting.
    private func updateDuals(current: Int, minimum: Double) {
        u[current] += minimum
        for row in 0..<rows where rowVisited[row] && row != current {
            u[row] += minimum - shortest[columnForRow[row]]
        }
        for column in 0..<columns where columnVisited[column] {
            v[column] -= minimum - shortest[column]
        }
    }

    /// Flips the alternating path ending at `sink` back to row `current`.
    private func augment(from sink: Int, to current: Int) {
        var column = sink
        while true {
            let row = path[column]
            rowForColumn[column] = row
            let previous = columnForRow[row]
            columnForRow[row] = column
            column = previous
            if row == current { return }
        }
    }
}
